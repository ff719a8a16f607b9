"""The sync engine: refresh the directory and watch lists, push, pull (checking arrivals), ack.

No Qt: the GUI runs `run_once`/`run_forever` in a worker thread with its own
database connection and receives `SyncProgress` callbacks. No write
transaction is ever held across a network call: each step reads, talks to
the hub, then writes what the hub said in one short transaction.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Protocol

from liaison_app.crypto.keys import DeviceKeys
from liaison_app.protocol.api import MAX_BATCH, MAX_PAGE, EnvelopeResult, InboxPage
from liaison_app.protocol.directory import Directory
from liaison_app.store import (
    audit,
    erasures,
    messages,
    outbox,
    settings,
    sync_state,
)
from liaison_app.store.attachment_spool import Spool
from liaison_app.store.audit import AuditKind
from liaison_app.store.database import Database
from liaison_app.store.operation_carriers import read_carriers
from liaison_app.sync.arrival_checks import ArrivalChecks
from liaison_app.sync.audit_anchor import attest_audit_head
from liaison_app.sync.backoff import Backoff
from liaison_app.sync.blob_transfer import BlobHub, BlobTransfer, TransferProgress
from liaison_app.sync.directory_refresh import DirectoryRefused, refresh_directory
from liaison_app.sync.errors import (
    RateLimited,
    ReEnrolRequired,
    SyncError,
    Unreachable,
    classify,
)
from liaison_app.sync.hub_client import DirectoryFetch
from liaison_app.sync.inbox_pages import inbox_pages
from liaison_app.sync.push import Push
from liaison_app.sync.recall_relay import relay_recalls
from liaison_app.sync.receive import Identity, open_items, store_page
from liaison_app.sync.seal_at_push import OutboxSealer
from liaison_app.sync.status import (
    ACKED_CURSOR_KEY,
    RE_ENROL_KEY,
    SyncStatus,
    error_text,
    sync_status,
)
from liaison_app.sync.watchlists import refresh_watchlists

__all__ = ["DirectoryRefused", "SyncEngine", "SyncPhase", "SyncProgress", "SyncReport"]

AUTO_DOWNLOAD_BYTES = 10 * 1024 * 1024
"""Received attachments up to this size are fetched without asking (policy may change it)."""
MAX_PAGES_PER_RUN = 10_000
SENT_ENVELOPE_KEEP = timedelta(days=30)
"""How long an envelope the hub accepted but no recipient acknowledged is kept."""
ACK_EVERY_PAGES = 10
"""Stored pages between inbox acks while more mail waits (and always at the end of a
pull). Acking is only the hub's permission to delete: the stored cursor, not the
ack, decides where the next pull starts (docs/adr/0004-sync-cursor.md)."""


class Hub(BlobHub, Protocol):
    """The calls the engine makes (HubClient; a fake in unit tests)."""

    def get_timestamp(self) -> bytes: ...
    def get_directory(self, etag: str | None = None) -> DirectoryFetch | None: ...
    def post_envelopes(self, envelopes: Sequence[bytes]) -> list[EnvelopeResult]: ...
    def get_inbox(self, after: str | None, limit: int = MAX_PAGE,
                  wait: int = 0) -> InboxPage: ...
    def ack(self, cursor: str) -> object: ...
    def post_audit_head(self, signed: bytes) -> int: ...
    def get_audit_head(self) -> bytes | None: ...
    def get_watchlist_index(self, etag: str | None = None) -> DirectoryFetch | None: ...
    def get_watchlist(self, name: str) -> DirectoryFetch | None: ...


class SyncPhase(StrEnum):
    """Which step a progress report is about."""

    DIRECTORY = "directory"
    WATCHLISTS = "watchlists"
    PUSH = "push"
    UPLOAD = "upload"
    PULL = "pull"
    DOWNLOAD = "download"
    DONE = "done"


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """A progress callback's payload: `done` of `total` (None when unknown) in `phase`."""

    phase: SyncPhase
    done: int
    total: int | None = None
    detail: str = ""


@dataclass(slots=True)
class SyncReport:
    """What one run did, and the error that ended it early (if any)."""

    started_at: datetime
    finished_at: datetime | None = None
    directory_version: int | None = None
    pushed: int = 0
    duplicates: int = 0
    rejected: int = 0
    received: int = 0
    quarantined: int = 0
    acks_queued: int = 0
    delivered: int = 0
    replied: int = 0
    downloaded: int = 0
    attachments_refused: int = 0
    sealed: int = 0
    held: int = 0
    """Queued messages held back (e.g. waiting for a partner's directory entry)."""
    hits: int = 0
    strong_hits: int = 0
    recalls_relayed: int = 0
    """Recalls passed on to those a recalled message was forwarded to."""
    error: SyncError | None = None
    quarantine_reasons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    """Things the officer or IT should know that did not stop the run."""
    watchlists_updated: list[str] = field(default_factory=list)
    watchlist_problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the run went to the end."""
        return self.error is None

    def summary(self) -> str:
        """One line for the CLI and the status bar."""
        text = (f"sent {self.pushed + self.duplicates}, received {self.received}, "
                f"quarantined {self.quarantined}, rejected by hub {self.rejected}")
        if self.held:
            text += f", {self.held} waiting for the partner's directory entry"
        if self.hits:
            text += f", cross-check hits {self.hits} ({self.strong_hits} strong)"
        if self.watchlists_updated:
            text += f", watch lists updated: {', '.join(self.watchlists_updated)}"
        if self.watchlist_problems:
            text += f"; {len(self.watchlist_problems)} watch list(s) refused"
        if self.recalls_relayed:
            text += f", {self.recalls_relayed} recall(s) passed on to forward recipients"
        text += "".join(f"; warning: {w}" for w in self.warnings)
        return text if self.error is None else f"{text}; stopped: {self.error.message}"


def _utc_now() -> datetime:
    return datetime.now(UTC)


class SyncEngine:
    """Moves sealed envelopes between this profile's cache and its hub."""

    def __init__(self, db: Database, keys: DeviceKeys, identity: Identity, hub_client: Hub,
                 *, authority_key: bytes, clock: Callable[[], datetime] = _utc_now,
                 batch_size: int = MAX_BATCH, page_size: int = MAX_PAGE,
                 spool: Spool | None = None,
                 auto_download_bytes: int = AUTO_DOWNLOAD_BYTES,
                 max_directory_age: timedelta | None = None,
                 arrival_checks: bool = True) -> None:
        self.db = db
        self.keys = keys
        self.identity = identity
        self.hub = hub_client
        self.authority_key = bytes(authority_key)
        self.clock = clock
        self.batch_size = max(1, min(batch_size, MAX_BATCH))
        self.page_size = max(1, min(page_size, MAX_PAGE))
        self.spool = spool
        self.auto_download_bytes = auto_download_bytes
        self.max_directory_age = max_directory_age
        self.arrival_checks = ArrivalChecks(identity.officer_id) if arrival_checks else None

    def _now(self) -> datetime:
        return self.clock().astimezone(UTC).replace(microsecond=0)

    # -- one run ---------------------------------------------------------------

    def run_once(self, progress: Callable[[SyncProgress], None] | None = None, *,
                 wait: int = 0) -> SyncReport:
        """Directory, push, pull, ack. Never raises a network or hub error: see `.error`.

        `wait` > 0 long-polls the inbox (only when nothing is left to push).
        """
        report = SyncReport(started_at=self._now())
        notify = progress or (lambda _p: None)
        try:
            directory = self._refresh_directory(report, notify)
            self._refresh_watchlists(report, notify)
            self._push(report, notify, directory)
            self._pull(report, notify, directory, wait)
            read_carriers(self.db, self.identity.agency_id, self._now())
            report.recalls_relayed = relay_recalls(self.db, self.keys, self.identity,
                                                   now=self._now())
            if report.acks_queued or report.recalls_relayed:  # recalls: LED Art. 7(3)
                self._push(report, notify, directory)  # what this pull queued goes now
            self._download(report, notify)
            warning = attest_audit_head(self.db, self.hub, self.keys, self._now())
            if warning is not None:
                report.warnings.append(warning)
            self._purge_envelopes()
        except Exception as exc:  # every failure is classified, none escapes
            report.error = classify(exc)
        report.finished_at = self._now()
        self._record(report)
        notify(SyncProgress(SyncPhase.DONE, 1, 1, report.summary()))
        return report

    def _record(self, report: SyncReport) -> None:
        at = report.finished_at or self._now()
        try:
            with self.db.transaction() as conn:
                if report.error is None:
                    sync_state.record_sync(conn, at)
                    settings.delete(conn, RE_ENROL_KEY)
                else:
                    err = report.error
                    sync_state.record_failure(conn, at, error_text(err.kind, err.message))
                    if isinstance(err, ReEnrolRequired):
                        settings.put(conn, RE_ENROL_KEY, err.message)
        except Exception as exc:  # the run's result stands even if bookkeeping fails
            if report.error is None:
                report.error = classify(exc)

    # -- directory ----------------------------------------------------------------

    def _refresh_directory(self, report: SyncReport,
                           notify: Callable[[SyncProgress], None]) -> Directory:
        notify(SyncProgress(SyncPhase.DIRECTORY, 0, 1))
        directory = refresh_directory(self.db, self.hub, self.authority_key, self._now())
        report.directory_version = directory.version
        own = directory.device(self.keys.device_id)
        if own is None or not own.active:
            raise ReEnrolRequired("the directory lists this device as "
                                  f"{'unknown' if own is None else own.status.value}; "
                                  "ask IT to re-enrol it")
        notify(SyncProgress(SyncPhase.DIRECTORY, 1, 1, f"version {directory.version}"))
        return directory

    # -- watch lists ----------------------------------------------------------------

    def _refresh_watchlists(self, report: SyncReport,
                            notify: Callable[[SyncProgress], None]) -> None:
        notify(SyncProgress(SyncPhase.WATCHLISTS, 0, None))
        done = refresh_watchlists(
            self.db, self.hub, self.authority_key, self._now(),
            lambda name: notify(SyncProgress(SyncPhase.WATCHLISTS, 0, None, name)))
        report.watchlists_updated.extend(done.updated)
        report.watchlist_problems.extend(done.refused)
        notify(SyncProgress(SyncPhase.WATCHLISTS, 1, 1, ", ".join(done.updated)))

    # -- push ---------------------------------------------------------------------

    def _push(self, report: SyncReport, notify: Callable[[SyncProgress], None],
              directory: Directory) -> None:
        """Seal what the officer queued for the devices current now (seal at push),
        a batch ahead of the requests, and push it."""
        sealer = OutboxSealer(self.db, directory, self.keys, now=self._now())
        try:
            Push(self.db, self.hub, self.keys, self.identity.officer_id, self._now,
                 batch_size=self.batch_size,
                 uploads=None if self.spool is None else lambda: self._transfer(notify),
                 progress=lambda done, total: notify(SyncProgress(SyncPhase.PUSH, done, total)),
                 seal_more=sealer.seal_next).run(report)
            sealer.seal_rest()  # rows the push did not reach (held back, not due)
        finally:
            report.sealed += sealer.result.sealed
            report.warnings.extend(sealer.result.errors)
        report.held = outbox.held_count(self.db)

    def _transfer(self, notify: Callable[[SyncProgress], None]) -> BlobTransfer:
        assert self.spool is not None

        def moved(p: TransferProgress) -> None:
            notify(SyncProgress(SyncPhase.UPLOAD if p.up else SyncPhase.DOWNLOAD, p.done,
                                p.total, p.name))

        return BlobTransfer(self.db, self.hub, self.spool, actor=self.identity.officer_id,
                            sign=self.keys.sign, progress=moved, clock=self._now)

    def _download(self, report: SyncReport, notify: Callable[[SyncProgress], None]) -> None:
        """Fetch the attachments asked for, and those below the auto-download size."""
        if self.spool is None:
            return
        done, refused = self._transfer(notify).download_wanted(self.auto_download_bytes)
        report.downloaded += done
        report.attachments_refused += refused

    # -- pull -----------------------------------------------------------------------

    def _ack(self, cursor: str) -> None:
        self.hub.ack(cursor)
        with self.db.transaction() as conn:
            settings.put(conn, ACKED_CURSOR_KEY, cursor)

    def _pull(self, report: SyncReport, notify: Callable[[SyncProgress], None],
              directory: Directory, wait: int) -> None:
        cursor = sync_state.inbox_cursor(self.db)
        if cursor is not None and settings.get(self.db, ACKED_CURSOR_KEY) != cursor:
            self._ack(cursor)  # a previous run stored a page but never got to ack it
        if wait > 0 and outbox.pending_count(self.db) > outbox.held_count(self.db):
            wait = 0
        with self.db.transaction() as conn:
            erasures.purge(conn, now=self._now())
        received = 0
        unacked = 0
        notify(SyncProgress(SyncPhase.PULL, 0, None))
        with closing(inbox_pages(self.hub, cursor, page_size=self.page_size, wait=wait,
                                 max_pages=MAX_PAGES_PER_RUN)) as pages:
            for page in pages:
                if not page.items:
                    break
                self._store_pulled(page, directory, report)
                cursor = page.next_cursor
                unacked += 1
                if unacked >= ACK_EVERY_PAGES:
                    self._ack(cursor)
                    unacked = 0
                received += len(page.items)
                notify(SyncProgress(SyncPhase.PULL, received, None))
                if not page.more:
                    break
        if unacked and cursor is not None:
            self._ack(cursor)

    def _store_pulled(self, page: InboxPage, directory: Directory, report: SyncReport) -> None:
        """Open and store one inbox page (the cursor moves past it with it)."""
        now = self._now()
        ids = [i for i in (item.envelope.get("id") for item in page.items)
               if isinstance(i, str)]
        seen = messages.existing(self.db, ids) | erasures.erased(self.db, ids)
        opened = open_items(page.items, self.keys, self.identity, directory, now,
                            seen=seen.__contains__)
        outcome = store_page(self.db, opened, page.next_cursor,
                             actor=self.identity.officer_id, sign=self.keys.sign, now=now,
                             after_store=self.arrival_checks)
        report.received += outcome.received
        report.quarantined += outcome.quarantined
        report.acks_queued += outcome.acks_queued
        report.delivered += outcome.delivered
        report.replied += outcome.replied
        report.hits += outcome.hits
        report.strong_hits += outcome.strong_hits
        report.quarantine_reasons.extend(outcome.reasons)

    def _purge_envelopes(self) -> None:
        """Envelopes the recipient acknowledged (and sent acks) are not needed any more;
        one the hub took but nobody acknowledged goes after SENT_ENVELOPE_KEEP."""
        with self.db.transaction() as conn:
            outbox.purge_delivered(conn)
            outbox.purge_sent(conn, self._now() - SENT_ENVELOPE_KEEP)

    # -- around the runs ----------------------------------------------------------------

    def status(self) -> SyncStatus:
        """The state summary for the status bar and `liaison status`."""
        return sync_status(self.db, max_directory_age=self.max_directory_age)

    def retry_failed(self, message_id: str) -> None:
        """Put an envelope the hub rejected back in the queue (the officer chose to)."""
        now = self._now()
        with self.db.transaction() as conn:
            outbox.retry(conn, message_id, now=now)
            audit.append(conn, AuditKind.ALTER, self.identity.officer_id, message_id,
                         {"outcome": "requeued"}, self.keys.sign, now=now)

    def run_forever(self, stop: threading.Event,
                    progress: Callable[[SyncProgress], None] | None = None, *,
                    wait: int = 25, backoff: Backoff | None = None,
                    on_report: Callable[[SyncReport], None] | None = None,
                    min_interval: float = 1.0) -> SyncReport | None:
        """Sync until `stop` is set or the device must be re-enrolled (`--watch`).

        Long-polls the inbox between runs; after a failure waits per `backoff`
        (Retry-After honoured). Returns the last report.
        """
        backoff = backoff or Backoff()
        last: SyncReport | None = None
        while not stop.is_set():
            began = time.monotonic()
            last = self.run_once(progress, wait=wait)
            if on_report is not None:
                on_report(last)
            err = last.error
            if isinstance(err, ReEnrolRequired):
                return last
            if err is None:
                backoff.succeeded()
                idle = last.received == 0 and last.pushed == 0
                delay = max(0.0, min_interval - (time.monotonic() - began)) if idle else 0.0
            else:
                retry_after = err.retry_after if isinstance(err, RateLimited) else None
                delay = backoff.failed(retry_after)
            if delay > 0 and stop.wait(delay):
                break
        return last


def is_transient(err: SyncError | None) -> bool:
    """True for failures worth retrying soon (unreachable, 5xx, 429)."""
    return err is not None and isinstance(err, Unreachable | RateLimited)

