"""Child for the bundle crash test: import one bundle, printing every progress event."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from liaison_app.services.bundle_import import import_bundle
from liaison_app.services.session import open_session
from tests.services.workspace import PASSPHRASE


def main() -> None:
    session = open_session(Path(sys.argv[1]), PASSPHRASE)
    print("ready", flush=True)
    import_bundle(session, Path(sys.argv[2]),
                  progress=lambda phase, done, total: print(f"{phase} {done}/{total}",
                                                            flush=True))
    print("done", flush=True)
    session.close()


if __name__ == "__main__":
    main()
