"""The bodies of content updates: the work of a joint operation itself.

A shared message (with its source), a decision, a task and its state, an
outcome. Content bodies follow the handling rules and may be withheld from a
copy (`operation_updates.CONTENT_KINDS`). What every body shares (the salt)
is in `operation_bodies`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from liaison_app.domain.checks import (
    NAME_MAX,
    TEXT_MAX,
    check_bool,
    check_text,
    parse_enum,
    reprefixed,
    wire_object,
)
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.financial import check_subject_references
from liaison_app.domain.grading import Grading, HandlingCode, check_same_scheme
from liaison_app.domain.operation_bodies import (
    check_salt,
    check_update_id,
    handling_from_wire,
    handling_to_wire,
)
from liaison_app.domain.outcomes import Money, Outcome, OutcomeKind
from liaison_app.domain.parties import (
    officer_agency_id,
    validate_agency_id,
    validate_officer_id,
)
from liaison_app.domain.subjects import MAX_SUBJECTS, Subject, subject_to_wire, subjects_from_wire
from liaison_app.domain.timefmt import (
    check_date,
    check_time,
    format_date,
    format_time,
    parse_date,
    parse_time,
)

SHARE_TEXT_MAX = 20_000


@dataclass(frozen=True, slots=True)
class ShareSource:
    """The message a shared item comes from: its id, kind, provider agency and time."""

    message: str
    type: str
    agency: str
    created_at: Any

    def __post_init__(self) -> None:
        check_update_id(self.message, "message")
        if self.type not in ("request", "alert", "reply"):
            raise ValidationError("type", "must be request, alert or reply")
        validate_agency_id(self.agency, "agency")
        object.__setattr__(self, "created_at", check_time(self.created_at, "created_at"))

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"message": self.message, "type": self.type, "agency": self.agency,
                "created_at": format_time(self.created_at)}

    @classmethod
    def from_wire(cls, obj: object, field: str) -> ShareSource:
        """Strict parse; errors name `field`."""
        try:
            d = wire_object(obj, frozenset({"message", "type", "agency", "created_at"}))
            return cls(d["message"], d["type"], d["agency"],
                       parse_time(d["created_at"], "created_at"))
        except ValidationError as exc:
            raise reprefixed(field, exc) from None


@dataclass(frozen=True, slots=True)
class ShareBody:
    """A participant's own message (or new words and subjects) put into the shared record,
    with its handling code and grading travelling with it."""

    title: str
    text: str
    subjects: tuple[Subject, ...]
    handling: HandlingCode | None
    grading: Grading | None
    source: ShareSource | None
    salt: str

    def __post_init__(self) -> None:
        check_text(self.title, "title", max_len=NAME_MAX)
        check_text(self.text, "text", max_len=SHARE_TEXT_MAX, required=False, multiline=True)
        if not isinstance(self.subjects, tuple) or len(self.subjects) > MAX_SUBJECTS:
            raise ValidationError("subjects", "must hold at most {limit} subjects",
                                  limit=str(MAX_SUBJECTS))
        for i, s in enumerate(self.subjects):
            if not isinstance(s, Subject):
                raise ValidationError(f"subjects[{i}]", "must be a subject")
        check_subject_references(self.subjects)
        if not self.text.strip() and not self.subjects:
            raise ValidationError("text", "a shared item needs words or subjects")
        if self.handling is not None and not isinstance(self.handling, HandlingCode):
            raise ValidationError("handling", "must be a HandlingCode")
        if self.grading is not None and not isinstance(self.grading, Grading):
            raise ValidationError("grading", "must be a Grading")
        if self.grading is not None and self.handling is not None:
            check_same_scheme(self.grading, self.handling, "handling")
        if self.source is not None and not isinstance(self.source, ShareSource):
            raise ValidationError("source", "must be a ShareSource")
        check_salt(self.salt)

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"title": self.title, "text": self.text,
                "subjects": [subject_to_wire(s) for s in self.subjects],
                "handling": handling_to_wire(self.handling),
                "grading": None if self.grading is None else self.grading.to_wire(),
                "source": None if self.source is None else self.source.to_wire(),
                "salt": self.salt}

    @classmethod
    def from_wire(cls, d: Mapping[str, Any]) -> ShareBody:
        """Build from a checked wire object."""
        return cls(title=d["title"], text=d["text"],
                   subjects=subjects_from_wire(d["subjects"], "subjects"),
                   handling=handling_from_wire(d["handling"], "handling"),
                   grading=None if d["grading"] is None
                   else Grading.from_wire(d["grading"], "grading"),
                   source=None if d["source"] is None
                   else ShareSource.from_wire(d["source"], "source"),
                   salt=d["salt"])


@dataclass(frozen=True, slots=True)
class DecisionBody:
    """What the participants agreed ("controlled delivery at Horgoš on 12 March")."""

    text: str
    decided_on: date | None
    salt: str

    def __post_init__(self) -> None:
        check_text(self.text, "text", max_len=TEXT_MAX, multiline=True)
        if self.decided_on is not None:
            check_date(self.decided_on, "decided_on")
        check_salt(self.salt)

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"text": self.text, "decided_on": None if self.decided_on is None
                else format_date(self.decided_on), "salt": self.salt}

    @classmethod
    def from_wire(cls, d: Mapping[str, Any]) -> DecisionBody:
        """Build from a checked wire object."""
        day = d["decided_on"]
        return cls(d["text"], None if day is None else parse_date(day, "decided_on"),
                   d["salt"])


@dataclass(frozen=True, slots=True)
class Assignee:
    """Who a task is for: an agency, and one of its officers or "" for the agency."""

    agency: str
    officer: str = ""

    def __post_init__(self) -> None:
        validate_agency_id(self.agency, "agency")
        if self.officer:
            validate_officer_id(self.officer, "officer")
            if officer_agency_id(self.officer) != self.agency:
                raise ValidationError("officer", "is not an officer of {agency}",
                                      agency=self.agency)
        elif not isinstance(self.officer, str):
            raise ValidationError("officer", "must be a string")

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"agency": self.agency, "officer": self.officer}

    @classmethod
    def from_wire(cls, obj: object, field: str) -> Assignee:
        """Strict parse; errors name `field`."""
        try:
            d = wire_object(obj, frozenset({"agency", "officer"}))
            return cls(d["agency"], d["officer"])
        except ValidationError as exc:
            raise reprefixed(field, exc) from None


@dataclass(frozen=True, slots=True)
class TaskBody:
    """A task for an agency or officer, due on a day."""

    title: str
    details: str
    assignee: Assignee
    due_on: date
    salt: str

    def __post_init__(self) -> None:
        check_text(self.title, "title", max_len=NAME_MAX)
        check_text(self.details, "details", max_len=TEXT_MAX, required=False, multiline=True)
        if not isinstance(self.assignee, Assignee):
            raise ValidationError("assignee", "must be an Assignee")
        check_date(self.due_on, "due_on")
        check_salt(self.salt)

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"title": self.title, "details": self.details,
                "assignee": self.assignee.to_wire(), "due_on": format_date(self.due_on),
                "salt": self.salt}

    @classmethod
    def from_wire(cls, d: Mapping[str, Any]) -> TaskBody:
        """Build from a checked wire object."""
        return cls(d["title"], d["details"], Assignee.from_wire(d["assignee"], "assignee"),
                   parse_date(d["due_on"], "due_on"), d["salt"])


@dataclass(frozen=True, slots=True)
class TaskStateBody:
    """A task marked done (or open again); the task is the header's `about`."""

    done: bool
    note: str
    salt: str

    def __post_init__(self) -> None:
        check_bool(self.done, "done")
        check_text(self.note, "note", max_len=TEXT_MAX, required=False, multiline=True)
        check_salt(self.salt)

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"done": self.done, "note": self.note, "salt": self.salt}

    @classmethod
    def from_wire(cls, d: Mapping[str, Any]) -> TaskStateBody:
        """Build from a checked wire object."""
        return cls(d["done"], d["note"], d["salt"])


@dataclass(frozen=True, slots=True)
class OutcomeBody:
    """An outcome of the joint action (the monitoring issue's kinds), counted for the
    author's agency; amounts in the currency's minor unit."""

    outcome: Outcome
    salt: str

    def __post_init__(self) -> None:
        if not isinstance(self.outcome, Outcome):
            raise ValidationError("outcome", "must be an Outcome")
        check_salt(self.salt)

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        o = self.outcome
        return {"kind": o.kind.value, "occurred_on": format_date(o.occurred_on),
                "count": o.count, "amount": None if o.amount is None
                else {"minor": o.amount.minor, "currency": o.amount.currency},
                "note": o.note, "salt": self.salt}

    @classmethod
    def from_wire(cls, d: Mapping[str, Any]) -> OutcomeBody:
        """Build from a checked wire object."""
        raw = d["amount"]
        money = None
        if raw is not None:
            try:
                a = wire_object(raw, frozenset({"minor", "currency"}))
                money = Money(a["minor"], a["currency"])
            except ValidationError as exc:
                raise reprefixed("amount", exc) from None
        return cls(Outcome(kind=parse_enum(OutcomeKind, d["kind"], "kind"),
                           occurred_on=parse_date(d["occurred_on"], "occurred_on"),
                           count=d["count"], amount=money, note=d["note"]), d["salt"])
