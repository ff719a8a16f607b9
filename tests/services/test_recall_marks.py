"""A recall marks the message it names wherever it is shown, only when it comes from the
agency that sent the message; a withdrawn message cannot be forwarded."""

from __future__ import annotations

import pytest

from liaison_app.domain.messages import MessageType, RecallAction
from liaison_app.domain.replies_acks_recalls import RecallContent
from liaison_app.services import views
from liaison_app.services.actions import forward, recall
from liaison_app.services.compose import queue_message
from liaison_app.services.errors import ForwardRefused
from liaison_app.services.session import Session
from liaison_app.services.view_types import MessageQuery
from liaison_app.store import recalls
from tests.services.accountability_support import receive_from_b
from tests.services.test_compose import WHY, _request
from tests.services.workspace import Workspace


def test_only_the_sender_agency_can_recall(workspace: Workspace, session: Session) -> None:
    alert = receive_from_b(session, workspace, kind=MessageType.ALERT, case_ref="OP-R")
    receive_from_b(session, workspace, kind=MessageType.RECALL, from_c=True, content=(
        RecallContent(RecallAction.WITHDRAW, alert, "not yours to recall")), body="")
    assert recalls.mark_of(session.db, alert) is None
    receive_from_b(session, workspace, kind=MessageType.RECALL, in_reply_to=alert, content=(
        RecallContent(RecallAction.RECTIFY, alert, "wrong date")), body="Date: 3 May")
    receive_from_b(session, workspace, kind=MessageType.RECALL, in_reply_to=alert, content=(
        RecallContent(RecallAction.WITHDRAW, alert, "sent unlawfully")), body="")
    detail = views.message_detail(session, alert)
    assert detail.recall is not None and detail.recall.state == "withdrawn"
    assert [c.action for c in detail.recall.corrections] == ["rectify", "withdraw"]
    assert detail.recall.corrections[0].text == "Date: 3 May"
    assert not detail.can_forward
    with pytest.raises(ForwardRefused, match="RS-BP withdrew this message"):
        forward(session, alert, ("BG-BP",), disclosure_reason=WHY)
    timeline = views.case_view(session, "OP-R").timeline
    assert {m.message_id: m.recall for m in timeline}[alert] == "withdrawn"


def test_own_recall_marks_own_copy(workspace: Workspace, session: Session) -> None:
    sent = queue_message(session, _request())
    recall(session, sent, RecallAction.WITHDRAW, "the lorry was the wrong one")
    listed = {m.message_id: m.recall for m in views.message_page(
        session, MessageQuery(direction="outgoing"))}
    assert listed[sent] == "withdrawn"
    assert recalls.relays_due(session.db) == []  # nothing was forwarded
