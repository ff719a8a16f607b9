"""A request's state follows its answers (Directive (EU) 2023/977 Art. 16): answered,
partly answered, refused, or clarification requested — open until the partner answers
again, even after the requester clarifies; the case record keeps the sequence."""

from __future__ import annotations

import json

import pytest

from liaison_app.domain.messages import MessageType, ReplyOutcome
from liaison_app.domain.replies_acks_recalls import ReplyContent
from liaison_app.services import views
from liaison_app.services.actions import reply
from liaison_app.services.compose import queue_message
from liaison_app.services.follow_up import case_follow_ups, follow_up_of
from liaison_app.services.session import Session
from tests.services.accountability_support import receive_from_b, run_cli
from tests.services.test_compose import _request
from tests.services.workspace import Workspace


def _answer(session: Session, ws: Workspace, to: str, outcome: ReplyOutcome,
            reason: str = "") -> str:
    return receive_from_b(session, ws, kind=MessageType.REPLY, in_reply_to=to, case_ref="OP-F",
                          content=ReplyContent(outcome, reason), body="")


def test_clarification_keeps_a_request_open_until_answered_again(
        workspace: Workspace, session: Session, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    request = queue_message(session, _request(case_ref="OP-F"))
    state = follow_up_of(session, request)
    assert state is not None and (state.state, state.open) == ("awaiting", True)
    asked = _answer(session, workspace, request, ReplyOutcome.CLARIFICATION,
                    "Which of the two lorries?")
    state = follow_up_of(session, request)
    assert state is not None and (state.state, state.open, state.waiting_on_us) == (
        "clarification", True, True)
    reply(session, asked, ReplyOutcome.PROVIDED, "The Scania, NS-123-AB")  # we clarify
    state = follow_up_of(session, request)
    assert state is not None and (state.state, state.open, state.waiting_on_us) == (
        "clarification", True, False)  # still open: waiting for the partner's answer
    final = _answer(session, workspace, request, ReplyOutcome.PARTIAL, "Keeper only")
    state = follow_up_of(session, final)  # any message of the conversation finds it
    assert state is not None and (state.state, state.open) == ("partial", False)
    assert [(s.kind, s.outcome) for s in state.steps] == [
        ("request", ""), ("answer", "clarification"), ("clarification", "provided"),
        ("answer", "partial")]
    (record,) = case_follow_ups(session, "OP-F")
    assert record.request_id == request and record.state == "partial"
    assert views.case_view(session, "OP-F").follow_ups == (record,)
    session.close()
    code, out, _err = run_cli(monkeypatch, capsys, "outbox", "--profile", str(workspace.path),
                              "--json")
    assert code == 0
    (item,) = [m for m in json.loads(out) if m["id"] == request]
    assert item["follow_up"]["state"] == "partial" and item["follow_up"]["open"] is False


def test_a_received_request_is_owed_again_after_clarification(
        workspace: Workspace, session: Session) -> None:
    received = receive_from_b(session, workspace, case_ref="OP-OWED")
    due = views.case_view(session, "OP-OWED").due
    assert [d.kind for d in due if d.message_id == received] == ["reply"]
    ours = reply(session, received, ReplyOutcome.CLARIFICATION, "", reason="Which crossing?")
    assert not [d for d in views.case_view(session, "OP-OWED").due if d.message_id == received]
    receive_from_b(session, workspace, kind=MessageType.REPLY, in_reply_to=ours,
                   case_ref="OP-OWED", content=ReplyContent(ReplyOutcome.PROVIDED), body="")
    state = follow_up_of(session, received)
    assert state is not None and state.open and state.waiting_on_us
    assert [d.kind for d in views.case_view(session, "OP-OWED").due
            if d.message_id == received] == ["reply"]  # owed again
    reply(session, received, ReplyOutcome.REFUSED, "", reason="National law forbids it")
    state = follow_up_of(session, received)
    assert state is not None and (state.state, state.open) == ("refused", False)
