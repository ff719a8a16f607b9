"""Auto-lock's idle watcher: input keeps the session open, silence locks it.

The application-wide filter starts at the idle clock's first check, not while the
first window is painted (ADR 0029); the clock restarts then, so input before it can
only make the lock later, never sooner.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from liaison_app.gui.idle import IdleWatcher


def test_typing_keeps_it_awake_and_silence_locks_after_the_limit(qtbot: Any) -> None:
    watcher = IdleWatcher(240)
    assert not watcher.watching  # nothing filtered while the first window is painted
    fired: list[float] = []
    watcher.idle.connect(lambda: fired.append(time.monotonic()))
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitUntil(lambda: watcher.watching, timeout=2000)  # at the first check (60 ms)
    typing = QTimer()
    typing.timeout.connect(lambda: QTest.keyClick(field, Qt.Key.Key_A))
    typing.start(30)
    qtbot.wait(720)  # the officer types for three times the limit
    typing.stop()
    stopped = time.monotonic()
    assert fired == []
    qtbot.waitUntil(lambda: bool(fired), timeout=3000)
    assert fired[0] - stopped >= 0.24 - 0.005
    watcher.stop()
