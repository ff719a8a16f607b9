"""What the reply, acknowledge, recall and forward dialogs need to know about a message.

A typed summary of one stored message (its handling code parsed, so the
forwarding rule can be shown before the officer tries), and the forwarding
decision in the officer's words. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from liaison_app.domain.forwarding import ForwardDecision, may_forward
from liaison_app.domain.grading import Grading, HandlingCode
from liaison_app.domain.messages import Direction, MessageStatus, MessageType, Priority
from liaison_app.services.compose import message_or_fail
from liaison_app.services.session import Session


@dataclass(frozen=True, slots=True)
class MessageBrief:
    """One stored message, as the action dialogs show it."""

    message_id: str
    type: MessageType
    direction: Direction
    status: MessageStatus
    sender_officer: str
    sender_agency: str
    recipient_agencies: tuple[str, ...]
    case_ref: str | None
    priority: Priority
    created_at: datetime
    handling: HandlingCode | None
    grading: Grading | None
    body: str

    @property
    def forwardable(self) -> bool:
        """Only requests and alerts can be passed on."""
        return self.type in (MessageType.REQUEST, MessageType.ALERT)


def message_brief(session: Session, message_id: str) -> MessageBrief:
    """The summary of a stored message (ServiceError if there is none)."""
    row = message_or_fail(session, message_id)
    recipients = row.recipients if isinstance(row.recipients, dict) else {}
    listed = recipients.get("agencies")
    agencies = tuple(str(a) for a in listed) if isinstance(listed, list) else ()
    return MessageBrief(
        message_id=row.message_id, type=MessageType(row.type),
        direction=Direction(row.direction.value), status=MessageStatus(row.status.value),
        sender_officer=row.sender_officer, sender_agency=row.sender_agency,
        recipient_agencies=agencies, case_ref=row.case_ref, priority=Priority(row.priority),
        created_at=row.created_at,
        handling=None if row.handling is None
        else HandlingCode.from_wire(row.handling, "handling"),
        grading=None if row.grading is None else Grading.from_wire(row.grading, "grading"),
        body=row.body,
    )


def forward_decision(session: Session, message_id: str, *,
                     provider_consent: bool = False) -> ForwardDecision:
    """Whether the message may be forwarded now, and why (the rule `forward` applies)."""
    return may_forward(message_brief(session, message_id).handling,
                       provider_consent=provider_consent)
