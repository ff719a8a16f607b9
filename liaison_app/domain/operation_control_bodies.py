"""The bodies of control updates: who takes part in a joint operation and on what terms.

Propose (the operation as the lead proposes it), accept, decline / leave /
conclude (a reason) and consent (to onward sharing with a newer participant).
Control bodies are never withheld: every copy needs them to judge the rest
(`operation_updates.CONTROL_KINDS`). What every body shares (the salt) is in
`operation_bodies`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from liaison_app.domain.cases import CrimeArea, validate_case_ref
from liaison_app.domain.checks import (
    NAME_MAX,
    TEXT_MAX,
    check_text,
    parse_enum,
    reprefixed,
    wire_object,
)
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.grading import HandlingCode
from liaison_app.domain.operation_bodies import check_salt, handling_from_wire, handling_to_wire
from liaison_app.domain.parties import (
    officer_agency_id,
    validate_agency_id,
    validate_officer_id,
)

MAX_PARTICIPANTS = 32
"""Agencies in one operation, the lead included (the inner message's recipient limit)."""
MAX_OFFICERS = 20
MAX_OBJECTIVES = 20
OBJECTIVE_MAX = 1000


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
                "handling": handling_to_wire(self.handling),
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
                   handling=handling_from_wire(d["handling"], "handling"), objectives=objectives,
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
