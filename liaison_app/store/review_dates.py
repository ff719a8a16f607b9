"""When a record is due for review (retention, LED Art. 5 / DPA 2018 s.39).

The number of days comes from the effective policy (IT's policy file over the
provisioning profile, `services.preferences`), which the services write here at
unlock and at each daily retention run, so every path that files a record
(compose, and sync receiving a page) gives it the same review date without
knowing about policy.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from liaison_app.store import settings
from liaison_app.store.columns import Conn, require_transaction

REVIEW_DAYS_KEY = "retention.review_days"
DEFAULT_REVIEW_DAYS = 365
"""Used until the services have written the policy's value (and by old profiles)."""

REVIEW_ON_SQL = (  # constants only; the filing time is the bound parameter
    "date(?, '+' || coalesce((SELECT CAST(value AS INTEGER) FROM settings "  # noqa: S608
    f"WHERE key = '{REVIEW_DAYS_KEY}' AND CAST(value AS INTEGER) BETWEEN 1 AND 3650), "
    f"{DEFAULT_REVIEW_DAYS}) || ' days')"
)
"""`review_date` inside an INSERT, for the filing time bound to `?`: the messages table
files a whole inbox page at a time, one statement per message and no extra round trip."""


def review_days(conn: Conn) -> int:
    """Days from filing to review under the policy last written."""
    raw = settings.get(conn, REVIEW_DAYS_KEY)
    try:
        days = int(raw) if raw is not None else DEFAULT_REVIEW_DAYS
    except ValueError:
        return DEFAULT_REVIEW_DAYS
    return days if 1 <= days <= 3650 else DEFAULT_REVIEW_DAYS


def set_review_days(conn: Conn, days: int) -> None:
    """Record the policy's review period (inside the caller's transaction)."""
    require_transaction(conn)
    if not 1 <= int(days) <= 3650:
        raise ValueError("a review period is 1 to 3650 days")
    settings.put(conn, REVIEW_DAYS_KEY, int(days))


def review_date(conn: Conn, now: datetime) -> date:
    """The review date of a record filed at `now`."""
    return review_date_after(now, review_days(conn))


def review_date_after(now: datetime, days: int) -> date:
    """`now` plus `days`, as a date."""
    return (now + timedelta(days=days)).date()
