"""Reading a bundle file: the whole file's digest as it is read, and the carried blobs
written to temporary spool files (ciphertext, as carried) until they are verified.

A blob is never held whole in memory: its bytes go to `<id>.tmp` in a spool
directory as the body is decrypted. Whatever is not promoted is deleted
(`discard`), and the spool's sweep removes what a killed process left behind.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from liaison_app.crypto.attachment_stream import BlobDigest, PipedDigest
from liaison_app.crypto.bundle_open import BundleRefused, OpenedHeader, open_header, read_body
from liaison_app.protocol.bundle_records import BlobSink
from liaison_app.protocol.errors import ValidationError
from liaison_app.services.bundles import BundleError, Progress, bundle_error, cached_directory
from liaison_app.services.session import Session
from liaison_app.store.attachment_spool import Spool
from liaison_app.store.profile import FILE_MODE

__all__ = ["HashingReader", "TempBlobs", "open_file", "read_whole"]


class HashingReader:
    """`read(n)` over another reader, hashing (BLAKE2b-256) every byte it returns; a large
    file is hashed on a second core while the first decrypts."""

    def __init__(self, read: Callable[[int], bytes], size: int) -> None:
        self._read = read
        self._digest = PipedDigest(size)

    def read(self, n: int) -> bytes:
        data = self._read(n)
        self._digest.update(data)
        return data

    def digest(self) -> bytes:
        return self._digest.digest()

    def close(self) -> None:
        """Stop the hashing thread (idempotent)."""
        self._digest.close()


class TempBlobs:
    """Carried blobs in `<id>.tmp` files of a spool, with their size and digest."""

    def __init__(self, spool: Spool, *, digests: bool = False) -> None:
        self.spool = spool
        self._want_digests = digests
        self._sizes: dict[str, int] = {}
        self._digests: dict[str, bytes] = {}
        self._open: dict[str, BinaryIO] = {}

    def sink(self, blob_id: str, size: int) -> BlobSink:
        """Where one blob's bytes go (a blob named twice is refused)."""
        if blob_id in self._sizes:
            raise ValidationError("body", "blob {blob_id} is carried twice", blob_id=blob_id)
        self._sizes[blob_id] = size
        fd = os.open(self.spool.temp_path(blob_id), os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
                     FILE_MODE)
        out = os.fdopen(fd, "wb")
        self._open[blob_id] = out
        digest = BlobDigest() if self._want_digests else None

        def write(piece: bytes) -> None:
            out.write(piece)
            if digest is not None:
                digest.update(piece)

        def close() -> None:
            out.close()
            self._open.pop(blob_id, None)
            if digest is not None:
                self._digests[blob_id] = digest.digest()

        return BlobSink(write, close)

    def ids(self) -> list[str]:
        """The blobs written and not yet promoted or removed."""
        return sorted(self._sizes)

    def size(self, blob_id: str) -> int:
        return self._sizes[blob_id]

    def digest(self, blob_id: str) -> bytes:
        """BLAKE2b-256 of a blob (when made with `digests=True`: a relay declares it)."""
        return self._digests[blob_id]

    def open(self, blob_id: str) -> BinaryIO:
        return self.spool.temp_path(blob_id).open("rb")

    def promote(self, blob_id: str) -> None:
        """The verified blob becomes the spool's copy."""
        self.spool.promote_temp(blob_id)
        self._forget(blob_id)

    def remove(self, blob_id: str) -> None:
        handle = self._open.pop(blob_id, None)
        if handle is not None:  # cut off while it was being written
            handle.close()
        with contextlib.suppress(FileNotFoundError):
            self.spool.temp_path(blob_id).unlink()
        self._forget(blob_id)

    def _forget(self, blob_id: str) -> None:
        self._sizes.pop(blob_id, None)
        self._digests.pop(blob_id, None)

    def discard(self) -> None:
        """Delete every temporary blob still here."""
        for blob_id in self.ids():
            self.remove(blob_id)


def open_file(path: Path) -> tuple[BinaryIO, int]:
    """The bundle file for reading, and its size."""
    try:
        fh = Path(path).expanduser().open("rb")
    except OSError as exc:
        why = exc.strerror or str(exc)
        raise BundleError("The file {path} cannot be read ({error}).", path=path,
                          error=why) from exc
    return fh, os.fstat(fh.fileno()).st_size


def read_whole(session: Session, path: Path, spool_tmp: TempBlobs, report: Progress,
               now: datetime) -> tuple[OpenedHeader, list[bytes], bytes]:
    """Verify a bundle to its last byte: the header, the envelopes (in memory), the blobs
    (into `spool_tmp`) and the whole file's digest. Raises BundleError, and then nothing
    of it is kept."""
    fh, size = open_file(path)
    reader = HashingReader(fh.read, size)
    with fh:
        envelopes: list[bytes] = []
        try:
            opened = open_header(reader.read, size, session.keys, cached_directory(session),
                                 now)
            read_body(reader.read, opened, envelopes.append, spool_tmp.sink,
                      lambda done, total: report("read", done, total))
        except BundleRefused as exc:
            spool_tmp.discard()
            raise bundle_error(exc) from exc
        except BaseException:
            spool_tmp.discard()
            raise
        finally:
            reader.close()
    return opened, envelopes, reader.digest()
