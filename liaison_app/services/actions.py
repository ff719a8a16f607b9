"""Use cases on an existing message: reply, acknowledge, recall, forward, consult.

Each builds a `Draft` and goes through `compose.queue_message`, so each is one
transaction with its audit entries; forwarding obeys the handling code.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from liaison_app.domain.disclosure import DisclosureReason, LegalBasis
from liaison_app.domain.forwarding import may_forward
from liaison_app.domain.grading import Grading, HandlingCode
from liaison_app.domain.message_content import content_from_wire
from liaison_app.domain.messages import AckKind, MessageType, Priority, RecallAction, ReplyOutcome
from liaison_app.domain.replies_acks_recalls import AckContent, RecallContent, ReplyContent
from liaison_app.domain.subjects import subjects_from_wire
from liaison_app.protocol.ids import new_message_id
from liaison_app.services.attachment_files import reencrypt_for
from liaison_app.services.attachments import discard
from liaison_app.services.compose import Draft, message_or_fail, queue_message
from liaison_app.services.errors import ForwardRefused, ServiceError
from liaison_app.services.session import Session
from liaison_app.store import audit, disclosures, messages, recalls
from liaison_app.store.audit import AuditKind
from liaison_app.store.messages import Direction, MessageRow, MessageStatus


def _handling(row: MessageRow) -> HandlingCode | None:
    return None if row.handling is None else HandlingCode.from_wire(row.handling, "handling")


def _grading(row: MessageRow) -> Grading | None:
    return None if row.grading is None else Grading.from_wire(row.grading, "grading")


def reply(session: Session, message_id: str, outcome: ReplyOutcome, body: str, *,
          reason: str = "", disclosure_reason: DisclosureReason | None = None,
          now: datetime | None = None, draft_id: str | None = None) -> str:
    """Answer a received message; the original moves to `replied`.

    The disclosure is recorded with `disclosure_reason`, or the one last given in the
    case, or (said to be worded by Liaison) "answer to the request ... from ...".
    `draft_id`: the saved draft it was written in, deleted when it is queued.
    """
    now = now or datetime.now(UTC)
    original = message_or_fail(session, message_id)
    if original.direction is not Direction.INCOMING:
        raise ServiceError("Only a message you received can be replied to.")
    given, source = disclosure_reason, "officer"
    if given is None:
        given, source = disclosures.remembered_for_case(session.db, original.case_ref), "case"
    if given is None:
        given, source = DisclosureReason(LegalBasis.LAW_ENFORCEMENT, (
            f"Answer to the {original.type} {original.message_id} from "
            f"{original.sender_agency}")), "default"
    new_id = queue_message(session, Draft(
        content=ReplyContent(outcome=ReplyOutcome(outcome), reason=reason),
        to_agencies=(original.sender_agency,), body=body,
        priority=Priority(original.priority), case_ref=original.case_ref,
        in_reply_to=original.message_id, handling=_handling(original),
        grading=_grading(original), reason=given, reason_source=source, draft_id=draft_id,
    ), now=now)
    with session.db.transaction() as conn:
        current = messages.get(conn, message_id)
        if current is not None and current.status is not MessageStatus.REPLIED:
            messages.set_status(conn, message_id, MessageStatus.REPLIED, now=now)
    return new_id


def acknowledge(session: Session, message_id: str, kind: AckKind = AckKind.READ, *,
                now: datetime | None = None) -> str:
    """Send a read or business acknowledgement to the sender's device."""
    original = message_or_fail(session, message_id)
    if original.direction is not Direction.INCOMING:
        raise ServiceError("Only a message you received can be acknowledged.")
    return queue_message(session, Draft(
        content=AckContent.single(AckKind(kind), message_id),
        to_devices=(original.sender_device,), in_reply_to=message_id,
        case_ref=original.case_ref,
    ), now=now)


def recall(session: Session, message_id: str, action: RecallAction, reason: str, *,
           body: str = "", now: datetime | None = None, draft_id: str | None = None) -> str:
    """Tell every recipient of a message you sent that it is rectified or withdrawn
    (LED Art. 7(3)); `body` carries the corrected data of a rectification. Whoever a
    recipient forwarded it to is told by that recipient's client (`sync.recall_relay`)."""
    original = message_or_fail(session, message_id)
    if original.direction is not Direction.OUTGOING:
        raise ServiceError("Only a message you sent can be recalled.")
    if original.type not in RECALLABLE:
        raise ServiceError("Only a request, an alert, a reply or a case share can be "
                           "recalled.")
    recipients = original.recipients if isinstance(original.recipients, dict) else {}
    listed = recipients.get("agencies")
    agencies = tuple(str(a) for a in listed) if isinstance(listed, list) else ()
    action = RecallAction(action)
    return queue_message(session, Draft(
        content=RecallContent(action=action, of_message=message_id, reason=reason),
        to_agencies=agencies, body=body, priority=Priority.PRIORITY,
        case_ref=original.case_ref, in_reply_to=message_id, draft_id=draft_id,
        reason=DisclosureReason(LegalBasis.RECALL_DUTY,
                                f"{action.value} of message {message_id}: {reason}"[:1000]),
        reason_source="default",
    ), now=now)


RECALLABLE = ("request", "alert", "reply", "case_share")
"""Message kinds a sender can rectify or withdraw."""


def forward(session: Session, message_id: str, to_agencies: tuple[str, ...], *,
            disclosure_reason: DisclosureReason | None = None, note: str = "",
            provider_consent: bool = False, now: datetime | None = None,
            draft_id: str | None = None) -> str:
    """Pass a message on to other agencies, unless its handling code forbids it or its
    sender withdrew it. The legal basis and justification are required."""
    original = message_or_fail(session, message_id)
    mark = recalls.mark_of(session.db, message_id)
    if mark is not None and mark.action is RecallAction.WITHDRAW:
        raise ForwardRefused("{agency} withdrew this message ({reason}); it cannot be "
                             "passed on.", agency=mark.sender_agency, reason=mark.reason)
    handling = _handling(original)
    decision = may_forward(handling, provider_consent=provider_consent)
    if not decision.allowed:
        raise ForwardRefused(decision.template, **decision.params)
    msg_type = MessageType(original.type)
    if msg_type not in (MessageType.REQUEST, MessageType.ALERT):
        raise ServiceError("Only requests and alerts can be forwarded.")
    body = original.body if not note else f"{note}\n\n--- forwarded ---\n{original.body}"
    new_id = new_message_id()
    copies = reencrypt_for(session, message_id, new_id)  # the forward carries attachments
    try:
        return queue_message(session, Draft(
            content=content_from_wire(msg_type, original.content, "content"),
            to_agencies=to_agencies, body=body, priority=Priority(original.priority),
            subjects=subjects_from_wire(original.subjects, "subjects"),
            case_ref=original.case_ref, grading=_grading(original), handling=handling,
            disclosure=AuditKind.FORWARD, attachments=tuple(copies), message_id=new_id,
            audit_details={"forwarded_from": message_id, "provider_consent": provider_consent,
                           "decision": decision.reason},
            reason=disclosure_reason, draft_id=draft_id, forwarded_from=message_id,
        ), now=now)
    except BaseException:
        discard(session, copies)
        raise


def record_consultation(session: Session, obj: str, justification: str, *,
                        now: datetime | None = None) -> None:
    """Log that the officer opened personal data, with the reason they gave."""
    record_consultations(session, [obj], justification, now=now)


def record_consultations(session: Session, objects: Sequence[str], justification: str, *,
                         via: str = "", now: datetime | None = None) -> None:
    """Log one consultation per record read (DPA 2018 s.62), in one transaction; `via`
    names the command that read them outside the GUI."""
    text = justification.strip()
    if len(text) < 3:
        raise ServiceError("Give a reason for opening this record (a few words at least).")
    details: dict[str, str] = {"justification": text[:500]}
    if via:
        details["via"] = via
    actor = session.identity.officer_id
    with session.db.transaction() as conn:
        audit.append_many(conn, [(AuditKind.CONSULT, actor, obj, details) for obj in objects],
                          session.keys.sign, now=now or datetime.now(UTC))
