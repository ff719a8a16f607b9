"""`liaison audit verify`: exit 0 on an intact chain, non-zero naming the bad entry."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from liaison_app.crypto.keystore import unlock_vault
from liaison_app.store.database import Database
from liaison_app.store.profile import ProfileDir
from tests.services.workspace import PASSPHRASE, Workspace

ROOT = Path(__file__).resolve().parents[2]


def _verify(profile: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "liaison_app", "audit", "verify", "--profile", str(profile),
         "--passphrase-stdin"], input=PASSPHRASE + "\n", capture_output=True, text=True,
        timeout=120, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)


def _tamper(profile: Path, sql: str) -> None:
    secrets = unlock_vault(ProfileDir(profile).keys, PASSPHRASE)
    db = Database.open(ProfileDir(profile).database, secrets.db_key, migrate=False)
    try:
        # Someone with the key and a SQL shell can drop the append-only triggers;
        # the chain must still give them away.
        db.execute("DROP TRIGGER audit_no_update")
        db.execute("DROP TRIGGER audit_no_delete")
        with db.transaction() as conn:
            for statement in sql.split(";"):
                conn.execute(statement)
    finally:
        db.close()


def test_intact_chain_exits_zero(workspace: Workspace) -> None:
    done = _verify(workspace.path)
    assert done.returncode == 0, done.stderr
    assert "intact" in done.stdout


@pytest.mark.parametrize(("sql", "entry"), [
    ("UPDATE audit SET details = '{\"device\":\"forged\"}' WHERE seq = 2", "2"),
    ("DELETE FROM audit WHERE seq = 2", "2"),
    ("UPDATE audit SET seq = 99 WHERE seq = 1; UPDATE audit SET seq = 1 WHERE seq = 2;"
     "UPDATE audit SET seq = 2 WHERE seq = 99", "1"),
])
def test_edited_deleted_or_reordered_entry_is_named(workspace: Workspace, sql: str,
                                                    entry: str) -> None:
    _tamper(workspace.path, sql)
    done = _verify(workspace.path)
    assert done.returncode != 0
    assert f"entry {entry}" in done.stdout
    assert "Traceback" not in done.stderr


def test_wrong_passphrase_is_one_plain_line(workspace: Workspace) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "liaison_app", "audit", "verify", "--profile",
         str(workspace.path), "--passphrase-stdin"], input="not the passphrase\n",
        capture_output=True, text=True, timeout=120, cwd=ROOT, check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and done.stderr.startswith("liaison: ")
