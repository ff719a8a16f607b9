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
import threading
from collections.abc import Iterator
from pathlib import Path

from liaison_app.crypto.attachment_stream import BlobDigest
from liaison_app.protocol.ids import validate_message_id

READ_BYTES = 1024 * 1024


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
        h = BlobDigest()
        left = length
        with self.path(blob_id).open("rb") as fh:
            while left > 0:
                data = fh.read(min(1024 * 1024, left))
                if not data:
                    break
                h.update(data)
                left -= len(data)
        return h.digest()

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


class _Run:
    """One upload's digest so far: the bytes [0, offset) fed in order."""

    __slots__ = ("busy", "offset", "state")

    def __init__(self) -> None:
        self.state = BlobDigest()
        self.offset = 0
        self.busy = False


class RunningDigests:
    """BLAKE2b of uploads in progress in this process, fed as their bytes arrive.

    A fast path only: completion uses it when it vouches for every byte in order
    (one request at a time from offset 0, nothing refused on the way) and reads
    the file again otherwise (a resumed upload served by another node, two
    overlapping requests, a hub restart). So the digest check never depends on it.
    """

    MAX_RUNS = 4096

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._runs: dict[str, _Run] = {}

    def claim(self, blob_id: str, offset: int) -> _Run | None:
        """The run to feed bytes from `offset` into, if it is exactly there and free."""
        with self._lock:
            run = self._runs.get(blob_id)
            if offset == 0 and (run is None or not run.busy):
                if len(self._runs) >= self.MAX_RUNS:
                    self._runs.clear()
                run = self._runs[blob_id] = _Run()
            if run is None or run.busy or run.offset != offset:
                return None
            run.busy = True
            return run

    def release(self, blob_id: str, run: _Run, end: int | None) -> None:
        """Done feeding: the run now covers [0, end); None when the bytes fed are not
        the blob's (a refused request): then it is forgotten."""
        with self._lock:
            run.busy = False
            if end is None:
                self._runs.pop(blob_id, None)
            else:
                run.offset = end

    def take(self, blob_id: str, size: int) -> bytes | None:
        """The digest of [0, size) if a run covers exactly that; forgets the run."""
        with self._lock:
            run = self._runs.pop(blob_id, None)
        if run is None or run.busy or run.offset != size:
            return None
        return run.state.digest()
