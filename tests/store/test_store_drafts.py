"""store.drafts, follow_up, threads, forwards and the officers_day migration, on SQLCipher."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from store_samples import NOW

from liaison_app.domain.errors import ValidationError
from liaison_app.store import (
    drafts,
    follow_up,
    forwards,
    messages,
    outbox,
    threads,
)
from liaison_app.store.database import Database
from liaison_app.store.messages import NewMessage


def mid(n: int) -> str:
    return f"00000000-0000-7000-8000-{n:012x}"


def _reply(n: int, to: int, outcome: str, make: Callable[..., NewMessage], **kw: object
           ) -> NewMessage:
    return make(mid(n), type="reply", in_reply_to=mid(to), created_at=NOW + timedelta(hours=n),
                content={"outcome": outcome, "reason": "needed" if outcome in (
                    "refused", "clarification") else ""}, **kw)


def test_draft_put_get_update_list_delete(db: Database) -> None:
    with db.transaction() as tx:
        assert drafts.put(tx, "d1", kind="request", version=1, now=NOW,
                          document={"fields": {"body": "Lorry NS-123-AB"}, "attachments": []})
        assert not drafts.put(tx, "d1", kind="request", version=1, now=NOW + timedelta(minutes=1),
                              document={"fields": {"body": "Lorry NS-123-AB, white"}})
        drafts.put(tx, "d2", kind="alert", version=1, now=NOW + timedelta(minutes=2),
                   document={"fields": {}})
    row = drafts.get(db, "d1")
    assert row is not None and row.document == {"fields": {"body": "Lorry NS-123-AB, white"}}
    assert row.created_at == NOW and row.updated_at == NOW + timedelta(minutes=1)
    assert [d.draft_id for d in drafts.list_all(db)] == ["d2", "d1"]
    assert drafts.count(db) == 2
    assert row.review_on == (NOW + timedelta(days=drafts.KEEP_DAYS)).date()  # a year's policy
    assert drafts.due(db, (NOW + timedelta(days=29)).date()) == []
    assert {d.draft_id for d in drafts.due(db, row.review_on)} == {"d1", "d2"}
    with db.transaction() as tx:
        assert drafts.delete(tx, "d1") and not drafts.delete(tx, "d1")
    assert drafts.count(db) == 1
    with pytest.raises(ValidationError), db.transaction() as tx:
        drafts.put(tx, "d3", kind="memo", version=1, now=NOW, document={})


def test_a_draft_about_a_message_goes_with_it(db: Database,
                                              make_message: Callable[..., NewMessage]) -> None:
    with db.transaction() as tx:
        messages.insert_incoming(tx, make_message(mid(1)), received_at=NOW)
        drafts.put(tx, "r1", kind="reply", version=1, now=NOW, about=mid(1),
                   document={"fields": {"body": "Reply text"}})
    with db.transaction() as tx:
        messages.delete(tx, mid(1))
    assert drafts.get(db, "r1") is None


def test_follow_up_of_a_received_request(db: Database,
                                         make_message: Callable[..., NewMessage]) -> None:
    with db.transaction() as tx:
        messages.insert_incoming(tx, make_message(mid(1)), received_at=NOW)
        follow_up.note_messages(tx, [mid(1)], now=NOW)
    state = follow_up.get(db, mid(1))
    assert state is not None and state.state.value == "awaiting"
    assert follow_up.open_count(db) == 1 and follow_up.open_count(db, direction="incoming") == 1
    with db.transaction() as tx:  # we ask for clarification: still open
        messages.insert_outgoing(tx, _reply(2, 1, "clarification", make_message), now=NOW)
        follow_up.note_messages(tx, [mid(2)], now=NOW)
    state = follow_up.get(db, mid(1))
    assert state is not None and state.state.value == "clarification" and state.open
    with db.transaction() as tx:  # they clarify (a reply to our reply): still ours to answer
        messages.insert_incoming(tx, _reply(3, 2, "provided", make_message), received_at=NOW)
        follow_up.note_messages(tx, [mid(3)], now=NOW)
    state = follow_up.get(db, mid(1))
    assert state is not None and state.state.value == "clarification"
    with db.transaction() as tx:  # we answer again, to their clarification
        messages.insert_outgoing(tx, _reply(4, 3, "partial", make_message), now=NOW)
        follow_up.note_messages(tx, [mid(4)], now=NOW)
    state = follow_up.get(db, mid(1))
    assert state is not None and state.state.value == "partial" and not state.open
    assert state.last_answer == mid(4) and follow_up.open_count(db) == 0
    assert follow_up.request_of(db, mid(4)) == mid(1)
    with db.transaction() as tx:  # our last answer erased (retention): open again, at once
        messages.delete(tx, mid(4))
    state = follow_up.get(db, mid(1))
    assert state is not None and state.state.value == "clarification" and state.open


def test_withdrawn_request_and_migration_backfill(tmp_path: Path, raw_key: bytes,
                                                  make_message: Callable[..., NewMessage]
                                                  ) -> None:
    from liaison_app.store.migrations import HEAD, MIGRATIONS, upgrade

    ours = next(m.version for m in MIGRATIONS if m.name == "officers_day")
    path = tmp_path / "cache.db"
    db = Database.open(path, raw_key, migrate=False)
    try:
        upgrade(db, ours - 1)  # accountability's schema made message_forwards already
        with db.transaction() as tx:
            messages.insert_outgoing(tx, make_message(mid(1)), now=NOW)
            messages.insert_incoming(tx, _reply(2, 1, "clarification", make_message),
                                     received_at=NOW)
            messages.insert_outgoing(tx, make_message(mid(3)), now=NOW)
            messages.insert_outgoing(tx, make_message(
                mid(4), type="recall", in_reply_to=mid(3),
                content={"action": "withdraw", "of_message": mid(3), "reason": "wrong"}),
                now=NOW)
        with db.transaction() as tx:
            forwards.record_forward(tx, mid(3), mid(1))
        assert upgrade(db) == HEAD
        assert forwards.forwarded_from(db, mid(3)) == mid(1)  # one table, kept
        first, second = follow_up.get(db, mid(1)), follow_up.get(db, mid(3))
        assert first is not None and first.state.value == "clarification"
        assert second is not None and second.state.value == "withdrawn"
        assert follow_up.get(db, mid(2)) is None  # only requests have a follow-up state
    finally:
        db.close()


def test_thread_members_include_forwards_and_leave_acks_out(
        db: Database, make_message: Callable[..., NewMessage]) -> None:
    def ack(n: int, kind: str) -> NewMessage:
        return make_message(mid(n), type="ack", in_reply_to=mid(1),
                            created_at=NOW + timedelta(hours=n),
                            content={"ack_kind": kind, "of_messages": [mid(1)]})

    with db.transaction() as tx:
        messages.insert_incoming(tx, make_message(mid(1)), received_at=NOW)
        messages.insert_outgoing(tx, ack(2, "read"), now=NOW)
        messages.insert_outgoing(tx, ack(3, "business"), now=NOW)
        messages.insert_outgoing(tx, _reply(4, 1, "provided", make_message), now=NOW)
        messages.insert_outgoing(tx, make_message(mid(5), created_at=NOW + timedelta(hours=5)),
                                 now=NOW)
        forwards.record_forward(tx, mid(5), mid(1))
        messages.insert_incoming(tx, _reply(6, 5, "refused", make_message), received_at=NOW)
    assert threads.root_of(db, mid(6)) == mid(1) and threads.root_of(db, mid(1)) == mid(1)
    members = threads.members(db, mid(1))
    assert [(m.message_id, m.relation) for m in members] == [
        (mid(1), "root"), (mid(3), "reply"), (mid(4), "reply"), (mid(5), "forward"),
        (mid(6), "reply")]
    assert forwards.forwarded_from(db, mid(5)) == mid(1)
    assert forwards.forwards_of(db, mid(1)) == [mid(5)]  # what the recall relay reads


def test_purge_delivered_keeps_the_message(db: Database,
                                           make_message: Callable[..., NewMessage]) -> None:
    with db.transaction() as tx:
        for n in (1, 2):
            messages.insert_outgoing(tx, make_message(mid(n)), now=NOW)
            outbox.enqueue(tx, mid(n), b"{}", now=NOW)
        outbox.mark_sent(tx, [mid(1), mid(2)], now=NOW)
        messages.set_status(tx, mid(1), messages.MessageStatus.DELIVERED, now=NOW)
        assert outbox.purge_delivered(tx) == 1
    assert outbox.get(db, mid(1)) is None and outbox.get(db, mid(2)) is not None
    row = messages.get(db, mid(1))
    assert row is not None and row.status is messages.MessageStatus.DELIVERED
