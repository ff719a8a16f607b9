"""Typed errors the store raises; none of them carries plaintext content."""

from __future__ import annotations


class StoreError(Exception):
    """Base class for every error the local store raises."""


class WrongDatabaseKey(StoreError):
    """The key does not open the database (wrong key, or not a Liaison cache)."""

    def __init__(self, path: str) -> None:
        super().__init__(f"the key does not open {path} (wrong key or not a Liaison database)")
        self.path = path


class SchemaTooNew(StoreError):
    """The database was written by a newer Liaison than this one."""

    def __init__(self, found: int, head: int) -> None:
        super().__init__(f"database schema version {found} is newer than this release ({head})")
        self.found = found
        self.head = head


class NotInTransaction(StoreError):
    """A write was attempted outside `Database.transaction()`."""


class InvalidTransition(StoreError):
    """A message status change that the lifecycle does not allow."""

    def __init__(self, message_id: str, current: str, wanted: str) -> None:
        super().__init__(f"message {message_id}: cannot move from {current} to {wanted}")
        self.message_id = message_id
        self.current = current
        self.wanted = wanted


class UnknownRecord(StoreError):
    """A write referred to a row that does not exist."""


class DirectoryRollback(StoreError):
    """A directory older than the cached one was offered."""

    def __init__(self, offered: int, cached: int) -> None:
        super().__init__(f"directory version {offered} is older than the cached {cached}")
        self.offered = offered
        self.cached = cached
