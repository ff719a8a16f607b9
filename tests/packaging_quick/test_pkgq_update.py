"""The signed update manifest and the update check: accepted, and each refusal with its reason."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from liaison_app.cli import main as cli_main
from liaison_app.config.store import MemorySettingsStore
from liaison_app.config.update_check import LastAcceptedVersion, check_manifest, verify_artifact
from liaison_app.crypto.release import SecretKey, sign_manifest, verify_manifest
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.update_manifest import (
    Artifact,
    RefuseReason,
    UpdateManifest,
    UpdateRefused,
    Version,
)

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
KEY = SecretKey.generate()
PAYLOAD = b"pretend this is liaison_0.2.0_amd64.deb\n" * 100


def manifest(version: str = "0.2.0", **changes: object) -> UpdateManifest:
    base = UpdateManifest(
        version=Version.parse(version), channel="stable",
        artifacts=(Artifact("liaison_0.2.0_amd64.deb", hashlib.sha256(PAYLOAD).hexdigest(),
                            len(PAYLOAD)),),
        issued_at=NOW - timedelta(days=1), expires_at=NOW + timedelta(days=29),
        minimum_version=Version.parse("0.1.0"))
    return replace(base, **changes)  # type: ignore[arg-type]


def check(doc: bytes, state: LastAcceptedVersion | None = None, **kw: object) -> object:
    state = state or LastAcceptedVersion(MemorySettingsStore())
    args: dict[str, object] = {"installed": "0.1.0", "channel": "stable", "now": NOW}
    args.update(kw)
    return check_manifest(doc, lambda d: verify_manifest(d, KEY.public()), state,
                          **args)  # type: ignore[arg-type]


def refused(reason: RefuseReason, doc: bytes, **kw: object) -> UpdateRefused:
    with pytest.raises(UpdateRefused) as info:
        check(doc, **kw)
    assert info.value.reason is reason, info.value
    return info.value


def test_good_manifest_is_accepted_and_remembered(tmp_path: Path) -> None:
    art = tmp_path / "liaison_0.2.0_amd64.deb"
    art.write_bytes(PAYLOAD)
    store = MemorySettingsStore()
    result = check(sign_manifest(manifest(), KEY), LastAcceptedVersion(store), artifacts=[art])
    assert result.update_available and not result.update_required  # type: ignore[attr-defined]
    assert result.verified_artifacts == (art.name,)  # type: ignore[attr-defined]
    assert store.get("update.last_accepted_version") == "0.2.0"


def test_manifest_round_trip_is_canonical() -> None:
    doc = sign_manifest(manifest(), KEY)
    assert verify_manifest(doc, KEY.public()) == manifest()
    assert json.loads(doc)["manifest"]["artifacts"][0]["size"] == len(PAYLOAD)


def test_bad_signature_is_refused() -> None:
    other = SecretKey.generate()
    err = refused(RefuseReason.BAD_SIGNATURE, sign_manifest(manifest(), other))
    assert "release key" in err.detail
    doc = json.loads(sign_manifest(manifest(), KEY))
    doc["manifest"]["version"] = "9.9.9"  # tampered after signing
    refused(RefuseReason.BAD_SIGNATURE, json.dumps(doc).encode())


def test_expired_and_future_manifests_are_refused() -> None:
    doc = sign_manifest(manifest(), KEY)
    err = refused(RefuseReason.EXPIRED, doc, now=NOW + timedelta(days=30))
    assert "expired at" in err.detail
    refused(RefuseReason.NOT_YET_VALID, doc, now=NOW - timedelta(days=2))


def test_rollback_is_refused() -> None:
    store = MemorySettingsStore()
    check(sign_manifest(manifest("0.3.0"), KEY), LastAcceptedVersion(store))
    err = refused(RefuseReason.ROLLBACK, sign_manifest(manifest("0.2.0"), KEY),
                  state=LastAcceptedVersion(store))
    assert "0.2.0 is lower than 0.3.0" in err.detail
    check(sign_manifest(manifest("0.3.0"), KEY), LastAcceptedVersion(store))  # same: fine
    assert store.get("update.last_accepted_version") == "0.3.0"


def test_versions_compare_numerically() -> None:
    assert Version.parse("0.10.0") > Version.parse("0.9.9")
    for bad in ("1.2", "01.2.3", "1.2.3-rc1", "v1.2.3"):
        with pytest.raises(ValidationError):
            Version.parse(bad)


def test_hash_and_size_mismatch_are_refused(tmp_path: Path) -> None:
    doc = sign_manifest(manifest(), KEY)
    art = tmp_path / "liaison_0.2.0_amd64.deb"
    art.write_bytes(PAYLOAD[:-1] + b"X")
    store = MemorySettingsStore()
    err = refused(RefuseReason.HASH_MISMATCH, doc, artifacts=[art],
                  state=LastAcceptedVersion(store))
    assert "SHA-256" in err.detail
    assert store.get("update.last_accepted_version") is None  # nothing recorded
    art.write_bytes(PAYLOAD + b"!")
    refused(RefuseReason.SIZE_MISMATCH, doc, artifacts=[art])
    other = tmp_path / "other.deb"
    other.write_bytes(PAYLOAD)
    with pytest.raises(UpdateRefused) as info:
        verify_artifact(manifest(), other)
    assert info.value.reason is RefuseReason.UNKNOWN_ARTIFACT


def test_wrong_channel_is_refused() -> None:
    refused(RefuseReason.WRONG_CHANNEL, sign_manifest(manifest(channel="beta"), KEY))


@pytest.mark.parametrize("mutate", [
    lambda d: d["manifest"].update(extra=1),
    lambda d: d["manifest"].update(size=1.5),
    lambda d: d["manifest"]["artifacts"][0].update(name="../evil"),
    lambda d: d["manifest"]["artifacts"][0].update(sha256="ABC"),
    lambda d: d["manifest"].update(minimum_version="9.0.0"),
    lambda d: d["manifest"].update(expires_at="2026-02-30T00:00:00Z"),
    lambda d: d["signature"].update(alg="RSA"),
    lambda d: d.update(note="hi"),
])
def test_malformed_manifests_are_refused(mutate: object) -> None:
    doc = json.loads(sign_manifest(manifest(), KEY))
    mutate(doc)  # type: ignore[operator]
    with pytest.raises(UpdateRefused) as info:
        check(json.dumps(doc).encode())
    assert info.value.reason in (RefuseReason.MALFORMED, RefuseReason.BAD_SIGNATURE)


def run_cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
            *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(cli_main, "FEATURES", ("update",))
    code = cli_main.main(["update", "check", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_accepts_and_refuses(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIAISON_POLICY_FILE", str(tmp_path / "no-policy.toml"))
    pub = tmp_path / "release.pub"
    pub.write_text(KEY.public().to_minisign())
    art = tmp_path / "liaison_0.2.0_amd64.deb"
    art.write_bytes(PAYLOAD)
    now = datetime.now(UTC)
    good = tmp_path / "good.json"
    good.write_bytes(sign_manifest(manifest(issued_at=now - timedelta(hours=1),
                                            expires_at=now + timedelta(days=1)), KEY))
    code, out, _ = run_cli(capsys, monkeypatch, "--manifest", str(good),
                           "--release-key", str(pub), "--artifact", str(art))
    assert code == 0 and "manifest ok" in out and "artifact ok" in out
    assert "update available: 0.1.0 -> 0.2.0" in out
    stale = tmp_path / "stale.json"
    stale.write_bytes(sign_manifest(manifest(issued_at=now - timedelta(days=40),
                                             expires_at=now - timedelta(days=10)), KEY))
    code, _, err = run_cli(capsys, monkeypatch, "--manifest", str(stale),
                           "--release-key", str(pub))
    assert code == 1 and "update refused (expired)" in err
    code, _, err = run_cli(capsys, monkeypatch, "--manifest", str(good))
    assert code == 1 and "--release-key" in err


def test_cli_follows_the_policy_channel(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('update_channel = "beta"\n')
    monkeypatch.setenv("LIAISON_POLICY_FILE", str(policy))
    pub = tmp_path / "release.pub"
    pub.write_text(KEY.public().to_minisign())
    now = datetime.now(UTC)
    doc = tmp_path / "m.json"
    doc.write_bytes(sign_manifest(manifest(issued_at=now, expires_at=now + timedelta(1)), KEY))
    code, _, err = run_cli(capsys, monkeypatch, "--manifest", str(doc), "--release-key", str(pub))
    assert code == 1 and "wrong_channel" in err and "'beta'" in err


def test_cli_with_a_profile_follows_the_profiles_policy_channel(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """No policy file: the provisioning profile's policy (beta) decides, not the default."""
    import io

    from tests.services.workspace import PASSPHRASE, make_workspace

    monkeypatch.setenv("LIAISON_POLICY_FILE", str(tmp_path / "no-policy.toml"))
    workspace = make_workspace(tmp_path / "profile", update_channel="beta")
    pub = tmp_path / "release.pub"
    pub.write_text(KEY.public().to_minisign())
    now = datetime.now(UTC)
    beta = tmp_path / "beta.json"
    beta.write_bytes(sign_manifest(manifest(channel="beta", issued_at=now,
                                            expires_at=now + timedelta(1)), KEY))
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    code, out, err = run_cli(capsys, monkeypatch, "--manifest", str(beta), "--release-key",
                             str(pub), "--profile", str(workspace.path), "--passphrase-stdin")
    assert code == 0 and "on beta" in out, err
