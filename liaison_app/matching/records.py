"""What matching sees of a subject or a watch-list entry: a `Record`.

A record holds the names (main name first, then aliases), dates of birth,
nationalities, sex and identifiers of one person, organisation, vehicle,
document or handset. `record_from_subject` reads a message subject (its
wire form) through `SUBJECT_READERS`, one reader per subject kind; a new
subject kind registers its reader with `register_subject_reader`.
`record_from_entry` reads a watch-list entry (protocol §23).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from liaison_app.domain.countries import ALPHA3_TO_ALPHA2
from liaison_app.matching.identifiers import (
    Identifier,
    make_identifier,
    register_financial_kinds,
)
from liaison_app.matching.names import NameForm, parse_name

__all__ = [
    "SUBJECT_READERS", "Record", "nationality_codes", "record_from_entry",
    "record_from_subject", "register_subject_reader",
]

PERSON = "person"
ORGANISATION = "organisation"


@dataclass(frozen=True, slots=True)
class Record:
    """One thing to match: a query, a cached subject or a list entry."""

    kind: str
    names: tuple[NameForm, ...] = ()
    dates_of_birth: tuple[str, ...] = ()
    nationalities: frozenset[str] = field(default_factory=frozenset)
    sex: str = ""
    identifiers: tuple[Identifier, ...] = ()
    label: str = ""

    @property
    def has_names(self) -> bool:
        return bool(self.names)

    def is_empty(self) -> bool:
        """True when there is nothing to look up."""
        return not self.names and not self.identifiers


def nationality_codes(codes: Iterable[str]) -> frozenset[str]:
    """Alpha-2 codes (alpha-3 mapped); `CS` (the EU list's code for Serbia) read as RS."""
    out = set()
    for code in codes:
        c = code.strip().upper()
        c = ALPHA3_TO_ALPHA2.get(c, c)
        out.add("RS" if c == "CS" else c)
    out.discard("")
    return frozenset(out)


def _ids(pairs: Iterable[tuple[str, str, str]]) -> tuple[Identifier, ...]:
    out: dict[tuple[str, str], Identifier] = {}
    for kind, value, country in pairs:
        ident = make_identifier(kind, value, country)
        if ident is not None:
            out.setdefault((ident.kind, ident.key), ident)
    return tuple(out.values())


def _s(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key, "")
    return value if isinstance(value, str) else ""


def _list(data: Mapping[str, Any], key: str) -> list[str]:
    value = data.get(key, [])
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _person(data: Mapping[str, Any]) -> Record:
    names: list[NameForm] = []
    main = parse_name(surname=_s(data, "surname"), given=_s(data, "given_names"))
    if main is not None:
        names.append(main)
    for alias in _list(data, "aliases"):
        form = parse_name(alias, alias=True)
        if form is not None:
            names.append(form)
    sex = _s(data, "sex")
    dob = _s(data, "date_of_birth")
    return Record(PERSON, tuple(names), (dob,) if dob else (),
                  nationality_codes(_list(data, "nationalities")),
                  sex if sex in ("female", "male") else "")


def _organisation(data: Mapping[str, Any]) -> Record:
    names = [parse_name(_s(data, "name"), organisation=True)]
    names += [parse_name(a, alias=True, organisation=True) for a in _list(data, "aliases")]
    return Record(ORGANISATION, tuple(n for n in names if n is not None))


def _vehicle(data: Mapping[str, Any]) -> Record:
    return Record("vehicle", identifiers=_ids([
        ("plate", _s(data, "registration"), _s(data, "registration_country")),
        ("vin", _s(data, "vin"), "")]))


def _document(data: Mapping[str, Any]) -> Record:
    return Record("document", identifiers=_ids([
        ("document", _s(data, "number"), _s(data, "issuing_country"))]))


def _comms(data: Mapping[str, Any]) -> Record:
    kind = _s(data, "identifier_kind")
    return Record("phone" if kind in ("phone", "imei") else "comms",
                  identifiers=_ids([(kind, _s(data, "value"), "")]))


SubjectReader = Callable[[Mapping[str, Any]], Record]
SUBJECT_READERS: dict[str, SubjectReader] = {
    "person": _person, "organisation": _organisation, "vehicle": _vehicle,
    "travel_document": _document, "comms": _comms,
}
"""Subject `kind` -> reader. Locations and routes are not matched."""


def register_subject_reader(kind: str, reader: SubjectReader) -> None:
    """Let subjects of `kind` be checked (a new subject kind adds its reader here)."""
    SUBJECT_READERS[kind] = reader


def record_from_subject(data: Mapping[str, Any], label: str = "") -> Record | None:
    """The record of a subject in its wire form, or None for a kind not matched."""
    register_financial_kinds()
    reader = SUBJECT_READERS.get(_s(data, "kind"))
    if reader is None:
        return None
    record = reader(data)
    if record.is_empty():
        return None
    return record if not label else Record(
        record.kind, record.names, record.dates_of_birth, record.nationalities, record.sex,
        record.identifiers, label)


def record_from_entry(data: Mapping[str, Any]) -> Record:
    """The record of a watch-list entry in its wire form (already validated)."""
    kind = _s(data, "kind")
    organisation = kind == ORGANISATION
    names: list[NameForm] = []
    for item in data.get("names", []):
        form = parse_name(_s(item, "text"), surname=_s(item, "surname"),
                          given=_s(item, "given"), alias=bool(item.get("alias")),
                          organisation=organisation)
        if form is not None:
            names.append(form)
    ids = _ids((_s(i, "kind"), _s(i, "value"), _s(i, "country"))
               for i in data.get("identifiers", []))
    sex = _s(data, "sex")
    label = names[0].text if names else (ids[0].value if ids else _s(data, "entry_id"))
    return Record(kind, tuple(names), tuple(_list(data, "dates_of_birth")),
                  nationality_codes(_list(data, "nationalities")),
                  sex if sex in ("female", "male") else "", ids, label)
