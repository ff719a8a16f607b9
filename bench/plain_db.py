"""The baseline: the store's schema and settings in plain (unencrypted) stdlib sqlite3.

`PlainDatabase` speaks the same `Conn` protocol as `store.database.Database`
(execute / executemany / in_transaction / transaction), so the repositories
(`messages.insert_incoming`, `search.message_ids`, ...) run on it unchanged.
The schema comes from the store's own migrations; the pragmas mirror
`Database._configure` except the cipher ones, so a ratio measures encryption.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from liaison_app.store import migrations
from liaison_app.store.columns import Cursor, Params
from liaison_app.store.database import BUSY_TIMEOUT_MS, Database, nested_transaction

# The connection settings `Database.open` applies (store/database.py `_configure`).
STORE_PRAGMAS: dict[str, str] = {
    "journal_mode": "WAL",
    "foreign_keys": "ON",
    "busy_timeout": str(BUSY_TIMEOUT_MS),
    "temp_store": "MEMORY",
    "secure_delete": "ON",
    "synchronous": "FULL",
}


class PlainDatabase:
    """A stdlib sqlite3 connection with `Database`'s transaction protocol."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._depth = 0

    @classmethod
    def open(cls, path: Path, *, pragmas: dict[str, str] | None = None,
             migrate: bool = True) -> PlainDatabase:
        """Open `path` with the store's pragmas (overridable) and run the migrations."""
        conn = sqlite3.connect(str(path), isolation_level=None)
        conn.row_factory = sqlite3.Row
        apply_pragmas(conn, {**STORE_PRAGMAS, **(pragmas or {})})
        db = cls(conn, Path(path))
        if migrate:
            migrate_conn(db)
        return db

    @property
    def in_transaction(self) -> bool:
        return self._conn.in_transaction

    def execute(self, sql: str, parameters: Params = (), /) -> Cursor:
        return self._conn.execute(sql, parameters)

    def executemany(self, sql: str, parameters: Iterable[Params], /) -> Cursor:
        return self._conn.executemany(sql, parameters)

    @contextmanager
    def transaction(self) -> Iterator[PlainDatabase]:
        """BEGIN IMMEDIATE ... COMMIT (savepoints when nested), as `Database` does."""
        with nested_transaction(self):
            yield self

    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        """Checkpoint and close, as `Database.close` does."""
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        self._conn.close()


def apply_pragmas(conn: Any, pragmas: dict[str, str]) -> None:
    """`PRAGMA name = value` for each entry, on any DB-API connection."""
    for name, value in pragmas.items():
        conn.execute(f"PRAGMA {name} = {value}").fetchall()


def migrate_conn(db: PlainDatabase) -> int:
    """Apply every store migration in order, each in its own transaction (as `upgrade`)."""
    current = db.schema_version()
    for migration in migrations.MIGRATIONS:
        if current < migration.version:
            with db.transaction() as tx:
                migration.apply(tx)
                tx.execute(f"PRAGMA user_version = {int(migration.version)}")
            current = migration.version
    return current


def raw_connection(db: Database | PlainDatabase) -> Any:
    """The underlying DB-API connection (for pragmas the bench varies)."""
    return db._conn
