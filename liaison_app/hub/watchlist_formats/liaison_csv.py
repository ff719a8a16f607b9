"""`liaison-csv`: the simple list an agency fills in by hand (docs/deploying.md §9).

UTF-8 (a byte-order mark is allowed), comma-separated, one header row with
exactly these columns in any order: entry_id, kind, name, aliases,
date_of_birth, nationality, document_number, document_country, plate,
plate_country, vin, phone, note. One entry per row. `kind` is person,
organisation, vehicle, document or phone. Several aliases, dates of birth,
nationalities or phone numbers are separated by `;`. A person or
organisation needs a name ("SURNAME, Given" keeps the parts apart), a
vehicle a plate or a VIN, a document its number, a phone its number.
Anything else wrong refuses the whole file, naming the line and the column.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from liaison_app.hub.watchlist_formats.common import (
    Parsed,
    Warnings,
    build_entry,
    countries,
    identifier,
    iso_date,
    name,
)
from liaison_app.hub.watchlist_formats.country_names import country_code
from liaison_app.hub.watchlist_formats.errors import ListFormatError
from liaison_app.protocol.watchlist import ENTRY_KINDS, EntryIdentifier, WatchEntry

COLUMNS = ("entry_id", "kind", "name", "aliases", "date_of_birth", "nationality",
           "document_number", "document_country", "plate", "plate_country", "vin", "phone",
           "note")
_PHONE = re.compile(r"\+?[0-9][0-9 ()./-]{4,30}")


def _multi(text: str) -> list[str]:
    return [v.strip() for v in text.split(";") if v.strip()]


def _country(text: str, line: int, field: str) -> str:
    if not text.strip():
        return ""
    code = country_code(text)
    if code is None:
        raise ListFormatError(line, field, f"{text!r} is not a country code or name")
    return code


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise ListFormatError(line, "", "the file is not UTF-8 text") from exc


def _header(reader: csv.DictReader[str]) -> None:
    got = [c.strip() for c in reader.fieldnames or []]
    missing = [c for c in COLUMNS if c not in got]
    unknown = [c for c in got if c not in COLUMNS]
    if missing or unknown or len(got) != len(set(got)):
        detail = []
        if missing:
            detail.append("missing " + ", ".join(missing))
        if unknown:
            detail.append("unknown " + ", ".join(repr(c) for c in unknown))
        if len(got) != len(set(got)):
            detail.append("a column named twice")
        raise ListFormatError(1, "header", "the header must name exactly the columns "
                              + ", ".join(COLUMNS) + " (" + "; ".join(detail) + ")")
    reader.fieldnames = got


def parse(path: Path) -> Parsed:
    """Read a liaison-csv file; refuse it whole at the first bad row."""
    reader = csv.DictReader(io.StringIO(_read_text(path), newline=""), strict=True)
    warnings = Warnings()
    entries = []
    seen: dict[str, int] = {}
    try:
        _header(reader)
        for row in reader:
            line = reader.line_num
            if None in row or any(v is None for v in row.values()):
                raise ListFormatError(line, "", f"the row has a different number of columns "
                                      f"from the header ({len(COLUMNS)})")
            cells = {k: (v or "").strip() for k, v in row.items()}
            if not any(cells.values()):
                continue
            entries.append(_entry(cells, line, warnings, seen))
    except csv.Error as exc:
        raise ListFormatError(reader.line_num, "", f"not valid CSV ({exc})") from exc
    if not entries:
        raise ListFormatError(1, "", "the file holds no entries")
    return Parsed(tuple(entries), tuple(warnings))


def _entry(cells: dict[str, str], line: int, warnings: Warnings,
           seen: dict[str, int]) -> WatchEntry:
    entry_id, kind = cells["entry_id"], cells["kind"].lower()
    if not entry_id:
        raise ListFormatError(line, "entry_id", "is empty")
    if entry_id in seen:
        raise ListFormatError(line, "entry_id", f"{entry_id} is already used on line "
                                                f"{seen[entry_id]}")
    seen[entry_id] = line
    if kind not in ENTRY_KINDS:
        raise ListFormatError(line, "kind", "must be one of " + ", ".join(ENTRY_KINDS))
    names = []
    if cells["name"]:
        names.append(name(line, "name", cells["name"]))
    names += [name(line, "aliases", a, alias=True) for a in _multi(cells["aliases"])]
    ids: list[EntryIdentifier] = []
    if cells["document_number"]:
        ids.append(identifier(line, "document_number", "document", cells["document_number"],
                              _country(cells["document_country"], line, "document_country")))
    if cells["plate"]:
        ids.append(identifier(line, "plate", "plate", cells["plate"],
                              _country(cells["plate_country"], line, "plate_country")))
    if cells["vin"]:
        ids.append(identifier(line, "vin", "vin", cells["vin"]))
    for phone in _multi(cells["phone"]):
        if not _PHONE.fullmatch(phone):
            raise ListFormatError(line, "phone", f"{phone!r} is not a phone number")
        ids.append(identifier(line, "phone", "phone", phone))
    required = {"person": ("name", names), "organisation": ("name", names),
                "vehicle": ("plate", [i for i in ids if i.kind in ("plate", "vin")]),
                "document": ("document_number", [i for i in ids if i.kind == "document"]),
                "phone": ("phone", [i for i in ids if i.kind == "phone"])}[kind]
    if not required[1]:
        raise ListFormatError(line, required[0], f"a {kind} entry needs this column filled in")
    dobs = [iso_date(d, line, "date_of_birth") for d in _multi(cells["date_of_birth"])]
    nationalities = []
    for value in _multi(cells["nationality"]):
        if country_code(value) is None:
            raise ListFormatError(line, "nationality", f"{value!r} is not a country code or name")
        nationalities.append(value)
    return build_entry(line, entry_id=entry_id, kind=kind, names=names, dates_of_birth=dobs,
                       nationalities=countries(nationalities, line, "nationality", warnings),
                       identifiers=ids, note=cells["note"])
