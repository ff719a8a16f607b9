"""services.drafts, the follow-up and conversation read models, read acknowledgements.

Real SQLCipher profile and real keys (tests/services/workspace.py); no hub.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from liaison_app.domain.disclosure import DisclosureReason, LegalBasis
from liaison_app.domain.messages import (
    AlertContent,
    AlertKind,
    Priority,
    RecallAction,
    ReplyOutcome,
    RequestContent,
    UrgencyClass,
)
from liaison_app.services import actions, drafts, read_receipts, views
from liaison_app.services.compose import Draft, queue_message
from liaison_app.services.errors import ServiceError
from liaison_app.services.session import Session
from liaison_app.services.view_types import MessageQuery
from liaison_app.store import audit, forwards, messages, outbox, outbox_seal
from liaison_app.store import drafts as draft_store
from liaison_app.store.messages import NewMessage
from tests.services.test_views import NOW, incoming, mid, store
from tests.services.workspace import Workspace

REASON = DisclosureReason(LegalBasis.DIRECTIVE_2023_977, "Lorry NS-1 seen at Horgos")
AWAITING = MessageQuery(follow_ups=("awaiting", "clarification"))
REQUEST = RequestContent(purpose="Identify the driver", information_requested="Keeper of NS-1",
                         grounds="Lorry stopped at Horgos", urgency=UrgencyClass.STANDARD,
                         evidence_use_sought=False)


def _reply_from_b(n: int, to: str, outcome: str, hours: int = 1) -> NewMessage:
    return replace(incoming(n, type="reply", created=NOW + timedelta(hours=hours),
                            content={"outcome": outcome, "reason": "more detail needed"
                                     if outcome == "clarification" else ""}), in_reply_to=to)


def test_draft_saved_loaded_listed_and_discarded_with_audit(session: Session) -> None:
    draft_id = drafts.new_draft_id()
    head = drafts.heading(["RS-BP"], "urgent", "Lorry NS-123-AB seen at Horgos " * 10)
    assert drafts.save(session, draft_id, "request", {"body": "Lorry"}, version=1, heading=head)
    assert not drafts.save(session, draft_id, "request", {"body": "Lorry, white"}, version=1,
                           heading=head)
    saved = drafts.load(session, draft_id)
    assert saved.fields == {"body": "Lorry, white"} and saved.kind == "request"
    (summary,) = drafts.listing(session)
    assert summary.to == ("RS-BP",) and summary.priority == "urgent"
    assert len(summary.text) <= drafts.HEADING_TEXT and summary.text.endswith("…")
    assert drafts.count(session) == 1
    assert drafts.discard(session, draft_id) and not drafts.discard(session, draft_id)
    with pytest.raises(ServiceError):
        drafts.load(session, draft_id)
    kinds = [(e.kind.value, e.object_ref) for e in audit.entries(session.db, newest_first=False,
                                                                  limit=100)]
    assert kinds[-2:] == [("create", f"draft:{draft_id}"), ("erase", f"draft:{draft_id}")]


def test_queueing_deletes_the_draft_in_the_same_transaction(
        session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    draft_id = drafts.new_draft_id()
    drafts.save(session, draft_id, "request", {"body": "x"}, version=1)

    def broken(*_a: object, **_k: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(outbox_seal, "enqueue_unsealed", broken)  # queued to be sealed at push
    with pytest.raises(RuntimeError):
        queue_message(session, Draft(content=REQUEST, to_agencies=("RS-BP",), reason=REASON,
                                     draft_id=draft_id))
    assert drafts.exists(session, draft_id) and messages.count(session.db) == 0
    monkeypatch.undo()
    new_id = queue_message(session, Draft(content=REQUEST, to_agencies=("RS-BP",), reason=REASON,
                                          draft_id=draft_id))
    assert not drafts.exists(session, draft_id) and messages.get(session.db, new_id) is not None


def test_drafts_have_review_dates_and_retention_erases_them_like_any_record(
        session: Session) -> None:
    from liaison_app.services import retention, retention_auto

    old, fresh, kept = (drafts.new_draft_id() for _ in range(3))
    for draft_id, days in ((old, 62), (fresh, 2), (kept, 62)):
        drafts.save(session, draft_id, "alert", {}, version=1, now=NOW - timedelta(days=days))
    row = draft_store.get(session.db, old)
    assert row is not None and row.review_on == (NOW - timedelta(days=32)).date()
    # the Review page lists the drafts past review; an officer keeps one with a reason
    due = {i.ref for i in retention.due_for_review(session, NOW.date()) if i.kind == "draft"}
    assert due == {old, kept}
    retention.keep_until(session, "draft", kept, (NOW + timedelta(days=30)).date(),
                         "still being worded", now=NOW)
    confirm = retention_auto.RetentionPolicy(365, 30, True, "test policy")
    assert retention_auto.run(session, now=NOW, policy=confirm).awaiting_confirmation == 1
    assert drafts.exists(session, old)  # under confirmation nothing goes by itself
    policy = retention_auto.RetentionPolicy(365, 30, False, "test policy")
    result = retention_auto.run(session, now=NOW, policy=policy)
    assert result.erased["draft"] == 1
    assert not drafts.exists(session, old) and drafts.exists(session, fresh)
    assert drafts.exists(session, kept)
    (entry,) = audit.entries(session.db, kind=audit.AuditKind.ERASE, limit=5)
    assert entry.object_ref == f"draft:{old}" and entry.details["automatic"] is True
    assert "passed by more than 30 days' grace" in str(entry.details["rule"])


def test_a_draft_about_a_restricted_message_is_hidden_with_it(
        session: Session, workspace: Workspace) -> None:
    from liaison_app.services import retention

    store(session, incoming(1, type="request"))
    draft_id = drafts.new_draft_id()
    drafts.save(session, draft_id, "reply", {"form": {}}, version=1, about=mid(1))
    assert drafts.count(session) == 1
    retention.restrict(session, "message", mid(1), "evidence in OP-7", now=NOW)
    assert drafts.count(session) == 0 and drafts.listing(session) == []
    with pytest.raises(ServiceError):
        drafts.load(session, draft_id)
    retention.lift_restriction(session, "message", mid(1), "evidence no longer needed")
    assert drafts.load(session, draft_id).about == mid(1)


def test_sent_request_stays_awaiting_through_a_clarification(session: Session) -> None:
    request = queue_message(session, Draft(content=REQUEST, to_agencies=("RS-BP",), reason=REASON))
    assert [m.message_id for m in views.message_page(session, AWAITING)] == [request]
    (first,) = views.message_page(session, AWAITING)
    assert first.follow_up == "awaiting" and first.state == "queued"
    with session.db.transaction() as conn:
        messages.insert_incoming(conn, _reply_from_b(1, request, "clarification"),
                                 received_at=NOW)
        from liaison_app.store import follow_up
        follow_up.note_messages(conn, [mid(1)], now=NOW)
    (listed,) = views.message_page(session, AWAITING)
    assert listed.message_id == request and listed.follow_up == "clarification"
    assert views.message_detail(session, request).follow_up == "clarification"
    with session.db.transaction() as conn:
        messages.insert_incoming(conn, _reply_from_b(2, request, "provided", hours=2),
                                 received_at=NOW)
        follow_up.note_messages(conn, [mid(2)], now=NOW)
    assert views.message_page(session, AWAITING) == []
    assert views.message_count(session, MessageQuery(follow_ups=("provided",))) == 1


def test_received_request_answered_by_us_and_withdrawn(session: Session) -> None:
    (request,) = store(session, incoming(1))
    from liaison_app.store import follow_up

    with session.db.transaction() as conn:
        follow_up.note_messages(conn, [request], now=NOW)
    assert views.message_count(session, AWAITING) == 1
    actions.reply(session, request, ReplyOutcome.CLARIFICATION, "Which lorry?",
                  reason="two lorries match")
    (row,) = views.message_page(session, AWAITING)
    assert row.follow_up == "clarification" and row.state == "replied" and not row.overdue
    actions.reply(session, request, ReplyOutcome.REFUSED, "Not possible", reason="no grounds")
    assert views.message_page(session, AWAITING) == []
    assert views.message_detail(session, request).follow_up == "refused"
    mine = queue_message(session, Draft(content=REQUEST, to_agencies=("RS-BP",), reason=REASON))
    actions.recall(session, mine, RecallAction.WITHDRAW, "sent in error")
    assert views.message_detail(session, mine).follow_up == "withdrawn"


def test_conversation_shows_answers_and_forward_not_technical_acks(
        session: Session, workspace: Workspace) -> None:
    (request,) = store(session, replace(incoming(1, type="alert", content={
        "alert_kind": "lookout", "action_requested": "", "valid_until": None,
        "interpol_notice": None}), sender_device=workspace.b_keys.device_id))
    assert read_receipts.mark_read(session, request)  # queues a read acknowledgement
    reply = actions.reply(session, request, ReplyOutcome.PROVIDED, "Seen at 02:10")
    forward = actions.forward(session, request, ("BG-BP",), disclosure_reason=REASON,
                              note="for your crossings")
    acked = actions.acknowledge(session, request, kind=actions.AckKind.BUSINESS)
    conv = views.message_detail(session, reply).conversation
    assert conv is not None and conv.root_id == request
    assert [(i.message_id, i.relation, i.type) for i in conv.items] == [
        (request, "root", "alert"), (reply, "reply", "reply"), (forward, "forward", "alert"),
        (acked, "reply", "ack")]
    assert [i.state for i in conv.items] == ["replied", "queued", "queued", "queued"]
    assert [i.current for i in conv.items] == [False, True, False, False]
    assert conv.items[1].detail == "provided" and conv.items[3].detail == "business"
    assert forwards.forwarded_from(session.db, forward) == request
    # the read acknowledgement is state, never a row: not in lists, not in the outbox
    assert [r.message_id for r in views.outbox_page(session)] == [forward, reply]
    assert views.message_count(session, MessageQuery(exclude_types=("ack",))) == 3


def test_read_receipt_goes_to_the_senders_devices_unless_turned_off(
        session: Session, workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    (first, second) = store(session, incoming(1), incoming(2))
    assert views.mark_read(session, first)
    acks = [r for r in messages.list_page(session.db, messages.MessageFilter(type="ack"))]
    assert len(acks) == 1 and acks[0].content == {"ack_kind": "read", "of_messages": [first]}
    assert acks[0].recipients == {"agencies": ["RS-BP"], "devices": []}  # filled at push
    (queued,) = [c for c in outbox_seal.to_seal(session.db) if c.message_id == acks[0].message_id]
    assert queued.addressing.devices == (workspace.b_keys.device_id,)  # the sender's devices
    monkeypatch.setattr(read_receipts, "receipts_enabled", lambda _s: False)
    assert views.mark_read(session, second)
    assert messages.count(session.db, messages.MessageFilter(type="ack")) == 1
    row = messages.get(session.db, second)
    assert row is not None and row.status is messages.MessageStatus.READ


def test_outbox_lists_the_real_state_and_survives_the_purge(session: Session) -> None:
    sent = queue_message(session, Draft(content=AlertContent(AlertKind.WARNING),
                                        to_agencies=("RS-BP",), priority=Priority.URGENT))
    with session.db.transaction() as conn:
        outbox.mark_sent(conn, [sent], now=NOW)
        messages.set_status(conn, sent, messages.MessageStatus.READ, now=NOW)
        outbox.purge_delivered(conn)
    (row,) = views.outbox_page(session)
    assert (row.status, row.state, row.attempts) == ("read", None, 0)
    assert views.outbox_count(session, statuses=("read",)) == 1
    assert not draft_store.list_all(session.db)
