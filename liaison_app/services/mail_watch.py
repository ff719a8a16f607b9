"""Mail watch: a second connection that waits at the hub until this device has mail.

The GUI's sync worker syncs on demand and on a timer; between runs this watch
long-polls the inbox (`GET /v1/inbox?after=<cursor>&limit=1&wait=S`), which the
hub answers the moment an envelope arrives for this device. The watch only
reads: the envelope it sees is not stored or acknowledged here; the caller
starts a sync, which stores it through the usual path (ADR 0004). The
connection is its own (never the sync worker's), and `interrupt()` ends a wait
in flight from any thread (on lock, on F5, when a sync starts).
"""

from __future__ import annotations

from enum import StrEnum

from liaison_app.services.session import Session
from liaison_app.store import sync_state
from liaison_app.sync.errors import ReEnrolRequired, SyncError
from liaison_app.sync.hub_client import HubClient

WAIT_SECONDS = 25
"""How long one wait lasts at the hub (the hub caps it at its max_wait_seconds)."""


class WatchOutcome(StrEnum):
    """How one wait ended."""

    MAIL = "mail"
    """The hub holds an envelope after the cursor: sync now."""
    QUIET = "quiet"
    """The wait ran out with nothing new: wait again."""
    INTERRUPTED = "interrupted"
    """`interrupt()` ended it."""
    FAILED = "failed"
    """The hub could not be reached (or refused): try again later."""
    RE_ENROL = "re_enrol"
    """The hub no longer knows this device: stop until a sync succeeds."""


def inbox_position(session: Session) -> str | None:
    """The cursor the last stored inbox page ended at (where a watch waits after)."""
    return sync_state.inbox_cursor(session.db)


class MailWatch:
    """One device's watch connection. Build and use it on one thread; `interrupt()` from any."""

    def __init__(self, session: Session, *, wait_seconds: int = WAIT_SECONDS) -> None:
        prov = session.provisioning
        self.wait_seconds = max(1, int(wait_seconds))
        self.client = HubClient(prov.hub_url, prov.ca_cert_pem.encode("ascii"),
                                session.identity.device_id, session.keys.signing_key,
                                interruptible=True)
        self.last_error = ""

    def arm(self) -> None:
        """Forget an earlier interrupt: the next `wait` runs (call it from the watch thread)."""
        self.client.arm()

    def wait(self, after: str | None) -> WatchOutcome:
        """Wait until the hub holds mail after `after` (or the wait runs out)."""
        try:
            page = self.client.get_inbox(after, limit=1, wait=self.wait_seconds)
        except ReEnrolRequired as exc:
            self.last_error = exc.message
            return WatchOutcome.RE_ENROL
        except SyncError as exc:
            self.last_error = exc.message
            return WatchOutcome.INTERRUPTED if self._interrupted() else WatchOutcome.FAILED
        return WatchOutcome.MAIL if page.items else WatchOutcome.QUIET

    def _interrupted(self) -> bool:
        return self.client.was_interrupted

    def interrupt(self) -> None:
        """End a wait in flight (thread-safe); it returns INTERRUPTED."""
        self.client.interrupt()

    def close(self) -> None:
        """Interrupt any wait and drop the connection."""
        self.client.interrupt()
        self.client.close()
