"""Watch lists on the wire: entries, a list snapshot, and the index of lists (no crypto).

A snapshot is one version of one list as IT imported it at the hub; the
index names every list in force with its version and the SHA-256 of its
signed snapshot, so a client learns of new versions and of removed lists
from one signed document. Both are signed by the directory authority
(`liaison_app.crypto.watchlist`). docs/protocol.md §23.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from liaison_app.domain.checks import NAME_MAX, SHORT_MAX, TEXT_MAX, check_text
from liaison_app.domain.countries import validate_country
from liaison_app.domain.subject_kinds import check_partial_date
from liaison_app.domain.timefmt import format_time, parse_time
from liaison_app.protocol.canonical import MAX_SAFE_INT, JsonValue
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.limits import PROTOCOL_VERSION
from liaison_app.protocol.wire import (
    check_keys,
    check_version,
    expect_int,
    expect_list,
    expect_object,
)

__all__ = [
    "ENTRY_KINDS", "LIST_FORMATS", "EntryIdentifier", "EntryName", "IndexedList",
    "WatchEntry", "WatchList", "WatchListIndex", "entry_from_wire", "index_from_wire",
    "index_to_wire", "validate_list_name", "watchlist_from_wire", "watchlist_to_wire",
]

ENTRY_KINDS = ("person", "organisation", "vehicle", "document", "phone")
LIST_FORMATS = ("uk-sanctions-csv", "uk-sanctions-xml", "eu-fsf-xml", "un-xml", "liaison-csv")
SEXES = ("", "female", "male")
MAX_ENTRIES = 200_000
MAX_LISTS = 100
MAX_NAMES = 50
MAX_DATES = 20
MAX_NATIONALITIES = 10
MAX_IDENTIFIERS = 50
IDENTIFIER_VALUE_MAX = 100
_LIST_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{0,62}", re.ASCII)
_KIND_NAME = re.compile(r"[a-z][a-z0-9_]{0,31}", re.ASCII)
_HEX64 = re.compile(r"[0-9a-f]{64}", re.ASCII)
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)

_NAME_FIELDS = frozenset({"text", "surname", "given", "alias"})
_IDENT_FIELDS = frozenset({"kind", "value", "country"})
_ENTRY_FIELDS = frozenset({"entry_id", "kind", "names", "dates_of_birth", "nationalities",
                           "sex", "identifiers", "note", "listed_on"})
_LIST_FIELDS = frozenset({"v", "name", "title", "format", "version", "issued_at",
                          "expires_at", "source_sha256", "entries"})
_INDEX_FIELDS = frozenset({"v", "version", "issued_at", "expires_at", "lists"})
_INDEXED_FIELDS = frozenset({"name", "title", "version", "sha256", "entries"})


def validate_list_name(value: object, field: str) -> str:
    """A list's name: 1-63 of a-z 0-9 . _ - (starting with a letter or digit)."""
    if not isinstance(value, str) or not _LIST_NAME.fullmatch(value):
        raise ValidationError(field, "must be 1-63 characters of a-z, 0-9, '.', '_', '-' "
                                     "(starting with a letter or digit), e.g. uk-sanctions")
    return value


@dataclass(frozen=True, slots=True)
class EntryName:
    """A name as the source wrote it; `surname`/`given` when the source splits it."""

    text: str
    surname: str = ""
    given: str = ""
    alias: bool = False

    def __post_init__(self) -> None:
        check_text(self.text, "text", max_len=NAME_MAX)
        check_text(self.surname, "surname", max_len=NAME_MAX, required=False)
        check_text(self.given, "given", max_len=NAME_MAX, required=False)
        if not isinstance(self.alias, bool):
            raise ValidationError("alias", "must be true or false")


@dataclass(frozen=True, slots=True)
class EntryIdentifier:
    """A number the entry carries: `kind` (plate, vin, document, phone, imei, ...)."""

    kind: str
    value: str
    country: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.kind, str) or not _KIND_NAME.fullmatch(self.kind):
            raise ValidationError("kind", "must be a lower-case identifier kind like plate")
        check_text(self.value, "value", max_len=IDENTIFIER_VALUE_MAX)
        validate_country(self.country, "country", required=False, special=True)


@dataclass(frozen=True, slots=True)
class WatchEntry:
    """One listed person, organisation, vehicle, document or phone."""

    entry_id: str
    kind: str
    names: tuple[EntryName, ...] = ()
    dates_of_birth: tuple[str, ...] = ()
    nationalities: tuple[str, ...] = ()
    sex: str = ""
    identifiers: tuple[EntryIdentifier, ...] = ()
    note: str = ""
    listed_on: str = ""

    def __post_init__(self) -> None:
        check_text(self.entry_id, "entry_id", max_len=SHORT_MAX)
        if self.kind not in ENTRY_KINDS:
            raise ValidationError("kind", "must be one of: " + ", ".join(ENTRY_KINDS))
        _count(self.names, "names", MAX_NAMES)
        _count(self.dates_of_birth, "dates_of_birth", MAX_DATES)
        _count(self.nationalities, "nationalities", MAX_NATIONALITIES)
        _count(self.identifiers, "identifiers", MAX_IDENTIFIERS)
        for i, dob in enumerate(self.dates_of_birth):
            if not dob:
                raise ValidationError(f"dates_of_birth[{i}]", "must not be empty")
            check_partial_date(dob, f"dates_of_birth[{i}]")
        for i, code in enumerate(self.nationalities):
            validate_country(code, f"nationalities[{i}]", special=True)
        if self.sex not in SEXES:
            raise ValidationError("sex", "must be female, male or \"\"")
        check_text(self.note, "note", max_len=TEXT_MAX, required=False, multiline=True)
        if self.listed_on and not _DATE.fullmatch(self.listed_on):
            raise ValidationError("listed_on", "must be YYYY-MM-DD or \"\"")
        if not self.names and not self.identifiers:
            raise ValidationError("names", "an entry needs a name or an identifier")

    @property
    def label(self) -> str:
        """What to show: the first name, else the first identifier."""
        if self.names:
            return self.names[0].text
        return self.identifiers[0].value if self.identifiers else self.entry_id


def _count(items: tuple[Any, ...], field: str, limit: int) -> None:
    if len(items) > limit:
        raise ValidationError(field, f"holds {len(items)} items; the limit is {limit}")


def entry_to_wire(e: WatchEntry) -> dict[str, JsonValue]:
    """JSON-ready form of an entry (every key present)."""
    return {
        "entry_id": e.entry_id, "kind": e.kind,
        "names": [{"text": n.text, "surname": n.surname, "given": n.given, "alias": n.alias}
                  for n in e.names],
        "dates_of_birth": list(e.dates_of_birth), "nationalities": list(e.nationalities),
        "sex": e.sex,
        "identifiers": [{"kind": i.kind, "value": i.value, "country": i.country}
                        for i in e.identifiers],
        "note": e.note, "listed_on": e.listed_on,
    }


def _strs(value: Any, field: str, limit: int) -> tuple[str, ...]:
    items = expect_list(value, field, max_items=limit)
    for i, item in enumerate(items):
        if not isinstance(item, str):
            raise ValidationError(f"{field}[{i}]", "must be a string")
    return tuple(items)


def _sub(build: Any, field: str, **kwargs: Any) -> Any:
    try:
        return build(**kwargs)
    except ValidationError as exc:
        raise ValidationError(f"{field}.{exc.field}", exc.reason) from None
    except TypeError:
        raise ValidationError(field, "has a value of the wrong type") from None


def entry_from_wire(obj: Any, field: str) -> WatchEntry:
    """Strict parse of one entry."""
    o = expect_object(obj, field)
    check_keys(o, field, _ENTRY_FIELDS)
    p = f"{field}."
    names = []
    for i, item in enumerate(expect_list(o["names"], p + "names", max_items=MAX_NAMES)):
        n = expect_object(item, f"{p}names[{i}]")
        check_keys(n, f"{p}names[{i}]", _NAME_FIELDS)
        names.append(_sub(EntryName, f"{p}names[{i}]", **n))
    idents = []
    for i, item in enumerate(expect_list(o["identifiers"], p + "identifiers",
                                         max_items=MAX_IDENTIFIERS)):
        n = expect_object(item, f"{p}identifiers[{i}]")
        check_keys(n, f"{p}identifiers[{i}]", _IDENT_FIELDS)
        idents.append(_sub(EntryIdentifier, f"{p}identifiers[{i}]", **n))
    entry: WatchEntry = _sub(
        WatchEntry, field, entry_id=o["entry_id"], kind=o["kind"], names=tuple(names),
        dates_of_birth=_strs(o["dates_of_birth"], p + "dates_of_birth", MAX_DATES),
        nationalities=_strs(o["nationalities"], p + "nationalities", MAX_NATIONALITIES),
        sex=o["sex"], identifiers=tuple(idents), note=o["note"], listed_on=o["listed_on"])
    return entry


@dataclass(frozen=True, slots=True)
class WatchList:
    """One signed version of one list."""

    name: str
    title: str
    format: str
    version: int
    issued_at: datetime
    expires_at: datetime
    source_sha256: str
    entries: tuple[WatchEntry, ...]


def watchlist_to_wire(w: WatchList) -> dict[str, JsonValue]:
    """JSON-ready form of a snapshot (the object the authority signs)."""
    return {
        "v": PROTOCOL_VERSION, "name": w.name, "title": w.title, "format": w.format,
        "version": w.version, "issued_at": format_time(w.issued_at),
        "expires_at": format_time(w.expires_at), "source_sha256": w.source_sha256,
        "entries": [entry_to_wire(e) for e in w.entries],
    }


def _header(o: Mapping[str, Any], field: str) -> tuple[int, datetime, datetime]:
    p = f"{field}."
    version = expect_int(o["version"], p + "version", minimum=1, maximum=MAX_SAFE_INT)
    issued_at = parse_time(o["issued_at"], p + "issued_at")
    expires_at = parse_time(o["expires_at"], p + "expires_at")
    if expires_at <= issued_at:
        raise ValidationError(p + "expires_at", "must be after issued_at")
    return version, issued_at, expires_at


def watchlist_from_wire(obj: Any, field: str = "watchlist") -> WatchList:
    """Strict parse of a snapshot: schema, limits, unique entry ids."""
    o = expect_object(obj, field)
    check_version(o, field)
    check_keys(o, field, _LIST_FIELDS)
    p = f"{field}."
    version, issued_at, expires_at = _header(o, field)
    name = validate_list_name(o["name"], p + "name")
    title = check_text(o["title"], p + "title", max_len=NAME_MAX)
    if o["format"] not in LIST_FORMATS:
        raise ValidationError(p + "format", "must be one of: " + ", ".join(LIST_FORMATS))
    if not isinstance(o["source_sha256"], str) or not _HEX64.fullmatch(o["source_sha256"]):
        raise ValidationError(p + "source_sha256", "must be 64 lower-case hex digits")
    raw = expect_list(o["entries"], p + "entries", max_items=MAX_ENTRIES)
    entries = tuple(entry_from_wire(e, f"{p}entries[{i}]") for i, e in enumerate(raw))
    seen: set[str] = set()
    for i, e in enumerate(entries):
        if e.entry_id in seen:
            raise ValidationError(f"{p}entries[{i}].entry_id", f"repeats {e.entry_id}")
        seen.add(e.entry_id)
    return WatchList(name, title, o["format"], version, issued_at, expires_at,
                     o["source_sha256"], entries)


@dataclass(frozen=True, slots=True)
class IndexedList:
    """A list in force: its version and the SHA-256 of its signed snapshot."""

    name: str
    title: str
    version: int
    sha256: str
    entries: int


@dataclass(frozen=True, slots=True)
class WatchListIndex:
    """Every list in force at the hub, signed as one document."""

    version: int
    issued_at: datetime
    expires_at: datetime
    lists: tuple[IndexedList, ...]

    def get(self, name: str) -> IndexedList | None:
        return next((x for x in self.lists if x.name == name), None)


def index_to_wire(ix: WatchListIndex) -> dict[str, JsonValue]:
    """JSON-ready form of the index (the object the authority signs)."""
    return {
        "v": PROTOCOL_VERSION, "version": ix.version, "issued_at": format_time(ix.issued_at),
        "expires_at": format_time(ix.expires_at),
        "lists": [{"name": x.name, "title": x.title, "version": x.version, "sha256": x.sha256,
                   "entries": x.entries} for x in ix.lists],
    }


def index_from_wire(obj: Any, field: str = "watchlist_index") -> WatchListIndex:
    """Strict parse of the index: schema, unique names."""
    o = expect_object(obj, field)
    check_version(o, field)
    check_keys(o, field, _INDEX_FIELDS)
    p = f"{field}."
    version, issued_at, expires_at = _header(o, field)
    lists = []
    for i, item in enumerate(expect_list(o["lists"], p + "lists", max_items=MAX_LISTS)):
        f = f"{p}lists[{i}]"
        x = expect_object(item, f)
        check_keys(x, f, _INDEXED_FIELDS)
        if not isinstance(x["sha256"], str) or not _HEX64.fullmatch(x["sha256"]):
            raise ValidationError(f + ".sha256", "must be 64 lower-case hex digits")
        lists.append(IndexedList(
            name=validate_list_name(x["name"], f + ".name"),
            title=check_text(x["title"], f + ".title", max_len=NAME_MAX),
            version=expect_int(x["version"], f + ".version", minimum=1, maximum=MAX_SAFE_INT),
            sha256=x["sha256"],
            entries=expect_int(x["entries"], f + ".entries", minimum=0, maximum=MAX_ENTRIES)))
    names = [x.name for x in lists]
    if len(set(names)) != len(names):
        raise ValidationError(p + "lists", "names one list twice")
    return WatchListIndex(version, issued_at, expires_at, tuple(lists))
