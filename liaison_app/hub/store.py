"""Hub data access for request handling: devices, nonces, mailboxes, the directory.

All methods are synchronous (the app runs them in a worker thread) and each is
one transaction. The request path's statements are plain SQL handed to the
driver (`exec_driver_sql`: no statement compilation per call), written once for
both backends; administration (agencies, officers, tokens, enrolment) is in
`admin.py` on SQLAlchemy Core.

Several hub processes may share one PostgreSQL database, so nothing here takes a
table lock: envelope ids are claimed with INSERT … ON CONFLICT DO NOTHING, each
mailbox numbers its entries from its own row in `mailbox_heads` (row-locked in
device-id order until commit), and the storing transaction announces the
mailboxes it filled with NOTIFY (delivered on commit; see `wakeups.py`).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import DBAPIError

from liaison_app.hub.blob_store import bind_blobs, judge_blobs
from liaison_app.hub.shared_limits import TAKE_SQL, SharedRateLimiter
from liaison_app.hub.storage import audit_heads, reading, timestamps, writing
from liaison_app.hub.wakeups import MAILBOX_CHANNEL, notify_payloads
from liaison_app.protocol.api import EnvelopeStatus, HubRejectReason
from liaison_app.protocol.audit_head import AuditMark

_CHUNK = 500
_DEADLOCK_RETRIES = 3
RATE_BUCKET_IDLE_SECONDS = 86_400


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
    relayed_by: str | None = None
    """The device that posted it, when that is not its sender (§16.4 relay)."""


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


@dataclass(frozen=True, slots=True)
class Admission:
    """What `admit` found: a new nonce?, the device's status, the rate-limit wait."""

    fresh: bool
    status: str | None
    wait: float | None
    rate_checked: bool
    """False when the rate limit is still to be checked (in-memory limiter)."""


@dataclass(frozen=True, slots=True)
class MailboxDepth:
    """How much waits in mailboxes, as counts only (for metrics)."""

    entries: int
    mailboxes: int
    deepest: int


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


_ADMIT_NONCE = ("WITH n AS (INSERT INTO nonces (device_id, nonce, expires_at) "
                "VALUES (%(device)s, %(nonce)s, %(expires)s) "
                "ON CONFLICT (device_id, nonce) DO NOTHING RETURNING 1)")
_ADMIT_STATUS = ("SELECT (SELECT count(*) FROM n), "
                 "(SELECT status FROM devices WHERE device_id = %(device)s)")
_ADMIT = _ADMIT_NONCE + " " + _ADMIT_STATUS + ", NULL, NULL"
_ADMIT_RATED = (_ADMIT_NONCE + ", r AS (" + TAKE_SQL + ") " + _ADMIT_STATUS
                + ", r.granted, r.tokens FROM r")
"""PostgreSQL: nonce, device status (and a rate token) in one statement."""


class _Sql:
    """Placeholders in the driver's own style (sqlite3: ?, psycopg: %s)."""

    def __init__(self, dialect: str) -> None:
        self.pg = dialect == "postgresql"
        self.mark = "%s" if self.pg else "?"

    def marks(self, n: int) -> str:
        return ", ".join([self.mark] * n)

    def rows(self, n: int, width: int) -> str:
        one = "(" + self.marks(width) + ")"
        return ", ".join([one] * n)

    def q(self, text: str) -> str:
        """`text` written with `?` placeholders, in the driver's style."""
        return text.replace("?", "%s") if self.pg else text


def _is_deadlock(exc: DBAPIError) -> bool:
    code = getattr(exc.orig, "sqlstate", None)
    return code in {"40P01", "40001"}


class HubStore:
    """Request-path queries over the hub tables."""

    def __init__(self, engine: Engine, origin: str = "") -> None:
        self.engine = engine
        self.origin = origin
        """This process's mark on its NOTIFY payloads (its listener skips its own)."""
        self.sql = _Sql(engine.dialect.name)
        self._devices: dict[str, DeviceRecord] = {}
        self._devices_lock = threading.Lock()

    # -- devices -------------------------------------------------------------------------

    def device(self, device_id: str) -> DeviceRecord | None:
        """The device with this id, or None. Its keys, officer and agency never change
        (the id is a hash of the signing key), so a found device is remembered; its
        `status` here may be stale: `admit` reads the current one."""
        hit = self._devices.get(device_id)
        if hit is not None:
            return hit
        record = self._load_device(device_id)
        if record is not None:
            with self._devices_lock:
                if len(self._devices) > 100_000:
                    self._devices.clear()
                self._devices[device_id] = record
        return record

    def device_now(self, device_id: str) -> DeviceRecord | None:
        """The device with its status as stored now (not a remembered one): a relayed
        envelope's author must be active at the moment it is posted."""
        return self._load_device(device_id)

    def _load_device(self, device_id: str) -> DeviceRecord | None:
        q = self.sql.q(
            "SELECT d.device_id, d.officer_id, o.agency_id, d.sign_key, d.status "
            "FROM devices d JOIN officers o ON o.id = d.officer_id WHERE d.device_id = ?")
        with reading(self.engine) as conn:
            row = conn.exec_driver_sql(q, (device_id,)).first()
        if row is None:
            return None
        return DeviceRecord(row[0], row[1], row[2], bytes(row[3]), row[4])

    # -- nonces and the directory -----------------------------------------------------------

    def remember_nonce(self, device_id: str, nonce: str, expires_at: int) -> bool:
        """Record a request nonce; False if this device used it before (a replay)."""
        return self.admit(device_id, nonce, expires_at).fresh

    def admit(self, device_id: str, nonce: str, expires_at: int,
              bucket: SharedRateLimiter | None = None) -> Admission:
        """Record a request nonce, read the device's current status and (PostgreSQL)
        spend a token of its rate bucket, in one round trip."""
        if self.sql.pg:
            params: dict[str, object] = {"device": device_id, "nonce": nonce,
                                         "expires": expires_at}
            q = _ADMIT
            if bucket is not None:
                params.update(bucket.params(device_id))
                q = _ADMIT_RATED
            with writing(self.engine) as conn:
                fresh, status, granted, tokens = conn.exec_driver_sql(q, params).one()
            wait = bucket.wait(granted, tokens) if bucket is not None else None
            return Admission(bool(fresh), status, wait, bucket is not None)
        with writing(self.engine) as conn:
            fresh = conn.exec_driver_sql(
                "INSERT INTO nonces (device_id, nonce, expires_at) VALUES (?, ?, ?) "
                "ON CONFLICT (device_id, nonce) DO NOTHING", (device_id, nonce, expires_at)
            ).rowcount
            status = conn.exec_driver_sql(
                "SELECT status FROM devices WHERE device_id = ?", (device_id,)).scalar()
        return Admission(bool(fresh), status, None, False)

    def latest_directory(self) -> SignedDirectoryRow | None:
        """The newest signed directory, if any."""
        q = ("SELECT version, signed, etag, expires_at FROM directories "
             "ORDER BY version DESC LIMIT 1")
        with reading(self.engine) as conn:
            row = conn.exec_driver_sql(q).first()
        if row is None:
            return None
        return SignedDirectoryRow(int(row[0]), bytes(row[1]), row[2], int(row[3]))

    # -- storing ----------------------------------------------------------------------------

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
        for attempt in range(_DEADLOCK_RETRIES):
            try:
                with writing(self.engine) as conn:
                    return self._store(conn, batch, now, ttl)
            except DBAPIError as exc:
                if attempt + 1 == _DEADLOCK_RETRIES or not _is_deadlock(exc):
                    raise
        raise AssertionError("unreachable")

    def _store(self, conn: Connection, batch: Sequence[Incoming], now: int, ttl: int
               ) -> list[Outcome]:
        known = self._digests(conn, sorted({e.id for e in batch}))
        wanted = sorted({d for e in batch for d in e.recipients})
        status: dict[str, str] = {}
        for part in _chunks(wanted):
            q = self.sql.q(f"SELECT device_id, status FROM devices "  # noqa: S608 - placeholders only
                           f"WHERE device_id IN ({self.sql.marks(len(part))})")
            status.update({r[0]: r[1] for r in conn.exec_driver_sql(q, tuple(part))})
        outcomes: list[Outcome] = []
        fresh: dict[str, Incoming] = {}
        named: dict[str, str] = {}
        for env in batch:
            outcome = _judge(env, known, status)
            if outcome.status is EnvelopeStatus.ACCEPTED:
                # Locks the named blob rows (PostgreSQL) until commit.
                refused = judge_blobs(conn, env.id, env.sender, env.blobs, named,
                                      uploader=env.relayed_by)
                if refused is not None:
                    outcome = Outcome(EnvelopeStatus.REJECTED, *refused)
            outcomes.append(outcome)
            if outcome.status is EnvelopeStatus.ACCEPTED:
                known[env.id] = env.digest
                fresh[env.id] = env
        claimed = self._claim(conn, sorted(fresh.values(), key=lambda e: e.id), now, ttl)
        if len(claimed) < len(fresh):  # another process stored some of these ids meanwhile
            theirs = self._digests(conn, sorted(set(fresh) - claimed))
            for i, env in enumerate(batch):
                if env.id in fresh and env.id not in claimed and outcomes[i].status is \
                        EnvelopeStatus.ACCEPTED:
                    if env.id not in theirs:  # cannot happen: ON CONFLICT waited for them
                        raise RuntimeError("an envelope id was claimed and then vanished")
                    outcomes[i] = _judge(env, theirs, status)
            fresh = {k: v for k, v in fresh.items() if k in claimed}
        copies: dict[str, list[str]] = {}
        for env in fresh.values():
            bind_blobs(conn, env.id, env.blobs,
                       [d for d in env.recipients if status[d] == "active"], now + ttl)
            for d in sorted(env.recipients):
                if status[d] == "active":
                    copies.setdefault(d, []).append(env.id)
        if copies:
            self._file(conn, copies, now + ttl)
        return outcomes

    def _digests(self, conn: Connection, ids: Sequence[str]) -> dict[str, bytes]:
        out: dict[str, bytes] = {}
        for part in _chunks(ids):
            q = self.sql.q(f"SELECT id, digest FROM envelopes "  # noqa: S608 - placeholders only
                           f"WHERE id IN ({self.sql.marks(len(part))})")
            out.update({r[0]: bytes(r[1]) for r in conn.exec_driver_sql(q, tuple(part))})
        return out

    def _claim(self, conn: Connection, envs: Sequence[Incoming], now: int, ttl: int
               ) -> set[str]:
        """Insert the envelopes (in id order); the ids this transaction inserted."""
        claimed: set[str] = set()
        for part in _chunks(envs):
            params: list[object] = []
            for e in part:
                params += [e.id, e.sender, e.digest, e.body, len(e.body), now, now + ttl]
            q = self.sql.q(
                "INSERT INTO envelopes (id, sender, digest, body, size, received_at, "  # noqa: S608 - placeholders only
                f"expires_at) VALUES {self.sql.rows(len(part), 7)} "
                "ON CONFLICT (id) DO NOTHING RETURNING id")
            claimed.update(r[0] for r in conn.exec_driver_sql(q, tuple(params)))
        return claimed

    def _file(self, conn: Connection, copies: dict[str, list[str]], expires_at: int) -> None:
        """Number each mailbox's new entries from its head row and insert them; NOTIFY."""
        devices = sorted(copies)
        params: list[object] = []
        for d in devices:
            params += [d, len(copies[d])]
        # Rows are locked in the VALUES order (sorted), so writers cannot deadlock here.
        q = self.sql.q(
            f"INSERT INTO mailbox_heads (device_id, last_seq) VALUES "  # noqa: S608 - placeholders only
            f"{self.sql.rows(len(devices), 2)} ON CONFLICT (device_id) DO UPDATE "
            "SET last_seq = mailbox_heads.last_seq + excluded.last_seq "
            "RETURNING device_id, last_seq")
        heads = {r[0]: int(r[1]) for r in conn.exec_driver_sql(q, tuple(params))}
        rows: list[tuple[str, int, str, int]] = []
        for d in devices:
            ids = copies[d]
            first = heads[d] - len(ids) + 1
            rows.extend((d, first + i, env_id, expires_at) for i, env_id in enumerate(ids))
        for part in _chunks(rows):  # one multi-row statement per 500 entries
            q = self.sql.q("INSERT INTO mailbox (device_id, seq, envelope_id, expires_at) "  # noqa: S608 - placeholders only
                           f"VALUES {self.sql.rows(len(part), 4)}")
            conn.exec_driver_sql(q, tuple(v for row in part for v in row))
        if self.sql.pg:
            for payload in notify_payloads(self.origin, devices):
                conn.exec_driver_sql("SELECT pg_notify(%s, %s)", (MAILBOX_CHANNEL, payload))

    # -- reading and acknowledging ----------------------------------------------------------

    def inbox(self, device_id: str, after: int, limit: int, now: int
              ) -> tuple[list[tuple[int, bytes]], bool]:
        """Up to `limit` (seq, envelope bytes) after `after`, and whether more wait."""
        q = self.sql.q(
            "SELECT m.seq, e.body FROM mailbox m JOIN envelopes e ON e.id = m.envelope_id "
            "WHERE m.device_id = ? AND m.seq > ? AND m.expires_at > ? "
            "AND e.body IS NOT NULL ORDER BY m.seq LIMIT ?")
        with reading(self.engine) as conn:
            rows = [(int(r[0]), bytes(r[1]))
                    for r in conn.exec_driver_sql(q, (device_id, after, now, limit + 1))]
        return rows[:limit], len(rows) > limit

    def has_mail(self, device_id: str, after: int, now: int) -> bool:
        """True if anything waits after `after`."""
        q = self.sql.q("SELECT 1 FROM mailbox WHERE device_id = ? AND seq > ? "
                       "AND expires_at > ? LIMIT 1")
        with reading(self.engine) as conn:
            return conn.exec_driver_sql(q, (device_id, after, now)).first() is not None

    def ack(self, device_id: str, upto: int) -> int:
        """Delete this device's mailbox entries up to `upto`; drop bodies nobody awaits."""
        sql = self.sql
        with writing(self.engine) as conn:
            gone = [r[0] for r in conn.exec_driver_sql(
                sql.q("DELETE FROM mailbox WHERE device_id = ? AND seq <= ? "
                      "RETURNING envelope_id"), (device_id, upto))]
            for part in _chunks(sorted(set(gone))):
                conn.exec_driver_sql(sql.q(
                    f"UPDATE envelopes SET body = NULL WHERE id IN ({sql.marks(len(part))}) "  # noqa: S608 - placeholders only
                    "AND body IS NOT NULL AND NOT EXISTS "
                    "(SELECT 1 FROM mailbox WHERE mailbox.envelope_id = envelopes.id)"),
                    tuple(part))
        return len(gone)

    def purge(self, now: int) -> dict[str, int]:
        """Drop expired mailbox entries, envelopes and nonces; return counts."""
        q = self.sql.q
        with writing(self.engine) as conn:
            boxes = conn.exec_driver_sql(
                q("DELETE FROM mailbox WHERE expires_at <= ?"), (now,)).rowcount
            envs = conn.exec_driver_sql(q(
                "DELETE FROM envelopes WHERE expires_at <= ? AND NOT EXISTS "
                "(SELECT 1 FROM mailbox WHERE mailbox.envelope_id = envelopes.id)"),
                (now,)).rowcount
            seen = conn.exec_driver_sql(
                q("DELETE FROM nonces WHERE expires_at <= ?"), (now,)).rowcount
            # A bucket idle this long is full again: dropping it changes nothing.
            conn.exec_driver_sql(q("DELETE FROM rate_buckets WHERE stamp < ?"),
                                 (now - RATE_BUCKET_IDLE_SECONDS,))
        return {"mailbox": int(boxes or 0), "envelopes": int(envs or 0),
                "nonces": int(seen or 0)}

    # -- operations -------------------------------------------------------------------------

    def ping(self) -> None:
        """One round trip to the store (raises if it cannot be reached)."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1").scalar()

    def mailbox_depth(self) -> MailboxDepth:
        """Entries waiting, mailboxes holding any, and the deepest one's size."""
        q = ("SELECT coalesce(sum(n), 0), count(*), coalesce(max(n), 0) FROM "
             "(SELECT count(*) AS n FROM mailbox GROUP BY device_id) per")
        with reading(self.engine) as conn:
            row = conn.exec_driver_sql(q).one()
        return MailboxDepth(entries=int(row[0]), mailboxes=int(row[1]), deepest=int(row[2]))


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
