"""What needs the officer's attention, counted for the navigation, the window title and the tray.

Unread received messages (acknowledgements are never counted: they are state),
unread alerts, requests still awaiting an answer (sent or received, including
those answered "clarification needed"), received requests past their
Directive (EU) 2023/977 time limit, drafts, and messages the hub refused.
Each count is one indexed query; the GUI recounts after every change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from liaison_app.services.session import Session
from liaison_app.store import drafts, follow_up, message_tally, outbox_view
from liaison_app.store import view_queries as vq


@dataclass(frozen=True, slots=True)
class AttentionCounts:
    """The counts shown beside the navigation entries."""

    unread: int
    unread_alerts: int
    awaiting: int
    overdue: int
    drafts: int
    failed: int


def counts(session: Session, *, now: datetime | None = None) -> AttentionCounts:
    """Count what needs attention now."""
    db = session.db
    moment = now or datetime.now(UTC)
    unread, unread_alerts = message_tally.unread_counts(db)
    return AttentionCounts(
        unread=unread,
        unread_alerts=unread_alerts,
        awaiting=follow_up.open_count(db),
        overdue=vq.message_total(db, vq.MessageListFilter(overdue_at=moment,
                                                          exclude_types=("ack",))),
        drafts=drafts.count(db),
        failed=outbox_view.outbox_total(db, statuses=("failed",)),
    )
