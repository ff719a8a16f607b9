"""The messages repository: insert, status lifecycle, paged listing in SQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from store_samples import NOW

from liaison_app.domain.errors import ValidationError
from liaison_app.store import cases, messages
from liaison_app.store.database import Database
from liaison_app.store.errors import InvalidTransition, NotInTransaction, UnknownRecord
from liaison_app.store.messages import Direction, MessageFilter, MessageStatus, NewMessage

Make = Callable[..., NewMessage]


def test_outgoing_round_trip(db: Database, make_message: Make) -> None:
    msg = make_message("m-1", case_ref="C-1", due_at=NOW + timedelta(days=7),
                       content={"purpose": "identify"}, inner_bytes=b"\x01\x02")
    with db.transaction() as tx:
        messages.insert_outgoing(tx, msg, now=NOW)
    row = messages.get(db, "m-1")
    assert row is not None
    assert row.direction == Direction.OUTGOING
    assert row.status == MessageStatus.QUEUED
    assert row.recipients == [{"agency": "rs-mup", "devices": ["dev-bbbb"]}]
    assert row.content == {"purpose": "identify"}
    assert row.due_at == NOW + timedelta(days=7)
    assert row.inner_bytes == b"\x01\x02"
    assert row.created_at == NOW and row.received_at is None
    assert messages.get(db, "nope") is None


def test_incoming_is_idempotent(db: Database, make_message: Make) -> None:
    with db.transaction() as tx:
        assert messages.insert_incoming(tx, make_message("m-2"), received_at=NOW)
        assert not messages.insert_incoming(tx, make_message("m-2"), received_at=NOW)
    row = messages.get(db, "m-2")
    assert row is not None and row.status == MessageStatus.DELIVERED
    assert row.received_at == NOW
    assert messages.exists(db, "m-2")


def test_duplicate_outgoing_and_bad_values_are_refused(db: Database, make_message: Make) -> None:
    with db.transaction() as tx:
        messages.insert_outgoing(tx, make_message("m-3"), now=NOW)
        with pytest.raises(ValidationError, match="already exists"):
            messages.insert_outgoing(tx, make_message("m-3"), now=NOW)
        with pytest.raises(ValidationError) as info:
            messages.insert_outgoing(tx, make_message("m-4", type="gossip"), now=NOW)
        assert info.value.field == "type"
        with pytest.raises(ValidationError) as info:
            messages.insert_outgoing(tx, make_message("m-5", grading={"x": 1.5}), now=NOW)
        assert info.value.field.startswith("grading")
        with pytest.raises(ValidationError):
            messages.insert_outgoing(tx, make_message("m-6", created_at=NOW.replace(tzinfo=None)),
                                     now=NOW)
    with pytest.raises(NotInTransaction):
        messages.insert_outgoing(db, make_message("m-7"), now=NOW)


def test_status_lifecycle(db: Database, make_message: Make) -> None:
    later = NOW + timedelta(minutes=5)
    with db.transaction() as tx:
        messages.insert_outgoing(tx, make_message("m-1"), now=NOW, status=MessageStatus.DRAFT)
        assert messages.set_status(tx, "m-1", MessageStatus.QUEUED, now=later) == "draft"
        messages.set_status(tx, "m-1", MessageStatus.SENT, now=later)
        messages.set_status(tx, "m-1", MessageStatus.SENT, now=later)  # repeat is a no-op
        messages.set_status(tx, "m-1", MessageStatus.DELIVERED, now=later)
        with pytest.raises(InvalidTransition):
            messages.set_status(tx, "m-1", MessageStatus.DRAFT, now=later)
        messages.set_status(tx, "m-1", MessageStatus.READ, now=later)
        with pytest.raises(UnknownRecord):
            messages.set_status(tx, "ghost", MessageStatus.READ, now=later)
        messages.insert_outgoing(tx, make_message("m-f"), now=NOW)
        messages.set_status(tx, "m-f", MessageStatus.FAILED, now=later, failure_reason="rejected")
    row = messages.get(db, "m-1")
    assert row is not None and row.status == MessageStatus.READ
    assert row.status_changed_at == later
    failed = messages.get(db, "m-f")
    assert failed is not None and failed.failure_reason == "rejected"


def _fill(db: Database, make_message: Make) -> None:
    with db.transaction() as tx:
        cases.create_case(tx, case_ref="C-7", title="Route", crime_area="migrant_smuggling",
                          status="open", now=NOW)
        for i in range(30):
            msg = make_message(
                f"m-{i:02d}", type="alert" if i % 3 == 0 else "request",
                created_at=NOW + timedelta(minutes=i), case_ref="C-7" if i < 5 else None,
                priority=["routine", "urgent"][i % 2],
                body=f"body number {i} " + ("lorry" if i % 10 == 0 else "van"))
            if i % 2:
                messages.insert_incoming(tx, msg, received_at=NOW + timedelta(hours=1, minutes=i))
            else:
                messages.insert_outgoing(tx, msg, now=NOW)
        cases.link_message(tx, "C-7", "m-20", now=NOW)


def test_list_page_filters_sorts_and_pages(db: Database, make_message: Make) -> None:
    _fill(db, make_message)
    assert messages.count(db) == 30
    incoming = MessageFilter(direction=Direction.INCOMING)
    assert messages.count(db, incoming) == 15
    page = messages.list_page(db, incoming, limit=4)
    assert [m.message_id for m in page] == ["m-29", "m-27", "m-25", "m-23"]
    page2 = messages.list_page(db, incoming, limit=4, offset=4)
    assert [m.message_id for m in page2] == ["m-21", "m-19", "m-17", "m-15"]
    oldest = messages.list_page(db, incoming, limit=2, descending=False)
    assert [m.message_id for m in oldest] == ["m-01", "m-03"]
    alerts = MessageFilter(type="alert", direction=Direction.OUTGOING)
    assert messages.count(db, alerts) == 5  # 0, 6, 12, 18, 24
    by_status = MessageFilter(status=[MessageStatus.QUEUED, MessageStatus.DELIVERED])
    assert messages.count(db, by_status) == 30
    case = MessageFilter(case_ref="C-7")
    assert {m.message_id for m in messages.list_page(db, case)} == {
        "m-00", "m-01", "m-02", "m-03", "m-04", "m-20"}
    assert messages.count(db, MessageFilter(text="lorry")) == 3
    assert messages.count(db, MessageFilter(text="lorry", direction=Direction.OUTGOING)) == 3
    assert messages.count(db, MessageFilter(text="  ")) == 0
    received = messages.list_page(db, sort="received_at", limit=3)
    assert [m.message_id for m in received] == ["m-29", "m-27", "m-25"]
    received_asc = messages.list_page(db, sort="received_at", descending=False, limit=30)
    assert received_asc[-1].received_at is None  # NULLs last either way


def test_sort_column_is_whitelisted(db: Database) -> None:
    with pytest.raises(ValidationError):
        messages.list_page(db, sort="body; DROP TABLE messages")
    with pytest.raises(ValidationError):
        messages.list_page(db, limit=0)


def test_overdue_and_replies(db: Database, make_message: Make) -> None:
    with db.transaction() as tx:
        messages.insert_incoming(tx, make_message("in-1", due_at=NOW + timedelta(hours=8)),
                                 received_at=NOW)
        messages.insert_incoming(tx, make_message("in-2", due_at=NOW + timedelta(days=7)),
                                 received_at=NOW)
        messages.insert_outgoing(tx, make_message("out-1", type="reply", in_reply_to="in-1"),
                                 now=NOW)
    assert messages.overdue(db, NOW + timedelta(days=1)) == ["in-1"]
    assert messages.replies_to(db, "in-1") == ["out-1"]
    with db.transaction() as tx:
        messages.set_status(tx, "in-1", MessageStatus.REPLIED, now=NOW)
        assert messages.delete(tx, "in-2")
    assert messages.overdue(db, NOW + timedelta(days=30)) == []


def test_a_page_stored_in_one_statement_matches_row_by_row(db: Database,
                                                            make_message: Make) -> None:
    """insert_incoming_many writes up to 500 rows per INSERT: over that bound, with ids
    already stored and repeated inside the batch, it stores what row-by-row would."""
    with db.transaction() as tx:
        assert messages.insert_incoming(tx, make_message("p-7"), received_at=NOW)
    batch = [make_message(f"p-{i}", body=f"page text {i}") for i in range(1201)]
    batch.insert(600, make_message("p-5", body="a second copy"))
    with db.transaction() as tx:
        assert messages.insert_incoming_many(tx, batch, received_at=NOW) == 1200
        assert messages.insert_incoming_many(tx, batch[:3], received_at=NOW) == 0
    assert db.execute("SELECT count(*) FROM messages").fetchone()[0] == 1201
    for i in (0, 499, 500, 1000, 1200):
        row = messages.get(db, f"p-{i}")
        assert row is not None and row.body == f"page text {i}"
        assert row.status == MessageStatus.DELIVERED and row.received_at == NOW
    fifth = messages.get(db, "p-5")
    assert fifth is not None and fifth.body == "page text 5"
    assert messages.get(db, "p-7") is not None
