"""List totals and unread counts read off `message_tally` (migration 19) instead of rows.

The tally holds how many messages there are per (direction, type, status,
priority, restricted), kept exact by triggers in every writing transaction. A
list filtered only on those columns is counted from a few dozen tally rows
however large the cache; a filter on anything else (case, text, due date,
follow-up state) returns None here and is counted on the messages themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from liaison_app.store.columns import Conn

if TYPE_CHECKING:
    from liaison_app.store.view_queries import MessageListFilter


def _in(column: str, values: Sequence[str]) -> str:
    return f"{column} IN ({', '.join('?' * len(values))})"


def column_clauses(flt: MessageListFilter, *, unrestricted: str
                   ) -> tuple[list[str], list[object]]:
    """`flt`'s conditions on the columns the tally keeps (direction, type, status,
    priority, restriction), joint-operation carriers left out unless asked for;
    `unrestricted` is the condition that leaves restricted records out.
    `view_queries.message_where` adds the rest to these."""
    clauses: list[str] = []
    params: list[object] = []
    if not flt.include_restricted:
        clauses.append(unrestricted)
    if flt.direction is not None:
        clauses.append("direction = ?")
        params.append(flt.direction)
    for column, values in (("type", flt.types), ("status", flt.statuses),
                           ("priority", flt.priorities)):
        if values is None:
            continue
        if not values:
            clauses.append("0")
            continue
        clauses.append(_in(column, values))
        params.extend(values)
    if flt.types is None or "operation" not in flt.types:
        clauses.append("type <> 'operation'")  # carriers: shown in Operations, not inbox
    if flt.exclude_types:
        clauses.append("NOT " + _in("type", flt.exclude_types))
        params.extend(flt.exclude_types)
    return clauses, params


def list_total(conn: Conn, flt: MessageListFilter) -> int | None:
    """How many messages `flt` covers, or None when it filters on more than the tally
    holds (then the rows are counted, `view_queries.message_total`)."""
    if (flt.case_ref is not None or flt.follow_ups is not None or flt.overdue_at is not None
            or (flt.text is not None and flt.text.strip())):
        return None
    clauses, params = column_clauses(flt, unrestricted="restricted = 0")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    row = conn.execute(f"SELECT coalesce(sum(n), 0) FROM message_tally{where}",  # noqa: S608
                       params).fetchone()
    return int(row[0])


def unread_counts(conn: Conn) -> tuple[int, int]:
    """(unread received messages, of which alerts), acknowledgements and joint-operation
    carriers (shown on the Operations page) left out; restricted messages count too."""
    row = conn.execute(
        """SELECT coalesce(sum(n), 0), coalesce(sum(CASE WHEN type = 'alert' THEN n END), 0)
             FROM message_tally
            WHERE direction = 'incoming' AND status = 'delivered'
              AND type NOT IN ('ack', 'operation')""").fetchone()
    return int(row[0]), int(row[1])
