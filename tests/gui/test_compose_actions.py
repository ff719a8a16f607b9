"""Reply, acknowledge, recall and forward through the real dialogs (no hub)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from liaison_app.domain.grading import GradingScheme, HandlingCode
from liaison_app.domain.messages import MessageType, RequestContent, UrgencyClass
from liaison_app.gui.compose import open_forward, open_reply
from liaison_app.gui.compose.actions import (
    AcknowledgeDialog,
    RecallDialog,
    ReplyDialog,
)
from liaison_app.gui.compose.forward_dialog import ForwardDialog
from liaison_app.gui.context import AppContext
from liaison_app.services.compose import Draft, queue_message
from liaison_app.services.session import Session
from liaison_app.store import audit, messages
from liaison_app.store.messages import MessageStatus
from tests.gui.test_compose_support import choose, profile, receive
from tests.services.test_compose import WHY
from tests.services.workspace import Workspace

Ctx = tuple[Workspace, Session, AppContext]


@pytest.fixture
def env(tmp_path: Path, qapp: QApplication) -> Iterator[Ctx]:
    with profile(tmp_path / "profile-a") as found:
        yield found


def _show(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


def test_reply_refused_needs_a_reason_and_moves_the_original_to_replied(
        qtbot: QtBot, env: Ctx) -> None:
    ws, session, ctx = env
    mid = receive(session, ws)
    dialog = ReplyDialog(ctx, mid)
    _show(qtbot, dialog)
    assert "Border Police Directorate" in dialog.summary.text()
    choose(dialog.outcome, "refused")
    assert dialog.reason_label.text() == "&Reason (required):"
    qtbot.keyClicks(dialog.body, "We cannot answer this request.")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.visible_errors() == {"reason": "Must not be empty."}
    assert messages.count(session.db) == 1 and dialog.isVisible()

    qtbot.keyClicks(dialog.reason, "The keeper is a minor; national law forbids disclosure")
    with qtbot.waitSignal(ctx.data_changed, timeout=5000):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    original = messages.get(session.db, mid)
    answer = messages.get(session.db, dialog.new_message_id or "")
    assert original is not None and original.status is MessageStatus.REPLIED
    assert answer is not None and answer.in_reply_to == mid and answer.type == "reply"
    assert answer.content == {"outcome": "refused", "reason": "The keeper is a minor; "
                              "national law forbids disclosure"}


def _listed(dialog: ForwardDialog) -> dict[str, bool]:
    """Agency id -> whether it can be ticked."""
    items = [dialog.agencies.item(i) for i in range(dialog.agencies.count())]
    return {str(i.data(Qt.ItemDataRole.UserRole)): bool(i.flags() & Qt.ItemFlag.ItemIsEnabled)
            for i in items}


def test_forward_refused_for_europol_h2_and_allowed_with_consent(
        qtbot: QtBot, env: Ctx) -> None:
    ws, session, ctx = env
    h2 = HandlingCode(GradingScheme.EUROPOL_4X4, "H2")
    mid = receive(session, ws, handling=h2, kind=MessageType.ALERT)
    dialog = ForwardDialog(ctx, mid)
    _show(qtbot, dialog)
    assert dialog.handling_label.text() == (
        "Handling code: H2: not to be passed on without the provider's permission")
    assert dialog.decision_label.text() == (
        "Refused: Handling code H2 says it is not to be passed on without the provider's "
        "permission. Ask the provider and record their consent before forwarding.")
    assert not dialog.send_button.isEnabled() and dialog.consent.isVisible()
    # every agency is listed, none open while the handling code forbids it
    assert _listed(dialog) == {"BG-BP": False, "RS-BP": False, "GB-NCA": False}

    qtbot.mouseClick(dialog.consent, Qt.MouseButton.LeftButton)
    assert dialog.send_button.isEnabled()
    # with consent: not back to the sender, not to who already has it
    assert _listed(dialog) == {"BG-BP": True, "RS-BP": False, "GB-NCA": False}
    assert dialog.agencies.item(1).text().endswith("— sent this message")
    assert dialog.decision_label.text().startswith("Allowed: Handling code H2")
    dialog.agencies.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.note, "Provider consented by phone, 10:40")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.visible_errors() == {
        "legal_basis": "Choose the legal basis for sending this data."}
    choose(dialog.reason.basis, "directive-2023-977")
    qtbot.keyClicks(dialog.reason.justification, "Kalotina may be next")
    assert dialog.reason.justification.accessibleName() == "Justification for sending"
    with qtbot.waitSignal(ctx.data_changed, timeout=5000):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    fid = dialog.new_message_id
    assert fid is not None
    row = messages.get(session.db, fid)
    assert row is not None and row.handling == h2.to_wire()  # the code travels unchanged
    entries = [e for e in audit.entries(session.db, newest_first=False, limit=1000)
               if e.object_ref == fid]
    assert [e.kind.value for e in entries] == ["create", "forward"]
    assert entries[0].details["provider_consent"] is True
    assert entries[1].details["legal_basis"] == "directive-2023-977"
    assert entries[1].details["justification"] == "Kalotina may be next"


def test_forward_without_restriction_and_via_open_forward(qtbot: QtBot, env: Ctx) -> None:
    ws, session, ctx = env
    mid = receive(session, ws, handling=HandlingCode(GradingScheme.UK_3X5X2, "P"))

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ForwardDialog)
        assert not dialog.consent.isVisible() and dialog.send_button.isEnabled()
        assert dialog.decision_label.text().startswith("Allowed: Handling code P")
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)  # nothing ticked
        assert dialog.errors.visible_errors() == {"to": "Tick at least one agency to "
                                                        "forward to."}
        dialog.agencies.item(0).setCheckState(Qt.CheckState.Checked)
        choose(dialog.reason.basis, "law-enforcement")
        qtbot.keyClicks(dialog.reason.justification, "Lookout at the Bulgarian border")
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, drive)
    fid = open_forward(ctx, mid)
    assert fid is not None and messages.get(session.db, fid) is not None


def test_recall_of_a_sent_message(qtbot: QtBot, env: Ctx) -> None:
    _ws, session, ctx = env
    sent = queue_message(session, Draft(
        content=RequestContent(purpose="Smuggling network", information_requested="Keeper",
                               grounds="Lorry seen at Horgos", urgency=UrgencyClass.STANDARD,
                               evidence_use_sought=False),
        reason=WHY, to_agencies=("RS-BP", "BG-BP"), body="Keeper of NS-123-AB?"))
    with session.db.transaction() as conn:
        messages.set_status(conn, sent, MessageStatus.SENT, now=datetime.now(UTC))
    dialog = RecallDialog(ctx, sent)
    _show(qtbot, dialog)
    qtbot.mouseClick(dialog.withdraw, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.visible_errors() == {"reason": "Must not be empty."}
    qtbot.keyClicks(dialog.reason, "The plate was misread; wrong lorry")
    with qtbot.waitSignal(ctx.data_changed, timeout=5000):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    row = messages.get(session.db, dialog.new_message_id or "")
    assert row is not None and row.type == "recall" and row.in_reply_to == sent
    assert row.content == {"action": "withdraw", "of_message": sent,
                           "reason": "The plate was misread; wrong lorry"}
    assert sorted(row.recipients["agencies"]) == ["BG-BP", "RS-BP"]  # type: ignore[index]


def test_business_acknowledgement(qtbot: QtBot, env: Ctx) -> None:
    ws, session, ctx = env
    mid = receive(session, ws)
    dialog = AcknowledgeDialog(ctx, mid)
    _show(qtbot, dialog)
    qtbot.mouseClick(dialog.business, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(ctx.data_changed, timeout=5000):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    row = messages.get(session.db, dialog.new_message_id or "")
    assert row is not None and row.type == "ack" and row.in_reply_to == mid
    assert isinstance(row.content, dict) and row.content["ack_kind"] == "business"
    # addressed to the sender's device; the devices are filled in when sealed at push
    assert row.recipients == {"agencies": ["RS-BP"], "devices": []}
    assert _addressing(session, row.message_id) == ((), (ws.b_keys.device_id,))


def test_reply_to_own_message_is_refused_in_plain_words(qtbot: QtBot, env: Ctx) -> None:
    ws, session, ctx = env
    mid = receive(session, ws)
    sent = queue_message(session, Draft(
        content=RequestContent(purpose="p", information_requested="i", grounds="g",
                               urgency=UrgencyClass.STANDARD, evidence_use_sought=False),
        reason=WHY, to_agencies=("RS-BP",)))
    with qtbot.waitSignal(ctx.user_error, timeout=5000) as blocker:
        assert open_reply(ctx, sent) is None
    assert blocker.args == ["Not possible", "Only a message you received can be replied to."]
    assert messages.get(session.db, mid) is not None


def _addressing(session: Any, message_id: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(agencies, devices) the message will be sealed for at push."""
    from liaison_app.store.outbox_seal import to_seal

    found = [c.addressing for c in to_seal(session.db) if c.message_id == message_id]
    assert len(found) == 1
    return found[0].agencies, found[0].devices
