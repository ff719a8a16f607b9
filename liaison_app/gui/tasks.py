"""Run one blocking call (unlock, enrol) off the GUI thread and get the result back.

The callable runs on Qt's global thread pool; `done(result)` or `failed(exc)`
is delivered on the GUI thread (queued signal). A task keeps itself alive
until it has reported.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

_running: set[Task] = set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    step = Signal(int, str)


class Task(QRunnable):
    """`fn(report)` in a pool thread; `report(n, text)` emits `signals.step`."""

    def __init__(self, fn: Callable[[Callable[[int, str], None]], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.signals = _Signals()
        self.signals.done.connect(self._forget)
        self.signals.failed.connect(self._forget)

    def run(self) -> None:
        try:
            result = self.fn(self.signals.step.emit)
        except BaseException as exc:  # reported to the GUI thread, never lost
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)

    def _forget(self, _value: object) -> None:
        # not while the signal is still being delivered: drop it on the next loop turn
        QTimer.singleShot(0, lambda: _running.discard(self))


def start_task(fn: Callable[[Callable[[int, str], None]], Any], *,
               done: Callable[[Any], None], failed: Callable[[BaseException], None],
               step: Callable[[int, str], None] | None = None) -> Task:
    """Start `fn` in the background; the callbacks run on the GUI thread."""
    task = Task(fn)
    task.signals.done.connect(done)
    task.signals.failed.connect(failed)
    if step is not None:
        task.signals.step.connect(step)
    _running.add(task)
    QThreadPool.globalInstance().start(task)
    return task


def busy() -> bool:
    """True while any task has not reported yet (tests wait on it)."""
    return bool(_running)
