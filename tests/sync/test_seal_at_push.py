"""Seal at push against a real hub: messages composed offline with the compose service
reach devices enrolled after the sender's last sync, and agencies never seen with a
device; a message waits, queued with its reason, while an agency has no active device."""

from __future__ import annotations

import socket
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from liaison_app.domain.messages import AlertContent, AlertKind, Priority
from liaison_app.hub.admin import AdminError, add_agency, open_hub
from liaison_app.protocol.api import EnvelopeResult
from liaison_app.services.compose import Draft, queue_message, waiting_reason
from liaison_app.services.session import ENROLLED_KEY, Session
from liaison_app.store import audit, messages, settings
from liaison_app.store.messages import MessageStatus
from liaison_app.store.profile import ProfileDir
from liaison_app.sync.engine import SyncEngine
from liaison_app.sync.errors import Unreachable
from liaison_app.sync.hub_client import HubClient
from tests.support.hub_process import HubProcess
from tests.sync.peers import Peer

NewPeer = Callable[..., Peer]


def _session(peer: Peer) -> Session:
    """The compose service's view of a peer (its cache, keys and provisioning)."""
    with peer.db.transaction() as conn:
        settings.put(conn, ENROLLED_KEY, datetime.now(UTC).isoformat())
    return Session(ProfileDir(peer.path), peer.db, peer.keys, peer.profile, peer.db_key)


def _alert(session: Session, agency: str, body: str) -> str:
    return queue_message(session, Draft(
        content=AlertContent(AlertKind.LOOKOUT, action_requested="Stop and check"),
        to_agencies=(agency,), body=body, priority=Priority.URGENT))


def _bodies(peer: Peer) -> set[str]:
    report = peer.engine().run_once()
    assert report.ok, report.error
    return {m.body for m in messages.list_page(peer.db, limit=100)}


def _ensure_agency(hub: HubProcess, agency: str, name: str, country: str) -> None:
    ctx = open_hub(hub.root)
    try:
        add_agency(ctx, agency, name, country)
    except AdminError:
        pass  # already added by another test of this module
    finally:
        ctx.engine.dispose()


def test_a_device_enrolled_after_the_senders_last_sync_receives_the_alert(
        make_peer: NewPeer) -> None:
    a, b1 = make_peer("GB-NCA"), make_peer("RS-BP")
    assert a.engine().run_once().ok  # A's last sync: it knows B1 only
    b2 = make_peer("RS-BP")  # enrolled while A is offline

    alice = _session(a)
    mid = _alert(alice, "RS-BP", "Silver van NS-456-CD heading for Horgos")  # offline
    assert waiting_reason(alice, mid) is None
    assert messages.get(a.db, mid).recipients["devices"] == []  # type: ignore[union-attr,index]

    report = a.engine().run_once()  # refreshes the directory, seals, pushes
    assert report.ok and report.pushed == 1 and report.sealed == 1, report.summary()
    sent = messages.get(a.db, mid)
    assert sent is not None and sent.status is MessageStatus.SENT
    assert {b1.keys.device_id, b2.keys.device_id} <= set(
        sent.recipients["devices"])  # type: ignore[index]
    disclosed = [e.details for e in audit.entries(a.db, object_ref=mid, limit=10)
                 if isinstance(e.details, dict) and e.details.get("outcome") == "sent"]
    assert len(disclosed) == 1 and {b1.keys.device_id, b2.keys.device_id} <= set(
        disclosed[0]["devices"])  # type: ignore[arg-type]
    assert "Silver van NS-456-CD heading for Horgos" in _bodies(b2)
    assert "Silver van NS-456-CD heading for Horgos" in _bodies(b1)


def test_an_agency_never_seen_with_a_device_gets_the_alert_once_it_enrols(
        make_peer: NewPeer, hub: HubProcess) -> None:
    _ensure_agency(hub, "BG-BP", "Border Police", "BG")
    a = make_peer("GB-NCA")
    assert a.engine().run_once().ok  # BG-BP is listed, with no device yet

    alice = _session(a)
    mid = _alert(alice, "BG-BP", "Lorry with 14 people, Kapitan Andreevo tonight")
    reason = waiting_reason(alice, mid)
    assert reason is not None and reason.startswith("waiting for the partner's directory entry")
    assert "BG-BP" in reason

    held = a.engine().run_once()
    assert held.ok and held.pushed == 0 and held.held == 1, held.summary()
    assert messages.get(a.db, mid).status is MessageStatus.QUEUED  # type: ignore[union-attr]
    assert "waiting for the partner's directory entry" in held.summary()

    c = make_peer("BG-BP")  # the partner's officer enrols
    delivered = a.engine().run_once()
    assert delivered.ok and delivered.pushed == 1 and delivered.held == 0, delivered.summary()
    assert waiting_reason(alice, mid) is None
    assert "Lorry with 14 people, Kapitan Andreevo tonight" in _bodies(c)


def test_an_agency_whose_devices_are_all_revoked_holds_the_message(
        make_peer: NewPeer, hub: HubProcess) -> None:
    _ensure_agency(hub, "HU-NPH", "National Police Headquarters", "HU")
    a, h = make_peer("GB-NCA"), make_peer("HU-NPH")
    assert a.engine().run_once().ok
    alice = _session(a)
    mid = _alert(alice, "HU-NPH", "Checkpoint Röszke: watch for NS-789-EF")
    assert waiting_reason(alice, mid) is None  # offline, the device still looks active
    hub.revoke(h.keys.device_id)
    report = a.engine().run_once()
    assert report.ok and report.pushed == 0 and report.held == 1
    reason = waiting_reason(alice, mid)
    assert reason is not None and "revoked" in reason and "HU-NPH" in reason


class SplitHub:
    """The real hub for everything but the push, which goes to a closed port."""

    def __init__(self, real: HubClient, dead: HubClient) -> None:
        self.real, self.dead = real, dead

    def post_envelopes(self, envelopes: Sequence[bytes]) -> list[EnvelopeResult]:
        return self.dead.post_envelopes(envelopes)

    def __getattr__(self, name: str) -> object:
        return getattr(self.real, name)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_nothing_sent_leaves_it_free_to_be_resealed_for_a_new_device(
        make_peer: NewPeer, hub: HubProcess) -> None:
    a, b1 = make_peer("GB-NCA"), make_peer("RS-BP")
    assert a.engine().run_once().ok
    alice = _session(a)
    mid = _alert(alice, "RS-BP", "Resealed for whoever is enrolled at push time")
    dead = a.client(f"https://127.0.0.1:{_closed_port()}", timeout=5.0)
    split = SplitHub(a.client(), dead)  # the directory from the hub, the push to nowhere
    offline = SyncEngine(a.db, a.keys, a.ident, split,  # type: ignore[arg-type]
                         authority_key=a.profile.directory_authority_key).run_once()
    assert isinstance(offline.error, Unreachable) and offline.error.nothing_sent
    row = a.db.execute("SELECT state, offered_at, length(envelope) AS n FROM outbox "
                       "WHERE message_id = ?", (mid,)).fetchone()
    assert row["state"] == "pending" and row["offered_at"] is None and row["n"] > 0
    b2 = make_peer("RS-BP")
    report = a.engine().run_once()
    assert report.ok and report.pushed == 1, report.summary()
    sent = messages.get(a.db, mid)
    assert sent is not None
    assert {b1.keys.device_id, b2.keys.device_id} <= set(
        sent.recipients["devices"])  # type: ignore[index]
    assert "Resealed for whoever is enrolled at push time" in _bodies(b2)
