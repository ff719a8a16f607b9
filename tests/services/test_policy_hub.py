"""IT's policy decides which hub and CA are used: sync, enrolment and the update check.

The hub moves: a copy of its directory (same authority, same officers) starts
elsewhere with a new CA. The policy names the new URL and CA file; the old hub,
still answering with the old CA, is refused before any request byte; the new
one is used for syncing and for enrolling a second officer.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from liaison_app.crypto.passphrase import INSECURE_TEST_KDF
from liaison_app.hub.config import HubPaths
from liaison_app.hub.tls import create_tls_files
from liaison_app.services.enrolment import prepare_profile
from liaison_app.services.hub_endpoint import hub_endpoint
from liaison_app.services.session import Session
from liaison_app.services.sync_runner import build_sync, enrol_now
from liaison_app.sync.errors import TlsRefused
from tests.support.hub_process import HubProcess, init_hub_dir, start_hub

PASSPHRASE = "correct horse battery staple"
AGENCIES = (("GB-NCA", "National Crime Agency", "GB"), ("RS-BP", "Border Police", "RS"))


@dataclass
class Moved:
    old: HubProcess
    new: HubProcess
    alice: Session
    bob_file: Path
    tmp: Path


@pytest.fixture(scope="module")
def moved(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Moved]:
    tmp_path = tmp_path_factory.mktemp("moved")
    patch = pytest.MonkeyPatch()
    patch.setenv("LIAISON_POLICY_FILE", str(tmp_path / "policy.toml"))
    root = init_hub_dir(tmp_path / "old", agencies=AGENCIES)
    old = start_hub(root)
    try:  # a module fixture: the per-test hub reaper does not cover it
        alice_file = old.add_officer("GB-NCA", "gb-nca.lo-belgrade", "Alice",
                                     "--passphrase-only-allowed")
        bob_file = old.add_officer("RS-BP", "rs-bp.horgos-desk", "Bojan",
                                   "--passphrase-only-allowed")
        alice = prepare_profile(tmp_path / "alice", alice_file.read_bytes(), PASSPHRASE,
                                kdf=INSECURE_TEST_KDF)
        enrol_now(alice)  # no policy yet: the profile's hub
    finally:
        old.stop()
    # IT moves the hub: the same data, a new CA, a new address
    shutil.copytree(root, tmp_path / "new")
    (tmp_path / "new" / "run" / "url").unlink()
    create_tls_files(HubPaths(tmp_path / "new"), "127.0.0.1")
    old = start_hub(root)
    try:
        new = start_hub(tmp_path / "new")
    except BaseException:
        old.stop()
        raise
    try:
        assert old.url != new.url and old.ca_pem != new.ca_pem
        yield Moved(old, new, alice, bob_file, tmp_path)
    finally:
        alice.close()
        new.stop()
        old.stop()
        patch.undo()


def _policy(m: Moved, text: str) -> None:
    (m.tmp / "policy.toml").write_text(text, encoding="utf-8")


def test_policy_ca_refuses_the_old_hub_and_the_new_one_is_used(moved: Moved) -> None:
    m = moved
    _policy(m, f'hub_ca_file = "{m.new.root / "tls" / "ca.pem"}"\n')
    mark = m.old.log.mark()
    runner = build_sync(m.alice)
    try:
        report = runner.engine.run_once()
    finally:
        runner.close()
    assert isinstance(report.error, TlsRefused), report.error  # the profile's URL, policy CA
    assert not any("/v1/" in line for line in m.old.log.lines[mark:])

    _policy(m, f'hub_url = "{m.new.url}"\nhub_ca_file = "{m.new.root / "tls" / "ca.pem"}"\n')
    endpoint = hub_endpoint(m.alice.provisioning)
    assert endpoint.url == m.new.url and endpoint.ca_source.endswith("policy.toml")
    new_mark = m.new.log.mark()
    runner = build_sync(m.alice)
    try:
        report = runner.engine.run_once()
    finally:
        runner.close()
    assert report.ok, report.error
    m.new.log.wait_for("GET /v1/inbox", start=new_mark)
    assert not any("/v1/" in line for line in m.old.log.lines[mark:])


def test_enrolment_goes_to_the_hub_the_policy_names(moved: Moved) -> None:
    m = moved
    _policy(m, f'hub_url = "{m.new.url}"\nhub_ca_file = "{m.new.root / "tls" / "ca.pem"}"\n')
    bob = prepare_profile(m.tmp / "bob", m.bob_file.read_bytes(), PASSPHRASE,
                          kdf=INSECURE_TEST_KDF)
    try:
        mark = m.new.log.mark()
        assert enrol_now(bob) == m.new.url
        m.new.log.wait_for("enrolled device=" + bob.keys.device_id, start=mark)
    finally:
        bob.close()


def test_unreadable_policy_ca_stops_before_connecting(moved: Moved) -> None:
    m = moved
    _policy(m, f'hub_ca_file = "{m.tmp / "missing-ca.pem"}"\n')
    with pytest.raises(TlsRefused, match="cannot be read"):
        build_sync(m.alice)
