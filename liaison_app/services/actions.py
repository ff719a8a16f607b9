"""Use cases on an existing message: reply, acknowledge, recall, forward, consult.

Each builds a `Draft` and goes through `compose.queue_message`, so each is one
transaction with its audit entries; forwarding obeys the handling code.
"""

from __future__ import annotations

from datetime import UTC, datetime

from liaison_app.domain.forwarding import may_forward
from liaison_app.domain.grading import Grading, HandlingCode
from liaison_app.domain.messages import (
    AckContent,
    AckKind,
    MessageType,
    Priority,
    RecallAction,
    RecallContent,
    ReplyContent,
    ReplyOutcome,
    content_from_wire,
)
from liaison_app.domain.subjects import subjects_from_wire
from liaison_app.services.compose import Draft, message_or_fail, queue_message
from liaison_app.services.errors import ForwardRefused, ServiceError
from liaison_app.services.session import Session
from liaison_app.store import messages
from liaison_app.store.audit import AuditKind
from liaison_app.store.messages import Direction, MessageRow, MessageStatus


def _handling(row: MessageRow) -> HandlingCode | None:
    return None if row.handling is None else HandlingCode.from_wire(row.handling, "handling")


def _grading(row: MessageRow) -> Grading | None:
    return None if row.grading is None else Grading.from_wire(row.grading, "grading")


def reply(session: Session, message_id: str, outcome: ReplyOutcome, body: str, *,
          reason: str = "", now: datetime | None = None) -> str:
    """Answer a received message; the original moves to `replied`."""
    now = now or datetime.now(UTC)
    original = message_or_fail(session, message_id)
    if original.direction is not Direction.INCOMING:
        raise ServiceError("Only a message you received can be replied to.")
    new_id = queue_message(session, Draft(
        content=ReplyContent(outcome=ReplyOutcome(outcome), reason=reason),
        to_agencies=(original.sender_agency,), body=body,
        priority=Priority(original.priority), case_ref=original.case_ref,
        in_reply_to=original.message_id, handling=_handling(original),
        grading=_grading(original),
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
           body: str = "", now: datetime | None = None) -> str:
    """Tell every recipient of a message you sent that it is rectified or withdrawn."""
    original = message_or_fail(session, message_id)
    if original.direction is not Direction.OUTGOING:
        raise ServiceError("Only a message you sent can be recalled.")
    recipients = original.recipients if isinstance(original.recipients, dict) else {}
    listed = recipients.get("agencies")
    agencies = tuple(str(a) for a in listed) if isinstance(listed, list) else ()
    return queue_message(session, Draft(
        content=RecallContent(action=RecallAction(action), of_message=message_id,
                              reason=reason),
        to_agencies=agencies, body=body, priority=Priority.PRIORITY,
        case_ref=original.case_ref, in_reply_to=message_id,
    ), now=now)


def forward(session: Session, message_id: str, to_agencies: tuple[str, ...], *,
            note: str = "", provider_consent: bool = False,
            now: datetime | None = None) -> str:
    """Pass a message on to other agencies, unless its handling code forbids it."""
    original = message_or_fail(session, message_id)
    handling = _handling(original)
    decision = may_forward(handling, provider_consent=provider_consent)
    if not decision.allowed:
        raise ForwardRefused(decision.template, **decision.params)
    msg_type = MessageType(original.type)
    if msg_type not in (MessageType.REQUEST, MessageType.ALERT):
        raise ServiceError("Only requests and alerts can be forwarded.")
    body = original.body if not note else f"{note}\n\n--- forwarded ---\n{original.body}"
    return queue_message(session, Draft(
        content=content_from_wire(msg_type, original.content, "content"),
        to_agencies=to_agencies, body=body, priority=Priority(original.priority),
        subjects=subjects_from_wire(original.subjects, "subjects"),
        case_ref=original.case_ref, grading=_grading(original), handling=handling,
        disclosure=AuditKind.FORWARD,
        audit_details={"forwarded_from": message_id, "provider_consent": provider_consent,
                       "decision": decision.reason},
    ), now=now)


def record_consultation(session: Session, obj: str, justification: str, *,
                        now: datetime | None = None) -> None:
    """Log that the officer opened personal data, with the reason they gave."""
    text = justification.strip()
    if len(text) < 3:
        raise ServiceError("Give a reason for opening this record (a few words at least).")
    with session.db.transaction() as conn:
        session.audit(conn, AuditKind.CONSULT, obj, {"justification": text[:500]},
                      now=now or datetime.now(UTC))
