"""The attachment spool: one ciphertext file per attachment, in the profile.

`<id>.blob` is a whole blob exactly as it travels (secretstream header and
chunks; the key is only in the encrypted cache), for attachments composed here
and for received ones once verified. `<id>.part` is a download in progress
(resumed from its length), `<id>.tmp` an encryption in progress (renamed to
`.blob` once complete and synced). No plaintext is ever written here.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from liaison_app.protocol.ids import validate_message_id
from liaison_app.store import attachments
from liaison_app.store.database import Database
from liaison_app.store.profile import DIR_MODE, FILE_MODE

_SUFFIXES = (".blob", ".part", ".tmp")
ORPHAN_AGE_SECONDS = 3600
_UUID7 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Spool:
    """The spool directory of one profile."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _name(self, attachment_id: str, suffix: str) -> Path:
        validate_message_id(attachment_id, "attachment id")  # never a path from outside
        return self.root / f"{attachment_id}{suffix}"

    def ensure(self) -> Spool:
        """Create the directory (0700) if it is missing."""
        self.root.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        return self

    def path(self, attachment_id: str) -> Path:
        """The whole blob's file."""
        return self._name(attachment_id, ".blob")

    def has(self, attachment_id: str) -> bool:
        """True when the whole blob is here."""
        return self.path(attachment_id).is_file()

    def open(self, attachment_id: str) -> BinaryIO:
        """The whole blob for reading (FileNotFoundError when it is not here)."""
        return self.path(attachment_id).open("rb")

    def size(self, attachment_id: str) -> int:
        """The whole blob's length (0 when it is not here)."""
        try:
            return self.path(attachment_id).stat().st_size
        except FileNotFoundError:
            return 0

    @contextlib.contextmanager
    def writing(self, attachment_id: str) -> Iterator[BinaryIO]:
        """Write a whole blob: to `.tmp`, synced and renamed to `.blob` only on success."""
        self.ensure()
        tmp = self._name(attachment_id, ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        try:
            with os.fdopen(fd, "wb") as out:
                yield out
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path(attachment_id))
            _fsync_dir(self.root)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise

    def temp_path(self, attachment_id: str) -> Path:
        """Where a whole blob is written before it is verified (`promote_temp` then)."""
        return self._name(attachment_id, ".tmp")

    def promote_temp(self, attachment_id: str) -> None:
        """A verified temporary blob (e.g. carried in a bundle) becomes the whole blob."""
        tmp = self.temp_path(attachment_id)
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, self.path(attachment_id))
        _fsync_dir(self.root)

    def partial_size(self, attachment_id: str) -> int:
        """How much of a download is here."""
        try:
            return self._name(attachment_id, ".part").stat().st_size
        except FileNotFoundError:
            return 0

    def open_partial(self, attachment_id: str) -> BinaryIO:
        """A download in progress, opened to append (created 0600 if new)."""
        self.ensure()
        fd = os.open(self._name(attachment_id, ".part"), os.O_WRONLY | os.O_CREAT | os.O_APPEND,
                     FILE_MODE)
        return os.fdopen(fd, "ab")

    def read_partial(self, attachment_id: str) -> BinaryIO:
        """A download in progress, for reading (to verify it)."""
        return self._name(attachment_id, ".part").open("rb")

    def truncate_partial(self, attachment_id: str, length: int) -> None:
        """Cut a partial download back (a bad tail after a crash)."""
        with contextlib.suppress(FileNotFoundError):
            os.truncate(self._name(attachment_id, ".part"), length)

    def promote(self, attachment_id: str) -> None:
        """A verified download becomes the whole blob."""
        part = self._name(attachment_id, ".part")
        fd = os.open(part, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(part, self.path(attachment_id))
        _fsync_dir(self.root)

    def remove(self, attachment_id: str) -> None:
        """Delete every file of an attachment (missing ones are fine)."""
        for suffix in _SUFFIXES:
            with contextlib.suppress(FileNotFoundError):
                self._name(attachment_id, suffix).unlink()

    def remove_partial(self, attachment_id: str) -> None:
        """Delete a download in progress."""
        with contextlib.suppress(FileNotFoundError):
            self._name(attachment_id, ".part").unlink()

    def ids(self, *, older_than: float | None = None) -> set[str]:
        """The attachment ids that have a file here (last changed before `older_than`,
        a Unix time, when given)."""
        if not self.root.is_dir():
            return set()
        out: set[str] = set()
        for entry in self.root.iterdir():
            stem, dot, suffix = entry.name.rpartition(".")
            if not (dot and "." + suffix in _SUFFIXES and _UUID7.fullmatch(stem)):
                continue
            with contextlib.suppress(FileNotFoundError):
                if older_than is None or entry.stat().st_mtime < older_than:
                    out.add(stem)
        return out


def sweep(db: Database, spool: Spool, *, orphans: bool) -> int:
    """Delete the files of erased attachments (the trash journal) and, with `orphans`,
    files no attachment row owns (a compose or download cut short); return how many.
    Orphans are files left alone for an hour at least (another process on the same
    profile may be composing right now)."""
    removed = 0
    with db.transaction() as conn:
        for attachment_id, release in attachments.trashed(conn):
            spool.remove(attachment_id)
            attachments.settle_trash(conn, attachment_id, released=not release)
            removed += 1
        known = attachments.all_ids(conn) if orphans else set()
    if orphans:
        for orphan in spool.ids(older_than=time.time() - ORPHAN_AGE_SECONDS) - known:
            spool.remove(orphan)
            removed += 1
    return removed
