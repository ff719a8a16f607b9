"""Compose and queue: the one transaction behind every outgoing message.

An officer with no network can still "sign and queue": the message is signed
here and queued with its addressing (agencies, or single devices). It is
sealed when it is pushed, for the devices the directory refreshed in that
sync lists (`sync.seal_at_push`), so a partner device enrolled after the
officer composed still receives it, and an agency with no device in the
cached directory yet can be written to: the message waits for the partner's
directory entry. The message, its subjects and case links, the outbox row
and the audit entries commit together or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from liaison_app.crypto.envelope import seal_plaintext
from liaison_app.domain.cases import CaseStatus, CrimeArea, validate_case_ref
from liaison_app.domain.disclosure import DisclosureReason
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.grading import Grading, HandlingCode
from liaison_app.domain.message_content import Content, content_type
from liaison_app.domain.messages import MessageType, Priority
from liaison_app.domain.subjects import Subject, subjects_to_wire
from liaison_app.protocol.attachment import AttachmentRef
from liaison_app.protocol.ids import new_message_id
from liaison_app.protocol.message import InnerMessage, Recipients, SenderRef
from liaison_app.services.errors import NotEnrolled, ServiceError
from liaison_app.services.session import Session
from liaison_app.store import (
    attachments,
    cases,
    directory_cache,
    disclosures,
    drafts,
    follow_up,
    forwards,
    messages,
    outbox,
    outbox_seal,
)
from liaison_app.store.attachment_spool import Spool
from liaison_app.store.audit import AuditKind
from liaison_app.store.columns import Conn
from liaison_app.store.message_links import file_message
from liaison_app.store.message_mapping import new_message_from_inner, reply_due
from liaison_app.store.outbox_seal import Addressing
from liaison_app.store.review_dates import review_date
from liaison_app.sync.seal_at_push import WAITING_FOR_DIRECTORY


@dataclass(frozen=True, slots=True)
class NewCase:
    """A case opened together with the message that starts it."""

    ref: str
    title: str
    crime_area: CrimeArea = CrimeArea.MIGRANT_SMUGGLING


@dataclass(frozen=True, slots=True)
class Draft:
    """Everything an officer fills in for one outgoing message."""

    content: Content
    to_agencies: tuple[str, ...] = ()
    to_devices: tuple[str, ...] = ()
    body: str = ""
    priority: Priority = Priority.ROUTINE
    subjects: tuple[Subject, ...] = ()
    case_ref: str | None = None
    new_case: NewCase | None = None
    grading: Grading | None = None
    handling: HandlingCode | None = None
    in_reply_to: str | None = None
    expires_at: datetime | None = None
    lang: str = "en"
    audit_details: dict[str, object] = field(default_factory=dict)
    disclosure: AuditKind = AuditKind.DISCLOSE
    draft_id: str | None = None
    """The saved draft this message was composed from: deleted when it is queued."""
    attachments: tuple[AttachmentRef, ...] = ()
    """Encrypted into the spool by `services.attachments.prepare` for `message_id`."""
    message_id: str | None = None
    """The id the attachments were encrypted for (a fresh one when None)."""
    reason: DisclosureReason | None = None
    """The legal basis and justification (required on requests and forwards; otherwise
    the one last given in the case is recorded, if any). Remembered for the case."""
    reason_source: str = "officer"
    """Who gave `reason`: "officer", or "default" when the service worded it (a reply or
    a recall the officer gave no justification for)."""
    forwarded_from: str | None = None
    """The message this one forwards: linked in `store.forwards` when it is queued, so
    that message's conversation shows the forward and a recall of it is passed on."""

    @property
    def type(self) -> MessageType:
        """The message kind, from its content."""
        return content_type(self.content)


def _addressing(conn: Conn, session: Session, draft: Draft
                ) -> tuple[Addressing, list[str], str | None]:
    """What the officer addressed, the agencies the message names, and (offline, from
    the cached directory) why it will wait, if it will."""
    own = session.identity.device_id
    waiting: list[str] = []
    for agency in draft.to_agencies:
        if directory_cache.agency(conn, agency) is None:
            raise ValidationError("to", "agency {agency} is not in the directory; sync to "
                                  "refresh it, or check the agency id", agency=agency)
        if not any(d.device_id != own for d in directory_cache.devices_of_agency(conn, agency)):
            waiting.append(agency)
    agencies = set(draft.to_agencies)
    for device_id in draft.to_devices:
        entry = directory_cache.device(conn, device_id)
        if entry is None or entry.status.value != "active" or device_id == own:
            raise ValidationError("to", "device {device_id} is not active in the directory",
                                  device_id=device_id)
        officer = directory_cache.officer(conn, entry.officer_id)
        if officer is not None:
            agencies.add(officer.agency_id)
    if not agencies:
        raise ValidationError("to", "choose at least one recipient agency")
    hold = None if not waiting else (
        f"{WAITING_FOR_DIRECTORY}: {', '.join(waiting)} has no active device in your "
        "directory yet")
    return Addressing(tuple(sorted(set(draft.to_agencies))),
                      tuple(sorted(set(draft.to_devices)))), sorted(agencies), hold


def _ensure_case(conn: Conn, draft: Draft, now: datetime) -> str | None:
    if draft.new_case is not None:
        ref = validate_case_ref(draft.new_case.ref, "case.ref")
        cases.create_case(conn, case_ref=ref, title=draft.new_case.title,
                          crime_area=draft.new_case.crime_area.value,
                          status=CaseStatus.OPEN.value, now=now, review_on=review_date(conn, now))
        return ref
    if draft.case_ref is None:
        return None
    return validate_case_ref(draft.case_ref, "case_ref")


def queue_message(session: Session, draft: Draft, *, now: datetime | None = None) -> str:
    """Sign `draft` and queue it to be sealed at push; return the new message id."""
    if not session.enrolled:
        raise NotEnrolled(
            "This device is not enrolled yet, so there is no directory of recipients. "
            "Connect and finish enrolment first.")
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    ident = session.identity
    if draft.attachments and draft.message_id is None:
        raise ValueError("attachments are encrypted for a message id: set Draft.message_id")
    _check_spooled(session, draft.attachments)
    with session.db.transaction() as conn:
        addressing, agencies, hold = _addressing(conn, session, draft)
        case_ref = _ensure_case(conn, draft, now)
        inner = InnerMessage(
            id=draft.message_id or new_message_id(), type=draft.type,
            sender=SenderRef(officer=ident.officer_id, agency=ident.agency_id,
                             device=ident.device_id),
            recipients=Recipients.of(agencies, []),  # the devices are filled in at push
            case_ref=case_ref, priority=draft.priority, handling=draft.handling,
            grading=draft.grading, subjects=draft.subjects, body=draft.body,
            content=draft.content, in_reply_to=draft.in_reply_to, created_at=now,
            expires_at=draft.expires_at, lang=draft.lang, attachments=draft.attachments,
        )
        row = new_message_from_inner(inner, inner_bytes=seal_plaintext(inner, session.keys),
                                     due=reply_due(inner, now))
        messages.insert_outgoing(conn, row, now=now)
        attachments.insert(conn, inner.id, "outgoing", draft.attachments,
                           attachments.AttachmentState.AVAILABLE, now=now)
        file_message(conn, inner.id, case_ref, draft.subjects, now)
        outbox_seal.enqueue_unsealed(conn, inner.id, addressing, hold_reason=hold, now=now)
        session.audit(conn, AuditKind.CREATE, inner.id, {
            "type": inner.type.value, "subjects": len(draft.subjects),
            **({"attachments": [a.id for a in draft.attachments]} if draft.attachments else {}),
            **draft.audit_details}, now=now)
        reason, source = _reason(conn, draft, case_ref)
        details = disclosures.disclosure_details(
            conn, msg_type=inner.type.value, agencies=agencies, devices=addressing.devices,
            reason=reason, subjects=subjects_to_wire(draft.subjects),
            has_text=_has_text(draft), files=len(draft.attachments))
        if reason is not None:
            details["reason_source"] = source
        session.audit(conn, draft.disclosure, inner.id, details, now=now)
        if draft.reason is not None and draft.reason_source == "officer" \
                and case_ref is not None:
            disclosures.remember_for_case(conn, case_ref, draft.reason, now=now)
        _after_queueing(conn, draft, inner.id, now)
    return inner.id


def _after_queueing(conn: Conn, draft: Draft, message_id: str, now: datetime) -> None:
    """In the queueing transaction: the draft goes, a forward is linked to what it
    passes on, and the request this message starts or answers is followed up."""
    if draft.draft_id is not None:
        drafts.delete(conn, draft.draft_id)
    if draft.forwarded_from is not None:
        forwards.record_forward(conn, message_id, draft.forwarded_from)
    follow_up.note_messages(conn, [message_id], now=now)


REASON_REQUIRED = (MessageType.REQUEST,)
"""Kinds that cannot be sent without the officer's legal basis and justification (a
forward needs one too)."""


def _reason(conn: Conn, draft: Draft, case_ref: str | None
            ) -> tuple[DisclosureReason | None, str]:
    """The reason to record and who gave it: the one given, or (not for requests and
    forwards, which must give their own) the one last given in the case."""
    if draft.reason is not None:
        return draft.reason, draft.reason_source
    if draft.type in REASON_REQUIRED or draft.disclosure is AuditKind.FORWARD:
        if draft.disclosure is AuditKind.FORWARD:
            raise ValidationError("justification", "a forward must record its legal basis "
                                  "and the justification for sending it")
        raise ValidationError("justification", "a {kind} must record its legal basis and "
                              "the justification for sending it", kind=draft.type.value)
    return disclosures.remembered_for_case(conn, case_ref), "case"


def _has_text(draft: Draft) -> bool:
    """Whether the message carries free text (its body, or the words of its content)."""
    if draft.body.strip():
        return True
    wire = draft.content.to_wire()
    return any(isinstance(wire.get(k), str) and str(wire[k]).strip() for k in _FREE_TEXT)


_FREE_TEXT = ("purpose", "information_requested", "grounds", "action_requested", "reason")
"""Content fields an officer writes in their own words."""


def _check_spooled(session: Session, refs: tuple[AttachmentRef, ...]) -> None:
    """Every attachment's ciphertext is in the spool, whole (prepare wrote it)."""
    spool = Spool(session.profile.attachments)
    for ref in refs:
        if spool.size(ref.id) != ref.blob_size:
            raise ServiceError("The encrypted copy of {name} is missing; attach the file again.",
                               name=ref.name)


def waiting_reason(session: Session, message_id: str) -> str | None:
    """Why a queued message is held back (e.g. waiting for the partner's directory entry),
    or None when it goes at the next sync."""
    item = outbox.get(session.db, message_id)
    return None if item is None or item.state.value != "pending" else item.hold_reason


def remembered_reason(session: Session, case_ref: str | None) -> DisclosureReason | None:
    """The legal basis and justification last given in a case (offered again)."""
    return disclosures.remembered_for_case(session.db, case_ref)


def message_or_fail(session: Session, message_id: str) -> messages.MessageRow:
    """The stored message, or a plain error naming the id."""
    row = messages.get(session.db, message_id)
    if row is None:
        raise ServiceError("There is no message {message_id} in this profile.",
                           message_id=message_id)
    return row
