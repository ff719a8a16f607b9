"""Times and dates on the wire: RFC 3339 UTC with seconds and "Z"; ISO dates.

One spelling only (`2026-11-23T03:45:00Z`), so canonical bytes are stable and
no reader has to guess a time zone. In Python a time is an aware `datetime`
in UTC with no sub-second part.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from liaison_app.domain.errors import ValidationError

_TIME_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z\Z", re.ASCII)
_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})\Z", re.ASCII)


def utc_now() -> datetime:
    """The current time in UTC, to the second (what the wire can carry)."""
    return datetime.now(UTC).replace(microsecond=0)


def check_time(value: object, field: str) -> datetime:
    """Return `value` as UTC if it is an aware datetime with whole seconds, else raise."""
    if not isinstance(value, datetime):
        raise ValidationError(field, "must be a datetime")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(field, "must carry a time zone (naive datetimes are refused)")
    if value.microsecond:
        raise ValidationError(field, "must be whole seconds (the wire carries no fractions)")
    return value.astimezone(UTC)


def format_time(dt: datetime) -> str:
    """RFC 3339 UTC text with seconds and "Z"; sub-seconds are dropped, naive refused."""
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValidationError("time", "must carry a time zone (naive datetimes are refused)")
    u = dt if dt.tzinfo is UTC else dt.astimezone(UTC)
    if u.year < 1000:  # strftime does not pad these years; keep its exact spelling
        return u.strftime("%Y-%m-%dT%H:%M:%SZ")
    if u.microsecond:
        u = u.replace(microsecond=0)
    return u.isoformat()[:-6] + "Z"  # ...T03:45:00+00:00 -> ...T03:45:00Z


def parse_time(text: object, field: str) -> datetime:
    """Parse `YYYY-MM-DDTHH:MM:SSZ` into an aware UTC datetime, else raise."""
    if not isinstance(text, str):
        raise ValidationError(field, "must be a string")
    m = _TIME_RE.match(text)
    if m is None:
        raise ValidationError(field, "must be an RFC 3339 UTC time like 2026-11-23T03:45:00Z")
    try:  # the regex pinned the one spelling; fromisoformat reads it ("Z" is UTC)
        return datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, "is not a real date and time") from None


def check_date(value: object, field: str) -> date:
    """Return `value` if it is a `date` (and not a `datetime`), else raise."""
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(field, "must be a date")
    return value


def format_date(d: date) -> str:
    """ISO 8601 calendar date text, `YYYY-MM-DD`."""
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def parse_date(text: object, field: str) -> date:
    """Parse `YYYY-MM-DD` into a `date`, else raise."""
    if not isinstance(text, str):
        raise ValidationError(field, "must be a string")
    m = _DATE_RE.match(text)
    if m is None:
        raise ValidationError(field, "must be a date like 2026-11-23")
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise ValidationError(field, "is not a real date") from None
