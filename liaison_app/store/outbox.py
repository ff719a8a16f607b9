"""The transactional outbox: envelopes waiting to be pushed to the hub.

A row is written in the same transaction as its message and audit entry.
`mark_sent` and `mark_failed` also move the message's status, so the outbox
and the message list never disagree. A message the officer composed is
sealed when it is pushed (`store.outbox_seal`): until then its envelope is
empty, and a row held back (`hold_reason`) is not pushed.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from liaison_app.store.columns import (
    Conn,
    from_time_text,
    opt_from_time_text,
    require_transaction,
    time_text,
)
from liaison_app.store.errors import UnknownRecord


class OutboxState(StrEnum):
    """Where an envelope is on its way out."""

    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


@dataclass(frozen=True)
class OutboxItem:
    """One queued envelope."""

    message_id: str
    envelope: bytes
    state: OutboxState
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    enqueued_at: datetime
    sent_at: datetime | None
    hold_reason: str | None = None
    """Why it is not pushed yet (e.g. waiting for the partner's directory entry)."""


@dataclass(frozen=True, slots=True)
class Outgoing:
    """What a push needs of a queued envelope: its message id and bytes."""

    message_id: str
    envelope: bytes


def _item(row: Any) -> OutboxItem:
    return OutboxItem(
        message_id=row["message_id"], envelope=bytes(row["envelope"]),
        state=OutboxState(row["state"]), attempts=int(row["attempts"]),
        next_attempt_at=from_time_text(row["next_attempt_at"]), last_error=row["last_error"],
        enqueued_at=from_time_text(row["enqueued_at"]),
        sent_at=opt_from_time_text(row["sent_at"]), hold_reason=row["hold_reason"],
    )


def enqueue(conn: Conn, message_id: str, envelope: bytes, *, now: datetime) -> None:
    """Queue the sealed envelope of a stored message, due at once."""
    require_transaction(conn)
    stamp = time_text(now, "now")
    conn.execute(
        """INSERT INTO outbox (message_id, envelope, state, attempts, next_attempt_at,
               enqueued_at) VALUES (?, ?, 'pending', 0, ?, ?)""",
        (message_id, bytes(envelope), stamp, stamp),
    )


def get(conn: Conn, message_id: str) -> OutboxItem | None:
    """The outbox row of a message."""
    row = conn.execute("SELECT * FROM outbox WHERE message_id = ?", (message_id,)).fetchone()
    return None if row is None else _item(row)


def next_batch(conn: Conn, limit: int, now: datetime,
               skip: Collection[str] = ()) -> list[Outgoing]:
    """Pending envelopes due by `now`, sealed and not held back, oldest first; none of
    `skip` (batches already on their way to the hub). Reads only the id and the bytes."""
    marks = ",".join("?" * len(skip))
    rows = conn.execute(
        f"""SELECT message_id, envelope FROM outbox WHERE state = 'pending'
               AND next_attempt_at <= ? AND hold_reason IS NULL AND length(envelope) > 0
               {f"AND message_id NOT IN ({marks})" if skip else ""}
           ORDER BY next_attempt_at, enqueued_at, rowid LIMIT ?""",  # noqa: S608 - placeholders only
        (time_text(now, "now"), *skip, int(limit)),
    )
    return [Outgoing(row[0], bytes(row[1])) for row in rows]


def mark_sent(conn: Conn, message_ids: Iterable[str], *, now: datetime) -> int:
    """The hub accepted (or already had) these; their messages become `sent`."""
    require_transaction(conn)
    stamp = time_text(now, "now")
    ids = list(dict.fromkeys(message_ids))
    done = 0
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        marks = ",".join("?" * len(part))
        moved = [str(row[0]) for row in conn.execute(
            f"""UPDATE outbox SET state = 'sent', sent_at = ?, attempts = attempts + 1,
                   last_error = NULL WHERE message_id IN ({marks}) AND +state = 'pending'
                RETURNING message_id""",  # noqa: S608 - placeholders only
            [stamp, *part],
        ).fetchall()]
        if moved:
            done += len(moved)
            marks = ",".join("?" * len(moved))
            conn.execute(
                f"""UPDATE messages SET status = 'sent', status_changed_at = ?
                    WHERE message_id IN ({marks})
                    AND +status IN ('queued', 'handed_to_carrier')""",  # noqa: S608
                [stamp, *moved],
            )
    return done


def mark_failed(conn: Conn, message_id: str, reason: str, *, now: datetime) -> None:
    """The hub rejected it for good; the message becomes `failed` with the reason."""
    require_transaction(conn)
    stamp = time_text(now, "now")
    cursor = conn.execute(
        """UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ?
           WHERE message_id = ?""",
        (reason, message_id),
    )
    if cursor.rowcount != 1:
        raise UnknownRecord(f"no outbox row for {message_id}")
    conn.execute(
        """UPDATE messages SET status = 'failed', failure_reason = ?, status_changed_at = ?
           WHERE message_id = ? AND status IN ('queued', 'handed_to_carrier', 'sent')""",
        (reason, stamp, message_id),
    )


def reschedule(
    conn: Conn, message_id: str, *, next_attempt_at: datetime, error: str,
) -> int:
    """A transient failure: count the attempt and retry later; returns the attempts so far."""
    require_transaction(conn)
    row = conn.execute(
        """UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?
           WHERE message_id = ? AND state = 'pending' RETURNING attempts""",
        (time_text(next_attempt_at, "next_attempt_at"), error, message_id),
    ).fetchone()
    if row is None:
        raise UnknownRecord(f"no pending outbox row for {message_id}")
    return int(row[0])


def retry(conn: Conn, message_id: str, *, now: datetime) -> None:
    """Put a failed envelope back in the queue (an officer chose to resend).

    The hub refused it, so it holds no copy: a message sealed at push gets a fresh
    envelope at the next push, sealed for the devices the directory lists then (and
    with a fresh seal time); one sealed when queued (an acknowledgement) goes as it is.
    """
    require_transaction(conn)
    stamp = time_text(now, "now")
    # A carrier bundle may hold a copy with the same id: then the envelope and its
    # offer time stay as they are (a re-sealed copy would be refused as a replay).
    cursor = conn.execute(
        """UPDATE outbox SET state = 'pending', next_attempt_at = ?, last_error = NULL,
               offered_at = CASE WHEN message_id IN (SELECT message_id FROM bundle_items)
                                 THEN offered_at END,
               envelope = CASE WHEN addressing IS NULL
                                    OR message_id IN (SELECT message_id FROM bundle_items)
                               THEN envelope ELSE x'' END
           WHERE message_id = ? AND state = 'failed'""",
        (stamp, message_id),
    )
    if cursor.rowcount != 1:
        raise UnknownRecord(f"no failed outbox row for {message_id}")
    conn.execute(
        """UPDATE messages SET status = 'queued', failure_reason = NULL, status_changed_at = ?
           WHERE message_id = ? AND status = 'failed'""",
        (stamp, message_id),
    )


def pending_count(conn: Conn) -> int:
    """How many envelopes are still to go (the status bar's queued count)."""
    row = conn.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()
    return int(row[0])


def held_count(conn: Conn) -> int:
    """How many of those are held back (waiting for a partner's directory entry)."""
    row = conn.execute("SELECT count(*) FROM outbox WHERE state = 'pending' "
                       "AND hold_reason IS NOT NULL").fetchone()
    return int(row[0])


def hold_reasons(conn: Conn, message_ids: Iterable[str]) -> dict[str, str]:
    """Why each of these messages, if queued and held back, is not pushed yet."""
    ids = list(dict.fromkeys(message_ids))
    out: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        marks = ",".join("?" * len(part))
        out.update((str(row[0]), str(row[1])) for row in conn.execute(
            f"""SELECT message_id, hold_reason FROM outbox WHERE state = 'pending'
                AND hold_reason IS NOT NULL AND message_id IN ({marks})""",  # noqa: S608
            part))
    return out


def next_due_at(conn: Conn) -> datetime | None:
    """When the earliest pending envelope is due (for the sync engine's timer)."""
    row = conn.execute(
        "SELECT min(next_attempt_at) FROM outbox WHERE state = 'pending'").fetchone()
    return opt_from_time_text(row[0])


def purge_sent(conn: Conn, before: datetime) -> int:
    """Drop envelopes sent before `before`; the messages stay."""
    require_transaction(conn)
    cursor = conn.execute("DELETE FROM outbox WHERE state = 'sent' AND sent_at < ?",
                          (time_text(before, "before"),))
    return cursor.rowcount


def purge_delivered(conn: Conn) -> int:
    """Drop the envelopes of sent messages the recipient has acknowledged (delivered, read,
    replied) and of sent acknowledgements (nothing acknowledges those); the messages stay.

    Only rows the hub took are dropped: a pending row (sealed, still to be sealed at
    push, or held back) or a failed one (the officer may retry it) stays. The outbox's
    sent rows drive the delete, each looked up by id, so its cost follows the outbox,
    not every outgoing message the cache has ever held."""
    require_transaction(conn)
    cursor = conn.execute(
        """DELETE FROM outbox WHERE state = 'sent' AND EXISTS (
               SELECT 1 FROM messages m WHERE m.message_id = outbox.message_id
                  AND m.direction = 'outgoing'
                  AND (m.status IN ('delivered', 'read', 'replied') OR m.type = 'ack'))""")
    return cursor.rowcount
