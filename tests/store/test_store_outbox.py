"""Outbox, sync state, settings and quarantine repositories."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from store_samples import NOW

from liaison_app.protocol.errors import RejectReason
from liaison_app.store import messages, outbox, outbox_seal, quarantine, settings, sync_state
from liaison_app.store.database import Database
from liaison_app.store.errors import UnknownRecord
from liaison_app.store.messages import MessageStatus, NewMessage
from liaison_app.store.outbox import OutboxState
from liaison_app.store.sync_state import SyncKey


def _queue(db: Database, make_message: Callable[..., NewMessage], n: int) -> None:
    with db.transaction() as tx:
        for i in range(n):
            messages.insert_outgoing(tx, make_message(f"m-{i}"), now=NOW)
            outbox.enqueue(tx, f"m-{i}", f"envelope-{i}".encode(), now=NOW + timedelta(seconds=i))


def test_outbox_flow(db: Database, make_message: Callable[..., NewMessage]) -> None:
    _queue(db, make_message, 4)
    assert outbox.pending_count(db) == 4
    assert outbox.next_batch(db, 10, NOW) == outbox.next_batch(db, 1, NOW)  # only m-0 is due
    batch = outbox.next_batch(db, 3, NOW + timedelta(minutes=1))
    assert [item.message_id for item in batch] == ["m-0", "m-1", "m-2"]
    assert batch[0] == outbox.Outgoing("m-0", b"envelope-0")
    assert outbox.get(db, "m-0").state == OutboxState.PENDING  # type: ignore[union-attr]
    skipped = outbox.next_batch(db, 3, NOW + timedelta(minutes=1), skip={"m-0", "m-2"})
    assert [item.message_id for item in skipped] == ["m-1", "m-3"]  # the others are in flight
    later = NOW + timedelta(minutes=2)
    with db.transaction() as tx:
        assert outbox.mark_sent(tx, ["m-0", "m-1", "m-1"], now=later) == 2
        outbox.mark_failed(tx, "m-2", "rejected: not_a_recipient", now=later)
        assert outbox.reschedule(tx, "m-3", next_attempt_at=later + timedelta(minutes=5),
                                 error="timeout") == 1
    assert outbox.pending_count(db) == 1
    assert outbox.next_batch(db, 10, later) == []
    assert outbox.next_due_at(db) == later + timedelta(minutes=5)
    sent = messages.get(db, "m-0")
    assert sent is not None and sent.status == MessageStatus.SENT
    failed = messages.get(db, "m-2")
    assert failed is not None and failed.status == MessageStatus.FAILED
    assert failed.failure_reason == "rejected: not_a_recipient"
    item = outbox.get(db, "m-3")
    assert item is not None and item.attempts == 1 and item.last_error == "timeout"
    with db.transaction() as tx:
        outbox.retry(tx, "m-2", now=later)
        with pytest.raises(UnknownRecord):
            outbox.reschedule(tx, "m-0", next_attempt_at=later, error="x")
        assert outbox.purge_sent(tx, later + timedelta(seconds=1)) == 2
    again = messages.get(db, "m-2")
    assert again is not None and again.status == MessageStatus.QUEUED
    assert outbox.pending_count(db) == 2
    assert messages.get(db, "m-0") is not None  # purging envelopes keeps messages


def test_outbox_row_needs_its_message(db: Database) -> None:
    import sqlcipher3

    with pytest.raises(sqlcipher3.IntegrityError), db.transaction() as tx:
        outbox.enqueue(tx, "ghost", b"x", now=NOW)


def test_sync_state(db: Database) -> None:
    assert sync_state.inbox_cursor(db) is None
    with db.transaction() as tx:
        sync_state.set_inbox_cursor(tx, "c-1")
        sync_state.set_inbox_cursor(tx, "c-2")
        sync_state.record_failure(tx, NOW, "connection refused")
    assert sync_state.inbox_cursor(db) == "c-2"
    assert sync_state.get(db, SyncKey.LAST_ERROR) == "connection refused"
    with db.transaction() as tx:
        sync_state.record_sync(tx, NOW + timedelta(minutes=1))
    assert sync_state.last_sync_at(db) == NOW + timedelta(minutes=1)
    assert sync_state.get(db, SyncKey.LAST_ERROR) is None


def test_settings(db: Database) -> None:
    assert settings.get(db, settings.LAST_ACCEPTED_UPDATE) is None
    assert settings.get_int(db, "auto_lock_minutes", 10) == 10
    with db.transaction() as tx:
        settings.put(tx, settings.LAST_ACCEPTED_UPDATE, "0.2.0")
        settings.put(tx, "auto_lock_minutes", 5)
    assert settings.get(db, settings.LAST_ACCEPTED_UPDATE) == "0.2.0"
    assert settings.get_int(db, "auto_lock_minutes", 10) == 5
    with db.transaction() as tx:
        settings.delete(tx, "auto_lock_minutes")
    assert settings.all_settings(db) == {settings.LAST_ACCEPTED_UPDATE: "0.2.0"}


def test_quarantine(db: Database) -> None:
    with db.transaction() as tx:
        first = quarantine.add(tx, b"\x00bad", RejectReason.BAD_OUTER_SIGNATURE,
                               received_at=NOW, detail="outer signature", envelope_id="e-1")
        quarantine.add(tx, b"\x01old", RejectReason.EXPIRED,
                       received_at=NOW + timedelta(seconds=1))
    assert quarantine.count(db) == 2
    assert quarantine.count(db, RejectReason.EXPIRED) == 1
    entries = quarantine.list_entries(db)
    assert [e.reason for e in entries] == [RejectReason.EXPIRED,
                                           RejectReason.BAD_OUTER_SIGNATURE]
    assert entries[1].envelope == b"\x00bad" and entries[1].envelope_id == "e-1"
    with db.transaction() as tx:
        assert quarantine.remove(tx, first)
    assert quarantine.count(db) == 1


def test_a_sealed_chunk_is_stored_whole_or_not_at_all(
        db: Database, make_message: Callable[..., NewMessage]) -> None:
    """store_sealed writes a chunk with one statement of each kind: every envelope and
    recipients list lands; a row offered meanwhile refuses the whole chunk unchanged."""
    to = outbox_seal.Addressing(("RS-BP",))
    with db.transaction() as tx:
        for i in range(3):
            messages.insert_outgoing(tx, make_message(f"s-{i}"), now=NOW)
            outbox_seal.enqueue_unsealed(tx, f"s-{i}", to, hold_reason=None, now=NOW)
    chunk = [outbox_seal.Sealed(f"s-{i}", f"sealed-{i}".encode(),
                                {"agencies": ["RS-BP"], "devices": [f"dev-{i}"]})
             for i in range(2)]
    with db.transaction() as tx:
        outbox_seal.store_sealed(tx, chunk)
    assert outbox.next_batch(db, 10, NOW) == [outbox.Outgoing("s-0", b"sealed-0"),
                                             outbox.Outgoing("s-1", b"sealed-1")]
    assert outbox_seal.sealed_for(db, ["s-0", "s-1", "s-2"]) == {
        "s-0": ["dev-0"], "s-1": ["dev-1"], "s-2": []}
    with db.transaction() as tx:
        outbox_seal.mark_offered(tx, ["s-1"], now=NOW)
    again = [outbox_seal.Sealed("s-2", b"sealed-2", {"agencies": ["RS-BP"], "devices": ["d"]}),
             outbox_seal.Sealed("s-1", b"resealed", {"agencies": ["RS-BP"], "devices": ["x"]})]
    with pytest.raises(UnknownRecord), db.transaction() as tx:
        outbox_seal.store_sealed(tx, again)
    assert outbox.next_batch(db, 10, NOW) == [outbox.Outgoing("s-0", b"sealed-0"),
                                             outbox.Outgoing("s-1", b"sealed-1")]
    assert outbox_seal.sealed_for(db, ["s-1", "s-2"]) == {"s-1": ["dev-1"], "s-2": []}


def test_purge_delivered_drops_only_acknowledged_sent_rows(
        db: Database, make_message: Callable[..., NewMessage]) -> None:
    _queue(db, make_message, 4)
    later = NOW + timedelta(minutes=5)
    with db.transaction() as tx:
        outbox.mark_sent(tx, ["m-0", "m-1", "m-2"], now=later)
        messages.set_status(tx, "m-0", MessageStatus.DELIVERED, now=later)
        messages.set_status(tx, "m-1", MessageStatus.DELIVERED, now=later)
        messages.set_status(tx, "m-1", MessageStatus.READ, now=later)
        assert outbox.purge_delivered(tx) == 2
        assert outbox.purge_delivered(tx) == 0
    assert outbox.get(db, "m-0") is None and outbox.get(db, "m-1") is None
    assert outbox.get(db, "m-2") is not None  # sent, not acknowledged yet
    assert outbox.get(db, "m-3") is not None  # still pending
    assert messages.get(db, "m-0") is not None
