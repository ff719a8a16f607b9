"""When a model re-reads after `ctx.data_changed`: once per event-loop turn, never while hidden.

A sync, a compose or a reply emits `data_changed`; every model built so far
listens. Re-reading at once, in the emitting call, would run one query per
emit and per model on the GUI thread. `RefreshPolicy` instead coalesces the
emits of one turn into a single refresh (a zero-delay single-shot timer), and
while its page is hidden (`set_paused(True)`) only marks the model dirty: the
refresh happens when the page is shown again. See ADR 0006.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class RefreshPolicy:
    """Coalesced, visibility-aware refreshes for one model."""

    def __init__(self, owner: QObject, refresh: Callable[[], None]) -> None:
        self._refresh = refresh
        self.paused = False
        self.dirty = False
        self._timer = QTimer(owner)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._fire)

    def changed(self) -> None:
        """The cache changed: refresh soon, or when shown again if paused."""
        if self.paused:
            self.dirty = True
        else:
            self._timer.start()

    def pending(self) -> bool:
        """A refresh is scheduled or owed."""
        return self.dirty or self._timer.isActive()

    def done(self) -> None:
        """The model has just re-read: nothing is owed any more."""
        self.dirty = False
        self._timer.stop()

    def set_paused(self, paused: bool) -> None:
        """Paused while the page is hidden; resuming pays what is owed at once."""
        self.paused = paused
        if paused:
            if self._timer.isActive():
                self._timer.stop()
                self.dirty = True
        elif self.dirty:
            self.dirty = False
            self._refresh()

    def _fire(self) -> None:
        if self.paused:
            self.dirty = True
            return
        self.dirty = False
        self._refresh()
