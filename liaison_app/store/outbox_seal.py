"""Outbox rows sealed at push: what the sync engine seals, holds back or freezes.

A message the officer composes is queued with its *addressing* (agencies, and
single devices) and an empty envelope. At each push the engine, with the
directory just refreshed, seals it for the active devices the addressing
resolves to (`sync.seal_at_push`), or holds it back with a reason when an
addressed agency has no active device yet. A sealed envelope is re-sealed when
the resolved devices change, until the moment it is first offered to the hub
(`offered_at`): from then on the hub may hold it, so it is sent as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from liaison_app.store.columns import (
    Conn,
    from_json_text,
    json_text,
    require_transaction,
    time_text,
)
from liaison_app.store.errors import UnknownRecord

__all__ = [
    "Addressing",
    "SealCandidate",
    "Sealed",
    "clear_offered",
    "enqueue_unsealed",
    "hold",
    "mark_offered",
    "seal_order",
    "sealed_for",
    "store_sealed",
    "to_seal",
]


@dataclass(frozen=True, slots=True)
class Addressing:
    """Whom the officer addressed: whole agencies and single devices (sorted)."""

    agencies: tuple[str, ...]
    devices: tuple[str, ...] = ()

    def to_json(self) -> str:
        """The stored form."""
        return json_text({"agencies": sorted(set(self.agencies)),
                          "devices": sorted(set(self.devices))}, "addressing")

    @classmethod
    def from_json(cls, text: str) -> Addressing:
        """Read the stored form."""
        obj = from_json_text(text)
        if not isinstance(obj, dict):
            raise ValueError("addressing must be an object")
        agencies, devices = obj.get("agencies", []), obj.get("devices", [])
        if not isinstance(agencies, list) or not isinstance(devices, list):
            raise ValueError("addressing lists are missing")
        return cls(tuple(str(a) for a in agencies), tuple(str(d) for d in devices))


@dataclass(frozen=True, slots=True)
class SealCandidate:
    """A pending row to seal (or re-seal, or hold) before a push."""

    message_id: str
    addressing: Addressing
    signed_inner: bytes
    sealed_devices: tuple[str, ...]
    """The devices its current envelope is sealed for (empty: not sealed yet)."""
    hold_reason: str | None


def enqueue_unsealed(conn: Conn, message_id: str, addressing: Addressing, *,
                     hold_reason: str | None, now: datetime) -> None:
    """Queue a stored message to be sealed at push for `addressing`."""
    require_transaction(conn)
    stamp = time_text(now, "now")
    conn.execute(
        """INSERT INTO outbox (message_id, envelope, state, attempts, next_attempt_at,
               enqueued_at, addressing, hold_reason) VALUES (?, x'', 'pending', 0, ?, ?, ?, ?)""",
        (message_id, stamp, stamp, addressing.to_json(), hold_reason),
    )


def _devices_of(recipients: Any) -> tuple[str, ...]:
    devices = recipients.get("devices") if isinstance(recipients, dict) else None
    return tuple(str(d) for d in devices) if isinstance(devices, list) else ()


_TO_SEAL = """o.state = 'pending' AND o.addressing IS NOT NULL AND o.offered_at IS NULL"""


def seal_order(conn: Conn) -> list[int]:
    """The rows `to_seal` would return, as outbox row ids in the same order (a push
    seals them in chunks of these, so its first batch leaves before the last is sealed)."""
    return [int(row[0]) for row in conn.execute(
        f"SELECT o.rowid FROM outbox o WHERE {_TO_SEAL} "  # noqa: S608 - constant
        "ORDER BY o.enqueued_at, o.rowid")]


def to_seal(conn: Conn, rows: Sequence[int] | None = None) -> list[SealCandidate]:
    """Pending rows sealed at push that were never offered to the hub, oldest first;
    only those of `rows` (outbox row ids from `seal_order`) if given."""
    if rows is not None and not rows:
        return []
    only = f"AND o.rowid IN ({','.join('?' * len(rows))})" if rows is not None else ""
    found = conn.execute(
        f"""SELECT o.message_id, o.addressing, length(o.envelope) AS sealed, o.hold_reason,
                  m.inner_bytes, m.recipients
           FROM outbox o JOIN messages m USING (message_id)
           WHERE {_TO_SEAL} {only}
           ORDER BY o.enqueued_at, o.rowid""",  # noqa: S608 - placeholders only
        tuple(rows or ()))
    out: list[SealCandidate] = []
    for row in found:
        if row["inner_bytes"] is None:
            raise UnknownRecord(f"message {row['message_id']} has no signed form to seal")
        out.append(SealCandidate(
            message_id=row["message_id"], addressing=Addressing.from_json(row["addressing"]),
            signed_inner=bytes(row["inner_bytes"]),
            sealed_devices=_devices_of(from_json_text(row["recipients"]))
            if row["sealed"] else (),
            hold_reason=row["hold_reason"]))
    return out


@dataclass(frozen=True, slots=True)
class Sealed:
    """One message's envelope as sealed at push, and its recipients with the devices
    filled (what `store_sealed` stores)."""

    message_id: str
    envelope: bytes
    recipients: dict[str, list[str]]


def store_sealed(conn: Conn, sealed: Sequence[Sealed]) -> None:
    """The envelopes sealed at push, and each message's recipients with its devices
    filled (the message as signed at compose stays as it was: the re-seal starts from
    it). One statement of each kind for the whole chunk; every row must still be
    pending and never offered, or nothing is stored."""
    require_transaction(conn)
    if not sealed:
        return
    cursor = conn.executemany(
        """UPDATE outbox SET envelope = ?, hold_reason = NULL
           WHERE message_id = ? AND state = 'pending' AND offered_at IS NULL""",
        [(bytes(item.envelope), item.message_id) for item in sealed])
    if cursor.rowcount != len(sealed):
        raise UnknownRecord("a sealed message has no unoffered pending outbox row any more")
    conn.executemany("UPDATE messages SET recipients = ? WHERE message_id = ?",
                     [(json_text(item.recipients, "recipients"), item.message_id)
                      for item in sealed])


def hold(conn: Conn, message_id: str, reason: str) -> None:
    """Hold a row back (and drop an envelope sealed for devices no longer right)."""
    require_transaction(conn)
    conn.execute(
        """UPDATE outbox SET hold_reason = ?, envelope = x''
           WHERE message_id = ? AND state = 'pending' AND offered_at IS NULL""",
        (reason, message_id))


def sealed_for(conn: Conn, message_ids: Iterable[str]) -> dict[str, list[str]]:
    """The devices each of these rows sealed at push is sealed for (the others absent)."""
    ids = list(message_ids)
    out: dict[str, list[str]] = {}
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        marks = ",".join("?" * len(part))
        rows = conn.execute(
            f"""SELECT o.message_id, m.recipients FROM outbox o JOIN messages m
                USING (message_id) WHERE o.addressing IS NOT NULL
                AND o.message_id IN ({marks})""", part)  # noqa: S608 - placeholders only
        out.update((row[0], list(_devices_of(from_json_text(row[1])))) for row in rows)
    return out


def mark_offered(conn: Conn, message_ids: Iterable[str], *, now: datetime) -> None:
    """These envelopes are about to be sent: never re-seal them from now on."""
    require_transaction(conn)
    stamp = time_text(now, "now")
    conn.executemany(
        "UPDATE outbox SET offered_at = ? WHERE message_id = ? AND offered_at IS NULL",
        [(stamp, message_id) for message_id in message_ids])


def clear_offered(conn: Conn, message_ids: Iterable[str], *, now: datetime) -> None:
    """The send failed before a byte left (no connection): they may be re-sealed after all."""
    require_transaction(conn)
    stamp = time_text(now, "now")
    conn.executemany(
        "UPDATE outbox SET offered_at = NULL WHERE message_id = ? AND offered_at = ?",
        [(message_id, stamp) for message_id in message_ids])
