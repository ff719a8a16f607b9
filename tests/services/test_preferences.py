"""Managed settings: IT's values are locked in services and CLI; updates keep rollback state."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from liaison_app.config.policy import PolicyLocked, load_policy
from liaison_app.crypto.release import SecretKey, sign_manifest
from liaison_app.protocol.update_manifest import Artifact, UpdateManifest, Version
from liaison_app.services import preferences
from liaison_app.services.session import Session
from tests.services.workspace import PASSPHRASE, Workspace

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "liaison_app", *args, "--passphrase-stdin"],
                          input=PASSPHRASE + "\n", capture_output=True, text=True, timeout=120,
                          cwd=ROOT, check=False,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def _policy(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    path.chmod(0o644)
    return path


def test_profile_policy_is_locked_and_user_choice_is_kept(session: Session,
                                                          tmp_path: Path) -> None:
    system = load_policy(tmp_path / "absent.toml")
    current = preferences.effective(session, system)
    assert current.value("auto_lock_minutes") == 10 and current.is_locked("auto_lock_minutes")
    with pytest.raises(PolicyLocked):
        preferences.change(session, "auto_lock_minutes", 60, system=system)
    preferences.change(session, "update_checks", True, system=system)
    assert preferences.effective(session, system).value("update_checks") is True


def test_system_policy_overrides_and_locks(session: Session, tmp_path: Path) -> None:
    system = load_policy(_policy(tmp_path, "auto_lock_minutes = 3\nupdate_checks = false\n"))
    current = preferences.effective(session, system)
    assert current.value("auto_lock_minutes") == 3
    with pytest.raises(PolicyLocked):
        preferences.change(session, "update_checks", True, system=system)


def test_cli_refuses_a_locked_value_and_reports_a_malformed_policy(
        workspace: Workspace, tmp_path: Path) -> None:
    good = _policy(tmp_path, "update_checks = false\n")
    done = _cli("settings", "set", "update_checks", "true", "--profile", str(workspace.path),
                env={"LIAISON_POLICY_FILE": str(good)})
    assert done.returncode == 1 and "update_checks" in done.stderr
    assert "Traceback" not in done.stderr
    bad = _policy(tmp_path, "auto_lock_minutes = 'soon'\nnot_a_key = 1\n")
    shown = _cli("settings", "show", "--profile", str(workspace.path),
                 env={"LIAISON_POLICY_FILE": str(bad)})
    assert shown.returncode == 0, shown.stderr
    assert "warning:" in shown.stdout and "auto_lock_minutes" in shown.stdout
    assert "5" in [line.split()[1] for line in shown.stdout.splitlines()
                   if line.startswith("auto_lock_minutes")]


def _manifest(ws: Workspace, tmp_path: Path, version: str) -> Path:
    now = datetime.now(UTC).replace(microsecond=0)
    key = SecretKey(b"\x00" * 8, bytes(ws.release))
    doc = sign_manifest(UpdateManifest(
        version=Version.parse(version), channel="stable",
        artifacts=(Artifact("liaison.deb", "0" * 64, 1),), issued_at=now - timedelta(hours=1),
        expires_at=now + timedelta(days=7), minimum_version=Version.parse("0.1.0")), key)
    path = tmp_path / f"manifest-{version}.json"
    path.write_bytes(doc)
    return path


def test_update_check_uses_the_profile_key_and_refuses_rollback_across_runs(
        workspace: Workspace, tmp_path: Path) -> None:
    env = {"LIAISON_POLICY_FILE": str(tmp_path / "absent.toml")}
    newer = _cli("update", "check", "--manifest", str(_manifest(workspace, tmp_path, "0.3.0")),
                 "--profile", str(workspace.path), env=env)
    assert newer.returncode == 0, newer.stderr
    assert "update available" in newer.stdout
    older = _cli("update", "check", "--manifest", str(_manifest(workspace, tmp_path, "0.2.0")),
                 "--profile", str(workspace.path), env=env)
    assert older.returncode == 1 and "rollback" in older.stderr
