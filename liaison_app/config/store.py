"""Where small client state lives: a key/value settings store.

The encrypted store's settings table implements `SettingsStore`; tests and the
CLI (until the store is integrated) use `MemorySettingsStore`.
"""

from __future__ import annotations

from typing import Protocol


class SettingsStore(Protocol):
    """Key/value text settings, kept in the encrypted store."""

    def get(self, key: str) -> str | None:
        """The value stored under `key`, or None."""
        ...

    def set(self, key: str, value: str) -> None:
        """Store `value` under `key` (durably, in one transaction)."""
        ...


class MemorySettingsStore:
    """A dict-backed SettingsStore for tests; nothing survives the process."""

    def __init__(self, initial: dict[str, str] | None = None) -> None:
        self.data: dict[str, str] = dict(initial or {})

    def get(self, key: str) -> str | None:
        """The value stored under `key`, or None."""
        return self.data.get(key)

    def set(self, key: str, value: str) -> None:
        """Store `value` under `key`."""
        self.data[key] = value
