"""The profile directory: where one officer's encrypted cache and key file live.

Layout (all created 0600 inside a 0700 directory). `ProfileDir` is the one
place that names these files; everything else asks it.

    cache.db            SQLCipher database (+ cache.db-wal, cache.db-shm)
    keys.json           wrapped database key and device private keys (crypto)
    unlock-state.json   failed-unlock counter and back-off (crypto.passphrase; no secrets)
    display.json        the officer's display choices and window geometry (no case data)
    liaison.log         the client log for IT (+ .1, .2, .3 once rotated; no case data)
    provisioning.json   the signed provisioning profile from IT
    backups/            encrypted backups made with `Database.backup_to`
    attachments/        attachment ciphertext (secretstream blobs, keys in cache.db)
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600
APP_NAME = "liaison"


def default_profile_path() -> Path:
    """The default profile under the platform's user data directory."""
    import platformdirs  # lazily: only the GUI/CLI need the platform default

    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "default"


@contextmanager
def private_umask() -> Iterator[None]:
    """Create files as owner-only for the duration (the umask is process-wide)."""
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


def create_private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 if it does not exist; tighten it if it does."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        tighten(path)
        return
    os.close(fd)


def tighten(path: Path) -> None:
    """Make an existing file 0600 (a missing one is left alone)."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return
    if mode != FILE_MODE:
        path.chmod(FILE_MODE)


def write_private(path: Path, data: bytes) -> None:
    """Atomically replace `path` with `data`, mode 0600, fsynced."""
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


@dataclass(frozen=True)
class ProfileDir:
    """One profile directory and the names of the files inside it."""

    path: Path

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", Path(self.path).expanduser())

    @property
    def database(self) -> Path:
        """The SQLCipher cache."""
        return self.path / "cache.db"

    @property
    def sidecars(self) -> tuple[Path, Path]:
        """The database's WAL and shared-memory files."""
        return (self.path / "cache.db-wal", self.path / "cache.db-shm")

    @property
    def keys(self) -> Path:
        """The wrapped key file."""
        return self.path / "keys.json"

    @property
    def unlock_state(self) -> Path:
        """The failed-unlock counter the key file's throttle keeps beside it."""
        from liaison_app.crypto.passphrase import STATE_FILE  # lazily: PyNaCl

        return self.path / STATE_FILE

    @property
    def display(self) -> Path:
        """The officer's display choices (language, theme, text size, window geometry)."""
        return self.path / "display.json"

    @property
    def log(self) -> Path:
        """The client log (rotated to `liaison.log.1` ... when it grows)."""
        return self.path / "liaison.log"

    @property
    def provisioning(self) -> Path:
        """The signed provisioning profile."""
        return self.path / "provisioning.json"

    @property
    def backups(self) -> Path:
        """Where encrypted backups go."""
        return self.path / "backups"

    @property
    def attachments(self) -> Path:
        """The attachment spool: ciphertext only, named by attachment id."""
        return self.path / "attachments"

    def exists(self) -> bool:
        """True when the profile has a database."""
        return self.database.is_file()

    def ensure(self) -> ProfileDir:
        """Create the directory tree 0700 and make any files in it 0600."""
        with private_umask():
            for directory in (self.path, self.backups, self.attachments):
                directory.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
                if stat.S_IMODE(directory.stat().st_mode) != DIR_MODE:
                    directory.chmod(DIR_MODE)
        for root in (self.path, self.backups, self.attachments):
            for entry in root.iterdir():
                if entry.is_file() and not entry.is_symlink():
                    tighten(entry)
        return self
