"""The engine against a real hub: push, pull, technical acks, replies, audit, status."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from liaison_app.store import audit, messages, outbox, quarantine, sync_state
from liaison_app.store.audit import AuditKind
from liaison_app.store.messages import Direction, MessageFilter, MessageStatus
from liaison_app.sync.engine import SyncPhase, SyncProgress
from tests.support.hub_process import init_hub_dir, running_hub
from tests.sync.conftest import AGENCIES, LIMITS
from tests.sync.peers import Peer, enrol_peer, queue_alert, queue_reply, refresh_directory


def _status(peer: Peer, message_id: str) -> MessageStatus:
    row = messages.get(peer.db, message_id)
    assert row is not None
    return row.status


def test_alert_reply_and_acks_move_the_senders_copy(make_peer: Callable[..., Peer]) -> None:
    a, b = make_peer("GB-NCA"), make_peer("RS-BP")
    refresh_directory(a)
    alert = queue_alert(a, "RS-BP", "lorry AB-123 crossing tonight")
    assert _status(a, alert) is MessageStatus.QUEUED

    seen: list[SyncProgress] = []
    report = a.engine().run_once(seen.append)
    assert report.ok, report.error
    assert report.pushed == 1
    assert _status(a, alert) is MessageStatus.SENT
    assert {p.phase for p in seen} >= {SyncPhase.DIRECTORY, SyncPhase.PUSH, SyncPhase.DONE}

    rb = b.engine().run_once()
    assert rb.ok, rb.error
    assert rb.received == 1 and rb.acks_queued == 1
    got = messages.get(b.db, alert)
    assert got is not None and got.direction is Direction.INCOMING
    assert got.sender_officer == a.profile.officer_id and got.body.startswith("lorry")
    assert sync_state.inbox_cursor(b.db) is not None

    reply = queue_reply(b, "GB-NCA", alert, "known to us; stopped at Horgos")
    assert b.engine().run_once().ok  # pushes the technical ack and the reply

    ra = a.engine().run_once()
    assert ra.ok, ra.error
    assert ra.delivered == 1 and ra.replied == 1
    assert _status(a, alert) is MessageStatus.REPLIED
    assert messages.get(a.db, reply) is not None
    # a acks the reply automatically; b's copy of the reply becomes delivered
    assert a.engine().run_once().ok
    assert b.engine().run_once().ok
    assert _status(b, reply) is MessageStatus.DELIVERED

    kinds = [e.kind for e in audit.entries(b.db, limit=1000)]
    assert AuditKind.RECEIVE in kinds and AuditKind.ALTER in kinds
    for peer in (a, b):
        assert audit.verify_chain(peer.db, peer.keys.sign_key).ok
        assert outbox.pending_count(peer.db) == 0
        st = peer.engine().status()
        assert st.online and st.queued == 0 and st.quarantined == 0
        assert not st.re_enrol_required and st.last_sync_at is not None


def test_second_run_is_idle_and_nothing_is_stored_twice(make_peer: Callable[..., Peer]) -> None:
    a, b = make_peer("GB-NCA"), make_peer("RS-BP")
    refresh_directory(a)
    ids = [queue_alert(a, "RS-BP", f"alert {i}") for i in range(5)]
    assert a.engine().run_once().pushed == 5
    first = b.engine().run_once()
    assert first.received == 5
    again = b.engine().run_once()
    assert again.ok and again.received == 0 and again.quarantined == 0
    incoming = messages.count(b.db, MessageFilter(direction=Direction.INCOMING, type="alert"))
    assert incoming == 5
    assert all(messages.get(b.db, i) is not None for i in ids)
    assert quarantine.count(b.db) == 0


def test_hub_cursor_is_never_reused(tmp_path: Path) -> None:
    """Mail arriving after the mailbox was emptied by acks must still be delivered."""
    root = init_hub_dir(tmp_path / "hub", agencies=AGENCIES, limits=LIMITS)
    with running_hub(root) as hub:
        def make(agency: str, n: int) -> Peer:
            prov = hub.provision(agency, f"{agency.lower()}.cursor-{n}")
            return enrol_peer(prov, tmp_path / f"p{n}")

        a, b = make("GB-NCA", 1), make("RS-BP", 2)
        try:
            refresh_directory(a)
            queue_alert(a, "RS-BP", "first")
            assert a.engine().run_once().ok
            assert b.engine().run_once().received == 1  # acked: b's mailbox is empty
            assert a.engine().run_once().ok              # a's mailbox (b's ack) emptied
            queue_alert(a, "RS-BP", "second")
            assert a.engine().run_once().ok
            assert b.engine().run_once().received == 1
        finally:
            a.close()
            b.close()


def test_one_technical_ack_per_sender_per_page_delivers_every_message(
        make_peer: Callable[..., Peer]) -> None:
    """B receives N alerts from A in one page: one ack names them all; A marks each delivered."""
    a, b = make_peer("GB-NCA"), make_peer("RS-BP")
    refresh_directory(a)
    ids = [queue_alert(a, "RS-BP", f"page alert {i}") for i in range(7)]
    assert a.engine().run_once().pushed == 7

    rb = b.engine().run_once()
    assert rb.ok, rb.error
    assert rb.received == 7 and rb.acks_queued == 1
    acks = messages.list_page(b.db, MessageFilter(direction=Direction.OUTGOING, type="ack"))
    assert len(acks) == 1
    content = acks[0].content
    assert isinstance(content, dict) and content["ack_kind"] == "technical"
    listed = content["of_messages"]
    assert isinstance(listed, list) and sorted(str(i) for i in listed) == sorted(ids)
    receives = audit.entries(b.db, kind=AuditKind.RECEIVE, limit=100)
    assert sorted(e.object_ref for e in receives) == sorted(ids)  # one entry per message
    assert all(isinstance(e.details, dict) and e.details["ack_queued"] == acks[0].message_id
               for e in receives)

    ra = a.engine().run_once()
    assert ra.ok, ra.error
    assert ra.received == 1 and ra.delivered == 7
    assert all(_status(a, i) is MessageStatus.DELIVERED for i in ids)

    # Still exactly once: nothing new on either side, no quarantine, no second ack.
    again_b, again_a = b.engine().run_once(), a.engine().run_once()
    assert again_b.received == 0 and again_b.acks_queued == 0
    assert again_a.received == 0 and again_a.delivered == 0
    incoming = messages.list_page(b.db, MessageFilter(direction=Direction.INCOMING,
                                                      type="alert"), limit=100)
    assert sorted(m.message_id for m in incoming) == sorted(ids)
    assert quarantine.count(a.db) == quarantine.count(b.db) == 0
    for peer in (a, b):
        assert audit.verify_chain(peer.db, peer.keys.sign_key).ok


def test_received_subjects_are_filed_and_found_by_alias(
        make_peer: Callable[..., Peer]) -> None:
    from liaison_app.domain.subject_kinds import Basis, DataSubjectCategory, Person
    from liaison_app.store import cases, search

    a, b = make_peer("GB-NCA"), make_peer("RS-BP")
    refresh_directory(a)
    facilitator = Person(category=DataSubjectCategory.SUSPECT, basis=Basis.ASSESSMENT,
                         surname="Ilic", aliases=("Kapetan",))
    alert = queue_alert(a, "RS-BP", "facilitator expected at the crossing", (facilitator,))
    assert a.engine().run_once().ok
    assert b.engine().run_once().ok
    (subject_id,) = search.subject_ids(b.db, "Kapetan")
    subject = cases.get_subject(b.db, subject_id)
    assert subject is not None and subject.category == "suspect"
    assert cases.subject_message_ids(b.db, subject_id) == [alert]
