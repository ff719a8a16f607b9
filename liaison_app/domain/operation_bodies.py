"""What each kind of joint-operation update says: the bodies the author signs by digest.

A body is the part of an update that may carry personal data or an agency's
words: a proposal's participants and objectives, a shared message, a task, a
decision, an outcome. Its header (`operation_updates`) commits to it by digest,
so a body can be withheld from a copy (the onward-sharing rule) without breaking
the shared order. Every body carries a random `salt`, so a withheld body cannot
be guessed from its digest (an outcome "1 arrest" has few possible spellings).
Wire objects carry every key; absent values are "" or null.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeAlias

from liaison_app.domain.cases import CrimeArea, validate_case_ref
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

MAX_PARTICIPANTS = 32
"""Agencies in one operation, the lead included (the inner message's recipient limit)."""
MAX_OFFICERS = 20
MAX_OBJECTIVES = 20
OBJECTIVE_MAX = 1000
SHARE_TEXT_MAX = 20_000
SALT_CHARS = 22
"""16 random bytes as unpadded base64url."""
_SALT_RE = re.compile(r"[A-Za-z0-9_-]{21}[AQgw]", re.ASCII)  # canonical trailing bits
_UUID7_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
                       re.ASCII)


def check_salt(value: object, field: str = "salt") -> str:
    """Return `value` if it is 16 bytes as canonical unpadded base64url, else raise."""
    if not isinstance(value, str) or not _SALT_RE.fullmatch(value):
        raise ValidationError(field, "must be 16 bytes as unpadded base64url (22 characters)")
    return value


def check_update_id(value: object, field: str) -> str:
    """Return `value` if it is a lowercase hyphenated UUIDv7, else raise."""
    if not isinstance(value, str) or not _UUID7_RE.fullmatch(value):
        raise ValidationError(field, "must be an update id (lowercase UUIDv7)")
    return value


def _officers(value: object, agency: str, field: str) -> tuple[str, ...]:
    if not isinstance(value, tuple) or len(value) > MAX_OFFICERS:
        raise ValidationError(field, "must be a tuple of at most {limit} officer ids",
                              limit=str(MAX_OFFICERS))
    for i, officer in enumerate(value):
        validate_officer_id(officer, f"{field}[{i}]")
        if officer_agency_id(officer) != agency:
            raise ValidationError(f"{field}[{i}]", "is not an officer of {agency}", agency=agency)
    if list(value) != sorted(set(value)):
        raise ValidationError(field, "must be sorted, without repeats")
    return value


def _tuple(value: object, field: str) -> tuple[Any, ...]:
    if not isinstance(value, list):
        raise ValidationError(field, "must be an array")
    return tuple(value)


@dataclass(frozen=True, slots=True)
class Participant:
    """An agency taking part, and the officers it names (may be none yet)."""

    agency: str
    officers: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        validate_agency_id(self.agency, "agency")
        _officers(self.officers, self.agency, "officers")

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"agency": self.agency, "officers": list(self.officers)}

    @classmethod
    def from_wire(cls, obj: object, field: str) -> Participant:
        """Strict parse; errors name `field`."""
        try:
            d = wire_object(obj, frozenset({"agency", "officers"}))
            return cls(d["agency"], _tuple(d["officers"], "officers"))
        except ValidationError as exc:
            raise reprefixed(field, exc) from None


def _handling_wire(h: HandlingCode | None) -> object:
    return None if h is None else h.to_wire()


def _handling(value: object, field: str) -> HandlingCode | None:
    return None if value is None else HandlingCode.from_wire(value, field)


@dataclass(frozen=True, slots=True)
class ProposeBody:
    """The operation as the lead proposes it; partners agree to exactly this."""

    ref: str
    title: str
    crime_area: CrimeArea
    participants: tuple[Participant, ...]
    handling: HandlingCode | None
    objectives: tuple[str, ...]
    summary: str
    salt: str

    def __post_init__(self) -> None:
        validate_case_ref(self.ref, "ref")
        check_text(self.title, "title", max_len=NAME_MAX)
        object.__setattr__(self, "crime_area", parse_enum(CrimeArea, self.crime_area,
                                                          "crime_area"))
        parts = self.participants
        if not isinstance(parts, tuple) or not 2 <= len(parts) <= MAX_PARTICIPANTS:
            raise ValidationError("participants", "must name 2 to {limit} agencies, the lead "
                                  "included", limit=str(MAX_PARTICIPANTS))
        for i, p in enumerate(parts):
            if not isinstance(p, Participant):
                raise ValidationError(f"participants[{i}]", "must be a Participant")
        agencies = [p.agency for p in parts]
        if agencies != sorted(set(agencies)):
            raise ValidationError("participants", "must be sorted by agency, each once")
        if self.handling is not None and not isinstance(self.handling, HandlingCode):
            raise ValidationError("handling", "must be a HandlingCode")
        objs = self.objectives
        if not isinstance(objs, tuple) or not 1 <= len(objs) <= MAX_OBJECTIVES:
            raise ValidationError("objectives", "must hold 1 to {limit} objectives",
                                  limit=str(MAX_OBJECTIVES))
        for i, text in enumerate(objs):
            check_text(text, f"objectives[{i}]", max_len=OBJECTIVE_MAX, multiline=True)
        check_text(self.summary, "summary", max_len=TEXT_MAX, required=False, multiline=True)
        check_salt(self.salt)

    @property
    def agencies(self) -> tuple[str, ...]:
        """Every participating agency, sorted."""
        return tuple(p.agency for p in self.participants)

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"ref": self.ref, "title": self.title, "crime_area": self.crime_area.value,
                "participants": [p.to_wire() for p in self.participants],
                "handling": _handling_wire(self.handling),
                "objectives": list(self.objectives), "summary": self.summary,
                "salt": self.salt}

    @classmethod
    def from_wire(cls, d: Mapping[str, Any]) -> ProposeBody:
        """Build from a checked wire object (errors name relative fields)."""
        parts = _tuple(d["participants"], "participants")
        if len(parts) > MAX_PARTICIPANTS:
            raise ValidationError("participants", "names more than {limit}",
                                  limit=str(MAX_PARTICIPANTS))
        objectives = _tuple(d["objectives"], "objectives")
        if len(objectives) > MAX_OBJECTIVES:
            raise ValidationError("objectives", "holds more than {limit}",
                                  limit=str(MAX_OBJECTIVES))
        return cls(ref=d["ref"], title=d["title"],
                   crime_area=parse_enum(CrimeArea, d["crime_area"], "crime_area"),
                   participants=tuple(Participant.from_wire(p, f"participants[{i}]")
                                      for i, p in enumerate(parts)),
                   handling=_handling(d["handling"], "handling"), objectives=objectives,
                   summary=d["summary"], salt=d["salt"])


@dataclass(frozen=True, slots=True)
class AcceptBody:
    """A partner agrees to the operation as proposed; names its officers in it."""

    officers: tuple[str, ...]
    salt: str

    def __post_init__(self) -> None:
        if not isinstance(self.officers, tuple) or len(self.officers) > MAX_OFFICERS:
            raise ValidationError("officers", "must hold at most {limit} officer ids",
                                  limit=str(MAX_OFFICERS))
        check_salt(self.salt)

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"officers": list(self.officers), "salt": self.salt}

    @classmethod
    def from_wire(cls, d: Mapping[str, Any]) -> AcceptBody:
        """Build from a checked wire object."""
        officers = _tuple(d["officers"], "officers")
        for i, officer in enumerate(officers):
            validate_officer_id(officer, f"officers[{i}]")
        if list(officers) != sorted(set(officers)):
            raise ValidationError("officers", "must be sorted, without repeats")
        return cls(officers, d["salt"])


@dataclass(frozen=True, slots=True)
class ReasonBody:
    """Decline, leave or conclude: free words (may be ""), e.g. the conclusion's summary."""

    reason: str
    salt: str

    def __post_init__(self) -> None:
        check_text(self.reason, "reason", max_len=TEXT_MAX, required=False, multiline=True)
        check_salt(self.salt)

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"reason": self.reason, "salt": self.salt}

    @classmethod
    def from_wire(cls, d: Mapping[str, Any]) -> ReasonBody:
        """Build from a checked wire object."""
        return cls(d["reason"], d["salt"])


@dataclass(frozen=True, slots=True)
class ConsentBody:
    """The author's agency consents to its items restricted from onward sharing (Europol
    H2, UK C with no onward sharing) being passed to `agency`, a newer participant."""

    agency: str
    salt: str

    def __post_init__(self) -> None:
        validate_agency_id(self.agency, "agency")
        check_salt(self.salt)

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"agency": self.agency, "salt": self.salt}

    @classmethod
    def from_wire(cls, d: Mapping[str, Any]) -> ConsentBody:
        """Build from a checked wire object."""
        return cls(d["agency"], d["salt"])


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
                "handling": _handling_wire(self.handling),
                "grading": None if self.grading is None else self.grading.to_wire(),
                "source": None if self.source is None else self.source.to_wire(),
                "salt": self.salt}

    @classmethod
    def from_wire(cls, d: Mapping[str, Any]) -> ShareBody:
        """Build from a checked wire object."""
        return cls(title=d["title"], text=d["text"],
                   subjects=subjects_from_wire(d["subjects"], "subjects"),
                   handling=_handling(d["handling"], "handling"),
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


Body: TypeAlias = (ProposeBody | AcceptBody | ReasonBody | ConsentBody
                   | ShareBody | DecisionBody | TaskBody | TaskStateBody | OutcomeBody)

BODY_KEYS: dict[type[Any], frozenset[str]] = {
    ProposeBody: frozenset({"ref", "title", "crime_area", "participants", "handling",
                            "objectives", "summary", "salt"}),
    AcceptBody: frozenset({"officers", "salt"}),
    ReasonBody: frozenset({"reason", "salt"}),
    ConsentBody: frozenset({"agency", "salt"}),
    ShareBody: frozenset({"title", "text", "subjects", "handling", "grading", "source",
                          "salt"}),
    DecisionBody: frozenset({"text", "decided_on", "salt"}),
    TaskBody: frozenset({"title", "details", "assignee", "due_on", "salt"}),
    TaskStateBody: frozenset({"done", "note", "salt"}),
    OutcomeBody: frozenset({"kind", "occurred_on", "count", "amount", "note", "salt"}),
}
"""Each body class and its exact wire keys."""


def body_from_wire(cls: type[Body], obj: object, field: str) -> Body:
    """Strictly parse a body of class `cls`; errors name `field`."""
    try:
        d = wire_object(obj, BODY_KEYS[cls])
        return cls.from_wire(d)
    except ValidationError as exc:
        raise reprefixed(field, exc) from None
