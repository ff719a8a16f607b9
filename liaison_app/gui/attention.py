"""Keeps the attention counts current: unread, awaiting reply, overdue, drafts, refused.

Recounts (`services.attention.counts`) after unlock, once per event-loop turn
after any change to the cache, and every minute (a request passing its due
time changes the overdue count with nothing else changing; the minute tick also
lets lists redraw their countdowns). Drafts past their review date are erased by
the retention run like every record (at unlock and daily: `review_prompt`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from liaison_app.gui.context import AppContext
from liaison_app.services.attention import AttentionCounts, counts

log = logging.getLogger(__name__)

TICK_MS = 60_000


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
        ctx.data_changed.connect(self._soon.start)
        ctx.locked.connect(self.stop)

    def start(self) -> None:
        """Count now, then keep counting."""
        self.recount()
        self._minute.start()

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

    def stop(self) -> None:
        """The session ends."""
        for timer in (self._soon, self._minute):
            timer.stop()
