"""The append-only, hash-chained, signed audit log.

Entry `n` stores `prev_hash` (entry `n-1`'s hash, 32 zero bytes for the first)
and `entry_hash = BLAKE2b-256(canonical JSON of {v, seq, at, kind, actor,
object, details, prev})`. The device's Ed25519 key signs
`b"liaison-audit-v1\\x00" + entry_hash` (the prefix keeps audit signatures
apart from message signatures) of the last entry each append writes: one
signature per transaction on the sync paths, whose entries go in with one
`append_many`; the entries before it carry an empty `sig` and are covered by
it through the chain (ADR 0025). `verify_chain` requires every entry to be
followed, at or after it, by a signed entry, and the last entry to be signed.
`audit_head` records the last seq and hash in the same transaction, so cutting
entries off the end is detected too; triggers refuse UPDATE and DELETE on the log.

Someone holding the database key and rewriting both the tail and the head is
caught by the anchor outside the file: every sync attests the signed head to
the hub (`sync.audit_anchor`), and `liaison audit verify --against-hub`
compares the log with it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey

from liaison_app.domain.errors import ValidationError
from liaison_app.protocol.canonical import JsonValue, canonical_bytes
from liaison_app.store.columns import (
    Conn,
    from_time_text,
    json_text,
    require_text,
    require_transaction,
    time_text,
)
from liaison_app.store.errors import StoreError

GENESIS = bytes(32)
SIGNING_CONTEXT = b"liaison-audit-v1\x00"
HASH_VERSION = 1
COVERED = b""
"""The `sig` of an entry covered by the signature of a later entry of the same append."""

Signer = Callable[[bytes], bytes]
"""Signs bytes with the device key and returns the 64-byte detached signature."""


class AuditKind(StrEnum):
    """What an entry records."""

    UNLOCK = "unlock"
    LOCK = "lock"
    CONSULT = "consult"
    COMBINATION = "combination"
    """Personal data from different sources combined: a cross-check hit (DPA 2018 s.62)."""
    CREATE = "create"
    ALTER = "alter"
    DISCLOSE = "disclose"
    RECEIVE = "receive"
    FORWARD = "forward"
    EXPORT = "export"
    ERASE = "erase"
    POLICY_CHANGE = "policy_change"


@dataclass(frozen=True)
class AuditEntry:
    """One stored entry."""

    seq: int
    at: datetime
    kind: AuditKind
    actor: str
    object_ref: str
    details: JsonValue
    prev_hash: bytes
    entry_hash: bytes
    sig: bytes


@dataclass(frozen=True)
class AuditVerdict:
    """The result of walking the chain; `first_bad_seq` names the first bad entry."""

    ok: bool
    count: int
    first_bad_seq: int | None = None
    reason: str = ""


def compute_hash(
    *, seq: int, at: str, kind: str, actor: str, object_ref: str, details: Any,
    prev_hash: bytes,
) -> bytes:
    """BLAKE2b-256 over the canonical form of an entry's fields and its predecessor's hash."""
    document = {
        "v": HASH_VERSION, "seq": seq, "at": at, "kind": kind, "actor": actor,
        "object": object_ref, "details": details, "prev": prev_hash,
    }
    return hashlib.blake2b(canonical_bytes(document), digest_size=32).digest()


def _check_details(kind: AuditKind, details: Mapping[str, Any]) -> None:
    if kind in (AuditKind.CONSULT, AuditKind.EXPORT):
        justification = details.get("justification")
        if not isinstance(justification, str) or not justification.strip():
            raise ValidationError("details.justification",
                                  f"a {kind.value} must record the officer's justification")
    if kind in (AuditKind.DISCLOSE, AuditKind.FORWARD):
        recipients = details.get("recipients")
        if not isinstance(recipients, list) or not recipients:
            raise ValidationError("details.recipients",
                                  "a disclosure must name its recipients")


AuditItem = tuple[AuditKind, str, str, Mapping[str, Any]]
"""One entry to append: kind, actor, object reference, details."""


def append(
    conn: Conn, kind: AuditKind, actor: str, obj: str, details: Mapping[str, Any],
    sign: Signer, *, now: datetime | None = None,
) -> AuditEntry:
    """Add an entry inside the caller's transaction and move the head."""
    return append_many(conn, [(kind, actor, obj, details)], sign, now=now)[0]


def append_many(
    conn: Conn, items: Sequence[AuditItem], sign: Signer, *, now: datetime | None = None,
) -> list[AuditEntry]:
    """Add entries in order inside the caller's transaction; move the head once.

    Each entry is hashed and chained exactly as `append` would; the last one is
    signed, covering the others through the chain (their `sig` is empty). The
    database round trips are shared (one head read, one insert batch, one head write).
    """
    require_transaction(conn)
    if not items:
        return []
    head = conn.execute("SELECT seq, entry_hash FROM audit_head WHERE id = 1").fetchone()
    seq, prev = (0, GENESIS) if head is None else (int(head[0]), bytes(head[1]))
    at = time_text(now or datetime.now(UTC), "now")
    rows: list[list[object]] = []
    out: list[AuditEntry] = []
    for raw_kind, actor, obj, details in items:
        kind = AuditKind(raw_kind)
        require_text(actor, "actor")
        if not isinstance(details, Mapping):
            raise ValidationError("details", "must be an object")
        _check_details(kind, details)
        details_text = json_text(dict(details), "details")
        parsed: JsonValue = json.loads(details_text)
        seq += 1
        digest = compute_hash(seq=seq, at=at, kind=kind.value, actor=actor, object_ref=obj,
                              details=parsed, prev_hash=prev)
        rows.append([seq, at, kind.value, actor, obj, details_text, prev, digest, COVERED])
        out.append(AuditEntry(seq, from_time_text(at), kind, actor, obj, parsed, prev, digest,
                              COVERED))
        prev = digest
    sig = bytes(sign(SIGNING_CONTEXT + prev))
    if len(sig) != 64:
        raise ValidationError("sig", "the signer must return a 64-byte Ed25519 signature")
    rows[-1][-1] = sig
    last = out[-1]
    out[-1] = AuditEntry(last.seq, last.at, last.kind, last.actor, last.object_ref,
                         last.details, last.prev_hash, last.entry_hash, sig)
    conn.executemany(
        """INSERT INTO audit (seq, at, kind, actor, object_ref, details, prev_hash, entry_hash,
               sig) VALUES (?,?,?,?,?,?,?,?,?)""",
        rows,
    )
    conn.execute(
        """INSERT INTO audit_head (id, seq, entry_hash) VALUES (1, ?, ?)
           ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, entry_hash = excluded.entry_hash""",
        (seq, prev),
    )
    return out


def _entry(row: Any) -> AuditEntry:
    return AuditEntry(
        seq=int(row["seq"]), at=from_time_text(row["at"]), kind=AuditKind(row["kind"]),
        actor=row["actor"], object_ref=row["object_ref"], details=json.loads(row["details"]),
        prev_hash=bytes(row["prev_hash"]), entry_hash=bytes(row["entry_hash"]),
        sig=bytes(row["sig"]),
    )


def entries(
    conn: Conn, *, offset: int = 0, limit: int = 100, newest_first: bool = True,
    kind: AuditKind | None = None, object_ref: str | None = None,
) -> list[AuditEntry]:
    """A page of the log (the Audit tab)."""
    clauses, params = [], []
    if kind is not None:
        clauses.append("kind = ?")
        params.append(AuditKind(kind).value)
    if object_ref is not None:
        clauses.append("object_ref = ?")
        params.append(object_ref)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    order = "DESC" if newest_first else "ASC"
    rows = conn.execute(
        f"SELECT * FROM audit{where} ORDER BY seq {order} LIMIT ? OFFSET ?",  # noqa: S608
        [*params, int(limit), int(offset)],
    )
    return [_entry(row) for row in rows]


def current_head(conn: Conn) -> tuple[int, bytes]:
    """The head record: the last entry's sequence number and hash (0 and zeros if empty)."""
    head = conn.execute("SELECT seq, entry_hash FROM audit_head WHERE id = 1").fetchone()
    return (0, GENESIS) if head is None else (int(head[0]), bytes(head[1]))


def entry_hash_at(conn: Conn, seq: int) -> bytes | None:
    """The stored hash of entry `seq` (GENESIS for 0), or None if there is no such entry."""
    if seq == 0:
        return GENESIS
    row = conn.execute("SELECT entry_hash FROM audit WHERE seq = ?", (int(seq),)).fetchone()
    return None if row is None else bytes(row[0])


def count(conn: Conn) -> int:
    """How many entries the log holds."""
    return int(conn.execute("SELECT count(*) FROM audit").fetchone()[0])


def _bad(count_: int, seq: int, reason: str) -> AuditVerdict:
    return AuditVerdict(ok=False, count=count_, first_bad_seq=seq, reason=reason)


def verify_chain(conn: Conn, verify_key: bytes) -> AuditVerdict:
    """Walk the whole chain: order, links, hashes, signatures and the head record.

    A signed entry's signature covers it and, through the chain, every unsigned
    (covered) entry since the previous signed one; a failure is reported at the
    first entry of that run, the earliest one it could hide. The last entry must be
    signed (else the log was cut inside an append)."""
    key = VerifyKey(bytes(verify_key))
    prev, expected, checked = GENESIS, 1, 0
    unsigned_from: int | None = None
    for row in conn.execute("SELECT * FROM audit ORDER BY seq"):
        seq = int(row["seq"])
        if seq != expected:
            return _bad(checked, expected, f"entry {expected} is missing (deleted or reordered)")
        if bytes(row["prev_hash"]) != prev:
            return _bad(checked, seq, f"entry {seq} does not link to entry {seq - 1}")
        try:
            details = json.loads(row["details"])
            digest = compute_hash(
                seq=seq, at=row["at"], kind=row["kind"], actor=row["actor"],
                object_ref=row["object_ref"], details=details, prev_hash=prev)
        except (ValueError, TypeError):
            return _bad(checked, seq, f"entry {seq} cannot be read (edited)")
        if digest != bytes(row["entry_hash"]):
            return _bad(checked, seq, f"entry {seq} does not match its hash (edited)")
        sig = bytes(row["sig"])
        if sig == COVERED:
            if unsigned_from is None:
                unsigned_from = seq
        else:
            try:
                key.verify(SIGNING_CONTEXT + digest, sig)
            except (BadSignatureError, ValueError, TypeError):
                first = seq if unsigned_from is None else unsigned_from
                what = f"entry {seq} has" if first == seq else \
                    f"entries {first}-{seq} have (one signature covers them)"
                return _bad(checked - (seq - first), first, f"{what} an invalid signature")
            unsigned_from = None
        prev, expected, checked = digest, expected + 1, checked + 1
    if unsigned_from is not None:
        return _bad(unsigned_from - 1, unsigned_from,
                    f"entries from {unsigned_from} on are covered by no signature "
                    "(truncated inside a transaction, or tampered)")
    head = conn.execute("SELECT seq, entry_hash FROM audit_head WHERE id = 1").fetchone()
    head_seq, head_hash = (0, GENESIS) if head is None else (int(head[0]), bytes(head[1]))
    if head_seq != checked or head_hash != prev:
        return _bad(checked, checked + 1 if head_seq > checked else max(head_seq, 1),
                    f"the log ends at entry {checked} but its head records entry {head_seq} "
                    "(truncated or tampered)")
    return AuditVerdict(ok=True, count=checked, reason="intact")


def verify_profile_audit(profile_path: Path, raw_db_key: bytes, verify_key: bytes) -> AuditVerdict:
    """Open a profile's database read-only-in-spirit (no migration) and verify its audit chain.

    For `liaison audit verify --profile DIR`. Raises `WrongDatabaseKey` on a bad key and
    `StoreError` when the profile has no database.
    """
    from liaison_app.store.database import Database
    from liaison_app.store.profile import ProfileDir

    profile = ProfileDir(Path(profile_path))
    if not profile.exists():
        raise StoreError(f"no Liaison database in {profile.path}")
    db = Database.open(profile.database, raw_db_key, migrate=False)
    try:
        if db.schema_version() < 1:
            raise StoreError(f"{profile.database} holds no Liaison schema")
        return verify_chain(db, verify_key)
    finally:
        db.close()
