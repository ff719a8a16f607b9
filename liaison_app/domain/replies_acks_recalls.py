"""What a reply, an acknowledgement or a recall says: each is about an earlier message.

A reply answers a request (refusals and requests for clarification say why);
an acknowledgement names the messages it acknowledges (a technical one every
message of one sender in one inbox page, protocol §6.5); a recall rectifies or
withdraws the sender's own earlier message. Their kinds and labels are in
`messages`, beside the other words officers choose from.
"""

from __future__ import annotations

from dataclasses import dataclass

from liaison_app.domain.checks import TEXT_MAX, check_text, parse_enum, reprefixed, wire_object
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.messages import AckKind, RecallAction, ReplyOutcome, validate_message_id

# Wire key sets of the from_wire parsers below (built once).
_REPLY_KEYS = frozenset({"outcome", "reason"})
_ACK_KEYS = frozenset({"ack_kind", "of_messages"})
_RECALL_KEYS = frozenset({"action", "of_message", "reason"})

MAX_ACKED_MESSAGES = 100
"""Message ids one acknowledgement may name (a technical ack covers one inbox page)."""



@dataclass(frozen=True, slots=True)
class ReplyContent:
    """An answer to a request; refusals and requests for clarification must say why."""

    outcome: ReplyOutcome
    reason: str = ""

    def __post_init__(self) -> None:
        outcome = parse_enum(ReplyOutcome, self.outcome, "outcome")
        object.__setattr__(self, "outcome", outcome)
        needed = outcome in (ReplyOutcome.REFUSED, ReplyOutcome.CLARIFICATION)
        check_text(self.reason, "reason", max_len=TEXT_MAX, required=needed, multiline=True)

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"outcome": self.outcome._value_, "reason": self.reason}

    @classmethod
    def from_wire(cls, obj: object, field: str) -> ReplyContent:
        """Strict parse; errors name `field`."""
        try:
            d = wire_object(obj, _REPLY_KEYS)
            return cls(outcome=parse_enum(ReplyOutcome, d["outcome"], "outcome"),
                       reason=d["reason"])
        except ValidationError as exc:
            raise reprefixed(field, exc) from None


@dataclass(frozen=True, slots=True)
class AckContent:
    """Acknowledges earlier messages by id.

    A technical ack names every message of one sender that arrived in one inbox
    page (1 to MAX_ACKED_MESSAGES ids, no repeats); a read or business ack is
    an officer's act about one message and names exactly one.
    """

    ack_kind: AckKind
    of_messages: tuple[str, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "ack_kind", parse_enum(AckKind, self.ack_kind, "ack_kind"))
        ids = self.of_messages
        if not isinstance(ids, tuple):
            raise ValidationError("of_messages", "must be a tuple of message ids")
        limit = MAX_ACKED_MESSAGES if self.ack_kind is AckKind.TECHNICAL else 1
        if not 1 <= len(ids) <= limit:
            raise ValidationError("of_messages", f"must name 1 to {limit} message(s) "
                                  f"for a {self.ack_kind.value} acknowledgement")
        for i, message_id in enumerate(ids):
            validate_message_id(message_id, f"of_messages[{i}]")
        if len(set(ids)) != len(ids):
            raise ValidationError("of_messages", "names a message twice")

    @classmethod
    def single(cls, ack_kind: AckKind, message_id: str) -> AckContent:
        """An acknowledgement of one message (read and business acks)."""
        return cls(ack_kind=ack_kind, of_messages=(message_id,))

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"ack_kind": self.ack_kind._value_, "of_messages": list(self.of_messages)}

    @classmethod
    def from_wire(cls, obj: object, field: str) -> AckContent:
        """Strict parse; errors name `field`."""
        try:
            d = wire_object(obj, _ACK_KEYS)
            ids = d["of_messages"]
            if not isinstance(ids, list) or len(ids) > MAX_ACKED_MESSAGES:
                raise ValidationError("of_messages", "must be an array of at most "
                                      f"{MAX_ACKED_MESSAGES} message ids")
            return cls(ack_kind=parse_enum(AckKind, d["ack_kind"], "ack_kind"),
                       of_messages=tuple(ids))
        except ValidationError as exc:
            raise reprefixed(field, exc) from None


@dataclass(frozen=True, slots=True)
class RecallContent:
    """Tells recipients without delay that data sent earlier was wrong or unlawfully sent."""

    action: RecallAction
    of_message: str
    reason: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "action", parse_enum(RecallAction, self.action, "action"))
        validate_message_id(self.of_message, "of_message")
        check_text(self.reason, "reason", max_len=TEXT_MAX, multiline=True)

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"action": self.action._value_, "of_message": self.of_message,
                "reason": self.reason}

    @classmethod
    def from_wire(cls, obj: object, field: str) -> RecallContent:
        """Strict parse; errors name `field`."""
        try:
            d = wire_object(obj, _RECALL_KEYS)
            return cls(action=parse_enum(RecallAction, d["action"], "action"),
                       of_message=d["of_message"], reason=d["reason"])
        except ValidationError as exc:
            raise reprefixed(field, exc) from None
