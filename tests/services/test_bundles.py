"""Carrier bundles between real profiles with no hub at all: two trips, idempotent import,
the outbox kept until delivery is confirmed, both audit chains intact."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from liaison_app.domain.messages import ReplyOutcome
from liaison_app.services.actions import reply
from liaison_app.services.bundle_export import export_bundle, plan_export
from liaison_app.services.bundle_import import import_bundle, inspect_bundle
from liaison_app.services.bundles import BundleError
from liaison_app.services.session import Session
from liaison_app.services.transfers import period, transfer_list
from liaison_app.store import audit, messages, outbox, quarantine
from tests.services.bundle_world import CARRIED, World, make_world, queue_request


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return make_world(tmp_path_factory.mktemp("world"))


def _status(session: Session, message_id: str) -> str:
    row = messages.get(session.db, message_id)
    assert row is not None
    return row.status.value


def _counts(session: Session) -> tuple[int, int, int]:
    db = session.db
    return (int(db.execute("SELECT count(*) FROM messages").fetchone()[0]),
            quarantine.count(db),
            int(db.execute("SELECT count(*) FROM bundles_received").fetchone()[0]))


def test_request_and_reply_by_two_bundle_trips(world: World, tmp_path: Path) -> None:
    a, b = world.open("a"), world.open("b")
    try:
        request = queue_request(a, "Owner of lorry NS123AB, crossings in May")
        assert _status(a, request) == "queued"
        plan = plan_export(a, ("RS-BP",))
        assert plan.messages == {"request": 1} and plan.recipients.agencies == ("RS-BP",)
        assert plan.carriers.agencies == ("GB-NCA",)  # colleague c may relay
        trip1 = export_bundle(a, ("RS-BP",), tmp_path / "to-rs.bundle", reason=CARRIED)
        assert trip1.message_ids == (request,) and trip1.seq == 1
        assert _status(a, request) == "handed_to_carrier"
        assert outbox.pending_count(a.db) == 1  # stays until delivery is confirmed

        info = inspect_bundle(b, trip1.path)
        assert info.for_me and info.from_officer == world.officer("a") and info.envelopes == 1
        got = import_bundle(b, trip1.path, reply_out=tmp_path / "ack.bundle")
        assert (got.stored, got.duplicates, got.quarantined) == (1, 0, 0)
        assert got.acks_queued == 1 and got.reply is not None
        assert got.reply.plan.acks_owed == 1 and got.reply.plan.messages == {"ack": 1}
        stored = messages.get(b.db, request)
        assert stored is not None and stored.sender_officer == world.officer("a")

        answer = reply(b, request, ReplyOutcome.PROVIDED, "Registered to a Novi Sad haulier")
        trip2 = export_bundle(b, (world.officer("a"),), tmp_path / "to-a.bundle", reason=CARRIED)
        assert trip2.plan.messages == {"ack": 1, "reply": 1} and trip2.seq == 2

        back = import_bundle(a, got.reply.path)  # the acknowledgement bundle
        assert back.delivered == 1 and back.acknowledged == 1
        assert _status(a, request) == "delivered"
        assert outbox.pending_count(a.db) == 0  # RS-BP has it: it leaves the outbox
        final = import_bundle(a, trip2.path)
        assert final.replied == 1 and final.stored == 1 and final.duplicates == 1
        assert _status(a, request) == "replied"
        assert _status(a, answer) == "delivered"  # received: a reply from B is here

        for session in (a, b):
            assert audit.verify_chain(session.db, session.keys.sign_key).ok
            kinds = {e.kind.value for e in audit.entries(session.db, limit=500)
                     if e.object_ref.startswith("bundle:")}
            assert {"disclose", "receive"} <= kinds
    finally:
        a.close()
        b.close()


def test_importing_twice_stores_nothing_new(world: World, tmp_path: Path) -> None:
    a, b = world.open("a"), world.open("b")
    try:
        request = queue_request(a, "Second request, carried twice")
        trip = export_bundle(a, ("RS-BP",), tmp_path / "twice.bundle", reason=CARRIED)
        first = import_bundle(b, trip.path)
        assert request in trip.message_ids and first.stored == len(trip.message_ids)
        assert messages.get(b.db, request) is not None
        before = _counts(b)
        outbox_before = outbox.pending_count(b.db)
        again = import_bundle(b, trip.path)
        assert again.info.imported_before and again.stored == 0
        assert again.duplicates == len(trip.message_ids) and again.quarantined == 0
        assert _counts(b) == before and outbox.pending_count(b.db) == outbox_before
    finally:
        a.close()
        b.close()


def test_nothing_to_carry_is_said(world: World, tmp_path: Path) -> None:
    c = world.open("c")
    try:
        with pytest.raises(BundleError, match="Nothing waits for RS-BP"):
            export_bundle(c, ("RS-BP",), tmp_path / "empty.bundle", reason=CARRIED)
        assert not (tmp_path / "empty.bundle").exists()
    finally:
        c.close()


def test_a_full_stick_hands_nothing_to_a_carrier(world: World, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import liaison_app.services.bundle_export as export_module

    a = world.open("a")
    try:
        request = queue_request(a, "Written to a stick that is full")

        def full(*_args: object, **_kw: object) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(export_module, "write_bundle", full)
        with pytest.raises(BundleError, match="No space left on device"):
            export_bundle(a, ("RS-BP",), tmp_path / "full.bundle", reason=CARRIED)
        monkeypatch.undo()
        assert _status(a, request) == "queued"
        assert sorted(p.name for p in tmp_path.iterdir()) == []  # no partial file left
        last = audit.entries(a.db, limit=1)[0]
        assert last.details == {"outcome": "not written", "reason": "OSError"}
        frozen = outbox.get(a.db, request)
        assert frozen is not None and frozen.envelope
        done = export_bundle(a, ("RS-BP",), tmp_path / "again.bundle", reason=CARRIED)
        assert request in done.message_ids and _status(a, request) == "handed_to_carrier"
        kept = outbox.get(a.db, request)
        assert kept is not None and kept.envelope == frozen.envelope  # never re-sealed
    finally:
        a.close()


def test_an_export_is_a_transfer_and_counts_from_the_hand_over(world: World,
                                                               tmp_path: Path) -> None:
    """Issue 17 and 16 with 15: a bundle carrying messages needs a reason, is listed as a
    transfer with it, and the carried request counts as exchanged from the hand-over."""
    a = world.open("a")
    try:
        request = queue_request(a, "Carried with a reason")
        with pytest.raises(BundleError, match="is a disclosure"):
            export_bundle(a, ("RS-BP",), tmp_path / "no-reason.bundle")
        assert _status(a, request) == "queued" and not (tmp_path / "no-reason.bundle").exists()
        assert a.db.execute("SELECT at FROM exchanges WHERE message_id = ?",
                            (request,)).fetchone()[0] is None  # queued: counts nowhere yet
        done = export_bundle(a, ("RS-BP",), tmp_path / "reasoned.bundle", reason=CARRIED)
        row = messages.get(a.db, request)
        assert row is not None and row.status.value == "handed_to_carrier"
        at = a.db.execute("SELECT at FROM exchanges WHERE message_id = ?",
                          (request,)).fetchone()[0]
        assert at == int(row.status_changed_at.timestamp())  # not "unsent": handed over

        today = datetime.now(UTC).date()
        rows = transfer_list(a, *period(today - timedelta(days=1), today + timedelta(days=1)))
        carried = [r for r in rows if r.message_id == f"bundle:{done.bundle_id}"]
        assert len(carried) == 1 and carried[0].kind == "bundle"
        assert carried[0].justification == CARRIED.justification
        assert carried[0].legal_basis == CARRIED.basis.value
        assert [(r.agency, r.country) for r in carried[0].recipients] == [("RS-BP", "RS")]
        assert carried[0].sent_at is not None
        own = [r for r in rows if r.message_id == request]
        assert len(own) == 1 and own[0].sent_at is not None  # left with the carrier
        assert audit.verify_chain(a.db, a.keys.sign_key).ok
    finally:
        a.close()
