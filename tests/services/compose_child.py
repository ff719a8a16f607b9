"""Child for the crash test: compose and queue in a loop, printing each committed id."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from liaison_app.domain.messages import AlertContent, AlertKind, Priority
from liaison_app.services.compose import Draft, queue_message
from tests.services.test_compose import SUSPECT
from tests.services.workspace import PASSPHRASE


def main() -> None:
    from liaison_app.services.session import open_session

    session = open_session(Path(sys.argv[1]), PASSPHRASE)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        mid = queue_message(session, Draft(
            content=AlertContent(alert_kind=AlertKind.LOOKOUT, action_requested="Stop and check"),
            to_agencies=("RS-BP", "BG-BP"), body=f"Lookout {n}: white van, Serbian plates",
            priority=Priority.URGENT, subjects=(SUSPECT,), case_ref="OP-CRASH"))
        print(mid, flush=True)


if __name__ == "__main__":
    main()
