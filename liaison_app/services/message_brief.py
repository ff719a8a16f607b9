"""What the reply, acknowledge, recall and forward dialogs need to know about a message.

A typed summary of one stored message (its handling code parsed, so the
forwarding rule can be shown before the officer tries), and the forwarding
decision in the officer's words. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from liaison_app.domain.forwarding import ForwardDecision, may_forward
from liaison_app.domain.grading import Grading, HandlingCode
from liaison_app.domain.messages import Direction, MessageStatus, MessageType, Priority
from liaison_app.services.compose import message_or_fail
from liaison_app.services.recipients import all_agencies, recipient_agencies
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


class ForwardBar(StrEnum):
    """Why an agency cannot receive this message by forwarding."""

    HANDLING = "handling"
    """The handling code forbids passing it on without the provider's consent."""
    NOT_FORWARDABLE = "not_forwardable"
    """Only requests and alerts are forwarded (replies, acks, recalls are not)."""
    SENDER = "sender"
    """The agency that sent the message already has it."""
    ALREADY_ADDRESSED = "already_addressed"
    """The message was addressed to this agency already."""
    NO_DEVICE = "no_device"
    """Your own agency, where no colleague has an enrolled device (a partner agency
    without one is not barred: the forward waits for its directory entry)."""


@dataclass(frozen=True, slots=True)
class ForwardTarget:
    """One agency of the directory: whether this message may be forwarded to it, and
    if not, why (`bar`; None when it may)."""

    agency_id: str
    name: str
    country: str
    bar: ForwardBar | None
    waiting: bool = False
    """May receive it, but has no enrolled device yet: the forward waits (seal at push)."""

    @property
    def allowed(self) -> bool:
        """True when the officer may tick this agency."""
        return self.bar is None


def forward_targets(session: Session, message_id: str, *,
                    provider_consent: bool = False) -> list[ForwardTarget]:
    """Every agency in the cached directory, by name, with whether it may receive this
    message by forwarding and why not; the reasons that hold for every agency (the
    handling code, the message kind) come first."""
    brief = message_brief(session, message_id)
    decision = may_forward(brief.handling, provider_consent=provider_consent)
    recipients = {a.agency_id: a for a in recipient_agencies(session)}
    addressed = set(brief.recipient_agencies)
    sender = brief.sender_agency if brief.direction is Direction.INCOMING else ""
    out: list[ForwardTarget] = []
    for agency in all_agencies(session):
        bar: ForwardBar | None = None
        if not brief.forwardable:
            bar = ForwardBar.NOT_FORWARDABLE
        elif not decision.allowed:
            bar = ForwardBar.HANDLING
        elif agency.agency_id == sender:
            bar = ForwardBar.SENDER
        elif agency.agency_id in addressed:
            bar = ForwardBar.ALREADY_ADDRESSED
        elif agency.agency_id not in recipients:
            bar = ForwardBar.NO_DEVICE
        waiting = bar is None and recipients[agency.agency_id].waiting
        out.append(ForwardTarget(agency.agency_id, agency.name, agency.country, bar, waiting))
    return out
