"""The audit head attested to the hub at each sync catches a tail cut from the database
together with its head record, which the local check alone cannot see."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from liaison_app.cli import common as cli_common
from liaison_app.cli import main as cli_main
from liaison_app.crypto.keys import DeviceKeys
from liaison_app.crypto.keystore import unlock_vault
from liaison_app.crypto.passphrase import INSECURE_TEST_KDF
from liaison_app.services.enrolment import prepare_profile
from liaison_app.services.session import open_session
from liaison_app.services.sync_runner import build_sync, enrol_now
from liaison_app.store import audit
from liaison_app.store.database import Database
from liaison_app.store.profile import ProfileDir
from tests.support.hub_process import HubProcess, init_hub_dir, start_hub

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def hub(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[HubProcess]:
    monkeypatch.setenv("LIAISON_POLICY_FILE", str(tmp_path / "no-policy.toml"))
    proc = start_hub(init_hub_dir(tmp_path / "hub",
                                  agencies=[("GB-NCA", "National Crime Agency", "GB")]))
    yield proc
    proc.stop()


def _synced_profile(hub: HubProcess, where: Path) -> int:
    """Enrol, sync (the head is attested), then write more entries; the attested seq."""
    prov = hub.add_officer("GB-NCA", "gb-nca.lo-belgrade", "Alice", "--passphrase-only-allowed")
    session = prepare_profile(where, prov.read_bytes(), PASSPHRASE, kdf=INSECURE_TEST_KDF)
    try:
        enrol_now(session)
        runner = build_sync(session)
        try:
            report = runner.engine.run_once()
        finally:
            runner.close()
        assert report.ok and not report.warnings, report.summary()
        attested, _ = audit.current_head(session.db)
    finally:
        session.close()
    open_session(where, PASSPHRASE).close()  # later entries: unlock, lock
    return attested


def _cut_tail(where: Path, keep: int) -> None:
    """What someone holding the database key can do: drop the append-only triggers, cut
    the log to `keep` entries, rewrite the head record to match, restore the triggers."""
    secrets = unlock_vault(ProfileDir(where).keys, PASSPHRASE)
    db = Database.open(ProfileDir(where).database, secrets.db_key, migrate=False)
    try:
        with db.transaction() as conn:
            triggers = [row[0] for row in conn.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'")]
            conn.execute("DROP TRIGGER audit_no_update")
            conn.execute("DROP TRIGGER audit_no_delete")
            conn.execute("DELETE FROM audit WHERE seq > ?", (keep,))
            last = conn.execute("SELECT entry_hash FROM audit WHERE seq = ?", (keep,)).fetchone()
            conn.execute("UPDATE audit_head SET seq = ?, entry_hash = ?", (keep, last[0]))
            for sql in triggers:
                conn.execute(sql)
        keys = DeviceKeys.from_seeds(secrets.sign_seed, secrets.box_secret)
        assert audit.verify_chain(db, keys.sign_key).ok  # the local check is fooled
    finally:
        db.close()


def _verify(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
            where: Path, *extra: str) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    monkeypatch.setattr(cli_common, "_stdin_lines", [])
    code = cli_main.main(["audit", "verify", "--profile", str(where), "--passphrase-stdin",
                          *extra])
    return code, capsys.readouterr().out


def test_a_cut_tail_is_detected_against_the_hub(
        hub: HubProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    where = tmp_path / "alice"
    attested = _synced_profile(hub, where)
    code, out = _verify(monkeypatch, capsys, where, "--against-hub")
    assert code == 0 and "matches the head attested to the hub" in out, out

    _cut_tail(where, attested - 1)
    code, out = _verify(monkeypatch, capsys, where)
    assert code == 0 and "intact" in out  # without the anchor the cut goes unseen
    code, out = _verify(monkeypatch, capsys, where, "--against-hub")
    assert code == 2, out
    assert f"the hub holds entry {attested}" in out and "cut off" in out

    # the next sync may not move the hub's copy back: it warns instead
    session = open_session(where, PASSPHRASE)
    try:
        runner = build_sync(session)
        try:
            report = runner.engine.run_once()
        finally:
            runner.close()
    finally:
        session.close()
    assert report.ok and any("audit head" in w for w in report.warnings), report.summary()
    code, out = _verify(monkeypatch, capsys, where, "--against-hub")
    assert code == 2 and ("cut off" in out or "rewritten" in out), out
