"""Sync engine bookkeeping: inbox cursor, last successful sync, directory version."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from liaison_app.store.columns import (
    Conn,
    opt_from_time_text,
    require_transaction,
    time_text,
)


class SyncKey(StrEnum):
    """The keys the sync engine keeps."""

    INBOX_CURSOR = "inbox_cursor"
    LAST_SYNC_AT = "last_sync_at"
    LAST_ATTEMPT_AT = "last_attempt_at"
    LAST_ERROR = "last_error"
    DIRECTORY_VERSION = "directory_version"
    DIRECTORY_ETAG = "directory_etag"
    TIMESTAMP_VERSION = "timestamp_version"
    DIRECTORY_FRESH_AT = "directory_fresh_at"
    """When the authority last vouched (signed timestamp) that our directory was current."""
    DIRECTORY_FRESH_UNTIL = "directory_fresh_until"
    AUDIT_ATTESTED = "audit_attested"
    """`seq:hash` of the audit head the hub last accepted from this device."""


def get(conn: Conn, key: SyncKey) -> str | None:
    """The stored value, or None."""
    row = conn.execute("SELECT value FROM sync_state WHERE key = ?",
                       (SyncKey(key).value,)).fetchone()
    return None if row is None else str(row[0])


def put(conn: Conn, key: SyncKey, value: str | None) -> None:
    """Store (or with None, forget) a value; part of the caller's transaction."""
    require_transaction(conn)
    if value is None:
        conn.execute("DELETE FROM sync_state WHERE key = ?", (SyncKey(key).value,))
    else:
        conn.execute(
            "INSERT INTO sync_state (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (SyncKey(key).value, str(value)),
        )


def inbox_cursor(conn: Conn) -> str | None:
    """Where the next inbox pull starts."""
    return get(conn, SyncKey.INBOX_CURSOR)


def set_inbox_cursor(conn: Conn, cursor: str) -> None:
    """Advance the cursor, in the same transaction that stored the page."""
    put(conn, SyncKey.INBOX_CURSOR, cursor)


def last_sync_at(conn: Conn) -> datetime | None:
    """When a sync last completed."""
    return opt_from_time_text(get(conn, SyncKey.LAST_SYNC_AT))


def record_sync(conn: Conn, at: datetime) -> None:
    """A sync completed at `at`; clears the last error."""
    put(conn, SyncKey.LAST_SYNC_AT, time_text(at, "at"))
    put(conn, SyncKey.LAST_ATTEMPT_AT, time_text(at, "at"))
    put(conn, SyncKey.LAST_ERROR, None)


def directory_fresh_at(conn: Conn) -> datetime | None:
    """The issue time of the newest directory timestamp accepted (the view's age)."""
    return opt_from_time_text(get(conn, SyncKey.DIRECTORY_FRESH_AT))


def record_failure(conn: Conn, at: datetime, error: str) -> None:
    """A sync attempt failed at `at` with `error` (no plaintext content)."""
    put(conn, SyncKey.LAST_ATTEMPT_AT, time_text(at, "at"))
    put(conn, SyncKey.LAST_ERROR, error)
