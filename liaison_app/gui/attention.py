"""Keeps the attention counts current: unread, awaiting reply, overdue, drafts, refused.

Recounts (`services.attention.counts`) after unlock, once per event-loop turn
after any change to the cache, and every minute (a request passing its due
time changes the overdue count with nothing else changing; the minute tick also
lets lists redraw their countdowns). Every hour it erases drafts nobody edited
for the retention period (`services.drafts.erase_expired`, audited).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from liaison_app.gui.context import AppContext
from liaison_app.services import drafts
from liaison_app.services.attention import AttentionCounts, counts

log = logging.getLogger(__name__)

TICK_MS = 60_000
HOUSEKEEPING_MS = 3_600_000


class AttentionWatch(QObject):
    """Emits `changed(counts)` when a count changes and `tick()` every minute."""

    changed = Signal(object)
    tick = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.counts: AttentionCounts | None = None
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.recount)
        self._minute = QTimer(self)
        self._minute.setInterval(TICK_MS)
        self._minute.timeout.connect(self._tick)
        self._hourly = QTimer(self)
        self._hourly.setInterval(HOUSEKEEPING_MS)
        self._hourly.timeout.connect(self.housekeeping)
        ctx.data_changed.connect(self._soon.start)
        ctx.locked.connect(self.stop)

    def start(self) -> None:
        """Count now, erase expired drafts, then keep counting."""
        self.housekeeping()
        self.recount()
        self._minute.start()
        self._hourly.start()

    def recount(self) -> AttentionCounts | None:
        """Count now; emit `changed` if anything differs."""
        session = self.ctx.session
        if session is None:
            return self.counts
        try:
            found = counts(session)
        except Exception:  # counts are a convenience: the lists show any problem themselves
            log.exception("attention counts failed")
            return self.counts
        if found != self.counts:
            self.counts = found
            self.changed.emit(found)
        return found

    def _tick(self) -> None:
        self.recount()
        self.tick.emit()

    def housekeeping(self) -> None:
        """Retention: erase drafts not edited for the retention period."""
        session = self.ctx.session
        if session is None:
            return
        try:
            if drafts.erase_expired(session):
                self.ctx.data_changed.emit()
        except Exception:
            log.exception("draft retention failed")

    def stop(self) -> None:
        """The session ends."""
        for timer in (self._soon, self._minute, self._hourly):
            timer.stop()
