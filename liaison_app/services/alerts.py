"""Which incoming alerts deserve a notification: urgent or immediate, new since a mark.

The GUI's sync worker calls these after each run on its own connection; the
row id is the cache's insertion order, so "new since" is a cheap range scan.
"""

from __future__ import annotations

from dataclasses import dataclass

from liaison_app.domain.messages import MessageType, Priority
from liaison_app.services.session import Session
from liaison_app.store.database import Database

NOTIFY_PRIORITIES = (Priority.URGENT.value, Priority.IMMEDIATE.value)
EXCERPT = 160


@dataclass(frozen=True, slots=True)
class AlertNotice:
    """Enough to notify: no personal data beyond the first words of the body."""

    row_id: int
    message_id: str
    priority: str
    sender_agency: str
    sender_officer: str
    case_ref: str | None
    excerpt: str


def _db(source: Session | Database) -> Database:
    return source.db if isinstance(source, Session) else source


def last_row_id(source: Session | Database) -> int:
    """The newest message's row id (0 for an empty cache): the mark to notify after."""
    row = _db(source).execute("SELECT coalesce(max(row_id), 0) FROM messages").fetchone()
    return int(row[0])


def new_urgent_alerts(source: Session | Database, since_row_id: int, *,
                      limit: int = 20) -> list[AlertNotice]:
    """Incoming urgent/immediate alerts stored after `since_row_id`, oldest first."""
    rows = _db(source).execute(
        "SELECT row_id, message_id, priority, sender_agency, sender_officer, case_ref, body "
        "FROM messages WHERE row_id > ? AND direction = 'incoming' AND type = ? "
        "AND priority IN (?, ?) ORDER BY row_id LIMIT ?",
        (int(since_row_id), MessageType.ALERT.value, *NOTIFY_PRIORITIES, int(limit)),
    ).fetchall()
    notices = []
    for row in rows:
        body = " ".join(str(row[6]).split())
        excerpt = body if len(body) <= EXCERPT else body[:EXCERPT - 1].rstrip() + "…"
        notices.append(AlertNotice(int(row[0]), row[1], row[2], row[3], row[4], row[5],
                                   excerpt))
    return notices
