"""Opening, keying, transactions and backup of the SQLCipher database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3

from liaison_app.store import settings
from liaison_app.store.database import Database
from liaison_app.store.errors import NotInTransaction, StoreError, WrongDatabaseKey
from liaison_app.store.migrations import HEAD
from liaison_app.store.profile import ProfileDir


def test_open_configures_the_connection(db: Database) -> None:
    assert db.schema_version() == HEAD
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA temp_store").fetchone()[0] == 2
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert db.integrity_check() == ["ok"]


def test_file_is_not_plain_sqlite(db: Database, profile: ProfileDir) -> None:
    db.checkpoint()
    assert not profile.database.read_bytes().startswith(b"SQLite format 3")


def test_wrong_key_fails_cleanly(profile: ProfileDir, raw_key: bytes) -> None:
    Database.open(profile.database, raw_key).close()
    with pytest.raises(WrongDatabaseKey) as info:
        Database.open(profile.database, os.urandom(32))
    assert "cache.db" in str(info.value)
    Database.open(profile.database, raw_key).close()  # the right key still works


def test_wrong_key_prints_nothing(profile: ProfileDir, raw_key: bytes, tmp_path: Path) -> None:
    Database.open(profile.database, raw_key).close()
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from liaison_app.store.database import Database\n"
        "from liaison_app.store.errors import WrongDatabaseKey\n"
        "try:\n"
        f"    Database.open(Path({str(profile.database)!r}), os.urandom(32))\n"
        "except WrongDatabaseKey:\n"
        "    print('refused')\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60, check=True)
    assert result.stdout.strip() == "refused"
    assert result.stderr == ""


def test_key_must_be_32_bytes(profile: ProfileDir) -> None:
    with pytest.raises(ValueError, match="32"):
        Database.open(profile.database, b"short")


def test_transaction_commits_and_rolls_back(db: Database) -> None:
    with db.transaction() as tx:
        settings.put(tx, "a", "1")
    with pytest.raises(RuntimeError), db.transaction() as tx:
        settings.put(tx, "b", "2")
        raise RuntimeError("boom")
    assert settings.get(db, "a") == "1"
    assert settings.get(db, "b") is None
    assert not db.in_transaction


def test_nested_transaction_is_a_savepoint(db: Database) -> None:
    with db.transaction() as tx:
        settings.put(tx, "outer", "1")
        with pytest.raises(RuntimeError), tx.transaction() as inner:
            settings.put(inner, "inner", "2")
            raise RuntimeError("inner fails")
        assert tx.in_transaction
    assert settings.get(db, "outer") == "1"
    assert settings.get(db, "inner") is None


def test_writes_outside_a_transaction_are_refused(db: Database) -> None:
    with pytest.raises(NotInTransaction):
        settings.put(db, "k", "v")


def test_other_thread_cannot_use_the_connection(db: Database) -> None:
    import threading

    errors: list[BaseException] = []

    def use() -> None:
        try:
            db.execute("SELECT 1")
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=use)
    thread.start()
    thread.join()
    assert errors and isinstance(errors[0], sqlcipher3.ProgrammingError)


def test_backup_to_a_new_encrypted_file(db: Database, profile: ProfileDir) -> None:
    with db.transaction() as tx:
        settings.put(tx, "colour", "blue")
    backup_key = os.urandom(32)
    target = profile.backups / "backup.db"
    db.backup_to(target, backup_key)
    assert target.stat().st_mode & 0o077 == 0
    assert not target.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(WrongDatabaseKey):
        Database.open(target, os.urandom(32))
    copy = Database.open(target, backup_key, migrate=False)
    try:
        assert copy.schema_version() == HEAD
        assert settings.get(copy, "colour") == "blue"
        assert copy.integrity_check() == ["ok"]
    finally:
        copy.close()
    with pytest.raises(StoreError):
        db.backup_to(target, backup_key)


def test_close_is_idempotent_and_removes_the_wal(profile: ProfileDir, raw_key: bytes) -> None:
    db = Database.open(profile.database, raw_key)
    with db.transaction() as tx:
        settings.put(tx, "k", "v")
    db.close()
    db.close()
    assert db.closed
    wal = profile.sidecars[0]
    assert not wal.exists() or wal.stat().st_size == 0


def test_second_connection_reads_beside_a_writer(db: Database, profile: ProfileDir,
                                                 raw_key: bytes) -> None:
    reader = Database.open(profile.database, raw_key)
    try:
        with db.transaction() as tx:
            settings.put(tx, "k", "before")
        with db.transaction() as tx:
            settings.put(tx, "k", "during")
            assert settings.get(reader, "k") == "before"  # WAL: readers see the last commit
        assert settings.get(reader, "k") == "during"
    finally:
        reader.close()
