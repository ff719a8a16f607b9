"""Compose and queue: the one transaction behind every outgoing message.

Sealing happens here, at compose time, so an officer with no network can
still "sign and queue"; the sync engine only moves sealed bytes. The message,
its subjects and case links, the outbox row and the audit entries commit
together or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from liaison_app.crypto.envelope import seal, seal_plaintext
from liaison_app.crypto.keys import DevicePublic
from liaison_app.domain.cases import CaseStatus, CrimeArea, validate_case_ref
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.grading import Grading, HandlingCode
from liaison_app.domain.messages import Content, MessageType, Priority, content_type
from liaison_app.domain.subjects import Subject
from liaison_app.protocol.envelope import envelope_bytes
from liaison_app.protocol.ids import new_message_id
from liaison_app.protocol.message import InnerMessage, Recipients, SenderRef
from liaison_app.services.errors import NotEnrolled, ServiceError
from liaison_app.services.session import Session
from liaison_app.store import cases, directory_cache, messages, outbox
from liaison_app.store.audit import AuditKind
from liaison_app.store.columns import Conn
from liaison_app.store.message_links import file_message, review_date
from liaison_app.store.message_mapping import new_message_from_inner, reply_due


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

    @property
    def type(self) -> MessageType:
        """The message kind, from its content."""
        return content_type(self.content)


def _recipient_devices(conn: Conn, session: Session,
                       draft: Draft) -> list[directory_cache.DeviceEntry]:
    own = session.identity.device_id
    chosen: dict[str, directory_cache.DeviceEntry] = {}
    for agency in draft.to_agencies:
        if directory_cache.agency(conn, agency) is None:
            raise ValidationError("to", "agency {agency} is not in the directory", agency=agency)
        found = [d for d in directory_cache.devices_of_agency(conn, agency) if d.device_id != own]
        if not found:
            raise ValidationError(
                "to", "agency {agency} has no enrolled device in your directory yet; "
                "sync to refresh the directory, then send again", agency=agency)
        chosen.update((d.device_id, d) for d in found)
    for device_id in draft.to_devices:
        entry = directory_cache.device(conn, device_id)
        if entry is None or entry.status.value != "active":
            raise ValidationError("to", "device {device_id} is not active in the directory",
                                  device_id=device_id)
        chosen[device_id] = entry
    if not chosen:
        raise ValidationError("to", "choose at least one recipient agency")
    return [chosen[k] for k in sorted(chosen)]


def _agencies_of(conn: Conn, devices: list[directory_cache.DeviceEntry]) -> list[str]:
    out: set[str] = set()
    for d in devices:
        officer = directory_cache.officer(conn, d.officer_id)
        if officer is not None:
            out.add(officer.agency_id)
    return sorted(out)


def _ensure_case(conn: Conn, draft: Draft, now: datetime) -> str | None:
    if draft.new_case is not None:
        ref = validate_case_ref(draft.new_case.ref, "case.ref")
        cases.create_case(conn, case_ref=ref, title=draft.new_case.title,
                          crime_area=draft.new_case.crime_area.value,
                          status=CaseStatus.OPEN.value, now=now, review_on=review_date(now))
        return ref
    if draft.case_ref is None:
        return None
    return validate_case_ref(draft.case_ref, "case_ref")


def queue_message(session: Session, draft: Draft, *, now: datetime | None = None) -> str:
    """Seal `draft` for its recipients and queue it; return the new message id."""
    if not session.enrolled:
        raise NotEnrolled(
            "This device is not enrolled yet, so there is no directory of recipients. "
            "Connect and finish enrolment first.")
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    ident = session.identity
    with session.db.transaction() as conn:
        devices = _recipient_devices(conn, session, draft)
        agencies = sorted(set(draft.to_agencies) | set(_agencies_of(conn, devices)))
        case_ref = _ensure_case(conn, draft, now)
        inner = InnerMessage(
            id=new_message_id(), type=draft.type,
            sender=SenderRef(officer=ident.officer_id, agency=ident.agency_id,
                             device=ident.device_id),
            recipients=Recipients.of(agencies, [d.device_id for d in devices]),
            case_ref=case_ref, priority=draft.priority, handling=draft.handling,
            grading=draft.grading, subjects=draft.subjects, body=draft.body,
            content=draft.content, in_reply_to=draft.in_reply_to, created_at=now,
            expires_at=draft.expires_at, lang=draft.lang,
        )
        public = [DevicePublic(d.device_id, bytes(d.sign_key), bytes(d.box_key),
                               bytes(d.box_key_sig or b"")) for d in devices]
        envelope = seal(inner, session.keys, public, sent_at=now)
        row = new_message_from_inner(inner, inner_bytes=seal_plaintext(inner, session.keys),
                                     due=reply_due(inner, now))
        messages.insert_outgoing(conn, row, now=now)
        file_message(conn, inner.id, case_ref, draft.subjects, now)
        outbox.enqueue(conn, inner.id, envelope_bytes(envelope), now=now)
        session.audit(conn, AuditKind.CREATE, inner.id, {
            "type": inner.type.value, "subjects": len(draft.subjects),
            **draft.audit_details}, now=now)
        session.audit(conn, draft.disclosure, inner.id, {
            "recipients": [{"agency": a} for a in agencies]
            + [{"device": d.device_id} for d in devices],
            "type": inner.type.value}, now=now)
    return inner.id


def message_or_fail(session: Session, message_id: str) -> messages.MessageRow:
    """The stored message, or a plain error naming the id."""
    row = messages.get(session.db, message_id)
    if row is None:
        raise ServiceError("There is no message {message_id} in this profile.",
                           message_id=message_id)
    return row
