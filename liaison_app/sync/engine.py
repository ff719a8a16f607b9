"""The sync engine: refresh the directory, push the outbox, pull the inbox, ack.

No Qt: the GUI runs `run_once`/`run_forever` in a worker thread with its own
database connection and receives `SyncProgress` callbacks. No write
transaction is ever held across a network call: each step reads, talks to
the hub, then writes what the hub said in one short transaction.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Protocol

from liaison_app.crypto.directory import DirectoryError, verify_directory
from liaison_app.crypto.keys import DeviceKeys
from liaison_app.protocol.api import MAX_BATCH, MAX_PAGE, EnvelopeResult, EnvelopeStatus, InboxPage
from liaison_app.protocol.directory import Directory
from liaison_app.store import audit, directory_cache, messages, outbox, settings, sync_state
from liaison_app.store.audit import AuditKind
from liaison_app.store.database import Database
from liaison_app.store.directory_apply import load_directory, store_directory
from liaison_app.store.outbox import OutboxItem
from liaison_app.store.sync_state import SyncKey
from liaison_app.sync.backoff import Backoff
from liaison_app.sync.errors import (
    ProtocolViolation,
    RateLimited,
    ReEnrolRequired,
    SyncError,
    Unreachable,
)
from liaison_app.sync.hub_client import DirectoryFetch, classify
from liaison_app.sync.receive import Identity, open_items, store_page
from liaison_app.sync.status import (
    ACKED_CURSOR_KEY,
    RE_ENROL_KEY,
    SyncStatus,
    error_text,
    sync_status,
)

__all__ = ["SyncEngine", "SyncPhase", "SyncProgress", "SyncReport"]

MAX_BATCH_BYTES = 1_500_000
"""Keep a push request under the hub's default 2 MiB body limit."""
MAX_PAGES_PER_RUN = 10_000
SENT_ENVELOPE_KEEP = timedelta(days=30)
"""How long an envelope the hub accepted but no recipient acknowledged is kept."""
ACK_EVERY_PAGES = 10
"""Stored pages between inbox acks while more mail waits (and always at the end of a
pull). Acking is only the hub's permission to delete: the stored cursor, not the
ack, decides where the next pull starts (docs/adr/0004-sync-cursor.md)."""


class Hub(Protocol):
    """The calls the engine makes (HubClient; a fake in unit tests)."""

    def get_directory(self, etag: str | None = None) -> DirectoryFetch | None: ...
    def post_envelopes(self, envelopes: Sequence[bytes]) -> list[EnvelopeResult]: ...
    def get_inbox(self, after: str | None, limit: int = MAX_PAGE,
                  wait: int = 0) -> InboxPage: ...
    def ack(self, cursor: str) -> object: ...


class SyncPhase(StrEnum):
    """Which step a progress report is about."""

    DIRECTORY = "directory"
    PUSH = "push"
    PULL = "pull"
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
    error: SyncError | None = None
    quarantine_reasons: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the run went to the end."""
        return self.error is None

    def summary(self) -> str:
        """One line for the CLI and the status bar."""
        text = (f"sent {self.pushed + self.duplicates}, received {self.received}, "
                f"quarantined {self.quarantined}, rejected by hub {self.rejected}")
        return text if self.error is None else f"{text}; stopped: {self.error.message}"


def _utc_now() -> datetime:
    return datetime.now(UTC)


class DirectoryRefused(ProtocolViolation):
    """The hub served a directory that fails verification (signature, expiry, rollback)."""


class SyncEngine:
    """Moves sealed envelopes between this profile's cache and its hub."""

    def __init__(self, db: Database, keys: DeviceKeys, identity: Identity, hub_client: Hub,
                 *, authority_key: bytes, clock: Callable[[], datetime] = _utc_now,
                 batch_size: int = MAX_BATCH, page_size: int = MAX_PAGE) -> None:
        self.db = db
        self.keys = keys
        self.identity = identity
        self.hub = hub_client
        self.authority_key = bytes(authority_key)
        self.clock = clock
        self.batch_size = max(1, min(batch_size, MAX_BATCH))
        self.page_size = max(1, min(page_size, MAX_PAGE))

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
            self._push(report, notify)
            self._pull(report, notify, directory, wait)
            if report.acks_queued:
                self._push(report, notify)  # the acks this pull queued go out now
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
        meta = directory_cache.meta(self.db)
        etag = sync_state.get(self.db, SyncKey.DIRECTORY_ETAG) if meta else None
        fetched = self.hub.get_directory(etag)
        now = self._now()
        directory: Directory | None
        if fetched is None:
            directory = load_directory(self.db)
            if directory is None:
                raise ProtocolViolation("the hub said the directory is unchanged, "
                                        "but none is cached")
            if now >= directory.expires_at:
                raise DirectoryRefused("the directory has expired and the hub has no newer "
                                       "one; contact IT")
        else:
            try:
                directory = verify_directory(fetched.raw, self.authority_key,
                                             min_version=meta.version if meta else 0, now=now)
            except DirectoryError as exc:
                raise DirectoryRefused(f"the hub's directory was refused ({exc}); nothing "
                                       "was changed; contact IT") from exc
            with self.db.transaction() as conn:
                if meta is None or directory.version > meta.version or fetched.raw != meta.raw:
                    store_directory(conn, directory, fetched.raw, now=now)
                sync_state.put(conn, SyncKey.DIRECTORY_VERSION, str(directory.version))
                sync_state.put(conn, SyncKey.DIRECTORY_ETAG, fetched.etag)
        report.directory_version = directory.version
        own = directory.device(self.keys.device_id)
        if own is None or not own.active:
            raise ReEnrolRequired("the directory lists this device as "
                                  f"{'unknown' if own is None else own.status.value}; "
                                  "ask IT to re-enrol it")
        notify(SyncProgress(SyncPhase.DIRECTORY, 1, 1, f"version {directory.version}"))
        return directory

    # -- push ---------------------------------------------------------------------

    def _take_batch(self, items: list[OutboxItem]) -> list[OutboxItem]:
        batch: list[OutboxItem] = []
        size = 0
        for item in items:
            if batch and size + len(item.envelope) + 1 > MAX_BATCH_BYTES:
                break
            batch.append(item)
            size += len(item.envelope) + 1
        return batch

    def _push(self, report: SyncReport, notify: Callable[[SyncProgress], None]) -> None:
        total = outbox.pending_count(self.db)
        done = 0
        notify(SyncProgress(SyncPhase.PUSH, 0, total))
        for _ in range(total + 1):
            batch = self._take_batch(outbox.next_batch(self.db, self.batch_size, self._now()))
            if not batch:
                return
            results = self.hub.post_envelopes([item.envelope for item in batch])
            for item, result in zip(batch, results, strict=True):
                if result.id is not None and result.id != item.message_id:
                    raise ProtocolViolation("the hub's batch answer names the wrong envelopes")
            self._store_push(batch, results, report)
            done += len(batch)
            notify(SyncProgress(SyncPhase.PUSH, done, max(total, done)))

    def _store_push(self, batch: list[OutboxItem], results: list[EnvelopeResult],
                    report: SyncReport) -> None:
        now = self._now()
        actor = self.identity.officer_id
        entries: list[audit.AuditItem] = []
        sent: list[str] = []
        with self.db.transaction() as conn:
            for item, result in zip(batch, results, strict=True):
                if result.status is EnvelopeStatus.REJECTED:
                    reason = result.reason.value if result.reason else "rejected"
                    text = f"{reason}: {result.detail}" if result.detail else reason
                    outbox.mark_failed(conn, item.message_id, text[:500], now=now)
                    report.rejected += 1
                    details = {"outcome": "rejected", "reason": reason}
                else:
                    sent.append(item.message_id)
                    if result.status is EnvelopeStatus.ACCEPTED:
                        report.pushed += 1
                    else:
                        report.duplicates += 1
                    details = {"outcome": "sent", "hub": result.status.value}
                entries.append((AuditKind.ALTER, actor, item.message_id, details))
            outbox.mark_sent(conn, sent, now=now)
            audit.append_many(conn, entries, self.keys.sign, now=now)

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
        if wait > 0 and outbox.pending_count(self.db) > 0:
            wait = 0
        received = 0
        unacked = 0
        notify(SyncProgress(SyncPhase.PULL, 0, None))
        for _ in range(MAX_PAGES_PER_RUN):
            page = self.hub.get_inbox(cursor, self.page_size, wait)
            wait = 0
            if not page.items:
                break
            now = self._now()
            ids = [i.envelope.get("id") for i in page.items]
            stored = messages.existing(self.db, [i for i in ids if isinstance(i, str)])
            opened = open_items(page.items, self.keys, self.identity, directory, now,
                                seen=stored.__contains__)
            outcome = store_page(self.db, opened, page.next_cursor,
                                 actor=self.identity.officer_id, sign=self.keys.sign, now=now)
            cursor = page.next_cursor
            report.received += outcome.received
            report.quarantined += outcome.quarantined
            report.acks_queued += outcome.acks_queued
            report.delivered += outcome.delivered
            report.replied += outcome.replied
            report.quarantine_reasons.extend(outcome.reasons)
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

    def _purge_envelopes(self) -> None:
        """Envelopes the recipient acknowledged (and sent acks) are not needed any more;
        one the hub took but nobody acknowledged goes after SENT_ENVELOPE_KEEP."""
        with self.db.transaction() as conn:
            outbox.purge_delivered(conn)
            outbox.purge_sent(conn, self._now() - SENT_ENVELOPE_KEEP)

    # -- around the runs ----------------------------------------------------------------

    def status(self) -> SyncStatus:
        """The state summary for the status bar and `liaison status`."""
        return sync_status(self.db)

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

