"""The message lists' read model: a page of rows and the total, for any `MessageQuery`.

The first window lists the Inbox through this module alone, so it imports only
what a list row needs (`view_codes`, `view_types`' rows and the store's list
queries), not the detail, case and search read models of `views` (docs/adr/0029).
`views` re-exports `message_page` and `message_count`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from liaison_app.services.session import Session
from liaison_app.services.view_codes import (
    agencies_of,
    delivery_state,
    grading_code,
    handling_code,
    is_overdue,
)
from liaison_app.services.view_types import PAGE_SIZE, MessageQuery, MessageSummary
from liaison_app.store import directory_cache, recalls
from liaison_app.store import view_queries as vq
from liaison_app.store.columns import Conn


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def _filter(query: MessageQuery, now: datetime) -> vq.MessageListFilter:
    return vq.MessageListFilter(
        direction=query.direction, types=query.types, exclude_types=query.exclude_types,
        statuses=query.statuses, priorities=query.priorities, case_ref=query.case_ref,
        text=query.text, overdue_at=now if query.overdue_only else None,
        follow_ups=query.follow_ups)


def summary_of(row: vq.MessageListRow, now: datetime) -> MessageSummary:
    """One list row as the lists show it (codes, the state, overdue at `now`)."""
    return MessageSummary(
        message_id=row.message_id, direction=row.direction, type=row.type, status=row.status,
        priority=row.priority, sender_officer=row.sender_officer,
        sender_agency=row.sender_agency, recipient_agencies=agencies_of(row.recipients),
        case_ref=row.case_ref, snippet=" ".join(row.snippet.split()),
        created_at=row.created_at, received_at=row.received_at, due_at=row.due_at,
        overdue=is_overdue(row.direction, row.status, row.due_at, now, row.follow_up),
        grading_code=grading_code(row.grading), handling_code=handling_code(row.handling),
        in_reply_to=row.in_reply_to, failure_reason=row.failure_reason, cursor=row.sort_key,
        follow_up=row.follow_up, state=delivery_state(row.direction, row.status))


def with_holds(db: Conn, summaries: list[MessageSummary]) -> list[MessageSummary]:
    """A queued message held back (waiting for the partner's directory entry) says so."""
    queued = [m.message_id for m in summaries if m.state == "queued"]
    if not queued:  # received lists (the Inbox at start-up) need no outbox look-up
        return summaries
    from liaison_app.store import outbox

    held = outbox.hold_reasons(db, queued)
    return [replace(m, state="waiting") if m.message_id in held else m for m in summaries]


def marked(db: Any, rows: Sequence[MessageSummary]) -> list[MessageSummary]:
    """`rows` with each recalled message marked rectified or withdrawn."""
    marks = recalls.marks_of(db, [r.message_id for r in rows])
    if not marks:
        return list(rows)
    return [replace(r, recall=recall_state(marks[r.message_id])) if r.message_id in marks else r
            for r in rows]


def recall_state(mark: recalls.RecallMark) -> str:
    """`withdrawn` or `rectified`: what a recalled message's lists and detail say."""
    return "withdrawn" if mark.action.value == "withdraw" else "rectified"


def message_page(session: Session, query: MessageQuery, offset: int = 0,
                 limit: int = PAGE_SIZE, *, after: tuple[object, int] | None = None,
                 now: datetime | None = None) -> list[MessageSummary]:
    """One page of a message list, filtered and sorted in SQL.

    The page starts at `offset`, or just after the row whose `cursor` is
    `after` (keyset paging: reading on through 100k rows stays fast).
    """
    moment = _now(now)
    rows = vq.message_rows(session.db, _filter(query, moment), sort=query.sort,
                           descending=query.descending, offset=offset, limit=limit,
                           after=after)
    return _named(session.db, marked(session.db, with_holds(
        session.db, [summary_of(r, moment) for r in rows])))


def _named(db: Conn, rows: list[MessageSummary]) -> list[MessageSummary]:
    """Each received row with its sender's name (one directory look-up per officer)."""
    names: dict[str, str] = {}
    for officer_id in {r.sender_officer for r in rows if r.direction == "incoming"}:
        entry = directory_cache.officer(db, officer_id)
        if entry is not None:
            names[officer_id] = entry.name
    return [replace(r, sender_name=names[r.sender_officer])
            if r.direction == "incoming" and r.sender_officer in names else r for r in rows]


def message_count(session: Session, query: MessageQuery, *, now: datetime | None = None) -> int:
    """How many messages the list covers."""
    return vq.message_total(session.db, _filter(query, _now(now)))
