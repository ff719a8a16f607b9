"""In-process officers for sync tests: a keyed cache, device keys, enrolment, compose.

A `Peer` is lighter than a full profile (no key vault): a SQLCipher cache
under a random key, fresh device keys enrolled at a real hub with the
provisioning file IT would hand out. Composing mirrors services.compose (seal
at compose time, message + outbox row in one transaction).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from liaison_app.crypto.directory import verify_directory
from liaison_app.crypto.envelope import seal
from liaison_app.crypto.keys import DeviceKeys
from liaison_app.crypto.provisioning import verify_profile
from liaison_app.domain.messages import AlertContent, AlertKind, Priority, ReplyOutcome
from liaison_app.domain.replies_acks_recalls import ReplyContent
from liaison_app.protocol.api import EnrolRequest
from liaison_app.protocol.envelope import envelope_bytes
from liaison_app.protocol.ids import new_message_id
from liaison_app.protocol.message import InnerMessage, Recipients, SenderRef
from liaison_app.protocol.provisioning import ProvisioningProfile
from liaison_app.store import messages, outbox
from liaison_app.store.database import Database
from liaison_app.store.directory_apply import load_directory, store_directory
from liaison_app.store.message_mapping import new_message_from_inner
from liaison_app.sync.engine import SyncEngine
from liaison_app.sync.hub_client import HubClient


@dataclass(frozen=True)
class Ident:
    officer_id: str
    agency_id: str
    device_id: str


@dataclass
class Peer:
    """One officer's device: cache, keys, profile; makes clients and engines."""

    db: Database
    keys: DeviceKeys
    profile: ProvisioningProfile
    path: Path
    db_key: bytes
    provisioning_path: Path | None = None
    clients: list[HubClient] = field(default_factory=list)

    @property
    def ident(self) -> Ident:
        return Ident(self.profile.officer_id, self.profile.agency_id, self.keys.device_id)

    def client(self, url: str | None = None, *, timeout: float = 10.0,
               ca_pem: bytes | None = None) -> HubClient:
        c = HubClient(url or self.profile.hub_url,
                      ca_pem if ca_pem is not None else self.profile.ca_cert_pem.encode(),
                      self.keys.device_id, self.keys.signing_key, timeout=timeout,
                      connect_timeout=min(timeout, 5.0))
        self.clients.append(c)
        return c

    def engine(self, url: str | None = None, *, timeout: float = 10.0,
               **kw: Any) -> SyncEngine:
        return SyncEngine(self.db, self.keys, self.ident, self.client(url, timeout=timeout),
                          authority_key=self.profile.directory_authority_key, **kw)

    def child_spec(self, **extra: object) -> dict[str, object]:
        """What tests/sync/sync_child.py needs to run this peer's engine."""
        return {"provisioning": str(self.provisioning_path), "db": str(self.path / "cache.db"),
                "db_key": self.db_key.hex(), "sign_seed": self.keys.sign_seed.hex(),
                "box_secret": self.keys.box_secret.hex(), **extra}

    def close(self) -> None:
        for c in self.clients:
            c.close()
        self.db.close()


def enrol_peer(provisioning_file: Path, where: Path, *, url: str | None = None) -> Peer:
    """A new cache + keys, enrolled at the hub with the provisioning file's token."""
    profile = verify_profile(provisioning_file.read_bytes(), None)
    where.mkdir(parents=True, exist_ok=True)
    db_key = os.urandom(32)
    db = Database.open(where / "cache.db", db_key)
    keys = DeviceKeys.generate()
    peer = Peer(db, keys, profile, where, db_key, provisioning_file)
    pub = keys.public()
    client = peer.client(url)
    resp = client.enrol(EnrolRequest(
        token=profile.enrolment_token, officer_id=profile.officer_id, device_id=pub.device_id,
        sign_key=pub.sign_key, box_key=pub.box_key, box_key_sig=pub.box_key_sig))
    now = datetime.now(UTC).replace(microsecond=0)
    directory = verify_directory(resp.directory_bytes, profile.directory_authority_key,
                                 min_version=0, now=now)
    with db.transaction() as conn:
        store_directory(conn, directory, resp.directory_bytes, now=now)
    return peer


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def queue(peer: Peer, inner: InnerMessage) -> str:
    """Seal `inner` for its recipient devices and queue it (one transaction)."""
    directory = load_directory(peer.db)
    assert directory is not None
    targets = [directory.device(d) for d in inner.recipients.devices]
    assert all(t is not None for t in targets)
    env = seal(inner, peer.keys, [t for t in targets if t is not None], sent_at=inner.created_at)
    with peer.db.transaction() as conn:
        messages.insert_outgoing(conn, new_message_from_inner(inner, inner_bytes=None, due=None),
                                 now=inner.created_at)
        outbox.enqueue(conn, inner.id, envelope_bytes(env), now=inner.created_at)
    return inner.id


def _inner(peer: Peer, to_agency: str, content: AlertContent | ReplyContent, body: str,
           in_reply_to: str | None = None, subjects: tuple[Any, ...] = ()) -> InnerMessage:
    directory = load_directory(peer.db)
    assert directory is not None
    devices = [d.device_id for d in directory.devices_of_agency(to_agency)]
    assert devices, f"no device of {to_agency} in the cached directory"
    ident = peer.ident
    return InnerMessage(
        id=new_message_id(), type=content_type_of(content),
        sender=SenderRef(ident.officer_id, ident.agency_id, ident.device_id),
        recipients=Recipients.of([to_agency], devices), case_ref=None,
        priority=Priority.URGENT, handling=None, grading=None, subjects=subjects, body=body,
        content=content, in_reply_to=in_reply_to, created_at=_now(), expires_at=None,
        lang="en")


def content_type_of(content: AlertContent | ReplyContent) -> str:
    from liaison_app.domain.message_content import content_type
    return content_type(content).value


def queue_alert(peer: Peer, to_agency: str, body: str, subjects: tuple[Any, ...] = ()) -> str:
    """Compose and queue an urgent alert to every device of `to_agency`."""
    return queue(peer, _inner(peer, to_agency, AlertContent(AlertKind.WARNING), body,
                              subjects=subjects))


def queue_reply(peer: Peer, to_agency: str, original: str, body: str) -> str:
    """Compose and queue a reply to message `original`."""
    return queue(peer, _inner(peer, to_agency, ReplyContent(ReplyOutcome.PROVIDED), body,
                              in_reply_to=original))


def refresh_directory(peer: Peer) -> None:
    """Sync only the directory (so a new partner device becomes addressable)."""
    engine = peer.engine()
    from liaison_app.sync.engine import SyncReport
    engine._refresh_directory(SyncReport(started_at=_now()), lambda _p: None)
