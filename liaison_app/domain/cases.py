"""Cases: the local record that gathers messages, subjects and notes (Directive 2023/977 Art. 16).

A case has a local reference, references to the same matter in SIENA,
INTERPOL, SELEC or national systems, a crime area, a status and a review
date (LED Art. 5: periodic review of whether data is still needed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from liaison_app.domain.checks import (
    MAX_ITEMS,
    NAME_MAX,
    SHORT_MAX,
    check_text,
    parse_enum,
    reprefixed,
    wire_object,
)
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.timefmt import (
    check_date,
    check_time,
    format_date,
    format_time,
    parse_date,
    parse_time,
)

CASE_REF_MAX = 64
_CASE_REF_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9/._-]*[A-Za-z0-9])?", re.ASCII)

# Wire key sets of the from_wire parsers below (built once).
_EXTERNAL_REF_KEYS = frozenset({"system", "reference"})


class CrimeArea(StrEnum):
    """What kind of organised immigration crime the case concerns."""

    MIGRANT_SMUGGLING = "migrant_smuggling"
    TRAFFICKING_IN_HUMAN_BEINGS = "trafficking_in_human_beings"
    DOCUMENT_FRAUD = "document_fraud"
    OTHER = "other"


class CaseStatus(StrEnum):
    """Open (active work), dormant (kept, awaiting review) or closed."""

    OPEN = "open"
    DORMANT = "dormant"
    CLOSED = "closed"


class ExternalSystem(StrEnum):
    """Channels and systems beside Liaison that hold the same matter."""

    SIENA = "siena"
    INTERPOL = "interpol"
    SELEC = "selec"
    NATIONAL = "national"


CRIME_AREA_LABELS: dict[CrimeArea, str] = {
    CrimeArea.MIGRANT_SMUGGLING: "Migrant smuggling",
    CrimeArea.TRAFFICKING_IN_HUMAN_BEINGS: "Trafficking in human beings",
    CrimeArea.DOCUMENT_FRAUD: "Document fraud",
    CrimeArea.OTHER: "Other",
}
EXTERNAL_SYSTEM_LABELS: dict[ExternalSystem, str] = {
    ExternalSystem.SIENA: "Europol SIENA",
    ExternalSystem.INTERPOL: "INTERPOL I-24/7",
    ExternalSystem.SELEC: "SELEC",
    ExternalSystem.NATIONAL: "National system",
}


def validate_case_ref(text: object, field: str) -> str:
    """Return `text` if it is a case reference like `GB-NCA/2026/0042`, else raise.

    ASCII letters and digits with `/ . _ -` inside, starting and ending with a
    letter or digit, at most 64 characters: safe in file names and search.
    """
    if not isinstance(text, str):
        raise ValidationError(field, "must be a string")
    if len(text) > CASE_REF_MAX or not _CASE_REF_RE.fullmatch(text):
        raise ValidationError(
            field, "must be 1-{limit} ASCII letters and digits, with / . _ - inside "
            "(e.g. GB-NCA/2026/0042)", limit=str(CASE_REF_MAX),
        )
    return text


@dataclass(frozen=True, slots=True)
class ExternalRef:
    """The same matter's reference in another system (free text as that system writes it)."""

    system: ExternalSystem
    reference: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "system", parse_enum(ExternalSystem, self.system, "system"))
        check_text(self.reference, "reference", max_len=SHORT_MAX)

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"system": self.system.value, "reference": self.reference}

    @classmethod
    def from_wire(cls, obj: object, field: str) -> ExternalRef:
        """Strict parse; errors name `field`."""
        try:
            d = wire_object(obj, _EXTERNAL_REF_KEYS)
            return cls(system=parse_enum(ExternalSystem, d["system"], "system"),
                       reference=d["reference"])
        except ValidationError as exc:
            raise reprefixed(field, exc) from None


@dataclass(frozen=True, slots=True)
class Case:
    """A case record; `review_on` may not be before the day it was opened (UTC)."""

    ref: str
    title: str
    crime_area: CrimeArea
    status: CaseStatus
    external_refs: tuple[ExternalRef, ...]
    review_on: date
    opened_at: datetime

    def __post_init__(self) -> None:
        validate_case_ref(self.ref, "ref")
        check_text(self.title, "title", max_len=NAME_MAX)
        object.__setattr__(self, "crime_area", parse_enum(CrimeArea, self.crime_area, "crime_area"))
        object.__setattr__(self, "status", parse_enum(CaseStatus, self.status, "status"))
        if not isinstance(self.external_refs, tuple):
            raise ValidationError("external_refs", "must be a tuple")
        if len(self.external_refs) > MAX_ITEMS:
            raise ValidationError("external_refs", "holds more than {limit} references",
                                  limit=str(MAX_ITEMS))
        for i, ref in enumerate(self.external_refs):
            if not isinstance(ref, ExternalRef):
                raise ValidationError(f"external_refs[{i}]", "must be an ExternalRef")
        if len(set(self.external_refs)) != len(self.external_refs):
            raise ValidationError("external_refs", "holds the same reference twice")
        check_date(self.review_on, "review_on")
        object.__setattr__(self, "opened_at", check_time(self.opened_at, "opened_at"))
        if self.review_on < self.opened_at.date():
            raise ValidationError("review_on", "is before the case was opened")

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {
            "ref": self.ref, "title": self.title, "crime_area": self.crime_area.value,
            "status": self.status.value,
            "external_refs": [r.to_wire() for r in self.external_refs],
            "review_on": format_date(self.review_on), "opened_at": format_time(self.opened_at),
        }

    @classmethod
    def from_wire(cls, obj: object, field: str) -> Case:
        """Strict parse; errors name `field`."""
        try:
            d = wire_object(obj, frozenset(
                {"ref", "title", "crime_area", "status", "external_refs", "review_on",
                 "opened_at"}))
            refs = d["external_refs"]
            if not isinstance(refs, list):
                raise ValidationError("external_refs", "must be an array")
            if len(refs) > MAX_ITEMS:
                raise ValidationError("external_refs", "holds more than {limit} references",
                                  limit=str(MAX_ITEMS))
            return cls(
                ref=d["ref"], title=d["title"],
                crime_area=parse_enum(CrimeArea, d["crime_area"], "crime_area"),
                status=parse_enum(CaseStatus, d["status"], "status"),
                external_refs=tuple(ExternalRef.from_wire(r, f"external_refs[{i}]")
                                    for i, r in enumerate(refs)),
                review_on=parse_date(d["review_on"], "review_on"),
                opened_at=parse_time(d["opened_at"], "opened_at"),
            )
        except ValidationError as exc:
            raise reprefixed(field, exc) from None
