"""Profile directory layout and file modes."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from liaison_app.store.database import Database
from liaison_app.store.profile import ProfileDir, default_profile_path, write_private


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_layout_names(tmp_path: Path) -> None:
    profile = ProfileDir(tmp_path / "p")
    assert profile.database.name == "cache.db"
    assert profile.keys.name == "keys.json"
    assert [p.name for p in profile.sidecars] == ["cache.db-wal", "cache.db-shm"]
    assert not profile.exists()


def test_ensure_makes_private_directories_and_tightens_files(tmp_path: Path) -> None:
    root = tmp_path / "a" / "profile"
    root.mkdir(parents=True, mode=0o755)
    loose = root / "keys.json"
    loose.write_text("{}")
    loose.chmod(0o644)
    profile = ProfileDir(root).ensure()
    assert _mode(profile.path) == 0o700
    assert _mode(profile.backups) == 0o700
    assert _mode(loose) == 0o600


def test_database_and_sidecars_are_0600(profile: ProfileDir, raw_key: bytes) -> None:
    db = Database.open(profile.database, raw_key)
    try:
        with db.transaction() as tx:
            tx.execute("INSERT INTO settings (key, value) VALUES ('k', 'v')")
        files = [p for p in profile.path.iterdir() if p.is_file()]
        assert {p.name for p in files} >= {"cache.db", "cache.db-wal", "cache.db-shm"}
        for path in files:
            assert _mode(path) == 0o600, path
    finally:
        db.close()


def test_write_private_is_atomic_and_0600(profile: ProfileDir) -> None:
    write_private(profile.keys, b"first")
    write_private(profile.keys, b"second")
    assert profile.keys.read_bytes() == b"second"
    assert _mode(profile.keys) == 0o600
    assert not any(p.name.endswith(".tmp") for p in profile.path.iterdir())


def test_default_profile_path_uses_user_data_dir(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    path = default_profile_path()
    assert str(path).startswith(str(tmp_path / "xdg"))
    assert "liaison" in path.parts
