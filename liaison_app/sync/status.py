"""What the status bar and `liaison status` show, read from the local cache alone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from liaison_app.domain.timefmt import format_time
from liaison_app.protocol.canonical import JsonValue
from liaison_app.store import outbox, quarantine, settings, sync_state
from liaison_app.store.columns import Conn, from_time_text
from liaison_app.store.sync_state import SyncKey
from liaison_app.sync.errors import SyncErrorKind

RE_ENROL_KEY = "sync.re_enrol_required"
"""Settings key: set (to the hub's words) once the hub refuses this device."""
ACKED_CURSOR_KEY = "sync.acked_cursor"
"""Settings key: the last inbox cursor the hub confirmed as acknowledged."""

_OFFLINE_KINDS = frozenset({SyncErrorKind.UNREACHABLE.value, SyncErrorKind.TLS_REFUSED.value})


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """Online/offline, queued count, last sync, quarantined count, re-enrol state."""

    online: bool
    queued: int
    failed: int
    last_sync_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str | None
    quarantined: int
    re_enrol_required: bool
    directory_fresh_at: datetime | None = None
    """When the directory authority last vouched that our directory was current."""
    directory_max_age: timedelta | None = None
    """How old that may get before the officer is warned (IT's policy)."""

    def directory_age(self, now: datetime | None = None) -> timedelta | None:
        """How old this device's view of the directory is (None before the first check)."""
        if self.directory_fresh_at is None:
            return None
        return max(timedelta(0), (now or datetime.now(UTC)) - self.directory_fresh_at)

    def directory_stale(self, now: datetime | None = None) -> bool:
        """True when the view is older than the policy allows (or was never checked)."""
        if self.directory_max_age is None:
            return False
        age = self.directory_age(now)
        return age is None or age > self.directory_max_age

    def to_wire(self) -> dict[str, JsonValue]:
        """JSON-ready form (`liaison status --json`)."""
        age = self.directory_age()
        return {
            "online": self.online,
            "queued": self.queued,
            "failed": self.failed,
            "last_sync": None if self.last_sync_at is None else format_time(self.last_sync_at),
            "last_attempt": None if self.last_attempt_at is None
            else format_time(self.last_attempt_at),
            "last_error": self.last_error,
            "quarantined": self.quarantined,
            "re_enrol_required": self.re_enrol_required,
            "directory_fresh_at": None if self.directory_fresh_at is None
            else format_time(self.directory_fresh_at),
            "directory_age_seconds": None if age is None else int(age.total_seconds()),
            "directory_stale": self.directory_stale(),
        }


def error_text(kind: SyncErrorKind, message: str) -> str:
    """How a failure is stored: `kind: message`."""
    return f"{kind.value}: {message}"


def failed_count(conn: Conn) -> int:
    """Envelopes the hub rejected for good (waiting for an officer to retry)."""
    row = conn.execute("SELECT count(*) FROM outbox WHERE state = 'failed'").fetchone()
    return int(row[0])


def sync_status(conn: Conn, *, max_directory_age: timedelta | None = None) -> SyncStatus:
    """The current sync state of this profile (`max_directory_age`: IT's limit, if known)."""
    last_error = sync_state.get(conn, SyncKey.LAST_ERROR)
    last_sync = sync_state.last_sync_at(conn)
    attempt_text = sync_state.get(conn, SyncKey.LAST_ATTEMPT_AT)
    last_attempt = None
    if attempt_text is not None:
        last_attempt = from_time_text(attempt_text)
    if last_error is None:
        online = last_sync is not None
    else:
        online = last_error.partition(":")[0] not in _OFFLINE_KINDS
    return SyncStatus(
        online=online, queued=outbox.pending_count(conn), failed=failed_count(conn),
        last_sync_at=last_sync, last_attempt_at=last_attempt, last_error=last_error,
        quarantined=quarantine.count(conn),
        re_enrol_required=settings.get(conn, RE_ENROL_KEY) is not None,
        directory_fresh_at=sync_state.directory_fresh_at(conn),
        directory_max_age=max_directory_age,
    )
