"""The Outbox list: every message this device sent, with its real state and its envelope's.

The list is the outgoing messages (acknowledgements left out: they are state of
what they acknowledge), each with its delivery state (queued, sent, delivered,
read, replied, failed) and, while the sealed envelope is still kept, the
outbox row's attempts, next attempt and last error. An envelope is purged once
the recipient acknowledged it (`outbox.purge_delivered`), so those columns are
empty then; the message and its state stay.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from liaison_app.domain.errors import ValidationError
from liaison_app.protocol.canonical import JsonValue
from liaison_app.store.columns import Conn, from_json_text, from_time_text, opt_from_time_text
from liaison_app.store.view_queries import PRIORITY_RANK_SQL, SNIPPET_CHARS

OUTBOX_SORTS = {
    "enqueued_at": "m.created_at", "status": "m.status", "priority": "m.priority",
    "attempts": "o.attempts", "next_attempt_at": "o.next_attempt_at", "sent_at": "o.sent_at",
}
"""Sort keys the list offers and the column each orders by."""
MAX_LIMIT = 10_000


@dataclass(frozen=True)
class OutboxListRow:
    """An outgoing message and, while kept, its envelope's outbox row."""

    message_id: str
    type: str
    status: str
    priority: str
    recipients: JsonValue
    case_ref: str | None
    snippet: str
    created_at: datetime
    status_changed_at: datetime
    failure_reason: str | None
    state: str | None
    """The envelope's outbox state (pending, sent, failed), None once purged."""
    attempts: int
    next_attempt_at: datetime | None
    last_error: str | None
    sent_at: datetime | None
    hold_reason: str | None = None
    """Why a queued message is not pushed yet (waiting for the partner's directory entry)."""


def _where(statuses: tuple[str, ...] | None) -> tuple[str, list[object]]:
    clauses = ["m.direction = 'outgoing'", "m.type != 'ack'"]
    params: list[object] = []
    if statuses is not None:
        if not statuses:
            clauses.append("0")
        else:
            clauses.append(f"m.status IN ({', '.join('?' * len(statuses))})")
            params.extend(statuses)
    return " WHERE " + " AND ".join(clauses), params


def outbox_rows(conn: Conn, *, statuses: tuple[str, ...] | None = None,
                sort: str = "enqueued_at", descending: bool = True, offset: int = 0,
                limit: int = 500) -> list[OutboxListRow]:
    """One page of sent messages with their state, newest first by default."""
    column = OUTBOX_SORTS.get(sort)
    if column is None:
        raise ValidationError("sort", f"cannot sort the outbox by {sort!r}")
    if offset < 0 or not 0 < limit <= MAX_LIMIT:
        raise ValidationError("limit", f"offset must be >= 0 and limit within 1..{MAX_LIMIT}")
    if sort == "priority":
        column = PRIORITY_RANK_SQL.replace("priority", "m.priority", 1)
    where, params = _where(statuses)
    order = "DESC" if descending else "ASC"
    sql = (f"""SELECT m.message_id, m.type, m.status, m.priority, m.recipients, m.case_ref,
                      substr(m.body, 1, {SNIPPET_CHARS}) AS snippet, m.created_at,
                      m.status_changed_at, m.failure_reason, o.state, o.attempts,
                      o.next_attempt_at, o.last_error, o.sent_at, o.hold_reason
               FROM messages m LEFT JOIN outbox o ON o.message_id = m.message_id{where}
               ORDER BY {column} {order}, m.row_id {order} LIMIT ? OFFSET ?""")  # noqa: S608
    return [OutboxListRow(
        message_id=r["message_id"], type=r["type"], status=r["status"], priority=r["priority"],
        recipients=from_json_text(r["recipients"]), case_ref=r["case_ref"],
        snippet=r["snippet"] or "", created_at=from_time_text(r["created_at"]),
        status_changed_at=from_time_text(r["status_changed_at"]),
        failure_reason=r["failure_reason"], state=r["state"],
        attempts=int(r["attempts"] or 0), next_attempt_at=opt_from_time_text(
            r["next_attempt_at"]), last_error=r["last_error"],
        sent_at=opt_from_time_text(r["sent_at"]), hold_reason=r["hold_reason"],
    ) for r in conn.execute(sql, [*params, int(limit), int(offset)])]


def outbox_total(conn: Conn, *, statuses: tuple[str, ...] | None = None) -> int:
    """How many sent messages the filter covers."""
    where, params = _where(statuses)
    sql = f"SELECT count(*) FROM messages m{where}"  # noqa: S608
    return int(conn.execute(sql, params).fetchone()[0])
