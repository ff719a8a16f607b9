"""Retention: records due for review, erasure, or keeping them longer with a reason.

LED Art. 5 / DPA 2018 s.39: personal data is reviewed periodically and erased
when no longer needed, or restricted (kept) where evidence requires it. Every
erasure and every decision to keep is written to the audit log with the
officer's reason. Erased rows leave the FTS index too (`search.compact`) and
SQLCipher's secure_delete zeroes the freed pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from liaison_app.services.errors import ServiceError
from liaison_app.services.session import Session
from liaison_app.store import cases, messages, search
from liaison_app.store.audit import AuditKind

if TYPE_CHECKING:
    from liaison_app.domain.captions import Caption


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """A case or subject whose review date has come."""

    kind: str  # "case" or "subject"
    ref: str
    label: str
    review_on: date
    caption: Caption | None = None
    """A subject's label in translatable parts (None for a case: its title as typed)."""

    def days_overdue(self, today: date | None = None) -> int:
        """Days since the review date (0: due today)."""
        return ((today or datetime.now(UTC).date()) - self.review_on).days


class SubjectStillCarried(ServiceError):
    """A subject cannot be erased alone: messages still carry a copy of it."""

    def __init__(self, count: int) -> None:
        super().__init__(
            "{count} message(s) still carry this subject. Erase those messages together "
            "with it, or keep the subject longer.", count=count)
        self.count = count


def check_reason(reason: str) -> str:
    """The reason for a retention decision, trimmed; ServiceError if it says nothing."""
    text = reason.strip()
    if len(text) < 3:
        raise ServiceError("Give the reason for this retention decision (a few words at least).")
    return text[:500]


def due_for_review(session: Session, today: date | None = None) -> list[ReviewItem]:
    """Cases and subjects whose review date is today or earlier."""
    from liaison_app.services.view_render import caption_of  # lazily: start-up path

    on = today or datetime.now(UTC).date()
    out = [ReviewItem("case", c.case_ref, c.title, c.review_on)
           for c in cases.cases_due_for_review(session.db, on) if c.review_on is not None]
    out += [ReviewItem("subject", s.subject_id, s.label, s.review_on, caption_of(s.data, s.label))
            for s in cases.subjects_due_for_review(session.db, on) if s.review_on is not None]
    return sorted(out, key=lambda item: (item.review_on, item.kind, item.ref))


def due_count(session: Session, today: date | None = None) -> int:
    """How many cases and subjects are due for review (the prompt's count)."""
    return cases.count_due_for_review(session.db, today or datetime.now(UTC).date())


def subject_message_count(session: Session, subject_id: str) -> int:
    """How many messages carry a copy of this subject (erased with it, if chosen)."""
    return len(cases.subject_message_ids(session.db, subject_id))


def erase_subject(session: Session, subject_id: str, reason: str, *,
                  with_messages: bool = False, now: datetime | None = None) -> list[str]:
    """Erase a subject; the messages that carry it too when `with_messages`.

    A message keeps its own copy of the subjects it carried, so erasing only
    the subject record would leave the personal data in place: without
    `with_messages` the erasure is refused while such messages exist.
    Returns the ids of the messages erased.
    """
    why = check_reason(reason)
    now = now or datetime.now(UTC)
    with session.db.transaction() as conn:
        subject = cases.get_subject(conn, subject_id)
        if subject is None:
            raise ServiceError("There is no subject {subject_id} in this profile.",
                               subject_id=subject_id)
        carried = cases.subject_message_ids(conn, subject_id)
        if carried and not with_messages:
            raise SubjectStillCarried(len(carried))
        for message_id in carried:
            messages.delete(conn, message_id)
            session.audit(conn, AuditKind.ERASE, message_id,
                          {"what": "message", "reason": why, "with_subject": subject_id},
                          now=now)
        cases.delete_subject(conn, subject_id)
        session.audit(conn, AuditKind.ERASE, f"subject:{subject_id}",
                      {"what": "subject", "kind": subject.kind, "reason": why,
                       "messages": carried}, now=now)
        search.compact(conn)
    return carried


def erase_message(session: Session, message_id: str, reason: str, *,
                  now: datetime | None = None) -> None:
    """Erase one message (its outbox row and links go with it)."""
    why = check_reason(reason)
    now = now or datetime.now(UTC)
    with session.db.transaction() as conn:
        if not messages.delete(conn, message_id):
            raise ServiceError("There is no message {message_id} in this profile.",
                               message_id=message_id)
        session.audit(conn, AuditKind.ERASE, message_id, {"what": "message", "reason": why},
                      now=now)
        search.compact(conn)


def keep_until(session: Session, kind: str, ref: str, until: date, reason: str, *,
               now: datetime | None = None) -> None:
    """Restrict rather than erase: move a case's or subject's review date, with a reason."""
    why = check_reason(reason)
    now = now or datetime.now(UTC)
    if until <= now.date():
        raise ServiceError("The new review date must be in the future.")
    with session.db.transaction() as conn:
        if kind == "case":
            cases.update_case(conn, ref, now=now, review_on=until)
            obj = f"case:{ref}"
        elif kind == "subject":
            subject = cases.get_subject(conn, ref)
            if subject is None:
                raise ServiceError("There is no subject {subject_id} in this profile.",
                                   subject_id=ref)
            data = subject.data if isinstance(subject.data, dict) else {}
            cases.update_subject(conn, ref, now=now, label=subject.label, data=data,
                                 review_on=until)
            obj = f"subject:{ref}"
        else:
            raise ServiceError("Only a case or a subject has a review date.")
        session.audit(conn, AuditKind.ALTER, obj,
                      {"retention": "kept", "review_on": until.isoformat(), "reason": why},
                      now=now)
