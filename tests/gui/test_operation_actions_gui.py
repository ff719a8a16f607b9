"""Leave, conclude, share a message and consent from the Operations page.

A real SQLCipher profile for GB-NCA (no hub) with a joint operation with RS-BP and BG-BP:
their signed updates are applied as a sync would; every action goes through the page's
dialogs to `services.operations`, and must put a signed update in the shared timeline
and queue one carrier per partner. A refused share (another agency's H2 item, a
withdrawn message) says why in plain words and leaves the record as it was. Qt
offscreen; bounded waits only.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from liaison_app.crypto.keys import DeviceKeys
from liaison_app.crypto.operation import new_salt, sign_update
from liaison_app.domain.cases import CrimeArea
from liaison_app.domain.grading import GradingScheme, HandlingCode
from liaison_app.domain.messages import AlertContent, AlertKind, RecallAction
from liaison_app.domain.operation_control_bodies import (
    AcceptBody,
    Participant,
    ProposeBody,
    ReasonBody,
)
from liaison_app.domain.operation_updates import Author, UpdateKind
from liaison_app.gui.context import AppContext
from liaison_app.gui.pages.operation_actions import (
    ConcludeDialog,
    ConsentDialog,
    LeaveDialog,
    WithdrawProposalDialog,
)
from liaison_app.gui.pages.operation_share import ShareMessageDialog
from liaison_app.gui.pages.operations import OperationsPage
from liaison_app.protocol.ids import new_message_id
from liaison_app.services import operations
from liaison_app.services.actions import recall
from liaison_app.services.compose import Draft, queue_message
from liaison_app.services.session import Session
from liaison_app.store import operations as op_store
from liaison_app.store.operation_apply import Carrier, apply_item
from tests.gui.test_compose_support import receive
from tests.services.workspace import Workspace, make_workspace

WAIT_MS = 10_000
B_OFFICER, C_OFFICER = "rs-bp.horgos-desk", "bg-bp.kapitan-andreevo"
H2 = HandlingCode(GradingScheme.EUROPOL_4X4, "H2")


@pytest.fixture
def env(tmp_path: Path) -> Iterator[tuple[Workspace, Session, AppContext]]:
    ws = make_workspace(tmp_path / "profile")
    session = ws.open()
    yield ws, session, AppContext(session)
    session.close()


def _partner(ws: Workspace, session: Session, keys: DeviceKeys, officer: str, agency: str,
             op: str | None, kind: UpdateKind, body: Any, seq: int) -> str:
    """An update signed by a partner's device, applied here as a sync would; its id."""
    update_id = new_message_id()
    if op is None:
        operation, clock, deps = update_id, 1, ()
    else:
        heads = op_store.applied(session.db, op_store.heads(session.db, op))
        operation, clock = op, max(c for c, _v, _k in heads.values()) + 1
        deps = tuple(sorted(heads))
    item = sign_update(keys, update_id=update_id, operation=operation, kind=kind,
                       author=Author(officer, agency, keys.device_id), seq=seq, clock=clock,
                       deps=deps, about=None, created_at=datetime.now(UTC), body=body)
    with session.db.transaction() as conn:
        result = apply_item(conn, item, Carrier("m", keys.device_id, agency),
                            own_agency="GB-NCA", now=datetime.now(UTC))
    assert result == "applied", result
    return operation


def _queued_carriers(session: Session) -> int:
    row = session.db.execute("SELECT count(*) FROM messages WHERE type = 'operation' "
                             "AND direction = 'outgoing' AND status = 'queued'").fetchone()
    return int(row[0])


def _page(qtbot: Any, ctx: AppContext, op: str) -> OperationsPage:
    ctx.justified_objects.add(f"operation:{op}")  # shared items name people
    page = OperationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1190, 680)
    page.show()
    return page


def _kinds(page: OperationsPage) -> list[str]:
    return [page.timeline_model.item(r, 2).text() for r in range(page.timeline_model.rowCount())]


def test_the_lead_shares_consents_and_concludes(qtbot: Any, env: Any) -> None:
    ws, session, ctx = env
    op = operations.propose(session, operations.Proposal(
        ref="OP-HORGOS-26", title="Horgoš lorry route", partners=("RS-BP", "BG-BP"),
        objectives=("Identify the facilitators",)))
    _partner(ws, session, ws.b_keys, B_OFFICER, "RS-BP", op, UpdateKind.ACCEPT,
             AcceptBody((B_OFFICER,), new_salt()), 1)
    _partner(ws, session, ws.c_keys, C_OFFICER, "BG-BP", op, UpdateKind.ACCEPT,
             AcceptBody((C_OFFICER,), new_salt()), 1)
    restricted = receive(session, ws, handling=H2)  # RS-BP's: not to be passed on
    plain = receive(session, ws)
    withdrawn = queue_message(session, Draft(content=AlertContent(AlertKind.WARNING),
                                             to_agencies=("RS-BP",)))
    recall(session, withdrawn, RecallAction.WITHDRAW, "wrong plate")
    page = _page(qtbot, ctx, op)
    b = page.buttons
    assert b["conclude"].isEnabled() and b["share"].isEnabled() and b["consent"].isEnabled()
    assert not b["leave"].isEnabled()  # the lead concludes, it does not leave
    before, queued = page.timeline_model.rowCount(), _queued_carriers(session)

    # share: RS-BP's H2 request is refused in plain words, the dialog stays open
    page.share_message()
    share = page.dialog
    assert isinstance(share, ShareMessageDialog)
    qtbot.waitExposed(share)
    assert share.scope.currentIndex() == 1  # the case holds no message yet: all recent
    ids = [m.message_id for m in share.rows]
    assert {restricted, plain, withdrawn} <= set(ids)
    assert share.model.item(ids.index(withdrawn), 2).text() == "Alert (withdrawn)"
    share.list.selectRow(ids.index(withdrawn))
    share.share_chosen()
    assert share.status.text() == "Not shared: GB-NCA withdrew this message; it cannot be " \
        "shared."
    share.list.selectRow(ids.index(restricted))
    share.share_chosen()
    words = share.status.text()
    assert share.isVisible() and words.startswith("Not shared:"), words
    assert "may not be passed to BG-BP" in words and "Traceback" not in words
    assert page.timeline_model.rowCount() == before and _queued_carriers(session) == queued
    # the unrestricted one enters the record, signed, and is queued for both partners
    share.list.selectRow(ids.index(plain))
    share.share_chosen()
    qtbot.waitUntil(lambda: not share.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.timeline_model.rowCount() == before + 1, timeout=WAIT_MS)
    assert _kinds(page)[-1] == "Shared item"
    assert _queued_carriers(session) == queued + 2

    # consent: GB-NCA's restricted items may reach RS-BP
    page.consent()
    consent = page.dialog
    assert isinstance(consent, ConsentDialog)
    assert [consent.agency.itemData(i) for i in range(consent.agency.count())] == [
        "BG-BP", "RS-BP"]
    consent.agency.setCurrentIndex(1)
    assert "will reach RS-BP" in consent.effect.text()
    consent.accept()
    qtbot.waitUntil(lambda: page.timeline_model.rowCount() == before + 2, timeout=WAIT_MS)
    assert _kinds(page)[-1] == "Consent to share with"
    assert page.timeline_model.item(before + 1, 4).text() == "RS-BP"

    # conclude: a summary is required; then the operation is concluded for everyone
    page.conclude_operation()
    conclude = page.dialog
    assert isinstance(conclude, ConcludeDialog) and not conclude.ok.isEnabled()
    assert "OP-HORGOS-26" in conclude.explanation.text()
    conclude.text.setPlainText("Route closed, four arrests")
    assert conclude.ok.isEnabled()
    conclude.accept()
    qtbot.waitUntil(lambda: page.list_model.item(0, 2).text() == "Concluded", timeout=WAIT_MS)
    assert _kinds(page)[-1] == "Concluded"
    assert page.timeline_model.item(before + 2, 4).text() == "Route closed, four arrests"
    assert _queued_carriers(session) == queued + 6
    assert not any(button.isEnabled() for key, button in b.items() if key != "propose")


def test_a_partner_leaves_with_a_reason(qtbot: Any, env: Any) -> None:
    ws, session, ctx = env
    body = ProposeBody(ref="OP-DANUBE-7", title="Danube crossings",
                       crime_area=CrimeArea.MIGRANT_SMUGGLING,
                       participants=(Participant("BG-BP", ()), Participant("GB-NCA", ()),
                                     Participant("RS-BP", (B_OFFICER,))),
                       handling=None, objectives=("Map the crossings",), summary="",
                       salt=new_salt())
    op = _partner(ws, session, ws.b_keys, B_OFFICER, "RS-BP", None, UpdateKind.PROPOSE,
                  body, 1)
    page = _page(qtbot, ctx, op)
    assert page.buttons["accept"].isEnabled() and not page.buttons["leave"].isEnabled()
    page.accept_operation()
    qtbot.waitUntil(lambda: page.buttons["leave"].isEnabled(), timeout=WAIT_MS)
    assert not page.buttons["conclude"].isEnabled()  # only RS-BP, the lead, concludes
    queued = _queued_carriers(session)

    page.leave_operation()
    leave = page.dialog
    assert isinstance(leave, LeaveDialog) and not leave.ok.isEnabled()
    assert "RS-BP" in leave.explanation.text() and "OP-DANUBE-7" in leave.explanation.text()
    leave.text.setPlainText("The route moved out of our area")
    leave.accept()
    qtbot.waitUntil(lambda: page.list_model.item(0, 2).text().endswith(" · Left"), timeout=WAIT_MS)
    assert _kinds(page)[-1] == "Left"
    assert page.timeline_model.item(page.timeline_model.rowCount() - 1, 4).text() == \
        "The route moved out of our area"
    assert _queued_carriers(session) == queued + 1  # to RS-BP, the only member left
    assert not any(page.buttons[k].isEnabled()
                   for k in ("leave", "share", "consent", "task", "decision"))


def test_the_lead_withdraws_a_proposal_no_partner_has_agreed_to(qtbot: Any, env: Any) -> None:
    """While only proposed, the lead's Conclude… is Withdraw proposal… (the domain's
    `conclude`, §32.3: the invited agencies can no longer agree); once a partner agrees it
    is Conclude… again. A partner never sees either."""
    ws, session, ctx = env
    op = operations.propose(session, operations.Proposal(
        ref="OP-TISA-3", title="Tisa crossings", partners=("RS-BP",),
        objectives=("Map the crossings",)))
    page = _page(qtbot, ctx, op)
    button = page.buttons["conclude"]
    qtbot.waitUntil(lambda: page.detail is not None, timeout=WAIT_MS)
    assert page.list_model.item(0, 2).text() == "Proposed"
    assert button.isEnabled() and button.text() == "&Withdraw proposal…"
    assert "No partner has agreed yet" in button.toolTip()
    queued = _queued_carriers(session)
    page.conclude_operation()
    withdraw = page.dialog
    assert isinstance(withdraw, WithdrawProposalDialog) and not withdraw.ok.isEnabled()
    assert "OP-TISA-3" in withdraw.explanation.text()
    assert "none of them can agree" in withdraw.explanation.text()
    withdraw.text.setPlainText("Covered by OP-HORGOS-26")
    withdraw.accept()
    qtbot.waitUntil(lambda: page.list_model.item(0, 2).text() == "Concluded", timeout=WAIT_MS)
    assert _queued_carriers(session) == queued + 1  # to RS-BP, the invited agency
    assert not button.isEnabled() and button.text() == "&Conclude…"

    # a proposal a partner agreed to is concluded, not withdrawn
    agreed = operations.propose(session, operations.Proposal(
        ref="OP-TISA-4", title="Tisa crossings, again", partners=("RS-BP",),
        objectives=("Map the crossings",)))
    _partner(ws, session, ws.b_keys, B_OFFICER, "RS-BP", agreed, UpdateKind.ACCEPT,
             AcceptBody((B_OFFICER,), new_salt()), 1)
    other = _page(qtbot, ctx, agreed)
    row = next(r for r in range(other.list_model.rowCount())
               if other.list_model.item(r, 0).text() == "OP-TISA-4")
    other.list.selectRow(row)
    qtbot.waitUntil(lambda: other.detail is not None
                    and other.detail.summary.ref == "OP-TISA-4", timeout=WAIT_MS)
    assert other.buttons["conclude"].text() == "&Conclude…"
    other.conclude_operation()
    assert isinstance(other.dialog, ConcludeDialog)
    other.dialog.reject()


def test_an_invited_agency_sees_a_withdrawn_proposal_and_cannot_agree(
        qtbot: Any, env: Any) -> None:
    """RS-BP proposes, then withdraws before GB-NCA answers: GB-NCA's copy receives the
    withdrawal (addressed to the invited agencies too) and Agree / Decline are off."""
    ws, session, ctx = env
    body = ProposeBody(ref="OP-SAVA-2", title="Sava crossings",
                       crime_area=CrimeArea.MIGRANT_SMUGGLING,
                       participants=(Participant("GB-NCA", ()),
                                     Participant("RS-BP", (B_OFFICER,))),
                       handling=None, objectives=("Map the crossings",), summary="",
                       salt=new_salt())
    op = _partner(ws, session, ws.b_keys, B_OFFICER, "RS-BP", None, UpdateKind.PROPOSE,
                  body, 1)
    _partner(ws, session, ws.b_keys, B_OFFICER, "RS-BP", op, UpdateKind.CONCLUDE,
             ReasonBody("Covered by another operation", new_salt()), 2)
    page = _page(qtbot, ctx, op)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=WAIT_MS)
    assert page.list_model.item(0, 2).text() == "Concluded"
    assert not page.buttons["accept"].isEnabled()
    assert not page.buttons["decline"].isEnabled()
