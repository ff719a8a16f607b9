"""Urgent mail within seconds: a long-poll watch beside the sync worker.

Between sync runs a second thread waits at the hub on its own connection
(`services.mail_watch`: `GET /v1/inbox?wait=…`, answered the moment an envelope
arrives for this device) and asks the sync controller for a run when the hub
has mail; the run stores it and raises the notification as usual. The watch
stands down while a sync runs (a run started by F5, the timer or the watch
itself interrupts the wait in flight) and starts again from the cursor the run
left. Locking interrupts it at once and ends the thread; its connection is
closed there, never shared with the sync worker. Failures back off (2 s doubling
to a minute) without a word to the officer: the status bar already says
whether the hub is reachable.
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from liaison_app.gui.context import AppContext
from liaison_app.services.session import Session

FIRST_RETRY_MS = 2_000
MAX_RETRY_MS = 60_000
_retiring: dict[QThread, QObject] = {}


class _Watcher(QObject):
    """Lives in the watch thread: builds the watch there and waits when asked."""

    #: (generation, outcome value of services.mail_watch.WatchOutcome)
    finished = Signal(int, str)
    closed = Signal()

    def __init__(self, session: Session, wait_seconds: int | None) -> None:
        super().__init__()
        self._session = session
        self._wait_seconds = wait_seconds
        self.watch: Any = None
        self.generation = 0
        self.lock = threading.Lock()

    @Slot(int, str)
    def wait(self, generation: int, cursor: str) -> None:
        """One wait at the hub after `cursor`, unless a newer request superseded it."""
        from liaison_app.services.mail_watch import MailWatch, WatchOutcome

        with self.lock:
            if generation != self.generation:
                return
        try:
            if self.watch is None:
                kw = {} if self._wait_seconds is None else {"wait_seconds": self._wait_seconds}
                self.watch = MailWatch(self._session, **kw)
            self.watch.arm()
            with self.lock:  # an interrupt between the check above and arm() is not lost
                if generation != self.generation:
                    return
            outcome = self.watch.wait(cursor or None)
        except Exception:  # a watch never takes the window down; the next sync reports
            outcome = WatchOutcome.FAILED
        self.finished.emit(generation, outcome.value)

    def interrupt(self) -> None:
        """From the GUI thread: end the wait in flight."""
        watch = self.watch
        if watch is not None:
            watch.interrupt()

    @Slot()
    def shutdown(self) -> None:
        """Close the connection and end the thread."""
        watch, self.watch = self.watch, None
        if watch is not None:
            with contextlib.suppress(Exception):
                watch.close()
        self.closed.emit()
        QThread.currentThread().quit()


class MailWatcher(QObject):
    """GUI-thread side: decides when the watch waits, and asks for a sync when mail is there."""

    #: the hub has mail for this device (a sync was asked for)
    mail = Signal()
    _wait = Signal(int, str)
    _shutdown = Signal()

    def __init__(self, ctx: AppContext, sync: Any, parent: QObject | None = None, *,
                 wait_seconds: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sync = sync
        self.cursor = ""
        self.waits = 0
        self.interrupted = 0
        self.stopped = False
        self._ready = False
        self._retry_ms = FIRST_RETRY_MS
        self._thread = QThread()
        self._thread.setObjectName("liaison-mail-watch")
        self._worker = _Watcher(ctx.require_session(), wait_seconds)
        self._worker.moveToThread(self._thread)
        self._wait.connect(self._worker.wait)
        self._shutdown.connect(self._worker.shutdown)
        self._worker.finished.connect(self._finished)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._start_wait)
        sync.run_started.connect(self.stand_down)
        sync.position.connect(self._position)
        sync.report.connect(self._sync_done)
        ctx.locked.connect(self.stop)

    @property
    def watching(self) -> bool:
        """A wait is (or is about to be) in flight."""
        return self._ready and not self.stopped and not self.sync.running

    def start(self) -> None:
        """Start the thread; the first wait begins after the first sync run."""
        self._thread.start()

    def _position(self, cursor: str) -> None:
        self.cursor = cursor

    def _sync_done(self, report: Any) -> None:
        error = getattr(report, "error", None)
        if report is None or (error is not None and error.kind.value == "re_enrol_required"):
            self._ready = False  # not enrolled or refused: wait for a successful run
            return
        self._ready = True
        self._retry_ms = FIRST_RETRY_MS
        self._start_wait()

    def _supersede(self) -> int:
        with self._worker.lock:
            self._worker.generation += 1
            return self._worker.generation

    def _start_wait(self) -> None:
        if self.stopped or not self._ready or self.sync.running:
            return
        self._retry.stop()
        generation = self._supersede()
        self.waits += 1
        self._wait.emit(generation, self.cursor)

    def stand_down(self) -> None:
        """A sync is starting (F5, the timer, or mail): stop waiting until it is done."""
        self._retry.stop()
        self._supersede()
        self._worker.interrupt()

    def _finished(self, generation: int, outcome: str) -> None:
        self.interrupted += outcome == "interrupted"
        with self._worker.lock:
            current = generation == self._worker.generation
        if not current or self.stopped:
            return
        if outcome == "mail":
            self.mail.emit()
            self.sync.request()
        elif outcome == "quiet":
            self._start_wait()
        elif outcome == "re_enrol":
            self._ready = False
        elif outcome == "failed":
            self._retry.start(self._retry_ms)
            self._retry_ms = min(MAX_RETRY_MS, self._retry_ms * 2)

    def stop(self) -> None:
        """Lock or close: interrupt the wait now and end the thread (never blocks)."""
        if self.stopped:
            return
        self.stopped = True
        self._retry.stop()
        self._supersede()
        self._worker.interrupt()
        thread = self._thread
        if thread.isRunning():
            _retiring[thread] = self._worker
            thread.finished.connect(lambda: _retiring.pop(thread, None))
            self._shutdown.emit()

    def is_finished(self) -> bool:
        """True once the watch thread has ended."""
        return not self._thread.isRunning()


def wait_for_watchers(timeout_ms: int = 10_000) -> None:
    """At quit: let stopping watch threads close their connections."""
    for thread in list(_retiring):
        thread.wait(timeout_ms)
