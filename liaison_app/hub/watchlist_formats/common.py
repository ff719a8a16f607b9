"""What the importers share: building validated entries, dates, countries, splitting."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from liaison_app.domain.errors import ValidationError
from liaison_app.hub.watchlist_formats.country_names import country_code
from liaison_app.hub.watchlist_formats.errors import ListFormatError
from liaison_app.protocol.watchlist import EntryIdentifier, EntryName, WatchEntry

__all__ = [
    "Parsed", "Warnings", "build_entry", "countries", "dedupe", "identifier", "iso_date",
    "name", "split_values",
]

@dataclass(frozen=True, slots=True)
class Parsed:
    """A whole file read: its entries, and the values left out (with where they were)."""

    entries: tuple[WatchEntry, ...]
    warnings: tuple[str, ...] = ()


class Warnings(list[str]):
    """Values an importer could not use and left out: "line 12, field X: why"."""

    def add(self, line: int, field: str, reason: str) -> None:
        self.append(f"line {line}, field {field}: {reason}")


_NUMBERED = re.compile(r"\(\d+\)")
_SPLIT = re.compile(r"\s*[|;]\s*")
_DMY = re.compile(r"(\d{2}|dd|DD)/(\d{2}|mm|MM)/(\d{4})")


def split_values(text: str) -> list[str]:
    """Values written "(1) a (2) b", "a|b" or "a; b" as a list."""
    if not text.strip():
        return []
    parts = _NUMBERED.split(text) if _NUMBERED.search(text) else _SPLIT.split(text)
    return [p.strip(" ,;|") for p in parts if p.strip(" ,;|")]


_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def birth_dates(text: str, line: int, field: str, warnings: Warnings) -> list[str]:
    """Dates of birth from one field: exact dates, or the years named ("circa 1965",
    "1965 to 1968"); a value with no year in it is left out with a warning."""
    out: list[str] = []
    for value in split_values(text):
        try:
            out.append(iso_date(value, line, field))
            continue
        except ListFormatError:
            pass
        years = [int(y) for y in _YEAR.findall(value)]
        if len(years) == 2 and 0 < years[1] - years[0] <= 10:
            out.extend(str(y) for y in range(years[0], years[1] + 1))
        elif years:
            out.extend(str(y) for y in years)
        else:
            warnings.add(line, field, f"{value!r} is not a date; left out")
    return out


def iso_date(text: str, line: int, field: str) -> str:
    """`dd/mm/yyyy` (with 00, dd or mm for unknown parts) or ISO as YYYY[-MM[-DD]]."""
    value = text.strip()
    m = _DMY.fullmatch(value)
    if m:
        day, month, year = m.groups()
        if not month.isdigit() or month == "00":
            return year
        if not day.isdigit() or day == "00":
            return f"{year}-{month}"
        return f"{year}-{month}-{day}"
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return value
    raise ListFormatError(line, field, f"{value!r} is not a date (dd/mm/yyyy or yyyy-mm-dd)")


def countries(names: Iterable[str], line: int, field: str,
              warnings: Warnings) -> tuple[str, ...]:
    """Country names or codes as alpha-2 codes; a name not known is left out with a warning."""
    out: list[str] = []
    for text in names:
        if not text.strip():
            continue
        code = country_code(text)
        if code is None:
            warnings.add(line, field, f"{text!r} is not a country name this hub knows; left out")
        elif code not in out:
            out.append(code)
    return tuple(out)


def dedupe(items: Sequence[str]) -> tuple[str, ...]:
    """Non-empty items without repeats, first seen first."""
    return tuple(dict.fromkeys(i for i in items if i))


def build_entry(line: int, *, entry_id: str, kind: str, names: Sequence[EntryName] = (),
                dates_of_birth: Sequence[str] = (), nationalities: Sequence[str] = (),
                sex: str = "", identifiers: Sequence[EntryIdentifier] = (), note: str = "",
                listed_on: str = "") -> WatchEntry:
    """A validated entry; a refusal names the line and the field."""
    try:
        return WatchEntry(
            entry_id=entry_id, kind=kind, names=tuple(dict.fromkeys(names)),
            dates_of_birth=dedupe(dates_of_birth), nationalities=dedupe(nationalities),
            sex=sex, identifiers=tuple(dict.fromkeys(identifiers)),
            note=" ".join(note.split())[:4000], listed_on=listed_on)
    except ValidationError as exc:
        raise ListFormatError(line, exc.field, exc.reason) from exc


def name(line: int, field: str, text: str, *, surname: str = "", given: str = "",
         alias: bool = False) -> EntryName:
    """A validated entry name (white space collapsed)."""
    try:
        return EntryName(" ".join(text.split()), " ".join(surname.split()),
                         " ".join(given.split()), alias)
    except ValidationError as exc:
        raise ListFormatError(line, field, exc.reason) from exc


def identifier(line: int, field: str, kind: str, value: str,
               country: str = "") -> EntryIdentifier:
    """A validated identifier."""
    try:
        return EntryIdentifier(kind, " ".join(value.split()), country)
    except ValidationError as exc:
        raise ListFormatError(line, field, exc.reason) from exc
