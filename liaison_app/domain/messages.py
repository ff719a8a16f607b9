"""Message kinds, the words that qualify them, and what a new request, alert or case share says.

The kinds (`MessageType`), priorities, statuses, urgency classes with their due
dates (Directive (EU) 2023/977 Art. 5, counted from receipt), and the choices
officers make in each kind: alert kinds, INTERPOL notices, reply outcomes,
acknowledgement kinds, recall actions. The content of each kind is a small
dataclass with a strict wire codec: request, alert and case share here; reply,
acknowledgement and recall (each about an earlier message) in
`replies_acks_recalls`; joint-operation updates in `operation_updates`; the
content union and its codec by message type in `message_content`. The message
type itself travels in the inner message's `type`, so content objects carry no
kind of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from liaison_app.domain.checks import (
    SHORT_MAX,
    TEXT_MAX,
    check_bool,
    check_text,
    parse_enum,
    reprefixed,
    wire_object,
)
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.timefmt import check_time, format_time, parse_time

if TYPE_CHECKING:
    from liaison_app.domain.cases import Case

PURPOSE_MAX = 1000
_UUID7_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
                       re.ASCII)
_NOTICE_REF_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9/._ -]*[A-Za-z0-9])?", re.ASCII)

# Wire key sets of the from_wire parsers below (built once).
_REQUEST_KEYS = frozenset({"purpose", "information_requested", "grounds", "urgency",
                           "evidence_use_sought"})
_NOTICE_KEYS = frozenset({"colour", "reference"})
_ALERT_KEYS = frozenset({"alert_kind", "action_requested", "valid_until",
                         "interpol_notice"})
_CASE_SHARE_KEYS = frozenset({"case"})


class MessageType(StrEnum):
    """The inner message's `type`."""

    REQUEST = "request"
    ALERT = "alert"
    REPLY = "reply"
    ACK = "ack"
    CASE_SHARE = "case_share"
    RECALL = "recall"
    OPERATION = "operation"
    """Updates of a joint operation (inner message version 3, protocol §31)."""


class Priority(StrEnum):
    """How soon the sender needs attention (shown and sorted; no legal deadline)."""

    ROUTINE = "routine"
    PRIORITY = "priority"
    URGENT = "urgent"
    IMMEDIATE = "immediate"


class UrgencyClass(StrEnum):
    """Directive (EU) 2023/977 Art. 5 classes that set a request's time limit."""

    URGENT_DIRECT = "urgent-direct"
    URGENT_INDIRECT = "urgent-indirect"
    STANDARD = "standard"


class MessageStatus(StrEnum):
    """Where a message stands, in either direction."""

    DRAFT = "draft"
    QUEUED = "queued"
    HANDED_TO_CARRIER = "handed_to_carrier"
    """Written into a carrier bundle; still in the outbox until delivery is confirmed."""
    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    REPLIED = "replied"
    FAILED = "failed"


class Direction(StrEnum):
    """Whether this device sent or received the message."""

    OUTGOING = "outgoing"
    INCOMING = "incoming"


URGENCY_LABELS: dict[UrgencyClass, str] = {
    UrgencyClass.URGENT_DIRECT: "Urgent, information directly available (8 hours)",
    UrgencyClass.URGENT_INDIRECT: "Urgent, information indirectly available (3 calendar days)",
    UrgencyClass.STANDARD: "Any other request (7 calendar days)",
}
TIME_LIMITS: dict[UrgencyClass, timedelta] = {
    UrgencyClass.URGENT_DIRECT: timedelta(hours=8),
    UrgencyClass.URGENT_INDIRECT: timedelta(days=3),
    UrgencyClass.STANDARD: timedelta(days=7),
}


def due_at(received_at: datetime, urgency: UrgencyClass) -> datetime:
    """When the reply is due (UTC), counted from receipt (Directive 2023/977 Art. 5).

    Eight hours are elapsed hours. Calendar days are counted on the clock of
    `received_at`'s own time zone (10:00 local -> 10:00 local three days
    later, even across a daylight-saving change); for a UTC time that is 72 h.
    """
    if not isinstance(received_at, datetime) or received_at.utcoffset() is None:
        raise ValidationError("received_at", "must be an aware datetime")
    urgency = parse_enum(UrgencyClass, urgency, "urgency")
    limit = TIME_LIMITS[urgency]
    if urgency is UrgencyClass.URGENT_DIRECT:
        return received_at.astimezone(UTC) + limit
    return (received_at + limit).astimezone(UTC)


def validate_message_id(text: object, field: str) -> str:
    """Return `text` if it is a lowercase hyphenated UUIDv7, else raise."""
    if not isinstance(text, str) or not _UUID7_RE.fullmatch(text):
        raise ValidationError(field, "must be a message id (lowercase UUIDv7)")
    return text


@dataclass(frozen=True, slots=True)
class RequestContent:
    """A request for information: why, what, on what grounds, how urgent."""

    purpose: str
    information_requested: str
    grounds: str
    urgency: UrgencyClass
    evidence_use_sought: bool
    """True if the requester asks to use the reply as evidence in court."""

    def __post_init__(self) -> None:
        check_text(self.purpose, "purpose", max_len=PURPOSE_MAX, multiline=True)
        check_text(self.information_requested, "information_requested", max_len=TEXT_MAX,
                   multiline=True)
        check_text(self.grounds, "grounds", max_len=TEXT_MAX, multiline=True)
        object.__setattr__(self, "urgency", parse_enum(UrgencyClass, self.urgency, "urgency"))
        check_bool(self.evidence_use_sought, "evidence_use_sought")

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"purpose": self.purpose, "information_requested": self.information_requested,
                "grounds": self.grounds, "urgency": self.urgency._value_,
                "evidence_use_sought": self.evidence_use_sought}

    @classmethod
    def from_wire(cls, obj: object, field: str) -> RequestContent:
        """Strict parse; errors name `field`."""
        try:
            d = wire_object(obj, _REQUEST_KEYS)
            return cls(purpose=d["purpose"], information_requested=d["information_requested"],
                       grounds=d["grounds"],
                       urgency=parse_enum(UrgencyClass, d["urgency"], "urgency"),
                       evidence_use_sought=d["evidence_use_sought"])
        except ValidationError as exc:
            raise reprefixed(field, exc) from None


class InterpolNoticeColour(StrEnum):
    """INTERPOL notice types."""

    RED = "red"
    BLUE = "blue"
    GREEN = "green"
    YELLOW = "yellow"
    BLACK = "black"
    ORANGE = "orange"
    PURPLE = "purple"
    UN_SPECIAL = "un_special"
    SILVER = "silver"


INTERPOL_NOTICE_MEANINGS: dict[InterpolNoticeColour, str] = {
    InterpolNoticeColour.RED: "Red: locate and arrest pending extradition",
    InterpolNoticeColour.BLUE: "Blue: more information on identity, location or activities",
    InterpolNoticeColour.GREEN: "Green: warning about criminal activity",
    InterpolNoticeColour.YELLOW: "Yellow: missing person",
    InterpolNoticeColour.BLACK: "Black: unidentified body",
    InterpolNoticeColour.ORANGE: "Orange: imminent threat",
    InterpolNoticeColour.PURPLE: "Purple: modus operandi, objects, concealment methods",
    InterpolNoticeColour.UN_SPECIAL: "INTERPOL–UN Security Council Special Notice",
    InterpolNoticeColour.SILVER: "Silver: criminal assets (pilot)",
}


@dataclass(frozen=True, slots=True)
class InterpolNotice:
    """A reference to an INTERPOL notice, e.g. red `A-1234/5-2026`."""

    colour: InterpolNoticeColour
    reference: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "colour",
                           parse_enum(InterpolNoticeColour, self.colour, "colour"))
        check_text(self.reference, "reference", max_len=SHORT_MAX)
        if not _NOTICE_REF_RE.fullmatch(self.reference):
            raise ValidationError("reference", "may hold only ASCII letters, digits and / . _ -")

    def meaning(self) -> str:
        """What this colour of notice asks for."""
        return INTERPOL_NOTICE_MEANINGS[self.colour]

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"colour": self.colour._value_, "reference": self.reference}

    @classmethod
    def from_wire(cls, obj: object, field: str) -> InterpolNotice:
        """Strict parse; errors name `field`."""
        try:
            d = wire_object(obj, _NOTICE_KEYS)
            return cls(colour=parse_enum(InterpolNoticeColour, d["colour"], "colour"),
                       reference=d["reference"])
        except ValidationError as exc:
            raise reprefixed(field, exc) from None


class AlertKind(StrEnum):
    """What an alert is for."""

    LOOKOUT = "lookout"
    SPONTANEOUS_INFORMATION = "spontaneous_information"
    WARNING = "warning"


ALERT_KIND_LABELS: dict[AlertKind, str] = {
    AlertKind.LOOKOUT: "Lookout",
    AlertKind.SPONTANEOUS_INFORMATION: "Spontaneous information",
    AlertKind.WARNING: "Warning",
}


@dataclass(frozen=True, slots=True)
class AlertContent:
    """A law-enforcement alert; `action_requested` may be "" for information only."""

    alert_kind: AlertKind
    action_requested: str = ""
    valid_until: datetime | None = None
    interpol_notice: InterpolNotice | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "alert_kind",
                           parse_enum(AlertKind, self.alert_kind, "alert_kind"))
        check_text(self.action_requested, "action_requested", max_len=TEXT_MAX, required=False,
                   multiline=True)
        if self.valid_until is not None:
            object.__setattr__(self, "valid_until", check_time(self.valid_until, "valid_until"))
        if self.interpol_notice is not None and not isinstance(self.interpol_notice,
                                                               InterpolNotice):
            raise ValidationError("interpol_notice", "must be an InterpolNotice")

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form (absent values as null)."""
        return {
            "alert_kind": self.alert_kind._value_, "action_requested": self.action_requested,
            "valid_until": None if self.valid_until is None else format_time(self.valid_until),
            "interpol_notice": None if self.interpol_notice is None
            else self.interpol_notice.to_wire(),
        }

    @classmethod
    def from_wire(cls, obj: object, field: str) -> AlertContent:
        """Strict parse; errors name `field`."""
        try:
            d = wire_object(obj, _ALERT_KEYS)
            until, notice = d["valid_until"], d["interpol_notice"]
            return cls(
                alert_kind=parse_enum(AlertKind, d["alert_kind"], "alert_kind"),
                action_requested=d["action_requested"],
                valid_until=None if until is None else parse_time(until, "valid_until"),
                interpol_notice=None if notice is None
                else InterpolNotice.from_wire(notice, "interpol_notice"),
            )
        except ValidationError as exc:
            raise reprefixed(field, exc) from None


class ReplyOutcome(StrEnum):
    """How a request was answered (each is recorded, Directive 2023/977 Art. 16)."""

    PROVIDED = "provided"
    PARTIAL = "partial"
    REFUSED = "refused"
    CLARIFICATION = "clarification"


REPLY_OUTCOME_LABELS: dict[ReplyOutcome, str] = {
    ReplyOutcome.PROVIDED: "Provided", ReplyOutcome.PARTIAL: "Partially provided",
    ReplyOutcome.REFUSED: "Refused", ReplyOutcome.CLARIFICATION: "Clarification requested",
}



class AckKind(StrEnum):
    """Technical (arrived), read (opened by an officer) or business (being acted on)."""

    TECHNICAL = "technical"
    READ = "read"
    BUSINESS = "business"


ACK_KIND_LABELS: dict[AckKind, str] = {
    AckKind.TECHNICAL: "Technical (arrived)", AckKind.READ: "Read",
    AckKind.BUSINESS: "Business (being acted on)",
}



class RecallAction(StrEnum):
    """Rectify (corrected data follows) or withdraw (stop using it) an earlier message."""

    RECTIFY = "rectify"
    WITHDRAW = "withdraw"


RECALL_ACTION_LABELS: dict[RecallAction, str] = {
    RecallAction.RECTIFY: "Rectify", RecallAction.WITHDRAW: "Withdraw",
}



@dataclass(frozen=True, slots=True)
class CaseShareContent:
    """Shares a case record (reference, external refs, crime area) with a partner."""

    case: Case

    def __post_init__(self) -> None:
        from liaison_app.domain.cases import Case  # the case tables: only for a case share

        if not isinstance(self.case, Case):
            raise ValidationError("case", "must be a Case")

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"case": self.case.to_wire()}

    @classmethod
    def from_wire(cls, obj: object, field: str) -> CaseShareContent:
        """Strict parse; errors name `field`."""
        try:
            from liaison_app.domain.cases import Case

            d = wire_object(obj, _CASE_SHARE_KEYS)
            return cls(case=Case.from_wire(d["case"], "case"))
        except ValidationError as exc:
            raise reprefixed(field, exc) from None
