"""The encrypted SQLCipher connection: opening with a raw key, transactions, backup.

Threads: a `Database` is one connection and belongs to the thread that opened
it (`check_same_thread` stays on). The GUI thread and the sync worker each
open their own; WAL lets readers run beside the one writer, and
`busy_timeout` makes a second writer wait instead of failing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Protocol

import sqlcipher3

from liaison_app.store import migrations
from liaison_app.store.columns import Cursor, Params
from liaison_app.store.errors import StoreError, WrongDatabaseKey
from liaison_app.store.profile import create_private_file, private_umask, tighten

KEY_BYTES = 32
BUSY_TIMEOUT_MS = 5000


def _key_literal(raw_key: bytes) -> str:
    if not isinstance(raw_key, bytes | bytearray) or len(raw_key) != KEY_BYTES:
        raise ValueError(f"the database key must be {KEY_BYTES} raw bytes")
    return f"x'{bytes(raw_key).hex()}'"


class _TransactionOwner(Protocol):
    _conn: Any
    _depth: int


@contextmanager
def nested_transaction(owner: _TransactionOwner) -> Iterator[None]:
    """The transaction protocol of `Database` (and the bench's plain sqlite3 twin):
    BEGIN IMMEDIATE ... COMMIT at the outermost level, a savepoint inside, and a
    rollback (to the savepoint) on any exception, a failed commit included."""
    if owner._depth == 0:
        owner._conn.execute("BEGIN IMMEDIATE")
        commit, rollback = ["COMMIT"], ["ROLLBACK"]
    else:
        name = f"sp{owner._depth}"
        owner._conn.execute(f"SAVEPOINT {name}")
        commit, rollback = [f"RELEASE {name}"], [f"ROLLBACK TO {name}", f"RELEASE {name}"]
    owner._depth += 1
    try:
        yield
    except BaseException:
        owner._depth -= 1
        if owner._conn is not None and owner._conn.in_transaction:
            for statement in rollback:
                owner._conn.execute(statement)
        raise
    owner._depth -= 1
    try:
        for statement in commit:
            owner._conn.execute(statement)
    except BaseException:
        if owner._conn.in_transaction:
            for statement in rollback:
                owner._conn.execute(statement)
        raise


class Database:
    """One open, keyed connection to the local cache."""

    def __init__(self, conn: Any, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._depth = 0

    @classmethod
    def open(
        cls,
        path: Path,
        raw_key: bytes,
        *,
        migrate: bool = True,
        memory_security: bool = False,
    ) -> Database:
        """Open (creating 0600 if new) and key the database; upgrade its schema.

        Raises `WrongDatabaseKey` when the key does not decrypt the file.
        """
        path = Path(path)
        literal = _key_literal(raw_key)
        with private_umask():
            create_private_file(path)
            conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=True)
        try:
            conn.row_factory = sqlcipher3.Row
            _quiet(conn)
            conn.execute(f'PRAGMA key = "{literal}"')
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.DatabaseError as exc:
                raise WrongDatabaseKey(str(path)) from exc
            _configure(conn, memory_security)
        except BaseException:
            conn.close()
            raise
        for sidecar in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            tighten(sidecar)
        db = cls(conn, path)
        if migrate:
            try:
                migrations.upgrade(db)
            except BaseException:
                db.close()
                raise
        return db

    # -- the Conn protocol -------------------------------------------------

    @property
    def in_transaction(self) -> bool:
        """True inside `transaction()`."""
        return bool(self._conn.in_transaction)

    def execute(self, sql: str, parameters: Params = (), /) -> Cursor:
        """Run one statement."""
        cursor: Cursor = self._conn.execute(sql, parameters)
        return cursor

    def executemany(self, sql: str, parameters: Iterable[Params], /) -> Cursor:
        """Run one statement for each parameter set."""
        cursor: Cursor = self._conn.executemany(sql, parameters)
        return cursor

    # -- transactions --------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception.

        Nested use becomes a savepoint, so a repository call that opens its own
        transaction composes with the caller's.
        """
        with nested_transaction(self):
            yield self

    # -- lifecycle -------------------------------------------------------------

    def schema_version(self) -> int:
        """The schema version (`PRAGMA user_version`)."""
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def integrity_check(self) -> list[str]:
        """`PRAGMA integrity_check` lines; `["ok"]` when sound."""
        return [str(row[0]) for row in self._conn.execute("PRAGMA integrity_check")]

    def backup_to(self, path: Path, raw_key: bytes) -> None:
        """Export everything into a new encrypted file under `raw_key` (sqlcipher_export)."""
        path = Path(path)
        if self.in_transaction:
            raise StoreError("cannot back up inside a transaction")
        literal = _key_literal(raw_key)
        if path.exists() and path.stat().st_size > 0:
            raise StoreError(f"{path} already exists; a backup goes into a new file")
        with private_umask():
            create_private_file(path)
            self._conn.execute("ATTACH DATABASE ? AS backup KEY ?", (str(path), literal))
        try:
            self._conn.execute("SELECT sqlcipher_export('backup')").fetchone()
            self._conn.execute(f"PRAGMA backup.user_version = {self.schema_version()}")
        finally:
            self._conn.execute("DETACH DATABASE backup")

    def checkpoint(self) -> None:
        """Fold the WAL into the main file and truncate it."""
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def close(self) -> None:
        """Checkpoint and close; SQLCipher wipes its copy of the key."""
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except sqlcipher3.Error:
            pass  # another connection may hold the database; closing still releases ours
        finally:
            conn.close()

    @property
    def closed(self) -> bool:
        """True after `close()`."""
        return self._conn is None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _quiet(conn: Any) -> None:
    """Stop SQLCipher logging decryption failures to stderr."""
    with suppress(sqlcipher3.Error):
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()


def _configure(conn: Any, memory_security: bool) -> None:
    # cipher_memory_security wipes every allocation and costs ~6x on inserts
    # (measured); off by default, see docs/adr/0001-key-hierarchy.md.
    if memory_security:
        with suppress(sqlcipher3.Error):  # not supported by every SQLCipher build
            conn.execute("PRAGMA cipher_memory_security = ON").fetchall()
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StoreError(f"could not switch the database to WAL (got {mode})")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA synchronous = FULL")
