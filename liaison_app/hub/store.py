"""Hub data access for request handling: devices, nonces, mailboxes, the directory.

All methods are synchronous (the app runs them in a worker thread) and each is
one transaction. Administration (agencies, officers, tokens, enrolment) is in
`admin.py`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, and_, delete, exists, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from liaison_app.hub.blob_store import bind_blobs, judge_blobs
from liaison_app.hub.storage import (
    audit_heads,
    devices,
    directories,
    envelopes,
    mailbox,
    nonces,
    officers,
    reading,
    timestamps,
    writing,
)
from liaison_app.protocol.api import EnvelopeStatus, HubRejectReason
from liaison_app.protocol.audit_head import AuditMark

_CHUNK = 500


@dataclass(frozen=True, slots=True)
class DeviceRecord:
    """A device as the hub knows it."""

    device_id: str
    officer_id: str
    agency_id: str
    sign_key: bytes
    status: str


@dataclass(frozen=True, slots=True)
class Incoming:
    """An envelope that passed parsing and the outer-signature check."""

    id: str
    sender: str
    digest: bytes
    body: bytes
    recipients: frozenset[str]
    blobs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one Incoming envelope."""

    status: EnvelopeStatus
    reason: HubRejectReason | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class SignedDirectoryRow:
    """The newest signed directory."""

    version: int
    signed: bytes
    etag: str
    expires_at: int


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


class HubStore:
    """Request-path queries over the hub tables."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def device(self, device_id: str) -> DeviceRecord | None:
        """The device with this id, or None."""
        q = (select(devices.c.device_id, devices.c.officer_id, officers.c.agency_id,
                    devices.c.sign_key, devices.c.status)
             .join(officers, officers.c.id == devices.c.officer_id)
             .where(devices.c.device_id == device_id))
        with reading(self.engine) as conn:
            row = conn.execute(q).first()
        if row is None:
            return None
        return DeviceRecord(row.device_id, row.officer_id, row.agency_id,
                            bytes(row.sign_key), row.status)

    def remember_nonce(self, device_id: str, nonce: str, expires_at: int) -> bool:
        """Record a request nonce; False if this device used it before (a replay)."""
        try:
            with writing(self.engine) as conn:
                conn.execute(insert(nonces).values(
                    device_id=device_id, nonce=nonce, expires_at=expires_at))
        except IntegrityError:
            return False
        return True

    def latest_directory(self) -> SignedDirectoryRow | None:
        """The newest signed directory, if any."""
        q = select(directories).order_by(directories.c.version.desc()).limit(1)
        with reading(self.engine) as conn:
            row = conn.execute(q).first()
        if row is None:
            return None
        return SignedDirectoryRow(int(row.version), bytes(row.signed), row.etag,
                                  int(row.expires_at))

    def latest_timestamp(self) -> bytes | None:
        """The newest signed directory timestamp, if any."""
        q = select(timestamps.c.signed).order_by(timestamps.c.version.desc()).limit(1)
        with reading(self.engine) as conn:
            value = conn.execute(q).scalar()
        return None if value is None else bytes(value)

    def audit_head(self, device_id: str) -> tuple[int, bytes] | None:
        """The latest attested audit head of a device: (seq, signed document)."""
        q = select(audit_heads.c.seq, audit_heads.c.signed).where(
            audit_heads.c.device_id == device_id)
        with reading(self.engine) as conn:
            row = conn.execute(q).first()
        return None if row is None else (int(row.seq), bytes(row.signed))

    def put_audit_head(self, device_id: str, head: AuditMark, since: AuditMark | None,
                       signed: bytes, now: int) -> tuple[int, bytes] | None:
        """Keep this attestation when it continues the kept one: `since` names the kept
        entry exactly and the head does not go back. Otherwise nothing is stored and the
        kept (seq, signed document) is returned."""
        with writing(self.engine) as conn:
            row = conn.execute(select(audit_heads).where(
                audit_heads.c.device_id == device_id).with_for_update()).first()
            values = {"seq": head.seq, "entry_hash": head.entry_hash, "signed": signed,
                      "received_at": now}
            if row is None:
                conn.execute(insert(audit_heads).values(device_id=device_id, **values))
                return None
            kept = AuditMark(int(row.seq), bytes(row.entry_hash))
            if since != kept or head.seq < kept.seq:
                return kept.seq, bytes(row.signed)
            conn.execute(update(audit_heads).where(
                audit_heads.c.device_id == device_id).values(**values))
        return None

    def store_envelopes(self, batch: Sequence[Incoming], now: int, ttl: int) -> list[Outcome]:
        """Store each new envelope once per active recipient mailbox; idempotent by id."""
        ids = [e.id for e in batch]
        wanted = sorted({d for e in batch for d in e.recipients})
        with writing(self.engine) as conn:
            if conn.dialect.name == "postgresql":
                # Serialise mailbox writers so sequence numbers commit in order and a
                # reader can never see (and ack past) seq N+1 before seq N exists.
                conn.exec_driver_sql("LOCK TABLE mailbox IN SHARE ROW EXCLUSIVE MODE")
            known: dict[str, bytes] = {}
            for part in _chunks(ids):
                q = select(envelopes.c.id, envelopes.c.digest).where(envelopes.c.id.in_(part))
                known.update({r.id: bytes(r.digest) for r in conn.execute(q)})
            status: dict[str, str] = {}
            for part in _chunks(wanted):
                q = select(devices.c.device_id, devices.c.status).where(
                    devices.c.device_id.in_(part))
                status.update({r.device_id: r.status for r in conn.execute(q)})
            outcomes: list[Outcome] = []
            new_rows: list[dict[str, object]] = []
            box_rows: list[dict[str, object]] = []
            claimed: dict[str, str] = {}
            for env in batch:
                outcome = self._judge(env, known, status)
                if outcome.status is EnvelopeStatus.ACCEPTED:
                    refused = judge_blobs(conn, env.id, env.sender, env.blobs, claimed)
                    if refused is not None:
                        outcome = Outcome(EnvelopeStatus.REJECTED, *refused)
                outcomes.append(outcome)
                if outcome.status is not EnvelopeStatus.ACCEPTED:
                    continue
                bind_blobs(conn, env.id, env.blobs,
                           [d for d in env.recipients if status[d] == "active"], now + ttl)
                known[env.id] = env.digest
                new_rows.append({"id": env.id, "sender": env.sender, "digest": env.digest,
                                 "body": env.body, "size": len(env.body),
                                 "received_at": now, "expires_at": now + ttl})
                box_rows.extend({"device_id": d, "envelope_id": env.id,
                                 "expires_at": now + ttl}
                                for d in sorted(env.recipients) if status[d] == "active")
            if new_rows:
                conn.execute(insert(envelopes), new_rows)
                conn.execute(insert(mailbox), box_rows)
        return outcomes

    @staticmethod
    def _judge(env: Incoming, known: dict[str, bytes], status: dict[str, str]) -> Outcome:
        if env.id in known:
            if known[env.id] == env.digest:
                return Outcome(EnvelopeStatus.DUPLICATE)
            return Outcome(EnvelopeStatus.REJECTED, HubRejectReason.REPLAYED,
                           "another envelope with this id was already accepted")
        unknown = sorted(d for d in env.recipients if d not in status)
        if unknown:
            return Outcome(EnvelopeStatus.REJECTED, HubRejectReason.UNKNOWN_RECIPIENT,
                           f"device {unknown[0]} is not enrolled at this hub")
        if not any(status[d] == "active" for d in env.recipients):
            return Outcome(EnvelopeStatus.REJECTED, HubRejectReason.NO_ACTIVE_RECIPIENT,
                           "every recipient device is revoked")
        return Outcome(EnvelopeStatus.ACCEPTED)

    def inbox(self, device_id: str, after: int, limit: int, now: int
              ) -> tuple[list[tuple[int, bytes]], bool]:
        """Up to `limit` (seq, envelope bytes) after `after`, and whether more wait."""
        q = (select(mailbox.c.seq, envelopes.c.body)
             .join(envelopes, envelopes.c.id == mailbox.c.envelope_id)
             .where(mailbox.c.device_id == device_id, mailbox.c.seq > after,
                    mailbox.c.expires_at > now, envelopes.c.body.is_not(None))
             .order_by(mailbox.c.seq).limit(limit + 1))
        with reading(self.engine) as conn:
            rows = [(int(r.seq), bytes(r.body)) for r in conn.execute(q)]
        return rows[:limit], len(rows) > limit

    def has_mail(self, device_id: str, after: int, now: int) -> bool:
        """True if anything waits after `after`."""
        q = select(func.count()).select_from(mailbox).where(
            mailbox.c.device_id == device_id, mailbox.c.seq > after,
            mailbox.c.expires_at > now)
        with reading(self.engine) as conn:
            return bool(conn.execute(q).scalar())

    def ack(self, device_id: str, upto: int) -> int:
        """Delete this device's mailbox entries up to `upto`; drop bodies nobody awaits."""
        where = and_(mailbox.c.device_id == device_id, mailbox.c.seq <= upto)
        with writing(self.engine) as conn:
            ids = sorted({r.envelope_id for r in conn.execute(
                select(mailbox.c.envelope_id).where(where))})
            deleted = conn.execute(delete(mailbox).where(where)).rowcount
            for part in _chunks(ids):
                conn.execute(update(envelopes).where(
                    envelopes.c.id.in_(part),
                    ~exists().where(mailbox.c.envelope_id == envelopes.c.id),
                ).values(body=None))
        return int(deleted or 0)

    def purge(self, now: int) -> dict[str, int]:
        """Drop expired mailbox entries, envelopes and nonces; return counts."""
        with writing(self.engine) as conn:
            boxes = conn.execute(delete(mailbox).where(mailbox.c.expires_at <= now)).rowcount
            envs = conn.execute(delete(envelopes).where(
                envelopes.c.expires_at <= now,
                ~exists().where(mailbox.c.envelope_id == envelopes.c.id),
            )).rowcount
            seen = conn.execute(delete(nonces).where(nonces.c.expires_at <= now)).rowcount
        return {"mailbox": int(boxes or 0), "envelopes": int(envs or 0),
                "nonces": int(seen or 0)}
