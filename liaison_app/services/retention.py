"""Retention: records due for review, erasure, keeping them longer or restricting them.

LED Art. 5 / DPA 2018 s.39: personal data is reviewed periodically and erased
when no longer needed, or restricted where evidence requires it (LED Art. 16(3),
DPA 2018 s.47(2)): a restricted record is kept, hidden from the normal views and
from search, and never erased automatically. Every erasure, every decision to
keep and every restriction is written to the audit log with the officer's reason
(automatic erasure: `services.retention_auto`). Erased rows leave the FTS
index too (`search.compact`) and SQLCipher's secure_delete zeroes the freed
pages. An erased message's id (and only its id and the erasure time) is kept as
a tombstone while a replay of its envelope could still pass, so it cannot come
back (`store.erasures`). What is due for review (the list, the count) is
`services.review_due`'s; it is re-exported here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from liaison_app.services.errors import ServiceError
from liaison_app.services.review_due import MESSAGE_ITEMS as MESSAGE_ITEMS
from liaison_app.services.review_due import ReviewItem as ReviewItem
from liaison_app.services.review_due import due_count as due_count
from liaison_app.services.review_due import due_for_review as due_for_review
from liaison_app.services.session import Session
from liaison_app.store import (
    cases,
    drafts,
    erasures,
    messages,
    restrictions,
    retention_due,
    search,
)
from liaison_app.store.attachment_spool import Spool, sweep
from liaison_app.store.audit import AuditKind
from liaison_app.store.columns import Conn


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
            erasures.record(conn, [message_id], erased_at=now)
            session.audit(conn, AuditKind.ERASE, message_id,
                          {"what": "message", "reason": why, "with_subject": subject_id},
                          now=now)
        cases.delete_subject(conn, subject_id)
        session.audit(conn, AuditKind.ERASE, f"subject:{subject_id}",
                      {"what": "subject", "kind": subject.kind, "reason": why,
                       "messages": carried}, now=now)
        search.compact(conn)
    _erase_attachment_files(session)
    return carried


def _erase_attachment_files(session: Session) -> None:
    """The erased messages' attachment ciphertext goes too (their keys went with the rows;
    the trash journal keeps what is left to do if this is cut short)."""
    sweep(session.db, Spool(session.profile.attachments), orphans=False)


def erase_message(session: Session, message_id: str, reason: str, *,
                  now: datetime | None = None) -> None:
    """Erase one message (its outbox row and links go with it)."""
    why = check_reason(reason)
    now = now or datetime.now(UTC)
    with session.db.transaction() as conn:
        if not messages.delete(conn, message_id):
            raise ServiceError("There is no message {message_id} in this profile.",
                               message_id=message_id)
        erasures.record(conn, [message_id], erased_at=now)
        session.audit(conn, AuditKind.ERASE, message_id, {"what": "message", "reason": why},
                      now=now)
        search.compact(conn)
    _erase_attachment_files(session)


def erase_draft(session: Session, draft_id: str, reason: str, *,
                now: datetime | None = None) -> None:
    """Erase a draft that came up for review (audited with the officer's reason)."""
    why = check_reason(reason)
    now = now or datetime.now(UTC)
    with session.db.transaction() as conn:
        row = drafts.get(conn, draft_id, include_restricted=True)
        if row is None or not drafts.delete(conn, draft_id):
            raise ServiceError("That draft is no longer there.")
        session.audit(conn, AuditKind.ERASE, f"draft:{draft_id}",
                      {"what": "draft", "kind": row.kind, "reason": why}, now=now)


def keep_until(session: Session, kind: str, ref: str, until: date, reason: str, *,
               now: datetime | None = None) -> None:
    """Keep a case, subject or message longer: move its review date, with a reason."""
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
        elif kind == "message":
            if not retention_due.set_message_review_on(conn, ref, until):
                raise ServiceError("There is no message {message_id} in this profile.",
                                   message_id=ref)
            obj = ref
        elif kind == "draft":
            if not drafts.set_review_on(conn, ref, until):
                raise ServiceError("That draft is no longer there.")
            obj = f"draft:{ref}"
        else:
            raise ServiceError("Only a case, a subject, a message or a draft has a review "
                               "date.")
        session.audit(conn, AuditKind.ALTER, obj,
                      {"retention": "kept", "review_on": until.isoformat(), "reason": why},
                      now=now)


def erase_case(session: Session, case_ref: str, reason: str, *,
               now: datetime | None = None) -> list[str]:
    """Erase a case with the messages filed only in it and the subjects no other message
    or case holds; messages also filed in another case are only unlinked. Returns the
    ids of the messages erased."""
    why = check_reason(reason)
    now = now or datetime.now(UTC)
    with session.db.transaction() as conn:
        if cases.get_case(conn, case_ref) is None:
            raise ServiceError("There is no case {case_ref} in this profile.", case_ref=case_ref)
        erased: list[str] = []
        for message_id in cases.case_message_ids(conn, case_ref):
            if set(cases.cases_of_message(conn, message_id)) - {case_ref}:
                cases.unlink_message(conn, case_ref, message_id)
                continue
            messages.delete(conn, message_id)
            erasures.record(conn, [message_id], erased_at=now)
            session.audit(conn, AuditKind.ERASE, message_id,
                          {"what": "message", "reason": why, "with_case": case_ref}, now=now)
            erased.append(message_id)
        subjects = [s.subject_id for s, _role in cases.case_subjects(conn, case_ref)]
        cases.delete_case(conn, case_ref)
        gone = []
        for subject_id in subjects:
            if not cases.subject_message_ids(conn, subject_id) and \
                    not conn.execute("SELECT 1 FROM case_subjects WHERE subject_id = ?",
                                     (subject_id,)).fetchone():
                cases.delete_subject(conn, subject_id)
                gone.append(subject_id)
        session.audit(conn, AuditKind.ERASE, f"case:{case_ref}",
                      {"what": "case", "reason": why, "messages": erased, "subjects": gone},
                      now=now)
        search.compact(conn)
    _erase_attachment_files(session)
    return erased


def restrict(session: Session, kind: str, ref: str, reason: str, *,
             now: datetime | None = None) -> int:
    """Restrict a case, subject or message instead of erasing it (kept for evidence,
    hidden from the normal views and search, never erased automatically); what it
    covers is restricted with it. Returns how many messages are now hidden."""
    why = check_reason(reason)
    now = now or datetime.now(UTC)
    if kind not in restrictions.KINDS:
        raise ServiceError("Only a case, a subject or a message can be restricted.")
    with session.db.transaction() as conn:
        _require(conn, kind, ref)
        hidden = restrictions.restrict(conn, kind, ref, why, now=now)
        session.audit(conn, AuditKind.ALTER, _obj(kind, ref),
                      {"retention": "restricted", "reason": why, "messages": hidden}, now=now)
    return hidden


def lift_restriction(session: Session, kind: str, ref: str, reason: str, *,
                     now: datetime | None = None) -> None:
    """Show a restricted record again (audited with the reason)."""
    why = check_reason(reason)
    now = now or datetime.now(UTC)
    with session.db.transaction() as conn:
        if not restrictions.lift(conn, kind, ref):
            raise ServiceError("That record is not restricted; nothing to lift.")
        session.audit(conn, AuditKind.ALTER, _obj(kind, ref),
                      {"retention": "restriction lifted", "reason": why}, now=now)


def restricted_records(session: Session) -> list[restrictions.Restriction]:
    """The restrictions officers made, newest first (the Review page's Restricted list)."""
    return restrictions.listed(session.db)


def _obj(kind: str, ref: str) -> str:
    return ref if kind == "message" else f"{kind}:{ref}"


def _require(conn: Conn, kind: str, ref: str) -> None:
    found: object = (cases.get_case(conn, ref) if kind == "case" else
                     cases.get_subject(conn, ref) if kind == "subject" else
                     messages.get(conn, ref))
    if found is None:
        if kind == "case":
            raise ServiceError("There is no case {case_ref} in this profile.", case_ref=ref)
        if kind == "subject":
            raise ServiceError("There is no subject {subject_id} in this profile.",
                               subject_id=ref)
        raise ServiceError("There is no message {message_id} in this profile.", message_id=ref)
