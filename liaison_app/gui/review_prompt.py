"""How many records are due for review, kept current for the nav badge and the status bar;
and the daily retention run while the window stays open.

Recounts (`services.review_due.due_count`) after unlock, whenever the cache
changes (coalesced to one count per event-loop turn) and every hour, so a
review date passing at midnight shows up without a restart. It never opens
a window: the shell shows the count beside "Review due" and in the status bar.
Every hour it also lets the retention policy run if it has not run today
(`services.retention_auto.run_if_due`; unlocking runs it too).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from liaison_app.gui.context import AppContext
from liaison_app.services.retention_auto import run_if_due
from liaison_app.services.review_due import due_count

log = logging.getLogger(__name__)

RECOUNT_EVERY_MS = 3_600_000


class ReviewPrompt(QObject):
    """Emits `changed(count)` when the number of records due for review changes."""

    changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.count: int | None = None
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.recount)
        self._hourly = QTimer(self)
        self._hourly.setInterval(RECOUNT_EVERY_MS)
        self._hourly.timeout.connect(self.daily_retention)
        self._hourly.timeout.connect(self.recount)
        self._hourly.start()
        #: the clock the daily run reads (tests move it)
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        ctx.data_changed.connect(self._soon.start)
        ctx.locked.connect(self.stop)

    def recount(self) -> int:
        """Count now; emit `changed` if the number differs from the last one."""
        session = self.ctx.session
        if session is None:
            return self.count or 0
        try:
            count = due_count(session)
        except Exception:  # a prompt only: the Review page shows the problem itself
            return self.count or 0
        if count != self.count:
            self.count = count
            self.changed.emit(count)
        return count

    def daily_retention(self) -> int:
        """Run the retention policy unless it ran today; how many records it erased."""
        session = self.ctx.session
        if session is None:
            return 0
        try:
            result = run_if_due(session, now=self.clock())
        except Exception:  # logged with its traceback; the next hour tries again
            log.exception("the daily retention run failed")
            return 0
        if result is not None and result.total:
            self.ctx.data_changed.emit()
        return 0 if result is None else result.total

    def stop(self) -> None:
        """The session ends: no more counting."""
        self._soon.stop()
        self._hourly.stop()
