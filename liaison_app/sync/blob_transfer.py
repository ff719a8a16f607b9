"""Moving attachment blobs: resumable upload before a message's envelope is pushed,
resumable download after it is received, and telling the hub when a blob is done.

Upload: create (size, digest; idempotent) → the hub's offset → PATCH the rest
in requests of `UPLOAD_REQUEST_BYTES` read from the spool → complete. A cut
connection, a killed process or a new sync run resumes from the offset the hub
reports, so the bytes already there are never sent again. Download: GET from
the length of the partial file, streamed into it; when whole, the digest and
every chunk (and the final tag) are verified before it becomes `available`.
No write transaction is held across a network call.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, BinaryIO, Protocol

from liaison_app.crypto.attachment_stream import AttachmentRefused, verify_blob
from liaison_app.protocol.api import ErrorCode
from liaison_app.protocol.blob_api import BlobAckResponse, BlobCreate, BlobState
from liaison_app.protocol.canonical import canonical_bytes
from liaison_app.protocol.errors import ValidationError
from liaison_app.store import attachments, audit
from liaison_app.store.attachment_spool import Spool
from liaison_app.store.attachments import AttachmentRow, AttachmentState
from liaison_app.store.audit import AuditKind
from liaison_app.store.database import Database
from liaison_app.sync.errors import ProtocolViolation, Rejected, SyncError, Unreachable
from liaison_app.sync.hub_connection import HubReply, StreamedBody

__all__ = ["UPLOAD_REQUEST_BYTES", "BlobHub", "BlobTransfer", "TransferProgress"]

UPLOAD_REQUEST_BYTES = 8 * 1024 * 1024
"""Bytes per upload request (the hub's default ceiling; a hub configured lower answers
413 and the client halves it). A cut request loses nothing: the hub keeps what
arrived; fewer, larger requests mean fewer syncs to disk at the hub."""
MIN_REQUEST_BYTES = 64 * 1024
RETRIES = 3
"""Consecutive failed requests on one blob before the sync run gives up (backoff)."""
OCTETS = "application/octet-stream"
_PERMANENT = frozenset({ErrorCode.BLOB_TOO_LARGE.value, ErrorCode.QUOTA_EXCEEDED.value,
                        ErrorCode.BLOB_EXISTS.value})


class BlobHub(Protocol):
    """The HubClient calls blob moves make."""

    def request(self, method: str, target: str, body: bytes = b"", *, max_bytes: int,
                content_type: str = ..., read_timeout: float | None = None,
                stream: StreamedBody | None = None) -> HubReply: ...
    def download(self, target: str, sink: Callable[[bytes], object], *,
                 max_bytes: int) -> HubReply: ...
    def check(self, reply: HubReply, what: str) -> None: ...
    def parsed(self, reply: HubReply, what: str, expect: int | tuple[int, ...],
               max_bytes: int = ...) -> Any: ...


@dataclass(frozen=True, slots=True)
class TransferProgress:
    """`done` of `total` bytes of one attachment, going `up` or down."""

    up: bool
    name: str
    done: int
    total: int


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class _FilePart:
    """`length` bytes of the spool file from `offset`, streamed in PIECE-sized reads
    (hashed in a first pass for the signed Content-Digest, read again to send)."""

    PIECE = 256 * 1024

    def __init__(self, fh: BinaryIO, offset: int, length: int) -> None:
        self._fh = fh
        self.offset = offset
        self.length = length
        digest = hashlib.sha256()
        for piece in self.pieces():
            digest.update(piece)
        self.sha256 = digest.digest()

    def pieces(self) -> Iterator[bytes]:
        self._fh.seek(self.offset)
        left = self.length
        while left > 0:
            piece = self._fh.read(min(self.PIECE, left))
            if not piece:
                raise OSError("the spool file is shorter than the blob")
            left -= len(piece)
            yield piece


class BlobTransfer:
    """Blob moves for one profile: its cache, its spool, its hub connection."""

    def __init__(self, db: Database, hub: BlobHub, spool: Spool, *, actor: str,
                 sign: Callable[[bytes], bytes],
                 progress: Callable[[TransferProgress], None] | None = None,
                 clock: Callable[[], datetime] = _utc_now,
                 request_bytes: int = UPLOAD_REQUEST_BYTES) -> None:
        self.db = db
        self.hub = hub
        self.spool = spool
        self.actor = actor
        self.sign = sign
        self.progress = progress or (lambda _p: None)
        self.clock = clock
        self.request_bytes = max(MIN_REQUEST_BYTES, request_bytes)

    # -- upload ------------------------------------------------------------------------

    def ensure_uploaded(self, message_id: str) -> str | None:
        """Upload whatever of the message's attachments the hub lacks. None when the hub
        holds them all; the reason when the hub refuses one for good (too large, over
        quota). A network failure raises (the run stops; the next one resumes)."""
        for row in attachments.not_uploaded(self.db, message_id):
            refusal = self._upload(row)
            if refusal is not None:
                return refusal
            with self.db.transaction() as conn:
                attachments.mark_uploaded(conn, row.ref.id, now=self.clock())
        return None

    def _upload(self, row: AttachmentRow) -> str | None:
        ref = row.ref
        if self.spool.size(ref.id) != ref.blob_size:
            return f"the encrypted copy of {ref.name} is missing or damaged; attach it again"
        return self.upload_blob(ref.id, ref.name, ref.blob_size, ref.digest)

    def upload_blob(self, blob_id: str, name: str, size: int, digest: bytes) -> str | None:
        """Make the hub hold the spool's whole blob `blob_id` (ours, or one carried for
        another device: a relay). None when it does; the reason when the hub refuses it
        for good. A network failure raises."""
        for attempt in range(2):
            try:
                self._send_blob(blob_id, name, size, digest)
                return None
            except Rejected as exc:
                if exc.reason in _PERMANENT:
                    return f"{name}: {exc.message}"
                if exc.reason == ErrorCode.BLOB_DIGEST_MISMATCH.value and attempt == 0:
                    continue  # the hub's copy went bad (it deleted it): send it once more
                if exc.reason == ErrorCode.BLOB_DIGEST_MISMATCH.value:
                    return f"{name}: the hub keeps receiving other bytes than were sent"
                raise
        return None

    def _send_blob(self, blob_id: str, name: str, size: int, digest: bytes) -> None:
        """Create (or find) the blob at the hub, send what it lacks, complete it."""
        state = self._create(BlobCreate(blob_id, size, digest))
        offset = state.offset
        failures = 0
        with self.spool.open(blob_id) as fh:
            while not state.complete and offset < size:
                self.progress(TransferProgress(True, name, offset, size))
                part = _FilePart(fh, offset, min(self.request_bytes, size - offset))
                try:
                    state = self._append(blob_id, offset, part)
                    failures = 0
                except Unreachable:
                    failures += 1
                    if failures >= RETRIES:
                        raise
                    state = self._state(blob_id)  # where the hub got to before the cut
                except Rejected as exc:
                    if exc.reason == ErrorCode.BODY_TOO_LARGE.value and \
                            self.request_bytes > MIN_REQUEST_BYTES:
                        self.request_bytes = max(MIN_REQUEST_BYTES, self.request_bytes // 2)
                    elif exc.reason != ErrorCode.BLOB_OFFSET_MISMATCH.value:
                        raise
                    state = self._state(blob_id)
                offset = state.offset
        self.progress(TransferProgress(True, name, size, size))
        if not state.complete:
            self._complete(blob_id)

    def _blob_state(self, reply: HubReply, what: str, expect: int | tuple[int, ...]
                    ) -> BlobState:
        obj = self.hub.parsed(reply, what, expect)
        try:
            return BlobState.from_wire(obj)
        except ValidationError as exc:
            raise ProtocolViolation(f"the hub's blob answer is malformed ({exc})") from exc

    def _create(self, want: BlobCreate) -> BlobState:
        reply = self.hub.request("POST", "/v1/blobs", canonical_bytes(want.to_wire()),
                                 max_bytes=65536)
        state = self._blob_state(reply, "take an attachment", (200, 201))
        if state.id != want.id or state.size != want.size:
            raise ProtocolViolation("the hub's blob answer names another blob")
        return state

    def _state(self, blob_id: str) -> BlobState:
        reply = self.hub.request("GET", f"/v1/blobs/{blob_id}/state", max_bytes=65536)
        return self._blob_state(reply, "say how much of an attachment it holds", 200)

    def _append(self, blob_id: str, offset: int, part: _FilePart) -> BlobState:
        reply = self.hub.request("PATCH", f"/v1/blobs/{blob_id}?offset={offset}",
                                 max_bytes=65536, content_type=OCTETS, stream=part)
        state = self._blob_state(reply, "store part of an attachment", 200)
        if state.offset < offset:
            raise ProtocolViolation("the hub's upload offset went backwards")
        return state

    def _complete(self, blob_id: str) -> None:
        reply = self.hub.request("POST", f"/v1/blobs/{blob_id}/complete", max_bytes=65536)
        state = self._blob_state(reply, "check an attachment", 200)
        if not state.complete:
            raise ProtocolViolation("the hub did not complete the attachment")

    # -- download ------------------------------------------------------------------------

    def download_wanted(self, auto_bytes: int) -> tuple[int, int]:
        """Fetch what is asked for or small enough; (available, failed) counts."""
        done = failed = 0
        for row in attachments.to_download(self.db, auto_bytes):
            if self.download(row):
                done += 1
            else:
                failed += 1
        self.release_done()
        return done, failed

    def download(self, row: AttachmentRow) -> bool:
        """Fetch one attachment, resuming a partial file; True once it is available,
        False when refused (its state says why). A network failure raises."""
        ref = row.ref
        if row.state is AttachmentState.REMOTE:
            self._set_state(ref.id, AttachmentState.DOWNLOADING)
        expected = ref.blob_size
        have = self.spool.partial_size(ref.id)
        if have > expected:
            self.spool.remove_partial(ref.id)
            have = 0
        failures = 0
        while have < expected:
            self.progress(TransferProgress(False, ref.name, have, expected))
            try:
                self._fetch(ref.id, have, expected)
            except Unreachable:
                failures += 1
                if failures >= RETRIES:
                    raise
                have = self.spool.partial_size(ref.id)
                continue
            except ProtocolViolation:
                if self.spool.partial_size(ref.id) <= expected:
                    raise
                return self._refuse(row, "too_long: the hub's copy is longer than the "
                                    "message says")
            except Rejected as exc:
                if exc.status == 404:
                    return self._refuse(row, "the hub no longer holds it (expired, or "
                                        "deleted)")
                if exc.status == 403:
                    return self._refuse(row, "the hub says this device is not a recipient")
                raise
            have = self.spool.partial_size(ref.id)
            if have != expected:
                return self._refuse(row, "truncated: the hub's copy is shorter than the "
                                    "message says")
        self.progress(TransferProgress(False, ref.name, expected, expected))
        try:  # one pass: every chunk, the final tag and the digest
            with self.spool.read_partial(ref.id) as fh:
                verify_blob(fh.read, ref, row.message_id)
        except AttachmentRefused as exc:
            return self._refuse(row, f"{exc.reason.value}: {exc.detail}")
        self.spool.promote(ref.id)
        self._set_state(ref.id, AttachmentState.AVAILABLE)
        if self._release(ref.id):
            with self.db.transaction() as conn:
                attachments.mark_released(conn, ref.id, now=self.clock())
        return True

    def _fetch(self, blob_id: str, offset: int, expected: int) -> None:
        target = f"/v1/blobs/{blob_id}" + (f"?offset={offset}" if offset else "")
        with self.spool.open_partial(blob_id) as out:
            def sink(chunk: bytes) -> None:
                out.write(chunk)
                out.flush()

            reply = self.hub.download(target, sink, max_bytes=expected - offset + 1)
        self.hub.check(reply, "send an attachment")

    def _set_state(self, attachment_id: str, state: AttachmentState,
                   failure: str | None = None) -> None:
        with self.db.transaction() as conn:
            attachments.set_state(conn, attachment_id, state, now=self.clock(),
                                  failure=failure)

    def _refuse(self, row: AttachmentRow, why: str) -> bool:
        """Nothing of a refused blob is kept; the attachment is `failed` with the reason."""
        self.spool.remove_partial(row.ref.id)
        now = self.clock()
        with self.db.transaction() as conn:
            attachments.set_state(conn, row.ref.id, AttachmentState.FAILED, now=now,
                                  failure=why[:300])
            audit.append(conn, AuditKind.RECEIVE, self.actor, f"attachment:{row.ref.id}",
                         {"outcome": "refused", "message": row.message_id, "reason": why[:300]},
                         self.sign, now=now)
        return False

    # -- acknowledgements ----------------------------------------------------------------

    def _release(self, blob_id: str) -> bool:
        """Tell the hub this device needs the blob no more; False if it could not be told
        now (it is tried again at the next run)."""
        try:
            reply = self.hub.request("POST", f"/v1/blobs/{blob_id}/ack", max_bytes=65536)
            BlobAckResponse.from_wire(self.hub.parsed(reply, "take an attachment ack", 200))
        except (SyncError, ValidationError):
            return False
        return True

    def release_done(self) -> None:
        """Acks not yet delivered: verified downloads, and erased messages' blobs."""
        for blob_id in attachments.to_release(self.db):
            if self._release(blob_id):
                with self.db.transaction() as conn:
                    attachments.mark_released(conn, blob_id, now=self.clock())
        for blob_id, pending in attachments.trashed(self.db):
            if pending and self._release(blob_id):
                with self.db.transaction() as conn:
                    attachments.settle_trash(conn, blob_id, released=True)
                self.spool.remove(blob_id)

