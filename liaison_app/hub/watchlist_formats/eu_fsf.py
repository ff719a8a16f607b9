"""`eu-fsf-xml`: the EU's consolidated list of persons, groups and entities (FSF export).

Root `export` (namespace http://eu.europa.ec/fpi/fsd/export), one
`sanctionEntity` per listing with `euReferenceNumber` and `logicalId`;
children `subjectType` (code person or enterprise), `nameAlias` (wholeName,
firstName, middleName, lastName, gender M/F; the first is the main name),
`citizenship` and `birthdate` (countryIso2Code, countryDescription; the
birth date as `birthdate` or `year`), `identification` (number or
latinNumber, countryIso2Code, identificationTypeCode: a document, or
`swiftbic` read as a `bic`), `address` with
`contactInfo key="PHONE"`, `remark` and `regulation` (programme).

The EU list codes Serbia `CS` (the old code of Serbia and Montenegro); it is
read as RS.
"""

from __future__ import annotations

from pathlib import Path

from liaison_app.hub.watchlist_formats.common import (
    Parsed,
    Warnings,
    birth_dates,
    build_entry,
    countries,
    identifier,
    name,
)
from liaison_app.hub.watchlist_formats.country_names import country_code
from liaison_app.hub.watchlist_formats.errors import ListFormatError
from liaison_app.hub.watchlist_formats.xml_tree import Element, read_xml
from liaison_app.protocol.watchlist import EntryIdentifier, EntryName, WatchEntry

KINDS = {"person": "person", "enterprise": "organisation"}
ID_KINDS = {"swiftbic": "bic"}
"""`identificationTypeCode`s that are not document numbers: a listed bank's BIC is kept as
`bic` (not matched: an account at a bank is not the bank). The list carries no account
numbers and no crypto-asset addresses (docs/matching.md §6a)."""


def _country(node: Element) -> str:
    code = node.attrs.get("countryIso2Code", "")
    if code and code not in ("00", "UNKNOWN"):
        return country_code(code) or ""
    return country_code(node.attrs.get("countryDescription", "")) or ""


def _names(node: Element, kind: str) -> list[EntryName]:
    out: list[EntryName] = []
    for alias in node.findall("nameAlias"):
        a = alias.attrs
        whole = a.get("wholeName", "").strip()
        given = " ".join(p for p in (a.get("firstName", ""), a.get("middleName", "")) if p)
        surname = a.get("lastName", "").strip()
        text = whole or " ".join(p for p in (given, surname) if p)
        if not text:
            continue
        if kind == "person" and (given or surname):
            out.append(name(alias.line, "nameAlias", text, surname=surname, given=given,
                            alias=bool(out)))
        else:
            out.append(name(alias.line, "nameAlias", text, alias=bool(out)))
    return out


def _entry(node: Element, warnings: Warnings) -> WatchEntry:
    entry_id = node.attrs.get("euReferenceNumber") or node.attrs.get("logicalId", "")
    if not entry_id:
        raise ListFormatError(node.line, "euReferenceNumber",
                              "the sanctionEntity has neither euReferenceNumber nor logicalId")
    subject = node.find("subjectType")
    code = subject.attrs.get("code", "") if subject is not None else ""
    kind = KINDS.get(code)
    if kind is None:
        raise ListFormatError(subject.line if subject is not None else node.line, "subjectType",
                              f"{code!r} is not person or enterprise")
    names = _names(node, kind)
    if not names:
        raise ListFormatError(node.line, "nameAlias", f"entry {entry_id} has no name")
    dobs: list[str] = []
    for birth in node.findall("birthdate"):
        text = birth.attrs.get("birthdate") or birth.attrs.get("year", "")
        dobs += birth_dates(text, birth.line, "birthdate", warnings)
    nationalities = [c for c in (_country(n) for n in node.findall("citizenship")) if c]
    ids: list[EntryIdentifier] = []
    for ident in node.findall("identification"):
        number = ident.attrs.get("number") or ident.attrs.get("latinNumber", "")
        code = ident.attrs.get("identificationTypeCode", "").strip().lower()
        if number.strip():
            ids.append(identifier(ident.line, "identification", ID_KINDS.get(code, "document"),
                                  number, _country(ident)))
    for info in node.iter("contactInfo"):
        if info.attrs.get("key", "").upper() == "PHONE" and info.attrs.get("value", "").strip():
            for phone in info.attrs["value"].replace(";", ",").split(","):
                if phone.strip():
                    ids.append(identifier(info.line, "contactInfo", "phone", phone))
    sexes = {a.attrs.get("gender", "") for a in node.findall("nameAlias")} - {""}
    sex = {"M": "male", "F": "female"}.get(next(iter(sexes))) if len(sexes) == 1 else ""
    programmes = {r.attrs.get("programme", "") for r in node.findall("regulation")} - {""}
    note = " ".join([*sorted(programmes), node.findtext("remark")])
    return build_entry(node.line, entry_id=entry_id, kind=kind, names=names,
                       dates_of_birth=dobs if kind == "person" else (),
                       nationalities=countries(nationalities, node.line, "citizenship",
                                               warnings),
                       sex=sex or "", identifiers=ids, note=note,
                       listed_on=node.attrs.get("designationDate", "")[:10])


def parse(path: Path) -> Parsed:
    """Read the EU consolidated list; refuse it whole at the first bad entry."""
    root = read_xml(path)
    if root.tag != "export":
        raise ListFormatError(root.line, root.tag, "the root element is not 'export': is this "
                                                   "the EU financial sanctions (FSF) XML?")
    warnings = Warnings()
    entries = [_entry(n, warnings) for n in root.findall("sanctionEntity")]
    if not entries:
        raise ListFormatError(root.line, "sanctionEntity", "the file holds no entries")
    seen: dict[str, int] = {}
    for node, entry in zip(root.findall("sanctionEntity"), entries, strict=True):
        if entry.entry_id in seen:
            raise ListFormatError(node.line, "euReferenceNumber",
                                  f"{entry.entry_id} is already used on line "
                                  f"{seen[entry.entry_id]}")
        seen[entry.entry_id] = node.line
    return Parsed(tuple(entries), tuple(warnings))
