"""The FCDO's UK Sanctions List, as CSV (`uk-sanctions-csv`) or XML (`uk-sanctions-xml`).

Since January 2026 the only UK list (the OFSI consolidated list was
retired). One *designation* per Unique ID: an individual, an entity or a
ship, with names (Name 1-5 given, Name 6 surname; name type Primary name,
Primary name variation or Alias), names in non-Latin script, dates of birth
(dd/mm/yyyy, unknown parts as dd, mm or 00), nationalities (English country
names), passport and national identifier numbers, gender, phone numbers and
e-mail addresses, the regime and the statement of reasons.

The CSV has one row per name of a designation (the other columns repeated)
and may start with a "Report Date: ..." line before its header. The XML has
a `Designation` element per designation. Individuals become `person`
entries, entities `organisation`, ships `vehicle` (by name).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from liaison_app.hub.watchlist_formats.common import (
    Parsed,
    Warnings,
    birth_dates,
    build_entry,
    countries,
    identifier,
    iso_date,
    name,
    split_values,
)
from liaison_app.hub.watchlist_formats.errors import ListFormatError
from liaison_app.hub.watchlist_formats.xml_tree import Element, read_xml
from liaison_app.protocol.watchlist import EntryIdentifier, EntryName, WatchEntry

KINDS = {"individual": "person", "entity": "organisation", "ship": "vehicle"}
TYPE_COLUMNS = ("Individual, Entity, Ship", "Designation Type")
REQUIRED = ("Unique ID", "Name 6", "Name type")


@dataclass
class Designation:
    """Everything read for one Unique ID, before it becomes an entry."""

    uid: str
    line: int
    kind: str = ""
    names: list[EntryName] = field(default_factory=list)
    dobs: list[str] = field(default_factory=list)
    nationalities: list[str] = field(default_factory=list)
    identifiers: list[EntryIdentifier] = field(default_factory=list)
    sex: str = ""
    notes: list[str] = field(default_factory=list)
    designated: str = ""

    def add_name(self, line: int, parts: list[str], surname: str, name_type: str) -> None:
        given = " ".join(p for p in parts if p)
        text = ", ".join(p for p in (surname, given) if p)
        if not text:
            raise ListFormatError(line, "Name 6", "the designation has a name row with no name")
        alias = name_type.strip().lower() == "alias"
        if self.kind == "person":
            self.names.append(name(line, "Name 6", text, surname=surname, given=given,
                                   alias=alias))
        else:
            self.names.append(name(line, "Name 6", " ".join(p for p in (*parts, surname) if p),
                                   alias=alias))

    def entry(self, warnings: Warnings) -> WatchEntry:
        if not self.names:
            raise ListFormatError(self.line, "Names", f"designation {self.uid} has no name")
        primary = [n for n in self.names if not n.alias] or self.names[:1]
        names = primary + [n for n in self.names if n not in primary]
        return build_entry(
            self.line, entry_id=self.uid, kind=self.kind, names=names,
            dates_of_birth=self.dobs if self.kind == "person" else (),
            nationalities=countries(self.nationalities, self.line, "Nationality", warnings),
            sex=self.sex, identifiers=self.identifiers, note=" ".join(self.notes),
            listed_on=self.designated)


def _kind(value: str, line: int, field_name: str) -> str:
    kind = KINDS.get(value.strip().lower())
    if kind is None:
        raise ListFormatError(line, field_name, f"{value!r} is not Individual, Entity or Ship")
    return kind


def _sex(value: str) -> str:
    return {"male": "male", "female": "female"}.get(value.strip().lower(), "")


def _designated(value: str, line: int, field_name: str) -> str:
    if not value.strip():
        return ""
    date = iso_date(value, line, field_name)
    return date if len(date) == 10 else ""


# -- CSV ----------------------------------------------------------------------------


def _rows(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ListFormatError(1, "", "the file is not UTF-8 text") from exc
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header: list[str] = []
    rows: list[tuple[int, list[str]]] = []
    try:
        for row in reader:
            if not header:
                if "Unique ID" in [c.strip() for c in row]:
                    header = [c.strip() for c in row]
                    header_line = reader.line_num
                elif reader.line_num > 5:
                    break
                continue
            if any(c.strip() for c in row):
                if len(row) != len(header):
                    raise ListFormatError(reader.line_num, "", f"the row has {len(row)} "
                                          f"columns; the header has {len(header)}")
                rows.append((reader.line_num, row))
    except csv.Error as exc:
        raise ListFormatError(reader.line_num, "", f"not valid CSV ({exc})") from exc
    if not header:
        raise ListFormatError(1, "header", "no header row naming 'Unique ID' in the first "
                                           "lines: is this the UK Sanctions List CSV?")
    missing = [c for c in REQUIRED if c not in header]
    if not any(c in header for c in TYPE_COLUMNS):
        missing.append(TYPE_COLUMNS[0])
    if missing:
        raise ListFormatError(header_line, "header", "missing columns: " + ", ".join(missing))
    return header, rows


def parse_csv(path: Path) -> Parsed:
    """Read the UK Sanctions List CSV; refuse it whole at the first bad row."""
    header, rows = _rows(path)
    type_column = next(c for c in TYPE_COLUMNS if c in header)
    order: list[Designation] = []
    by_uid: dict[str, Designation] = {}
    warnings = Warnings()
    for line, row in rows:
        cell = dict(zip(header, (c.strip() for c in row), strict=True))
        get = cell.get
        uid = get("Unique ID", "")
        if not uid:
            raise ListFormatError(line, "Unique ID", "is empty")
        d = by_uid.get(uid)
        if d is None:
            d = by_uid[uid] = Designation(uid, line, _kind(get(type_column, ""), line,
                                                            type_column))
            order.append(d)
            d.designated = _designated(get("Date Designated", ""), line, "Date Designated")
            regime = get("Regime Name", "")
            reasons = get("UK Statement of Reasons", "") or get("Other Information", "")
            d.notes.append(f"{regime}: {reasons}" if regime and reasons else regime or reasons)
        d.add_name(line, [get(f"Name {i}", "") for i in range(1, 6)], get("Name 6", ""),
                   get("Name type", ""))
        if get("Name non-latin script", ""):
            d.names.append(name(line, "Name non-latin script", get("Name non-latin script", "")))
        d.dobs += birth_dates(get("D.O.B", ""), line, "D.O.B", warnings)
        d.nationalities += split_values(get("Nationality(/ies)", ""))
        for column in ("Passport number", "National Identifier number"):
            for number in split_values(get(column, "")):
                d.identifiers.append(identifier(line, column, "document", number))
        for number in split_values(get("Phone number", "")):
            d.identifiers.append(identifier(line, "Phone number", "phone", number))
        d.sex = d.sex or _sex(get("Gender", ""))
    if not order:
        raise ListFormatError(1, "", "the file holds no designations")
    return Parsed(tuple(d.entry(warnings) for d in order), tuple(warnings))


# -- XML ----------------------------------------------------------------------------


def _xml_designation(node: Element, warnings: Warnings) -> Designation:
    uid = node.findtext("UniqueID")
    if not uid:
        raise ListFormatError(node.line, "UniqueID", "the designation has no UniqueID")
    kind_node = node.find("IndividualEntityShip")
    if kind_node is None:
        raise ListFormatError(node.line, "IndividualEntityShip", "is missing")
    d = Designation(uid, node.line, _kind(kind_node.text, kind_node.line,
                                          "IndividualEntityShip"))
    date = node.find("DateDesignated")
    if date is not None:
        d.designated = _designated(date.text, date.line, "DateDesignated")
    regime, reasons = node.findtext("RegimeName"), node.findtext("UKStatementofReasons")
    d.notes.append(f"{regime}: {reasons}" if regime and reasons else regime or reasons)
    names = node.find("Names")
    for n in names.findall("Name") if names is not None else []:
        d.add_name(n.line, [n.findtext(f"Name{i}") for i in range(1, 6)], n.findtext("Name6"),
                   n.findtext("NameType"))
    for n in node.iter("NameNonLatinScript"):
        if n.text:
            d.names.append(name(n.line, "NameNonLatinScript", n.text))
    for ind in node.iter("Individual"):
        for dob in ind.iter("DOB"):
            d.dobs += birth_dates(dob.text, dob.line, "DOB", warnings)
        for nat in ind.iter("Nationality"):
            d.nationalities += split_values(nat.text)
        for gender in ind.iter("Gender"):
            d.sex = d.sex or _sex(gender.text)
    for tag in ("PassportNumber", "NationalIdentifierNumber"):
        for num in node.iter(tag):
            if num.text:
                d.identifiers.append(identifier(num.line, tag, "document", num.text))
    for phone in node.iter("PhoneNumber"):
        if phone.text:
            d.identifiers.append(identifier(phone.line, "PhoneNumber", "phone", phone.text))
    return d


def parse_xml(path: Path) -> Parsed:
    """Read the UK Sanctions List XML; refuse it whole at the first bad designation."""
    root = read_xml(path)
    warnings = Warnings()
    designations = [_xml_designation(n, warnings) for n in root.iter("Designation")]
    if not designations:
        raise ListFormatError(root.line, "Designation", "the file holds no Designation "
                                                         "elements: is this the UK Sanctions "
                                                         "List XML?")
    seen: dict[str, int] = {}
    for d in designations:
        if d.uid in seen:
            raise ListFormatError(d.line, "UniqueID", f"{d.uid} is already used on line "
                                                      f"{seen[d.uid]}")
        seen[d.uid] = d.line
    return Parsed(tuple(d.entry(warnings) for d in designations), tuple(warnings))
