"""A profile with something on every page (no hub): received requests and alerts with
subjects and handling codes, a queued request with a new case, a consultation with its
justification, a quarantined envelope and a subject due for review.

The fit and accessibility checks (tests/gui/fit_child.py) open every page and dialog
over it. All data is fictional.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from liaison_app.protocol.errors import RejectReason
from liaison_app.services.actions import record_consultation
from liaison_app.services.compose import NewCase, queue_message
from liaison_app.services.session import Session
from liaison_app.store import quarantine
from tests.services.test_compose import _request
from tests.services.test_views import EU_B2, EU_H2, NETWORK, PETROVIC, UK_C_NO_ONWARD, incoming
from tests.services.test_views import store as store_incoming
from tests.services.workspace import PASSPHRASE, Workspace, make_workspace

NOW = datetime.now(UTC).replace(microsecond=0)
CASE = "GB-NCA/2026/0042"


def make_rich_profile(path: Path) -> Workspace:
    """Officer A's profile at `path` with data on every page; locked again afterwards."""
    ws = make_workspace(path)
    session = ws.open()
    try:
        fill(session)
    finally:
        session.close(reason="test")
    return ws


def fill(session: Session) -> dict[str, str]:
    """The data; returns ids by role (received, alert, sent)."""
    received = store_incoming(
        session,
        incoming(1, priority="urgent", subjects=(PETROVIC, NETWORK), case_ref=CASE,
                 body="Lorry SU-123-AB stopped at Horgoš with 14 migrants concealed behind "
                      "a false wall; the driver named a keeper in Subotica.",
                 due=NOW + timedelta(hours=6)),
        incoming(2, type="alert", priority="immediate", grading=EU_B2, handling=EU_H2,
                 content={"alert_kind": "lookout", "action_requested": "Stop and check",
                          "valid_until": None, "interpol_notice": None}),
        incoming(3, priority="routine", handling=UK_C_NO_ONWARD, created=NOW - timedelta(days=3)),
    )
    sent = queue_message(session, _request(new_case=NewCase("OP-DANUBE", "Danube lorries")),
                         now=NOW - timedelta(days=400))
    record_consultation(session, f"message:{received[0]}",
                        "Checking the driver's statement against the Horgoš report")
    with session.db.transaction() as conn:
        quarantine.add(conn, b"\x00" * 512, RejectReason.UNKNOWN_SENDER, received_at=NOW,
                       detail="sender device xk2... is not in directory version 7",
                       envelope_id="0193a2b4-0000-7000-8000-000000000001")
    return {"received": received[0], "alert": received[1], "restricted": received[2],
            "sent": sent}


__all__ = ["CASE", "PASSPHRASE", "fill", "make_rich_profile"]


def unlocked_with_data(qtbot: Any, path: Path, make_shell: Any,
                       also: Callable[[Session], object] | None = None,
                       ) -> tuple[Any, dict[str, str]]:
    """A workspace at `path` holding `fill`'s data (and what `also` adds), its shell
    unlocked through the real unlock screen: the main window and the ids by role."""
    from tests.gui.conftest import unlock

    ws = make_workspace(path)
    session = ws.open()
    try:
        ids = fill(session)
        if also is not None:
            also(session)
    finally:
        session.close(reason="test")
    return unlock(qtbot, make_shell(ws.path, start_sync=False), PASSPHRASE), ids
