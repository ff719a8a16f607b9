"""The sync worker: the engine runs in its own QThread, the GUI thread only gets signals.

`SyncWorker` lives in the thread (moved there): it builds the engine there
with its own database connection (`build_sync(session, own_connection=True)`;
httpx is imported there, never on the GUI's start-up path), runs
`runner.run_once` when asked (each run's outcome goes to the client log), and
reports through signals. `SyncController`
lives in the GUI thread: it owns the thread, asks for runs (on demand, F5, and
every `interval_ms`), coalesces requests that arrive during a run, and emits
`ctx.data_changed` after each run. See ADR 0006.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from liaison_app.gui.context import AppContext

if TYPE_CHECKING:
    from liaison_app.services.session import Session
    from liaison_app.services.sync_runner import SyncProgress, SyncRunner

DEFAULT_INTERVAL_MS = 60_000
SWITCH_INTERVAL_S = 0.002
_retiring: dict[QThread, QObject] = {}


def _interval_from_env() -> int:
    try:
        return max(1000, int(float(os.environ["LIAISON_SYNC_INTERVAL"]) * 1000))
    except (KeyError, ValueError):
        return DEFAULT_INTERVAL_MS


class SyncWorker(QObject):
    """Runs in the sync thread. Every slot here executes on that thread."""

    #: phase, done, total (-1 when unknown)
    progress = Signal(str, int, int)
    #: a SyncReport after each run
    report = Signal(object)
    #: a SyncStatus (online, queued, last sync...) after set-up and each run
    status = Signal(object)
    #: new urgent/immediate incoming alerts (list of services.alerts.AlertNotice)
    alerts = Signal(list)
    #: strong cross-check hits found on arrival (list of services.crosscheck ArrivalHit)
    hits = Signal(list)
    #: set-up or enrolment failed: title, plain text
    failed = Signal(str, str)
    #: the device was enrolled by this worker ("enrol when connected")
    enrolled = Signal()
    #: the worker has released its connection and client
    closed = Signal()
    #: after each run: the inbox cursor the cache holds now ("" before the first page)
    position = Signal(str)

    def __init__(self, session: Session, stop: threading.Event) -> None:
        super().__init__()
        self._session = session
        self._stop = stop
        self._runner: SyncRunner | None = None
        self._local: Session | None = None
        self._mark = 0
        self._hit_mark = 0

    @Slot()
    def setup(self) -> None:
        """Build the engine in this thread; report the current status."""
        if self._stop.is_set():
            return
        try:
            from liaison_app.services import alerts, client_log
            from liaison_app.services.sync_runner import build_sync

            self._runner = build_sync(self._session, own_connection=True)
            # the same profile over this thread's own connection (services take a Session)
            self._local = self._runner.session
            self._mark = alerts.last_row_id(self._local.db)
            from liaison_app.services import crosscheck

            self._hit_mark = crosscheck.last_hit_id(self._local.db)
            client_log.log_event("unlocked; sync worker started")
            self.status.emit(self._runner.status())
        except Exception as exc:  # reported in plain words, never raised into Qt
            self._fail(exc)
            self._emit_cached_status()

    def _emit_cached_status(self) -> None:
        """The status as the cache knows it (when the engine could not be built)."""
        from liaison_app.services.sync_runner import cached_status

        try:
            self.status.emit(cached_status(self._session))
        except Exception as exc:
            from liaison_app.services import client_log

            client_log.log_unexpected(exc, where="reading the sync status")

    @Slot(int)
    def run(self, wait: int = 0) -> None:
        """One sync run (enrolling first if the wizard could not)."""
        if self._stop.is_set() or self._runner is None or self._local is None:
            self.report.emit(None)
            return
        from liaison_app.services import alerts

        runner = self._runner
        if not self._local.enrolled:
            try:
                runner.enrol()
                self.enrolled.emit()
            except Exception as exc:
                if not getattr(exc, "transient", False):  # offline: the status bar says so
                    self._fail(exc)
                self.status.emit(runner.status())
                self.report.emit(None)
                return

        def progress(p: SyncProgress) -> None:
            self.progress.emit(str(p.phase), int(p.done), -1 if p.total is None else int(p.total))

        result = runner.run_once(progress, wait=wait)
        try:
            from liaison_app.services.mail_watch import inbox_position

            notices = alerts.new_urgent_alerts(self._local, self._mark)
            if notices:
                self._mark = notices[-1].row_id
                self.alerts.emit(notices)
            if result.strong_hits:
                from liaison_app.services import crosscheck

                strong = crosscheck.new_strong_hits(self._local, self._hit_mark)
                if strong:
                    self._hit_mark = strong[-1].hit_id
                    self.hits.emit(strong)
            self.status.emit(runner.status())
            self.position.emit(inbox_position(self._local) or "")
        except Exception as exc:
            self._fail(exc)
        self.report.emit(result)

    @Slot(str)
    def retry(self, message_id: str) -> None:
        """Queue a message the hub refused again (the officer chose Retry), then sync."""
        if self._stop.is_set() or self._runner is None:
            self.report.emit(None)
            return
        try:
            self._runner.engine.retry_failed(message_id)
        except Exception as exc:  # already retried, or gone: said in plain words
            self._fail(exc)
        self.run(0)

    @Slot()
    def shutdown(self) -> None:
        """Close the client and this thread's connection, then end the thread."""
        runner, self._runner, self._local = self._runner, None, None
        if runner is not None:
            with contextlib.suppress(Exception):  # closing must never keep the thread alive
                runner.close()
        self.closed.emit()
        thread = QThread.currentThread()
        thread.quit()

    def _fail(self, exc: BaseException) -> None:
        from liaison_app.gui.errors import describe
        from liaison_app.services import client_log
        from liaison_app.services.problems import ProblemKind, problem_of

        if problem_of(exc).kind is ProblemKind.UNEXPECTED:
            client_log.log_unexpected(exc, where="the sync worker")
        title, text = describe(exc)
        self.failed.emit(title, text)


class SyncController(QObject):
    """GUI-thread side: owns the worker thread and decides when to sync."""

    run_started = Signal()
    #: relayed from the worker (GUI thread)
    progress = Signal(str, int, int)
    report = Signal(object)
    status = Signal(object)
    alerts = Signal(list)
    hits = Signal(list)
    failed = Signal(str, str)
    enrolled = Signal()
    position = Signal(str)
    _request = Signal(int)
    _retry = Signal(str)
    _shutdown = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *,
                 interval_ms: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.running = False
        self.pending = False
        self.runs = 0
        self._retries: list[str] = []
        self._stop = threading.Event()
        self._thread = QThread()
        self._thread.setObjectName("liaison-sync")
        self._worker = SyncWorker(ctx.require_session(), self._stop)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.setup)
        self._request.connect(self._worker.run)
        self._retry.connect(self._worker.retry)
        self._shutdown.connect(self._worker.shutdown)
        w = self._worker
        w.progress.connect(self.progress)
        w.status.connect(self.status)
        w.alerts.connect(self.alerts)
        w.hits.connect(self.hits)
        w.failed.connect(self.failed)
        w.enrolled.connect(self.enrolled)
        w.position.connect(self.position)
        w.report.connect(self._on_report)
        ctx.sync_requested.connect(self.request)
        ctx.retry_requested.connect(self.retry)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms or _interval_from_env())
        self._timer.timeout.connect(self.request)

    @property
    def worker_thread(self) -> QThread:
        """The sync thread (`thread()` stays QObject's: the thread this controller lives in)."""
        return self._thread

    def start(self) -> None:
        """Start the thread (set-up runs there), a first sync, then the periodic ones."""
        # The GUI thread re-takes the GIL for every Python slot and item-model call a
        # paint makes; a shorter switch interval bounds each wait behind the worker.
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        self._thread.start()
        self._timer.start()
        self.request()

    @Slot()
    def request(self) -> None:
        """Ask for a sync; during a run it is remembered and done right after."""
        if self._stop.is_set():
            return
        if self.running or not self._thread.isRunning():  # not started yet: after start()
            self.pending = True
            return
        self.running = True
        self.pending = False
        self.run_started.emit()
        self._request.emit(0)

    @Slot(str)
    def retry(self, message_id: str) -> None:
        """Queue a refused message again and sync (after any run in progress)."""
        if self._stop.is_set():
            return
        if self.running or not self._thread.isRunning():
            self._retries.append(message_id)
            return
        self.running = True
        self.pending = False
        self.run_started.emit()
        self._retry.emit(message_id)

    def _on_report(self, report: object) -> None:
        self.running = False
        self.runs += 1
        self.report.emit(report)
        if self._stop.is_set():
            return
        self.ctx.data_changed.emit()
        if self._retries:
            self.retry(self._retries.pop(0))
        elif self.pending:
            self.request()

    def stop(self) -> None:
        """Stop without blocking: the worker finishes its current step, closes, quits."""
        if self._stop.is_set():
            return
        self._stop.set()
        self._timer.stop()
        thread = self._thread
        if thread.isRunning():
            _retiring[thread] = self._worker  # both outlive the controller until done
            thread.finished.connect(lambda: _retiring.pop(thread, None))
            self._shutdown.emit()
        self.running = False

    def is_finished(self) -> bool:
        """True once the worker thread has ended (tests wait for it after a lock)."""
        return not self._thread.isRunning()


def wait_for_workers(timeout_ms: int = 35_000) -> None:
    """At quit: give stopping workers time to close their connections."""
    for thread in list(_retiring):
        thread.wait(timeout_ms)
    QCoreApplication.processEvents()
