"""Push: the outbox goes to the hub in batches, two requests in flight.

While the hub verifies and stores one batch, the next is already on its way
and the answer before it is being recorded here, so neither side waits for
the other (the push loop used to spend about half its time waiting). Only the
request runs on a worker thread: every database step stays on the caller's
thread (the connection is not shared), in order: batches are taken oldest
first, skipping those in flight, and their answers are recorded in the order
they were sent. The hub judges every envelope on its own and by id, so two
batches stored in either order, or one sent again after a lost answer
(`duplicate`), leave the same result (docs/protocol.md §16.4).

A batch counts as offered (never sealed again) before its request starts; a
request that certainly never left clears that. When a request fails, the one
still in flight is waited for and its answer recorded too, then the first
failure ends the push: nothing the hub accepted is left unrecorded that could
be, and nothing is marked sent that the hub did not take.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from liaison_app.crypto.keys import DeviceKeys
from liaison_app.protocol.api import EnvelopeResult, EnvelopeStatus
from liaison_app.store import attachments, audit, outbox, outbox_seal
from liaison_app.store.audit import AuditKind
from liaison_app.store.database import Database
from liaison_app.store.outbox import Outgoing
from liaison_app.sync.blob_transfer import BlobTransfer
from liaison_app.sync.errors import ProtocolViolation, SyncError

log = logging.getLogger(__name__)

IN_FLIGHT = 2
"""Batch requests on their way to the hub at once."""
MAX_BATCH_BYTES = 1_500_000
"""Keep a push request under the hub's default 2 MiB body limit."""


class EnvelopeHub(Protocol):
    """The hub call a push makes (thread-safe: it runs on the push's worker threads)."""

    def post_envelopes(self, envelopes: Sequence[bytes]) -> list[EnvelopeResult]: ...


class Tally(Protocol):
    """Where a push counts what the hub did (the sync report)."""

    pushed: int
    duplicates: int
    rejected: int


@dataclass(frozen=True, slots=True)
class _Sent:
    batch: list[Outgoing]
    answer: Future[list[EnvelopeResult]]
    offered_at: datetime


class Push:
    """One push of the outbox (construct, then `run`)."""

    def __init__(self, db: Database, hub: EnvelopeHub, keys: DeviceKeys, actor: str,
                 clock: Callable[[], datetime], *, batch_size: int,
                 uploads: Callable[[], BlobTransfer] | None,
                 progress: Callable[[int, int], None],
                 seal_more: Callable[[int], bool] | None = None) -> None:
        self.db = db
        self.hub = hub
        self.keys = keys
        self.actor = actor
        self.clock = clock
        self.batch_size = batch_size
        self.uploads = uploads
        """Makes the blob transfer that completes a batch's uploads (None: no spool)."""
        self.progress = progress
        self.seal_more = seal_more
        """Seals up to n more queued messages; False when none are left (None: the
        outbox was sealed before the push)."""

    def run(self, tally: Tally) -> None:
        """Push every due envelope; raises the first failure (after recording the
        answers of the requests still in flight)."""
        total = outbox.pending_count(self.db)
        self.progress(0, total)
        done = taken = 0
        flying: deque[_Sent] = deque()
        pool = ThreadPoolExecutor(max_workers=IN_FLIGHT, thread_name_prefix="liaison-push")
        try:
            while True:
                while len(flying) < IN_FLIGHT and taken <= total:
                    batch = self._sealed_batch(flying)
                    if not batch:
                        break
                    taken += 1
                    batch = self._with_blobs(batch, tally)
                    if batch:
                        flying.append(self._send(pool, batch))
                if not flying:
                    return
                sent = flying.popleft()
                self._record(sent.batch, self._answer(sent), tally)
                done += len(sent.batch)
                self.progress(done, max(total, done))
        except BaseException:
            self._settle(flying, tally)
            raise
        finally:
            pool.shutdown(wait=True)

    # -- steps ---------------------------------------------------------------------

    def _sealed_batch(self, flying: deque[_Sent]) -> list[Outgoing]:
        """The next batch, sealing one batch's worth of queued messages first (sealed
        ahead, the outbox read stops at a full batch instead of reading every row still
        to seal), and more while the batch is short and some are left."""
        if self.seal_more is None:
            return self._next(flying)[0]
        count = self.batch_size
        while True:
            if not self.seal_more(count):
                self.seal_more = None  # all sealed
                return self._next(flying)[0]
            batch, full = self._next(flying)
            if full:
                return batch
            count = self.batch_size - len(batch)

    def _next(self, flying: deque[_Sent]) -> tuple[list[Outgoing], bool]:
        """The oldest due envelopes not in flight, up to the batch size and byte limit;
        and whether the batch is full (either limit reached)."""
        skip = {item.message_id for sent in flying for item in sent.batch}
        batch: list[Outgoing] = []
        size = 0
        for item in outbox.next_batch(self.db, self.batch_size, self.clock(), skip):
            if batch and size + len(item.envelope) + 1 > MAX_BATCH_BYTES:
                return batch, True
            batch.append(item)
            size += len(item.envelope) + 1
        return batch, len(batch) >= self.batch_size

    def _send(self, pool: ThreadPoolExecutor, batch: list[Outgoing]) -> _Sent:
        """Mark the batch offered (never re-sealed) and start its request."""
        stamp = self.clock()
        with self.db.transaction() as conn:
            outbox_seal.mark_offered(conn, [item.message_id for item in batch], now=stamp)
        answer = pool.submit(self.hub.post_envelopes, [item.envelope for item in batch])
        return _Sent(batch, answer, stamp)

    def _answer(self, sent: _Sent) -> list[EnvelopeResult]:
        """The hub's results for a batch (checked against it), or its failure; a request
        that certainly never left is no longer offered."""
        try:
            results = sent.answer.result()
        except SyncError as exc:
            if exc.nothing_sent:
                with self.db.transaction() as conn:
                    outbox_seal.clear_offered(conn, [i.message_id for i in sent.batch],
                                              now=sent.offered_at)
            raise
        for item, result in zip(sent.batch, results, strict=True):
            if result.id is not None and result.id != item.message_id:
                raise ProtocolViolation("the hub's batch answer names the wrong envelopes")
        return results

    def _settle(self, flying: deque[_Sent], tally: Tally) -> None:
        """After a failure: record what the requests still in flight come back with."""
        while flying:
            sent = flying.popleft()
            try:
                self._record(sent.batch, self._answer(sent), tally)
            except Exception as exc:  # the first failure is the one reported
                log.warning("push: a batch in flight when the push failed also failed: %s",
                            exc.__class__.__name__)

    def _with_blobs(self, batch: list[Outgoing], tally: Tally) -> list[Outgoing]:
        """Before posting a batch, make sure each message's blobs are complete at the hub;
        a message whose attachment the hub refuses for good fails with the reason."""
        if self.uploads is None:
            return batch
        pending = attachments.with_uploads_pending(self.db, [i.message_id for i in batch])
        if not pending:
            return batch
        transfer = self.uploads()
        ready: list[Outgoing] = []
        for item in batch:
            refusal = transfer.ensure_uploaded(item.message_id) \
                if item.message_id in pending else None
            if refusal is None:
                ready.append(item)
                continue
            now = self.clock()
            with self.db.transaction() as conn:
                outbox.mark_failed(conn, item.message_id, refusal[:500], now=now)
                audit.append(conn, AuditKind.ALTER, self.actor, item.message_id,
                             {"outcome": "rejected", "reason": "attachment refused"},
                             self.keys.sign, now=now)
            tally.rejected += 1
        return ready

    def _record(self, batch: list[Outgoing], results: list[EnvelopeResult],
                tally: Tally) -> None:
        """The hub's answer in one transaction: sent or failed, one audit entry each
        (one signature for the batch's entries, ADR 0025)."""
        now = self.clock()
        entries: list[audit.AuditItem] = []
        sent: list[str] = []
        disclosed = outbox_seal.sealed_for(self.db, [item.message_id for item in batch])
        with self.db.transaction() as conn:
            for item, result in zip(batch, results, strict=True):
                if result.status is EnvelopeStatus.REJECTED:
                    reason = result.reason.value if result.reason else "rejected"
                    text = f"{reason}: {result.detail}" if result.detail else reason
                    outbox.mark_failed(conn, item.message_id, text[:500], now=now)
                    tally.rejected += 1
                    details: dict[str, object] = {"outcome": "rejected", "reason": reason}
                else:
                    sent.append(item.message_id)
                    if result.status is EnvelopeStatus.ACCEPTED:
                        tally.pushed += 1
                    else:
                        tally.duplicates += 1
                    details = {"outcome": "sent", "hub": result.status.value}
                    if item.message_id in disclosed:  # sealed at push: for these devices
                        details["devices"] = disclosed[item.message_id]
                entries.append((AuditKind.ALTER, self.actor, item.message_id, details))
            outbox.mark_sent(conn, sent, now=now)
            audit.append_many(conn, entries, self.keys.sign, now=now)
