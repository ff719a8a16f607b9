"""How values become columns: the connection protocol, JSON text, times and dates.

JSON columns hold canonical JSON (`liaison_app.protocol.canonical`), so a value
reads back exactly as it was signed. Times are RFC 3339 UTC text with second
precision and a `Z`, which sorts correctly as text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any, Protocol

from liaison_app.domain.errors import ValidationError
from liaison_app.protocol.canonical import JsonValue, canonical_bytes
from liaison_app.store.errors import NotInTransaction

Params = Sequence[Any] | Mapping[str, Any]


class Cursor(Protocol):
    """The part of a DB-API cursor the repositories use."""

    @property
    def rowcount(self) -> int: ...

    @property
    def lastrowid(self) -> int | None: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Conn(Protocol):
    """A connection, or a `Database`, that repositories run SQL on."""

    @property
    def in_transaction(self) -> bool: ...

    def execute(self, sql: str, parameters: Params = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Params], /) -> Cursor: ...


def require_transaction(conn: Conn) -> None:
    """Refuse a write that is not inside `Database.transaction()`."""
    if not conn.in_transaction:
        raise NotInTransaction("writes must run inside Database.transaction()")


def json_text(value: Any, field: str = "") -> str:
    """Canonical JSON text for a JSON-ready value (bytes become base64url)."""
    if value is None:
        return "null"
    if type(value) is list and not value:
        return "[]"
    try:
        return canonical_bytes(value).decode("utf-8")
    except ValidationError as exc:
        path = f"{field}.{exc.field}" if field and exc.field else (field or exc.field)
        raise ValidationError(path, exc.reason) from exc


def from_json_text(text: str) -> JsonValue:
    """Read a JSON column back (the store wrote it, so it is trusted)."""
    value: JsonValue = json.loads(text)
    return value


def time_text(moment: datetime, field: str = "time") -> str:
    """RFC 3339 UTC text, second precision; naive datetimes are refused."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValidationError(field, "must be an aware datetime")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def opt_time_text(moment: datetime | None, field: str = "time") -> str | None:
    """`time_text` that lets None through."""
    return None if moment is None else time_text(moment, field)


def from_time_text(text: str) -> datetime:
    """Parse a time column back into an aware UTC datetime."""
    if (len(text) == 20 and text.isascii() and text[4] == "-" and text[7] == "-" and text[10] == "T"
            and text[13] == ":" and text[16] == ":" and text[19] == "Z"
            and text[:4].isdigit() and text[5:7].isdigit() and text[8:10].isdigit()
            and text[11:13].isdigit() and text[14:16].isdigit() and text[17:19].isdigit()):
        return datetime(int(text[:4]), int(text[5:7]), int(text[8:10]), int(text[11:13]),
                        int(text[14:16]), int(text[17:19]), tzinfo=UTC)
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def opt_from_time_text(text: str | None) -> datetime | None:
    """`from_time_text` that lets None through."""
    return None if text is None else from_time_text(text)


def opt_date_text(day: date | None) -> str | None:
    """ISO date text (YYYY-MM-DD) or None."""
    return None if day is None else day.isoformat()


def opt_from_date_text(text: str | None) -> date | None:
    """Parse an ISO date column or None."""
    return None if text is None else date.fromisoformat(text)


def require_text(value: str, field: str) -> str:
    """Refuse an empty or non-string required text value."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(field, "must be a non-empty string")
    return value
