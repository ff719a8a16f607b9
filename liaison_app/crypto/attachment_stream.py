"""Attachment encryption: libsodium secretstream (XChaCha20-Poly1305) in fixed chunks.

`seal_stream` reads plaintext chunk by chunk and writes the blob
(`header ‖ c_1 ‖ … ‖ c_n`, the last chunk tagged FINAL), returning BLAKE2b-256
of the blob; `open_stream` does the reverse and checks everything a receiver
must: the exact length, every chunk's MAC (which also catches reordered or
foreign chunks: the stream's nonce advances per chunk), MESSAGE tags on all but
the last chunk, the FINAL tag on the last, and the digest. Only the calls named
in the issue are used: `nacl.bindings.crypto_secretstream_xchacha20poly1305_*`.
Nothing here touches the disk: callers pass `read`/`write` callables.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from enum import StrEnum

import nacl.bindings as sodium
import nacl.exceptions

from liaison_app.protocol.attachment import AttachmentRef, attachment_ad, chunk_count
from liaison_app.protocol.limits import (
    ATTACHMENT_DIGEST_BYTES,
    ATTACHMENT_KEY_BYTES,
    STREAM_ABYTES,
    STREAM_HEADER_BYTES,
)

__all__ = [
    "AttachmentRefused",
    "BlobDigest",
    "PipedDigest",
    "RefusalReason",
    "new_attachment_key",
    "open_stream",
    "seal_stream",
    "verify_blob",
]

_TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
_TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
_push = sodium.crypto_secretstream_xchacha20poly1305_push
_pull = sodium.crypto_secretstream_xchacha20poly1305_pull
assert sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES == STREAM_HEADER_BYTES
assert sodium.crypto_secretstream_xchacha20poly1305_ABYTES == STREAM_ABYTES
assert sodium.crypto_secretstream_xchacha20poly1305_KEYBYTES == ATTACHMENT_KEY_BYTES

Read = Callable[[int], bytes]
"""`read(n)`: up to n bytes (fewer only at the end of the data)."""
Write = Callable[[bytes], object]


class RefusalReason(StrEnum):
    """Why a blob was refused (stable codes: stored with a failed attachment)."""

    TRUNCATED = "truncated"
    TOO_LONG = "too_long"
    BAD_CHUNK = "bad_chunk"
    FINAL_MISSING = "final_missing"
    FINAL_EARLY = "final_early"
    DIGEST_MISMATCH = "digest_mismatch"
    SIZE_CHANGED = "size_changed"


class AttachmentRefused(Exception):
    """A blob is not the attachment its message describes; nothing of it may be used."""

    def __init__(self, reason: RefusalReason, detail: str) -> None:
        super().__init__(f"{reason.value}: {detail}")
        self.reason = reason
        self.detail = detail


class BlobDigest:
    """BLAKE2b-256 of a blob, fed piece by piece (libsodium's crypto_generichash)."""

    def __init__(self) -> None:
        self._state = sodium.crypto_generichash_blake2b_init(digest_size=ATTACHMENT_DIGEST_BYTES)

    def update(self, data: bytes) -> None:
        sodium.crypto_generichash_blake2b_update(self._state, data)

    def digest(self) -> bytes:
        return bytes(sodium.crypto_generichash_blake2b_final(self._state))


class PipedDigest:
    """A BlobDigest fed from another thread, so hashing overlaps encryption on a second
    core (libsodium runs without the GIL). Pieces are handed over about 1 MiB at a
    time (fewer thread hand-offs); small blobs are hashed inline."""

    PIPE_FROM = 1024 * 1024
    BATCH = 1024 * 1024

    def __init__(self, total: int) -> None:
        self._digest = BlobDigest()
        self._queue: queue.Queue[list[bytes] | None] | None = None
        self._thread: threading.Thread | None = None
        self._batch: list[bytes] = []
        self._batched = 0
        if total >= self.PIPE_FROM:
            self._queue = queue.Queue(maxsize=4)  # at most ~5 MiB waiting
            self._thread = threading.Thread(target=self._run, name="blob-digest", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        assert self._queue is not None
        while (batch := self._queue.get()) is not None:
            for piece in batch:
                self._digest.update(piece)

    def update(self, data: bytes) -> None:
        if self._queue is None:
            self._digest.update(data)
            return
        self._batch.append(data)
        self._batched += len(data)
        if self._batched >= self.BATCH:
            self._queue.put(self._batch)
            self._batch, self._batched = [], 0

    def close(self) -> None:
        """Hand over the rest and stop the thread (idempotent); call on every path out."""
        if self._queue is not None and self._thread is not None:
            if self._batch:
                self._queue.put(self._batch)
                self._batch = []
            self._queue.put(None)
            self._thread.join()
            self._queue = None

    def digest(self) -> bytes:
        self.close()
        return self._digest.digest()


def new_attachment_key() -> bytes:
    """A fresh random attachment key (crypto_secretstream_xchacha20poly1305_keygen)."""
    return bytes(sodium.crypto_secretstream_xchacha20poly1305_keygen())


def _read_exact(read: Read, n: int) -> bytes:
    """n bytes, or fewer only when the data ends."""
    first = read(n)
    if len(first) == n or not first:
        return first
    parts = [first]
    got = len(first)
    while got < n:
        more = read(n - got)
        if not more:
            break
        parts.append(more)
        got += len(more)
    return b"".join(parts)


def seal_stream(read: Read, write: Write, *, size: int, chunk_size: int, key: bytes,
                message_id: str, attachment_id: str) -> bytes:
    """Encrypt exactly `size` plaintext bytes from `read` into `write`; return the digest.

    AttachmentRefused(SIZE_CHANGED) if the source holds more or fewer bytes than
    `size` (a file changed while it was read).
    """
    ad = attachment_ad(message_id, attachment_id)
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    header = sodium.crypto_secretstream_xchacha20poly1305_init_push(state, key)
    digest = PipedDigest(size)
    try:
        digest.update(header)
        write(header)
        n = chunk_count(size, chunk_size)
        for i in range(n):
            want = chunk_size if i < n - 1 else size - chunk_size * (n - 1)
            chunk = _read_exact(read, want)
            if len(chunk) != want:
                raise AttachmentRefused(RefusalReason.SIZE_CHANGED,
                                        "the file became shorter while it was read")
            c = _push(state, chunk, ad, _TAG_FINAL if i == n - 1 else _TAG_MESSAGE)
            digest.update(c)
            write(c)
        if read(1):
            raise AttachmentRefused(RefusalReason.SIZE_CHANGED,
                                    "the file became longer while it was read")
        return digest.digest()
    finally:
        digest.close()


def open_stream(read: Read, ref: AttachmentRef, message_id: str, *,
                check_digest: bool = True) -> Iterator[bytes]:
    """Decrypt the blob from `read`, yielding plaintext chunks; every check as it goes.

    The digest is compared after the last chunk, before the generator ends: a
    caller must treat what it received as unusable unless the generator finished
    (write to a temporary place, keep it only then). `check_digest=False` is for a
    blob already verified on arrival and read back from the spool: the chunk MACs
    under the secret key (and the final tag) already refuse any change to it.
    """
    ad = attachment_ad(message_id, ref.id)
    digest = PipedDigest(ref.blob_size) if check_digest else None
    try:
        yield from _open(read, ref, ad, digest)
    finally:
        if digest is not None:
            digest.close()


def _open(read: Read, ref: AttachmentRef, ad: bytes, digest: PipedDigest | None
          ) -> Iterator[bytes]:
    header = _read_exact(read, STREAM_HEADER_BYTES)
    if len(header) != STREAM_HEADER_BYTES:
        raise AttachmentRefused(RefusalReason.TRUNCATED, "the blob ends inside its header")
    if digest is not None:
        digest.update(header)
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    try:
        sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, header, ref.key)
    except (nacl.exceptions.CryptoError, ValueError) as exc:
        raise AttachmentRefused(RefusalReason.BAD_CHUNK, "the stream header is bad") from exc
    n = chunk_count(ref.size, ref.chunk_size)
    for i in range(n):
        plain = ref.chunk_size if i < n - 1 else ref.size - ref.chunk_size * (n - 1)
        c = _read_exact(read, plain + STREAM_ABYTES)
        if len(c) != plain + STREAM_ABYTES:
            raise AttachmentRefused(RefusalReason.TRUNCATED,
                                    f"the blob ends inside chunk {i + 1} of {n}")
        try:
            m, tag = _pull(state, c, ad)
        except (nacl.exceptions.CryptoError, ValueError) as exc:
            raise AttachmentRefused(
                RefusalReason.BAD_CHUNK, f"chunk {i + 1} of {n} does not decrypt (altered, "
                "reordered or from another attachment)") from exc
        if i < n - 1 and tag != _TAG_MESSAGE:
            raise AttachmentRefused(
                RefusalReason.FINAL_EARLY if tag == _TAG_FINAL else RefusalReason.BAD_CHUNK,
                f"chunk {i + 1} of {n} carries tag {tag}, not the message tag")
        if i == n - 1 and tag != _TAG_FINAL:
            raise AttachmentRefused(RefusalReason.FINAL_MISSING,
                                    "the last chunk is not tagged final (the stream was cut)")
        if digest is not None:
            digest.update(c)
        yield bytes(m)
    if read(1):
        raise AttachmentRefused(RefusalReason.TOO_LONG, "the blob goes on after its final chunk")
    if digest is not None and digest.digest() != ref.digest:
        raise AttachmentRefused(RefusalReason.DIGEST_MISMATCH,
                                "the blob is not the one the message names (digest)")


def verify_blob(read: Read, ref: AttachmentRef, message_id: str) -> None:
    """Every check of `open_stream`, keeping no plaintext (AttachmentRefused if bad)."""
    for _chunk in open_stream(read, ref, message_id):
        pass
