"""`un-xml`: the UN Security Council consolidated list.

Root `CONSOLIDATED_LIST` with `INDIVIDUALS/INDIVIDUAL` and `ENTITIES/ENTITY`.
Each has `DATAID`, `REFERENCE_NUMBER` (the permanent reference, e.g.
QDi.001, used as the entry id), `FIRST_NAME` to `FOURTH_NAME` (written in
the order the UN lists them), `NAME_ORIGINAL_SCRIPT`, `UN_LIST_TYPE`,
`LISTED_ON`, `COMMENTS1`; individuals also `GENDER`, `NATIONALITY/VALUE`,
`INDIVIDUAL_ALIAS` (ALIAS_NAME, QUALITY), `INDIVIDUAL_DATE_OF_BIRTH` (DATE,
YEAR, or FROM_YEAR/TO_YEAR), `INDIVIDUAL_DOCUMENT` (TYPE_OF_DOCUMENT,
NUMBER, ISSUING_COUNTRY); entities `ENTITY_ALIAS`.

Aliases of quality "Low" are left out: the UN marks them as too broad to
screen against (nicknames, noms de guerre) and they would flood officers
with false hits.
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
    iso_date,
    name,
)
from liaison_app.hub.watchlist_formats.country_names import country_code
from liaison_app.hub.watchlist_formats.errors import ListFormatError
from liaison_app.hub.watchlist_formats.xml_tree import Element, read_xml
from liaison_app.protocol.watchlist import EntryIdentifier, EntryName, WatchEntry

_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")


def _names(node: Element, alias_tag: str) -> list[EntryName]:
    whole = " ".join(p for p in (node.findtext(t) for t in _PARTS) if p)
    out = [name(node.line, "FIRST_NAME", whole)] if whole else []
    original = node.find("NAME_ORIGINAL_SCRIPT")
    if original is not None and original.text:
        out.append(name(original.line, "NAME_ORIGINAL_SCRIPT", original.text))
    for alias in node.findall(alias_tag):
        if alias.findtext("QUALITY").strip().lower() == "low":
            continue
        for text in alias.findtext("ALIAS_NAME").split("; "):
            if text.strip():
                out.append(name(alias.line, "ALIAS_NAME", text, alias=True))
    return out


def _dates(node: Element, warnings: Warnings) -> list[str]:
    out: list[str] = []
    for dob in node.findall("INDIVIDUAL_DATE_OF_BIRTH"):
        date, year = dob.findtext("DATE"), dob.findtext("YEAR")
        low, high = dob.findtext("FROM_YEAR"), dob.findtext("TO_YEAR")
        if date:
            out += birth_dates(date[:10], dob.line, "INDIVIDUAL_DATE_OF_BIRTH", warnings)
        elif year:
            out += birth_dates(year, dob.line, "INDIVIDUAL_DATE_OF_BIRTH", warnings)
        elif low and high:
            out += birth_dates(f"{low} to {high}", dob.line, "INDIVIDUAL_DATE_OF_BIRTH",
                               warnings)
    return out


def _documents(node: Element) -> list[EntryIdentifier]:
    out: list[EntryIdentifier] = []
    for doc in node.findall("INDIVIDUAL_DOCUMENT"):
        number = doc.findtext("NUMBER")
        if number:
            issuer = doc.findtext("ISSUING_COUNTRY") or doc.findtext("COUNTRY_OF_ISSUE")
            out.append(identifier(doc.line, "INDIVIDUAL_DOCUMENT", "document", number,
                                  country_code(issuer) or "" if issuer else ""))
    return out


def _entry(node: Element, kind: str, warnings: Warnings) -> WatchEntry:
    entry_id = node.findtext("REFERENCE_NUMBER") or node.findtext("DATAID")
    if not entry_id:
        raise ListFormatError(node.line, "REFERENCE_NUMBER",
                              "the listing has neither REFERENCE_NUMBER nor DATAID")
    person = kind == "person"
    names = _names(node, "INDIVIDUAL_ALIAS" if person else "ENTITY_ALIAS")
    if not names:
        raise ListFormatError(node.line, "FIRST_NAME", f"listing {entry_id} has no name")
    nationality = node.find("NATIONALITY")
    nat_names = [v.text for v in nationality.findall("VALUE")] if nationality is not None else []
    listed = node.findtext("LISTED_ON")
    sex = node.findtext("GENDER").strip().lower()
    return build_entry(
        node.line, entry_id=entry_id, kind=kind, names=names,
        dates_of_birth=_dates(node, warnings) if person else (),
        nationalities=countries(nat_names, node.line, "NATIONALITY", warnings),
        sex=sex if sex in ("male", "female") else "",
        identifiers=_documents(node) if person else (),
        note=" ".join(p for p in (node.findtext("UN_LIST_TYPE"), node.findtext("COMMENTS1"))
                      if p),
        listed_on=iso_date(listed[:10], node.line, "LISTED_ON") if listed else "")


def parse(path: Path) -> Parsed:
    """Read the UN consolidated list; refuse it whole at the first bad listing."""
    root = read_xml(path)
    if root.tag != "CONSOLIDATED_LIST":
        raise ListFormatError(root.line, root.tag, "the root element is not CONSOLIDATED_LIST:"
                                                   " is this the UN consolidated list XML?")
    warnings = Warnings()
    nodes = [(n, "person") for n in root.iter("INDIVIDUAL")]
    nodes += [(n, "organisation") for n in root.iter("ENTITY")]
    entries = [_entry(n, kind, warnings) for n, kind in nodes]
    if not entries:
        raise ListFormatError(root.line, "INDIVIDUAL", "the file holds no listings")
    seen: dict[str, int] = {}
    for (node, _), entry in zip(nodes, entries, strict=True):
        if entry.entry_id in seen:
            raise ListFormatError(node.line, "REFERENCE_NUMBER",
                                  f"{entry.entry_id} is already used on line "
                                  f"{seen[entry.entry_id]}")
        seen[entry.entry_id] = node.line
    return Parsed(tuple(entries), tuple(warnings))
