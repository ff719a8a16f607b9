"""Blob bytes on disk: one file per blob in the blob directory, written at offsets.

The directory is configured (`[hub] blob_dir`) and, for several hub nodes on one
PostgreSQL database, shared by all of them (a network or cluster file system).
Files are `<dir>/<last two characters of the id>/<id>`, created 0600. Bytes
are written where the upload says (`pwrite`) and synced before the database
records them, so the recorded offset never runs ahead of what is on disk. The
hub never holds a whole blob in memory: uploads stream in, downloads stream
out, the digest is computed reading 1 MiB at a time.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import nacl.hashlib

from liaison_app.protocol.ids import validate_message_id
from liaison_app.protocol.limits import ATTACHMENT_DIGEST_BYTES

READ_BYTES = 256 * 1024


class BlobFiles:
    """The blob directory of a hub."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, blob_id: str) -> Path:
        validate_message_id(blob_id, "blob id")  # never a path from outside
        return self.root / blob_id[-2:] / blob_id

    def create(self, blob_id: str) -> None:
        """An empty file for a new upload (kept if it is there already)."""
        path = self.path(blob_id)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
        os.close(fd)

    def open_for_writing(self, blob_id: str) -> int:
        """A descriptor to `pwrite` into (FileNotFoundError if the blob was deleted)."""
        return os.open(self.path(blob_id), os.O_WRONLY)

    def size(self, blob_id: str) -> int:
        try:
            return self.path(blob_id).stat().st_size
        except FileNotFoundError:
            return 0

    def digest(self, blob_id: str, length: int) -> bytes:
        """BLAKE2b-256 of the first `length` bytes."""
        h = nacl.hashlib.blake2b(digest_size=ATTACHMENT_DIGEST_BYTES)
        left = length
        with self.path(blob_id).open("rb") as fh:
            while left > 0:
                data = fh.read(min(1024 * 1024, left))
                if not data:
                    break
                h.update(data)
                left -= len(data)
        return bytes(h.digest())

    def truncate(self, blob_id: str, length: int) -> None:
        """Drop anything past `length` (bytes written but never recorded)."""
        with contextlib.suppress(FileNotFoundError):
            if self.size(blob_id) > length:
                os.truncate(self.path(blob_id), length)

    def chunks(self, blob_id: str, offset: int, length: int) -> Iterator[bytes]:
        """`length` bytes from `offset`, READ_BYTES at a time (a download)."""
        with self.path(blob_id).open("rb") as fh:
            fh.seek(offset)
            left = length
            while left > 0:
                data = fh.read(min(READ_BYTES, left))
                if not data:
                    raise OSError(f"blob {blob_id} is shorter than recorded")
                left -= len(data)
                yield data

    def delete(self, blob_id: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path(blob_id).unlink()
