"""Auto-lock: an application-wide event filter that notices the officer has gone idle.

Idle means no keyboard, mouse, wheel or touch input in any window of the
application. A coarse timer checks the time since the last input, so the
filter itself only stores a timestamp (cheap on every mouse move).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.ShortcutOverride,
})


class IdleWatcher(QObject):
    """Emits `idle` once after `timeout_ms` without user input (0 disables)."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_ms = 0
        self._last = time.monotonic()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        self._stopped = False
        # The filter sees every event of the application, so it is installed at the idle
        # clock's first check (a quarter of the limit, at most 15 s), not while the first
        # window is shown and painted: the thousands of layout and paint events of that
        # window do not each call into Python, and the first events it sees, whose
        # receivers PySide6 has to identify, have it create the Python types of every
        # QObject class of the loaded Qt modules (with their enums, ~8 ms; ADR 0029). The
        # clock restarts when the filter starts, so input before it never locks sooner.
        self._watching = False
        self.set_timeout_ms(timeout_ms)

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    @property
    def watching(self) -> bool:
        """True once the filter sees the application's input."""
        return self._watching

    def set_timeout_ms(self, timeout_ms: int) -> None:
        """Change the idle limit (the test hook uses a tiny one) and start counting again."""
        self._timeout_ms = max(0, int(timeout_ms))
        self._last = time.monotonic()
        self._timer.stop()
        if self._timeout_ms:
            self._timer.start(max(20, min(15_000, self._timeout_ms // 4)))

    def _watch(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._stopped and not self._watching:
            app.installEventFilter(self)
            self._watching = True
            self._last = time.monotonic()

    def stop(self) -> None:
        """Stop watching (on lock and quit)."""
        self._stopped = True
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._last = time.monotonic()
        return False

    def _check(self) -> None:
        if not self._watching:
            self._watch()
            return
        if (time.monotonic() - self._last) * 1000 >= self._timeout_ms:
            self._timer.stop()
            self.idle.emit()
