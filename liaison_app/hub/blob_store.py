"""Blob metadata in the hub database: uploads, who may download, acknowledgements, expiry.

A blob is created by its owner (declared ciphertext size and digest), filled at
offsets (the recorded offset only moves forward over bytes already on disk),
completed once size and digest check out, and bound to the one envelope that
names it when that envelope is accepted: then its recipients may download it.
It is deleted when every recipient has acknowledged it, at the envelope's
expiry, or (never bound) `blob_upload_ttl_days` after creation. File deletion
is the caller's (`BlobFiles`), after the transaction.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from liaison_app.hub.storage import blob_access, blobs, devices, reading, writing
from liaison_app.protocol.api import HubRejectReason


class BlobRefused(Exception):
    """A blob request that cannot be met; `code` is an ErrorCode value."""

    def __init__(self, code: str, message: str, offset: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.offset = offset


@dataclass(frozen=True, slots=True)
class BlobRecord:
    """One blob as the database knows it."""

    id: str
    owner: str
    size: int
    digest: bytes
    received: int
    complete: bool
    envelope_id: str | None
    expires_at: int


def _record(row: object) -> BlobRecord:
    r = row._mapping  # type: ignore[attr-defined]
    return BlobRecord(r["id"], r["owner"], int(r["size"]), bytes(r["digest"]),
                      int(r["received"]), bool(r["complete"]), r["envelope_id"],
                      int(r["expires_at"]))


def _lock_owner(conn: Connection, device_id: str) -> None:
    """Serialise one device's blob creations (the quota check reads, then writes)."""
    if conn.dialect.name == "postgresql":
        conn.execute(select(devices.c.device_id).where(devices.c.device_id == device_id)
                     .with_for_update())


class BlobStore:
    """Request-path queries over `blobs` and `blob_access`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def get(self, blob_id: str) -> BlobRecord | None:
        with reading(self.engine) as conn:
            row = conn.execute(select(blobs).where(blobs.c.id == blob_id)).first()
        return None if row is None else _record(row)

    def stored_bytes(self, device_id: str) -> int:
        """Bytes of blobs this device uploaded that are not deleted yet (its quota use)."""
        with reading(self.engine) as conn:
            return int(conn.execute(select(func.coalesce(func.sum(blobs.c.size), 0))
                                    .where(blobs.c.owner == device_id)).scalar() or 0)

    def create(self, blob_id: str, owner: str, size: int, digest: bytes, *, now: int,
               ttl: int, quota: int) -> tuple[BlobRecord, bool]:
        """The blob (created now, or the same one created before) and whether it is new.

        The same bytes (size and digest) already whole from another device count as
        created: a relayed message's author finds its blob there (§16.4).
        """
        with writing(self.engine) as conn:
            _lock_owner(conn, owner)
            row = conn.execute(select(blobs).where(blobs.c.id == blob_id)).first()
            if row is not None:
                old = _record(row)
                if old.size != size or old.digest != digest:
                    raise BlobRefused("blob_exists", "another blob with this id exists")
                if old.owner != owner:
                    if not old.complete:
                        raise BlobRefused("blob_exists", "another device is uploading "
                                          "this blob")
                    # the same bytes, whole, from another device (a relay: §16.4): nothing
                    # to upload; unbound, it becomes this device's to name in an envelope
                    if old.envelope_id is None:
                        conn.execute(update(blobs).where(blobs.c.id == blob_id)
                                     .values(owner=owner))
                        old = dataclasses.replace(old, owner=owner)
                return old, False
            used = int(conn.execute(select(func.coalesce(func.sum(blobs.c.size), 0))
                                    .where(blobs.c.owner == owner)).scalar() or 0)
            if used + size > quota:
                raise BlobRefused("quota_exceeded", (
                    f"this device already stores {used} blob bytes at the hub; {size} more "
                    f"would pass its quota of {quota} (they are freed as recipients fetch "
                    "them)"))
            conn.execute(insert(blobs).values(
                id=blob_id, owner=owner, size=size, digest=digest, received=0,
                complete=False, envelope_id=None, created_at=now, expires_at=now + ttl))
        return BlobRecord(blob_id, owner, size, digest, 0, False, None, now + ttl), True

    def advance(self, blob_id: str, start: int, end: int) -> int:
        """Record bytes [start, end) as on disk when they continue what is recorded; the
        offset now recorded (another request may have moved it meanwhile)."""
        with writing(self.engine) as conn:
            conn.execute(update(blobs).where(
                blobs.c.id == blob_id, blobs.c.complete.is_(False),
                blobs.c.received >= start, blobs.c.received < end,
            ).values(received=end))
            value = conn.execute(select(blobs.c.received).where(blobs.c.id == blob_id)).scalar()
        return -1 if value is None else int(value)

    def mark_complete(self, blob_id: str) -> bool:
        """The blob's bytes checked out; True if it was (already) marked complete."""
        with writing(self.engine) as conn:
            conn.execute(update(blobs).where(blobs.c.id == blob_id,
                                             blobs.c.received == blobs.c.size)
                         .values(complete=True))
            value = conn.execute(select(blobs.c.complete).where(blobs.c.id == blob_id)).scalar()
        return bool(value)

    def delete(self, blob_id: str) -> None:
        with writing(self.engine) as conn:
            conn.execute(delete(blob_access).where(blob_access.c.blob_id == blob_id))
            conn.execute(delete(blobs).where(blobs.c.id == blob_id))

    def may_read(self, blob_id: str, device_id: str) -> bool:
        """True for a recipient that has not acknowledged the blob yet."""
        with reading(self.engine) as conn:
            return conn.execute(select(blob_access.c.device_id).where(
                blob_access.c.blob_id == blob_id,
                blob_access.c.device_id == device_id)).first() is not None

    def ack(self, blob_id: str, device_id: str) -> tuple[bool, bool]:
        """(was a recipient, blob now deleted): this device needs the blob no more."""
        with writing(self.engine) as conn:
            gone = conn.execute(delete(blob_access).where(
                blob_access.c.blob_id == blob_id,
                blob_access.c.device_id == device_id)).rowcount
            if not gone:
                return False, False
            left = conn.execute(select(func.count()).select_from(blob_access).where(
                blob_access.c.blob_id == blob_id)).scalar()
            if left:
                return True, False
            conn.execute(delete(blobs).where(blobs.c.id == blob_id))
        return True, True

    def purge(self, now: int) -> list[str]:
        """Delete expired blobs (bound: the envelope's expiry; unbound: upload ttl); ids."""
        with writing(self.engine) as conn:
            ids = [str(r[0]) for r in conn.execute(
                select(blobs.c.id).where(blobs.c.expires_at <= now))]
            for start in range(0, len(ids), 500):
                part = ids[start:start + 500]
                conn.execute(delete(blob_access).where(blob_access.c.blob_id.in_(part)))
                conn.execute(delete(blobs).where(blobs.c.id.in_(part)))
        return ids


# -- inside the envelope store's transaction ------------------------------------------


def judge_blobs(conn: Connection, env_id: str, sender: str, blob_ids: Sequence[str],
                claimed: dict[str, str], *, uploader: str | None = None
                ) -> tuple[HubRejectReason, str] | None:
    """Why an envelope naming `blob_ids` is refused, or None (then they are `claimed`).

    Each blob must be complete, uploaded by the envelope's sender (or, for a relayed
    envelope, by the relaying device `uploader`), and named by no other envelope (one
    blob, one message: its chunks are bound to the message id).
    """
    if not blob_ids:
        return None
    q = select(blobs).where(blobs.c.id.in_(list(blob_ids)))
    if conn.dialect.name == "postgresql":
        q = q.with_for_update()
    found = {r.id: _record(r) for r in conn.execute(q)}
    for blob_id in blob_ids:
        rec = found.get(blob_id)
        if rec is None or not rec.complete:
            return (HubRejectReason.BLOB_MISSING,
                    f"blob {blob_id} is not uploaded whole; upload it first")
        if rec.owner != sender and rec.owner != uploader:
            return (HubRejectReason.BLOB_FOREIGN,
                    f"blob {blob_id} was uploaded by another device")
        bound = rec.envelope_id or claimed.get(blob_id)
        if bound is not None and bound != env_id:
            return (HubRejectReason.BLOB_FOREIGN,
                    f"blob {blob_id} belongs to another message")
    claimed.update((b, env_id) for b in blob_ids)
    return None


def bind_blobs(conn: Connection, env_id: str, blob_ids: Iterable[str],
               recipients: Iterable[str], expires_at: int) -> None:
    """The accepted envelope's recipients may now download its blobs, until it expires."""
    ids = list(blob_ids)
    if not ids:
        return
    conn.execute(update(blobs).where(blobs.c.id.in_(ids))
                 .values(envelope_id=env_id, expires_at=expires_at))
    rows = [{"blob_id": b, "device_id": d} for b in ids for d in sorted(set(recipients))]
    if rows:
        conn.execute(insert(blob_access), rows)
