"""Read-only list queries for the GUI's tables: light rows, filters and sorts in SQL.

`messages.list_page` returns whole rows (body, sealed bytes) and cannot filter
by priority or rank priorities; the lists need a light row per message, a
priority order (immediate > urgent > priority > routine), the outbox joined to
its message, cases with their message counts and next due date (including
case references that arrived on messages but have no local case record yet),
a case search and an audit count by kind. Sort columns are whitelisted; every
user value is a bound parameter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from liaison_app.domain.errors import ValidationError
from liaison_app.protocol.canonical import JsonValue
from liaison_app.store import message_tally
from liaison_app.store.audit import AuditKind
from liaison_app.store.columns import (
    Conn,
    from_json_text,
    from_time_text,
    opt_from_date_text,
    opt_from_time_text,
    time_text,
)

PRIORITY_RANK_SQL = ("CASE priority WHEN 'immediate' THEN 3 WHEN 'urgent' THEN 2 "
                     "WHEN 'priority' THEN 1 WHEN 'routine' THEN 0 ELSE -1 END")
PRIORITY_BUCKETS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (3, "priority = ?", ("immediate",)), (2, "priority = ?", ("urgent",)),
    (1, "priority = ?", ("priority",)), (0, "priority = ?", ("routine",)),
    (-1, "priority NOT IN (?, ?, ?, ?)", ("immediate", "urgent", "priority", "routine")),
)
"""Priority order, most pressing first: each bucket is read off the (direction, priority)
index in row order, so paging by priority never sorts the whole table."""
MESSAGE_SORTS = frozenset({
    "created_at", "received_at", "due_at", "status_changed_at", "status", "type",
    "sender_agency", "sender_officer", "case_ref", "priority",
})
_NULLABLE = frozenset({"received_at", "due_at", "case_ref"})
SNIPPET_CHARS = 160
MAX_LIMIT = 10_000


def _check_page(offset: int, limit: int) -> None:
    if offset < 0 or not 0 < limit <= MAX_LIMIT:
        raise ValidationError("limit", f"offset must be >= 0 and limit within 1..{MAX_LIMIT}")


def _in(column: str, values: Sequence[str]) -> str:
    return f"{column} IN ({', '.join('?' * len(values))})"


@dataclass(frozen=True)
class MessageListFilter:
    """Which messages a list shows; None means any, an empty tuple means none."""

    direction: str | None = None
    types: tuple[str, ...] | None = None
    exclude_types: tuple[str, ...] = ()
    statuses: tuple[str, ...] | None = None
    priorities: tuple[str, ...] | None = None
    case_ref: str | None = None
    text: str | None = None
    overdue_at: datetime | None = None
    """Only incoming, unreplied messages due before this moment."""
    follow_ups: tuple[str, ...] | None = None
    """Only requests whose follow-up state is one of these (`store.follow_up`)."""
    include_restricted: bool = False
    """Restricted messages (kept for evidence) are hidden unless asked for."""


@dataclass(frozen=True)
class MessageListRow:
    """The columns a message list shows (no body, no sealed bytes).

    `sort_key` is the row's position in the order it was listed in: pass it as
    `after` to read the next page without OFFSET (keyset paging).
    """

    row_id: int
    sort_key: tuple[Any, int]
    message_id: str
    direction: str
    type: str
    status: str
    sender_officer: str
    sender_agency: str
    recipients: JsonValue
    case_ref: str | None
    priority: str
    handling: JsonValue
    grading: JsonValue
    snippet: str
    in_reply_to: str | None
    created_at: datetime
    received_at: datetime | None
    due_at: datetime | None
    status_changed_at: datetime
    failure_reason: str | None
    follow_up: str | None = None
    """A request's follow-up state (awaiting, clarification, provided...); None otherwise."""


_FOLLOW_UP_COLUMN = ("(SELECT state FROM follow_ups f WHERE f.request_id = messages.message_id)"
                     " AS follow_up")
_MESSAGE_COLUMNS = (
    "row_id, message_id, direction, type, status, sender_officer, sender_agency, recipients, "
    "case_ref, "
    f"priority, handling, grading, substr(body, 1, {SNIPPET_CHARS}) AS snippet, in_reply_to, "
    "created_at, received_at, due_at, status_changed_at, failure_reason, "
    + _FOLLOW_UP_COLUMN
)


def _message_row(row: Any, sort_value: Any = None) -> MessageListRow:
    return MessageListRow(
        row_id=int(row["row_id"]), sort_key=(sort_value, int(row["row_id"])),
        message_id=row["message_id"], direction=row["direction"], type=row["type"],
        status=row["status"], sender_officer=row["sender_officer"],
        sender_agency=row["sender_agency"], recipients=from_json_text(row["recipients"]),
        case_ref=row["case_ref"], priority=row["priority"],
        handling=from_json_text(row["handling"]), grading=from_json_text(row["grading"]),
        snippet=row["snippet"] or "", in_reply_to=row["in_reply_to"],
        created_at=from_time_text(row["created_at"]),
        received_at=opt_from_time_text(row["received_at"]),
        due_at=opt_from_time_text(row["due_at"]),
        status_changed_at=from_time_text(row["status_changed_at"]),
        failure_reason=row["failure_reason"], follow_up=row["follow_up"],
    )


def message_where(flt: MessageListFilter) -> tuple[str, list[object]]:
    """The WHERE clause (with its leading keyword, or "") and its parameters."""
    clauses, params = message_tally.column_clauses(flt, unrestricted="restricted_at IS NULL")
    if flt.case_ref is not None:
        clauses.append("(case_ref = ? OR message_id IN "
                       "(SELECT message_id FROM case_messages WHERE case_ref = ?))")
        params.extend([flt.case_ref, flt.case_ref])
    if flt.follow_ups is not None:
        if not flt.follow_ups:
            clauses.append("0")
        else:
            clauses.append("message_id IN (SELECT request_id FROM follow_ups WHERE "  # noqa: S608
                           + _in("state", flt.follow_ups) + ")")
            params.extend(flt.follow_ups)
    if flt.overdue_at is not None:
        clauses.append("direction = 'incoming' AND due_at IS NOT NULL AND due_at < ? "
                       "AND status != 'replied'")
        params.append(time_text(flt.overdue_at, "overdue_at"))
    if flt.text is not None and flt.text.strip():
        from liaison_app.store import search  # the full-text index: only for a text filter

        match = search.message_match_clause(flt.text)
        if match is None:
            clauses.append("0")
        else:
            clauses.append(match[0])
            params.extend(match[1])
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _keyset(column: str, after: tuple[Any, int], descending: bool) -> tuple[str, list[object]]:
    value, row_id = after
    op = "<" if descending else ">"
    if value is None:
        # NULLs come last in both orders: only NULL rows further along remain
        return f"({column} IS NULL AND row_id {op} ?)", [int(row_id)]
    if column in _NULLABLE:
        return f"(({column}, row_id) {op} (?, ?) OR {column} IS NULL)", [value, int(row_id)]
    return f"(({column}, row_id) {op} (?, ?))", [value, int(row_id)]


def _and(where: str, clause: str) -> str:
    return f"{where} AND {clause}" if where else f" WHERE {clause}"


def _by_priority(conn: Conn, where: str, params: list[object], descending: bool, offset: int,
                 limit: int, after: tuple[Any, int] | None) -> list[MessageListRow]:
    order = "DESC" if descending else "ASC"
    op = "<" if descending else ">"
    buckets = PRIORITY_BUCKETS if descending else tuple(reversed(PRIORITY_BUCKETS))
    if after is not None:
        rank = int(after[0])
        buckets = tuple(b for b in buckets if (b[0] <= rank if descending else b[0] >= rank))
    out: list[MessageListRow] = []
    skip = offset
    for rank, clause, values in buckets:
        bucket_where = _and(where, clause)
        bucket_params: list[object] = [*params, *values]
        if after is not None and rank == int(after[0]):
            bucket_where = _and(bucket_where, f"row_id {op} ?")
            bucket_params.append(int(after[1]))
        if skip:
            total = int(conn.execute(f"SELECT count(*) FROM messages{bucket_where}",  # noqa: S608
                                     bucket_params).fetchone()[0])
            if total <= skip:
                skip -= total
                continue
        sql = (f"SELECT {_MESSAGE_COLUMNS} FROM messages{bucket_where} "  # noqa: S608
               f"ORDER BY row_id {order} LIMIT ? OFFSET ?")
        out += [_message_row(r, rank) for r in conn.execute(
            sql, [*bucket_params, limit - len(out), skip])]
        skip = 0
        if len(out) >= limit:
            break
    return out


def message_rows(conn: Conn, flt: MessageListFilter, *, sort: str = "created_at",
                 descending: bool = True, offset: int = 0, limit: int = 500,
                 after: tuple[Any, int] | None = None) -> list[MessageListRow]:
    """One page of light message rows, filtered and sorted in SQL.

    Pages start at `offset`, or (faster, for reading on) just past the row whose
    `sort_key` is `after`. Ties are broken by storage order, so the order is total.
    """
    if sort not in MESSAGE_SORTS:
        raise ValidationError("sort", f"cannot sort messages by {sort!r}")
    _check_page(offset, limit)
    where, params = message_where(flt)
    if sort == "priority":
        return _by_priority(conn, where, params, descending, offset, limit, after)
    if after is not None:
        clause, more = _keyset(sort, after, descending)
        where, params = _and(where, clause), [*params, *more]
        offset = 0
    order = "DESC" if descending else "ASC"
    nulls = " NULLS LAST" if sort in _NULLABLE and not descending else ""
    sql = (f"SELECT {_MESSAGE_COLUMNS}, {sort} AS sort_value "  # noqa: S608 - whitelisted
           f"FROM messages{where} ORDER BY {sort} {order}{nulls}, row_id {order} "
           "LIMIT ? OFFSET ?")
    return [_message_row(r, r["sort_value"])
            for r in conn.execute(sql, [*params, int(limit), int(offset)])]


def message_total(conn: Conn, flt: MessageListFilter) -> int:
    """How many messages the filter covers (from the tally when it can answer)."""
    counted = message_tally.list_total(conn, flt)
    if counted is not None:
        return counted
    where, params = message_where(flt)
    row = conn.execute(f"SELECT count(*) FROM messages{where}", params).fetchone()  # noqa: S608
    return int(row[0])


# -- cases -----------------------------------------------------------------------

CASE_SORTS = frozenset({"case_ref", "title", "crime_area", "status", "updated_at",
                        "message_count", "next_due", "review_on"})


@dataclass(frozen=True)
class CaseListRow:
    """A case with its counts; `recorded` is False for a reference seen only on messages."""

    case_ref: str
    title: str
    crime_area: str
    status: str
    review_on: Any
    updated_at: datetime
    recorded: bool
    message_count: int
    next_due: datetime | None
    external_refs: JsonValue


_ALL_CASES = """
WITH all_cases AS (
    SELECT case_ref, title, crime_area, status, review_on, updated_at, external_refs,
           1 AS recorded FROM cases WHERE restricted_at IS NULL
    UNION ALL
    SELECT case_ref, case_ref, '', 'open', NULL, max(created_at), '[]', 0 FROM messages
     WHERE case_ref IS NOT NULL AND case_ref NOT IN (SELECT case_ref FROM cases)
       AND restricted_at IS NULL
     GROUP BY case_ref
), listed AS (
    SELECT c.*,
      (SELECT count(*) FROM (SELECT message_id FROM messages m WHERE m.case_ref = c.case_ref
                             UNION SELECT message_id FROM case_messages l
                             WHERE l.case_ref = c.case_ref)) AS message_count,
      (SELECT min(due_at) FROM messages m WHERE m.case_ref = c.case_ref
          AND m.direction = 'incoming' AND m.due_at IS NOT NULL
          AND m.status != 'replied') AS next_due
    FROM all_cases c
)
"""


def _case_where(status: str | None, text: str | None) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if status is not None:
        clauses.append("status = ?")
        params.append(status)
    if text is not None and text.strip():
        pattern = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace(
            "_", "\\_") + "%"
        clauses.append("(case_ref LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\' "
                       "OR external_refs LIKE ? ESCAPE '\\')")
        params.extend([pattern, pattern, pattern])
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _case_row(row: Any) -> CaseListRow:
    return CaseListRow(
        case_ref=row["case_ref"], title=row["title"], crime_area=row["crime_area"],
        status=row["status"], review_on=opt_from_date_text(row["review_on"]),
        updated_at=from_time_text(row["updated_at"]), recorded=bool(row["recorded"]),
        message_count=int(row["message_count"]),
        next_due=opt_from_time_text(row["next_due"]),
        external_refs=from_json_text(row["external_refs"]),
    )


def case_rows(conn: Conn, *, status: str | None = None, text: str | None = None,
              sort: str = "updated_at", descending: bool = True, offset: int = 0,
              limit: int = 500) -> list[CaseListRow]:
    """One page of cases (recorded and seen-on-messages), with counts."""
    if sort not in CASE_SORTS:
        raise ValidationError("sort", f"cannot sort cases by {sort!r}")
    _check_page(offset, limit)
    where, params = _case_where(status, text)
    order = "DESC" if descending else "ASC"
    nulls = " NULLS LAST" if sort in ("next_due", "review_on") and not descending else ""
    sql = (f"{_ALL_CASES} SELECT * FROM listed{where} "  # noqa: S608 - whitelisted parts
           f"ORDER BY {sort} {order}{nulls}, case_ref LIMIT ? OFFSET ?")
    return [_case_row(r) for r in conn.execute(sql, [*params, int(limit), int(offset)])]


def case_total(conn: Conn, *, status: str | None = None, text: str | None = None) -> int:
    """How many cases the list covers."""
    where, params = _case_where(status, text)
    sql = f"{_ALL_CASES} SELECT count(*) FROM listed{where}"  # noqa: S608
    return int(conn.execute(sql, params).fetchone()[0])


def case_row(conn: Conn, case_ref: str) -> CaseListRow | None:
    """One case (recorded or seen on messages) by reference."""
    sql = f"{_ALL_CASES} SELECT * FROM listed WHERE case_ref = ?"  # noqa: S608
    row = conn.execute(sql, (case_ref,)).fetchone()
    return None if row is None else _case_row(row)


# -- audit -----------------------------------------------------------------------


def audit_total(conn: Conn, kind: AuditKind | None = None) -> int:
    """How many audit entries (optionally of one kind)."""
    if kind is None:
        return int(conn.execute("SELECT count(*) FROM audit").fetchone()[0])
    return int(conn.execute("SELECT count(*) FROM audit WHERE kind = ?",
                            (AuditKind(kind).value,)).fetchone()[0])


# -- subjects --------------------------------------------------------------------


def subject_case_refs(conn: Conn, subject_id: str) -> list[str]:
    """Cases a stored subject is linked to (directly or through a message)."""
    rows = conn.execute(
        """SELECT case_ref FROM case_subjects WHERE subject_id = ?
           UNION SELECT m.case_ref FROM message_subjects s JOIN messages m USING (message_id)
            WHERE s.subject_id = ? AND m.case_ref IS NOT NULL
           ORDER BY 1""", (subject_id, subject_id))
    return [str(r[0]) for r in rows]


def carried_subjects(conn: Conn, message_ids: Sequence[str]) -> list[
        tuple[str, str | None, JsonValue]]:
    """(message id, case ref, subjects JSON) for the given messages, in the order given."""
    out: dict[str, tuple[str, str | None, JsonValue]] = {}
    ids = list(dict.fromkeys(message_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = conn.execute(
            f"SELECT message_id, case_ref, subjects FROM messages "  # noqa: S608 - placeholders
            f"WHERE {_in('message_id', chunk)}", chunk)
        for r in rows:
            out[r["message_id"]] = (r["message_id"], r["case_ref"],
                                    from_json_text(r["subjects"]))
    return [out[i] for i in ids if i in out]


def message_rows_by_id(conn: Conn, message_ids: Sequence[str]) -> list[MessageListRow]:
    """Light rows for the given ids, in the order given (missing ids skipped)."""
    ids = list(dict.fromkeys(message_ids))
    found: dict[str, MessageListRow] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        sql = (f"SELECT {_MESSAGE_COLUMNS} FROM messages "  # noqa: S608 - placeholders only
               f"WHERE {_in('message_id', chunk)}")
        for r in conn.execute(sql, chunk):
            found[r["message_id"]] = _message_row(r)
    return [found[i] for i in ids if i in found]


def message_contents(conn: Conn, message_ids: Sequence[str]) -> list[tuple[str, JsonValue]]:
    """(message id, kind-specific content) for the given messages (missing ids skipped)."""
    ids = list(dict.fromkeys(message_ids))
    out: list[tuple[str, JsonValue]] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = conn.execute(
            f"SELECT message_id, content FROM messages "  # noqa: S608 - placeholders only
            f"WHERE {_in('message_id', chunk)}", chunk)
        out += [(str(r["message_id"]), from_json_text(r["content"])) for r in rows]
    return out
