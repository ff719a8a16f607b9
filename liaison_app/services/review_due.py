"""What is due for review: the records the Review page lists and the prompt counts.

Kept apart from the decisions (`services.retention`: erasing, keeping longer,
restricting), which need every store that holds records: the count the main
window shows after unlock needs only the cases' and the due-records' queries
(docs/adr/0029). Restricted records are kept for evidence and not listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from liaison_app.store import cases, restrictions, retention_due

if TYPE_CHECKING:
    from liaison_app.domain.captions import Caption
    from liaison_app.services.session import Session

MESSAGE_ITEMS = 2000
"""Most messages listed for review at once (the rest come up once these are decided)."""


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """A case or subject whose review date has come."""

    kind: str  # "case", "subject", "message" (one filed in no case) or "draft"
    ref: str
    label: str
    review_on: date
    restricted: bool = False
    caption: Caption | None = None
    """A subject's label in translatable parts (None for a case or message: as typed)."""

    def days_overdue(self, today: date | None = None) -> int:
        """Days since the review date (0: due today)."""
        return ((today or datetime.now(UTC).date()) - self.review_on).days


def due_for_review(session: Session, today: date | None = None, *,
                   captions: bool = True) -> list[ReviewItem]:
    """Cases, subjects and messages filed in no case whose review date is today or
    earlier (restricted ones are kept for evidence and not listed); without `captions`
    the subjects' translatable labels are not built (a count needs none)."""
    on = today or datetime.now(UTC).date()
    if captions:
        from liaison_app.services.view_render import caption_of  # lazily: start-up path

    out = [ReviewItem("case", c.case_ref, c.title, c.review_on)
           for c in cases.cases_due_for_review(session.db, on)
           if c.review_on is not None and not restrictions.is_restricted(
               session.db, "case", c.case_ref)]
    out += [ReviewItem("subject", s.subject_id, s.label, s.review_on,
                       caption=caption_of(s.data, s.label) if captions else None)
            for s in cases.subjects_due_for_review(session.db, on)
            if s.review_on is not None and not restrictions.is_restricted(
                session.db, "subject", s.subject_id)]
    out += [ReviewItem("message", m.ref, m.label, m.review_on)
            for m in retention_due.messages_due(session.db, on, limit=MESSAGE_ITEMS,
                                                without_case=True)]
    out += [ReviewItem("draft", d.ref, d.label, d.review_on)
            for d in retention_due.drafts_due(session.db, on, limit=MESSAGE_ITEMS)]
    return sorted(out, key=lambda item: (item.review_on, item.kind, item.ref))


def due_count(session: Session, today: date | None = None) -> int:
    """How many records are due for review (the prompt's count)."""
    return len(due_for_review(session, today, captions=False))
