"""The Operations page: the list, the shared timeline, recording a decision, refusals.

A real SQLCipher profile for GB-NCA (no hub): its proposal is applied here, RS-BP's
signed agreement is applied as a sync would; Qt offscreen; bounded waits only.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from liaison_app.crypto.operation import new_salt, sign_update
from liaison_app.domain.operation_content_bodies import DecisionBody
from liaison_app.domain.operation_control_bodies import AcceptBody
from liaison_app.domain.operation_updates import Author, UpdateKind
from liaison_app.gui.context import AppContext
from liaison_app.gui.pages.operation_dialogs import DecisionDialog
from liaison_app.gui.pages.operations import OperationsPage
from liaison_app.protocol.ids import new_message_id
from liaison_app.services import operations
from liaison_app.services.session import Session
from liaison_app.store import operations as op_store
from liaison_app.store.operation_apply import Carrier, apply_item
from tests.services.workspace import Workspace, make_workspace

WAIT_MS = 10_000
B_OFFICER = "rs-bp.horgos-desk"


@pytest.fixture
def env(tmp_path: Path) -> Iterator[tuple[Workspace, Session, AppContext]]:
    ws = make_workspace(tmp_path / "profile")
    session = ws.open()
    yield ws, session, AppContext(session)
    session.close()


def _from_b(ws: Workspace, session: Session, op: str, kind: UpdateKind, body: Any,
            seq: int) -> str:
    """An update signed by RS-BP's device, applied here as a sync would apply it."""
    heads = op_store.applied(session.db, op_store.heads(session.db, op))
    item = sign_update(
        ws.b_keys, update_id=new_message_id(), operation=op, kind=kind,
        author=Author(B_OFFICER, "RS-BP", ws.b_keys.device_id), seq=seq,
        clock=max(c for c, _v, _k in heads.values()) + 1, deps=tuple(sorted(heads)),
        about=None, created_at=datetime.now(UTC), body=body)
    now = datetime.now(UTC)
    with session.db.transaction() as conn:
        return apply_item(conn, item, Carrier("m", ws.b_keys.device_id, "RS-BP"),
                          own_agency="GB-NCA", now=now)


def test_operations_page_shows_the_timeline_and_records_a_decision(qtbot: Any,
                                                                   env: Any) -> None:
    ws, session, ctx = env
    op = operations.propose(session, operations.Proposal(
        ref="OP-HORGOS-26", title="Horgoš lorry route", partners=("RS-BP",),
        objectives=("Identify the facilitators",)))
    assert _from_b(ws, session, op, UpdateKind.ACCEPT,
                   AcceptBody((B_OFFICER,), new_salt()), 1) == "applied"
    page = OperationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1190, 680)
    page.show()
    assert page.list_model.rowCount() == 1
    assert page.list_model.item(0, 2).text() == "Agreed"
    assert page.timeline_model.rowCount() == 2
    assert "OP-HORGOS-26" in page.header.text() and "RS-BP (Taking part)" in page.header.text()
    assert page.buttons["decision"].isEnabled() and not page.buttons["accept"].isEnabled()

    page.add_decision()
    dialog = page.dialog
    assert isinstance(dialog, DecisionDialog) and not dialog.ok.isEnabled()
    dialog.text.setPlainText("Controlled delivery at Horgoš")
    assert dialog.ok.isEnabled()
    dialog.accept()
    qtbot.waitUntil(lambda: page.timeline_model.rowCount() == 3, timeout=WAIT_MS)
    assert page.timeline_model.item(2, 4).text() == "Controlled delivery at Horgoš"
    assert page.list_model.item(0, 2).text() == "Active"

    # RS-BP's device skips a sequence number: refused, shown as kept aside
    assert _from_b(ws, session, op, UpdateKind.DECISION,
                   DecisionBody("Skip ahead", None, new_salt()), 5) == "out_of_sequence"
    ctx.data_changed.emit()
    qtbot.waitUntil(lambda: "out of order" in page.refused.text(), timeout=WAIT_MS)
    assert page.timeline_model.rowCount() == 3


def test_a_record_naming_people_says_why_it_waits_and_opens_with_a_reason(
        qtbot: Any, env: Any) -> None:
    """An operation whose record may name people is selected, not yet justified: the pane
    names it and says a reason opens it (never an empty timeline with no words); cancel
    keeps that; Enter asks again, and the reason given opens the timeline."""
    ws, session, ctx = env
    op = operations.propose(session, operations.Proposal(
        ref="OP-HORGOS-26", title="Horgoš lorry route", partners=("RS-BP",),
        objectives=("Identify the facilitators",)))
    assert _from_b(ws, session, op, UpdateKind.ACCEPT,
                   AcceptBody((B_OFFICER,), new_salt()), 1) == "applied"
    operations.share_note(session, op, "Driver", "Driver named in the Horgoš check")
    page = OperationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1190, 680)
    page.show()
    dialog = page.justification
    assert dialog is not None and page.timeline_model.rowCount() == 0
    assert "OP-HORGOS-26" in page.header.text() and "reason" in page.header.text()
    page.refresh()  # the list re-read while the question is open: asked once only
    assert page.justification is dialog
    dialog.reject()
    assert "Press Enter" in page.header.text() and page.timeline_model.rowCount() == 0

    page.list.activated.emit(page.list_model.index(0, 0))  # Enter
    again = page.justification
    assert again is not None and again is not dialog
    again.reason_edit.setText("Checking the driver named at Horgoš")
    again.accept()
    qtbot.waitUntil(lambda: page.timeline_model.rowCount() == 3, timeout=WAIT_MS)
    assert "reason" not in page.header.text()
