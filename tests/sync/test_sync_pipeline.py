"""The sync keeps both ends busy (bench P4): a push seals the next batch while the one
before is on its way, and an acknowledgement of a page of messages is applied in a few
statements, not several per message. Against a real hub; the push's first request
looks at the cache from its own connection to see what is still to seal."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from liaison_app.domain.messages import AlertContent, AlertKind, Priority
from liaison_app.protocol.api import EnvelopeResult
from liaison_app.services.compose import Draft, queue_message
from liaison_app.services.session import ENROLLED_KEY, Session
from liaison_app.store import messages, settings
from liaison_app.store.database import Database
from liaison_app.store.messages import MessageStatus
from liaison_app.store.profile import ProfileDir
from liaison_app.sync.engine import SyncEngine
from liaison_app.sync.hub_client import HubClient
from tests.sync.peers import Peer

NewPeer = Callable[..., Peer]
N = 10
BATCH = 3


def _session(peer: Peer) -> Session:
    with peer.db.transaction() as conn:
        settings.put(conn, ENROLLED_KEY, datetime.now(UTC).isoformat())
    return Session(ProfileDir(peer.path), peer.db, peer.keys, peer.profile, peer.db_key)


def _queue_alerts(peer: Peer, agency: str, n: int) -> list[str]:
    session = _session(peer)
    return [queue_message(session, Draft(
        content=AlertContent(AlertKind.WARNING), to_agencies=(agency,),
        body=f"Lorry with 12 people expected at Horgos, alert {i}",
        priority=Priority.URGENT)) for i in range(n)]


class WatchingClient(HubClient):
    """A real hub client that, as each batch is posted, counts (on its own connection
    to the cache) the queued messages not sealed yet."""

    def __init__(self, peer: Peer) -> None:
        super().__init__(peer.profile.hub_url, peer.profile.ca_cert_pem.encode(),
                         peer.keys.device_id, peer.keys.signing_key, timeout=10.0)
        self.peer = peer
        self.unsealed_at_post: list[int] = []

    def post_envelopes(self, envelopes: Sequence[object]) -> list[EnvelopeResult]:
        db = Database.open(self.peer.path / "cache.db", self.peer.db_key, migrate=False)
        try:
            row = db.execute("SELECT count(*) FROM outbox WHERE state = 'pending' "
                             "AND length(envelope) = 0").fetchone()
            self.unsealed_at_post.append(int(row[0]))
        finally:
            db.close()
        return super().post_envelopes(envelopes)  # type: ignore[arg-type]


def test_the_first_batch_leaves_before_the_last_message_is_sealed(
        make_peer: NewPeer) -> None:
    a, b = make_peer("GB-NCA"), make_peer("RS-BP")
    assert a.engine().run_once().ok  # A learns B's device
    ids = _queue_alerts(a, "RS-BP", N)
    client = WatchingClient(a)
    try:
        report = SyncEngine(a.db, a.keys, a.ident, client, batch_size=BATCH,
                            authority_key=a.profile.directory_authority_key).run_once()
    finally:
        client.close()
    assert report.ok and report.pushed == N and report.sealed == N, report.summary()
    # Two batches at most were sealed before the first request (one in flight, one
    # taken next); the rest were sealed while batches were on their way.
    assert client.unsealed_at_post[0] >= N - 2 * BATCH, client.unsealed_at_post
    assert client.unsealed_at_post[-1] == 0
    assert all(messages.get(a.db, m).status is MessageStatus.SENT  # type: ignore[union-attr]
               for m in ids)
    got = b.engine().run_once()
    assert got.ok and got.received == N, got.summary()


def test_an_acknowledgement_of_a_page_moves_it_in_one_statement(make_peer: NewPeer) -> None:
    a, b = make_peer("GB-NCA"), make_peer("RS-BP")
    assert a.engine().run_once().ok
    ids = _queue_alerts(a, "RS-BP", N)
    assert a.engine().run_once().pushed == N
    assert b.engine().run_once().received == N  # B stores them and acknowledges the page
    seen: list[str] = []
    a.db._conn.set_trace_callback(seen.append)  # the statements as SQLite runs them
    try:
        report = a.engine().run_once()
    finally:
        a.db._conn.set_trace_callback(None)
    assert report.ok and report.delivered == N, report.summary()
    assert all(messages.get(a.db, m).status is MessageStatus.DELIVERED  # type: ignore[union-attr]
               for m in ids)
    # SQLite reports a statement again as each row enters its triggers: count texts.
    moves = {s for s in seen if s.lstrip().startswith("UPDATE messages SET status")}
    assert len(moves) == 1, moves  # one for the acknowledgement, not one per message
