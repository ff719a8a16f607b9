"""Envelopes the client refused, kept with the typed reason for inspection."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from liaison_app.protocol.errors import RejectReason
from liaison_app.store.columns import Conn, from_time_text, require_transaction, time_text


@dataclass(frozen=True)
class QuarantineEntry:
    """One refused envelope."""

    quarantine_id: int
    envelope_id: str | None
    envelope: bytes
    reason: RejectReason
    detail: str
    received_at: datetime


def _entry(row: Any) -> QuarantineEntry:
    return QuarantineEntry(
        quarantine_id=int(row["quarantine_id"]), envelope_id=row["envelope_id"],
        envelope=bytes(row["envelope"]), reason=RejectReason(row["reason"]),
        detail=row["detail"], received_at=from_time_text(row["received_at"]),
    )


def add(
    conn: Conn, envelope: bytes, reason: RejectReason, *, received_at: datetime,
    detail: str = "", envelope_id: str | None = None,
) -> int:
    """Quarantine an envelope; returns its quarantine id."""
    require_transaction(conn)
    cursor = conn.execute(
        """INSERT INTO quarantine (envelope_id, envelope, reason, detail, received_at)
           VALUES (?, ?, ?, ?, ?)""",
        (envelope_id, bytes(envelope), RejectReason(reason).value, detail,
         time_text(received_at, "received_at")),
    )
    return int(cursor.lastrowid or 0)


def list_entries(conn: Conn, *, offset: int = 0, limit: int = 100) -> list[QuarantineEntry]:
    """Newest first."""
    rows = conn.execute(
        "SELECT * FROM quarantine ORDER BY received_at DESC, quarantine_id DESC LIMIT ? OFFSET ?",
        (int(limit), int(offset)),
    )
    return [_entry(row) for row in rows]


def count(conn: Conn, reason: RejectReason | None = None) -> int:
    """How many are quarantined (optionally for one reason)."""
    if reason is None:
        row = conn.execute("SELECT count(*) FROM quarantine").fetchone()
    else:
        row = conn.execute("SELECT count(*) FROM quarantine WHERE reason = ?",
                           (RejectReason(reason).value,)).fetchone()
    return int(row[0])


def remove(conn: Conn, quarantine_id: int) -> bool:
    """Drop one entry (after inspection)."""
    require_transaction(conn)
    cursor = conn.execute("DELETE FROM quarantine WHERE quarantine_id = ?", (quarantine_id,))
    return cursor.rowcount == 1
