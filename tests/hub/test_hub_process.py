"""The hub as a process: CLI, rate limits, clean stop on signals, sticky port 0."""

from __future__ import annotations

import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from tests.support.hub_process import (
    Device,
    enrol_device,
    hub_cli,
    hubs_started,
    init_hub_dir,
    read_profile,
    running_hub,
    start_hub,
    stop_hubs_started_since,
)

AGENCIES = (("GB-NCA", "National Crime Agency", "GB"),)


def test_init_writes_private_keys_and_refuses_twice(tmp_path: Path) -> None:
    root = init_hub_dir(tmp_path / "hub", agencies=AGENCIES)
    for name in ("keys/directory-authority.key", "keys/release-signing.key",
                 "tls/ca.key", "tls/server.key"):
        assert stat.S_IMODE((root / name).stat().st_mode) == 0o600, name
    again = hub_cli("init", str(root), "--host", "127.0.0.1", "--port", "0", check=False)
    assert again.returncode == 1 and "already holds a hub" in again.stderr
    bad = hub_cli("officer", "add", str(root), "--agency", "XX-NONE", "--id", "xx-none.a",
                  "--name", "A", "--out", str(tmp_path / "p.json"), check=False)
    assert bad.returncode == 1 and "port is 0" in bad.stderr


def test_officer_add_writes_the_policy_asked_for(tmp_path: Path) -> None:
    root = init_hub_dir(tmp_path / "hub", port=8443, agencies=AGENCIES)
    out = tmp_path / "officer.json"
    hub_cli("officer", "add", str(root), "--agency", "GB-NCA", "--id", "gb-nca.lo-belgrade",
            "--name", "Jane Doe", "--out", str(out), "--auto-lock-minutes", "5",
            "--retention-days", "30", "--passphrase-only-allowed", "--token-ttl-hours", "2")
    profile = read_profile(out)
    assert profile.hub_url == "https://127.0.0.1:8443"
    assert (profile.policy.auto_lock_minutes, profile.policy.retention_days) == (5, 30)
    assert profile.policy.passphrase_only_allowed
    assert (profile.expires_at - profile.issued_at).total_seconds() == 2 * 3600
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_rate_limit_answers_429_with_retry_after(tmp_path: Path) -> None:
    root = init_hub_dir(tmp_path / "hub", agencies=AGENCIES,
                        limits={"rate_per_second": 0.05, "rate_burst": 3})
    with running_hub(root) as hub, hub.client() as http:
        alice = enrol_device(http, hub.provision("GB-NCA", "gb-nca.lo-a"))
        codes = [alice.get(http, "/v1/inbox?after=0").status_code for _ in range(3)]
        assert codes == [200, 200, 200]
        limited = alice.get(http, "/v1/inbox?after=0")
        assert limited.status_code == 429
        assert limited.json()["error"]["code"] == "rate_limited"
        assert int(limited.headers["Retry-After"]) >= 1


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_signal_stops_the_hub_cleanly(tmp_path: Path, sig: int) -> None:
    root = init_hub_dir(tmp_path / "hub", agencies=AGENCIES)
    hub = start_hub(root)
    try:
        with hub.client() as http:
            assert http.get("/v1/openapi.json").status_code == 200
    finally:
        code = hub.stop(sig)
    assert code == 0
    hub.log.wait_for("stopped")


def test_a_hub_left_running_by_a_test_is_stopped_after_it(tmp_path: Path) -> None:
    """What the suite's autouse fixture does when a test fails before `hub.stop()`; and a
    hub stopped straight after start (before uvicorn's own handlers) exits cleanly."""
    mark = hubs_started()
    left = start_hub(init_hub_dir(tmp_path / "hub", agencies=AGENCIES))
    stopped = start_hub(init_hub_dir(tmp_path / "hub2", agencies=AGENCIES))
    assert stopped.stop() == 0
    assert stop_hubs_started_since(mark) == 1
    assert left.proc.poll() is not None and hubs_started() == mark


def test_sigterm_ends_a_long_poll_and_restart_keeps_the_port(tmp_path: Path) -> None:
    root = init_hub_dir(tmp_path / "hub", agencies=AGENCIES)
    hub = start_hub(root)
    outcome: dict[str, object] = {}
    try:
        with hub.client() as http:
            bob = enrol_device(http, hub.provision("GB-NCA", "gb-nca.lo-b"))
        mark = hub.log.mark()

        def poll(device: Device = bob) -> None:
            with hub.client() as own:
                try:
                    outcome["status"] = device.get(own, "/v1/inbox?after=0&wait=30",
                                                   timeout=60).status_code
                except httpx.HTTPError as exc:
                    outcome["status"] = type(exc).__name__

        thread = threading.Thread(target=poll)
        thread.start()
        hub.log.wait_for(f"inbox waiting device={bob.device_id}", start=mark)
    finally:
        code = hub.stop(signal.SIGTERM, timeout=15)
    thread.join(30)
    assert code == 0
    assert outcome["status"] == 200  # answered (empty) at shutdown, not cut off
    with running_hub(root) as again:
        assert again.url == hub.url
        with again.client() as http:
            assert bob.get(http, "/v1/inbox?after=0").status_code == 200


def test_hub_imports_no_client_layer_and_no_qt() -> None:
    code = (
        "import sys, liaison_app.hub.cli, liaison_app.hub.serve, liaison_app.hub.app\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'liaison_app.store', "
        "'liaison_app.sync', 'liaison_app.services', 'liaison_app.gui', 'liaison_app.cli', "
        "'liaison_app.matching'))]\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True)
    assert out.stdout.strip() == "[]", out.stdout
