"""Vault tests in both modes: real Secret Service and passphrase-only (null keyring).

Run inside scripts/with-keyring.sh so the Secret Service mode is exercised; without
LIAISON_TEST_SECRET_SERVICE those cases are skipped (and say why).
"""

from __future__ import annotations

import base64
import json
import os
import pickle
import stat
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from liaison_app.crypto import passphrase as kdf_mod
from liaison_app.crypto.keyring_store import OsKeyring
from liaison_app.crypto.keystore import (
    KeyFileTampered,
    KeystoreError,
    TooManyAttempts,
    UnlockedSecrets,
    VaultExists,
    WrongPassphrase,
    change_passphrase,
    create_vault,
    read_vault_info,
    unlock_vault,
)
from liaison_app.crypto.passphrase import KdfParams, delay_after

CHEAP = KdfParams(opslimit=kdf_mod.OPSLIMIT_MIN, memlimit=kdf_mod.MEMLIMIT_MIN)
PW = "correct horse battery staple"
T0 = 1_800_000_000.0
SS_BACKEND = "keyring.backends.SecretService.Keyring"


def require_secret_service() -> None:
    """Skip (printing why) unless the real Secret Service test session is up."""
    if os.environ.get("LIAISON_TEST_SECRET_SERVICE") != "1":
        reason = ("LIAISON_TEST_SECRET_SERVICE is unset: no real Secret Service; run "
                  "through scripts/with-keyring.sh (CI always does)")
        print(f"SKIP: {reason}", file=sys.stderr)
        pytest.skip(reason)


@dataclass
class Mode:
    name: str
    profile_id: str
    passphrase_only: bool
    backend: str


@pytest.fixture(params=["secret_service", "passphrase_only"])
def mode(request: pytest.FixtureRequest) -> Iterator[Mode]:
    import keyring
    from keyring.backends import null

    saved = keyring.get_keyring()
    profile = f"test-{uuid.uuid4()}"
    try:
        if request.param == "secret_service":
            require_secret_service()
            yield Mode("secret_service", profile, False, SS_BACKEND)
            OsKeyring().delete(profile)
        else:
            keyring.set_keyring(null.Keyring())
            yield Mode("passphrase_only", profile, True, "keyring.backends.null.Keyring")
    finally:
        keyring.set_keyring(saved)


def make_secrets() -> UnlockedSecrets:
    return UnlockedSecrets(os.urandom(32), os.urandom(32), os.urandom(32))


def make_vault(tmp_path: Path, mode: Mode, pw: str = PW) -> tuple[Path, UnlockedSecrets]:
    path = tmp_path / "profile" / "keys.json"
    secrets = make_secrets()
    info = create_vault(path, pw, secrets, profile_id=mode.profile_id,
                        policy_allows_passphrase_only=mode.passphrase_only, kdf=CHEAP)
    assert info.passphrase_only is mode.passphrase_only
    assert info.backend == mode.backend
    return path, secrets


def mode_bits(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_create_and_unlock_round_trip(tmp_path: Path, mode: Mode) -> None:
    path, secrets = make_vault(tmp_path, mode)
    info = read_vault_info(path)
    assert (info.backend, info.passphrase_only, info.kdf) == (mode.backend,
                                                              mode.passphrase_only, CHEAP)
    header = json.loads(path.read_bytes())
    assert header["backend"] == mode.backend
    assert header["profile_id"] == mode.profile_id
    got = unlock_vault(path, PW, now=T0)
    assert got == secrets
    assert (got.db_key, got.sign_seed, got.box_secret) == (
        secrets.db_key, secrets.sign_seed, secrets.box_secret)


def test_refuses_to_overwrite(tmp_path: Path, mode: Mode) -> None:
    path, _ = make_vault(tmp_path, mode)
    with pytest.raises(VaultExists):
        create_vault(path, PW, make_secrets(), profile_id=mode.profile_id,
                     policy_allows_passphrase_only=True, kdf=CHEAP)


def test_secrets_never_printed_or_written(tmp_path: Path, mode: Mode) -> None:
    path, secrets = make_vault(tmp_path, mode)
    raw = path.read_bytes()
    for value in (secrets.db_key, secrets.sign_seed, secrets.box_secret):
        for form in (value, value.hex().encode(), base64.b64encode(value),
                     base64.urlsafe_b64encode(value).rstrip(b"=")):
            assert form not in raw
            assert form.decode("latin-1") not in repr(secrets) + str(secrets)
    assert repr(secrets) == "UnlockedSecrets(<redacted>)"
    with pytest.raises(TypeError):
        pickle.dumps(secrets)
    secrets.wipe()
    with pytest.raises(KeystoreError):
        _ = secrets.db_key


def test_files_are_0600_and_no_temp_left(tmp_path: Path, mode: Mode) -> None:
    path, _ = make_vault(tmp_path, mode)
    assert mode_bits(path) == 0o600
    with pytest.raises(WrongPassphrase):
        unlock_vault(path, "nope", now=T0)
    state = path.parent / "unlock-state.json"
    assert mode_bits(state) == 0o600
    assert set(json.loads(state.read_bytes())) == {"failures", "not_before"}
    change_passphrase(path, PW, "new passphrase", now=T0 + 1)
    assert mode_bits(path) == 0o600
    assert mode_bits(state) == 0o600
    assert sorted(p.name for p in path.parent.iterdir()) == ["keys.json", "unlock-state.json"]


def test_change_passphrase(tmp_path: Path, mode: Mode) -> None:
    path, secrets = make_vault(tmp_path, mode)
    before = json.loads(path.read_bytes())
    info = change_passphrase(path, PW, "a brand new passphrase", now=T0)
    assert info.passphrase_only is mode.passphrase_only and info.backend == mode.backend
    after = json.loads(path.read_bytes())
    assert after["salt"] != before["salt"] and after["nonce"] != before["nonce"]
    with pytest.raises(WrongPassphrase):
        unlock_vault(path, PW, now=T0)
    assert unlock_vault(path, "a brand new passphrase", now=T0) == secrets
    with pytest.raises(WrongPassphrase):
        change_passphrase(path, "wrong old", "whatever", now=T0)
    assert unlock_vault(path, "a brand new passphrase", now=T0) == secrets


def test_wrong_passphrase_rising_delay(tmp_path: Path, mode: Mode) -> None:
    path, secrets = make_vault(tmp_path, mode)
    now = T0
    for expected_failures in (1, 2, 3):
        with pytest.raises(WrongPassphrase) as err:
            unlock_vault(path, "wrong", now=now)
        assert (err.value.failures, err.value.retry_after_seconds) == (expected_failures, 0)
        assert "passphrase is not correct" in str(err.value)
    with pytest.raises(WrongPassphrase) as err:
        unlock_vault(path, "wrong", now=now)
    assert err.value.retry_after_seconds == 2
    assert "Wait 2 seconds" in str(err.value)
    # Too early: refused without trying, even with the right passphrase.
    with pytest.raises(TooManyAttempts) as early:
        unlock_vault(path, PW, now=now + 1)
    assert early.value.retry_after_seconds == 1
    now += 2
    with pytest.raises(WrongPassphrase) as err:
        unlock_vault(path, "wrong", now=now)
    assert err.value.retry_after_seconds == 4
    with pytest.raises(TooManyAttempts):
        unlock_vault(path, PW, now=now + 3.5)
    assert unlock_vault(path, PW, now=now + 4) == secrets
    # Success resets the counter.
    with pytest.raises(WrongPassphrase) as err:
        unlock_vault(path, "wrong", now=now + 5)
    assert (err.value.failures, err.value.retry_after_seconds) == (1, 0)


def test_delay_is_capped_at_five_minutes(tmp_path: Path, mode: Mode) -> None:
    assert [delay_after(n) for n in range(1, 9)] == [0, 0, 0, 2, 4, 8, 16, 32]
    assert delay_after(12) == 300 and delay_after(10_000) == 300
    path, _ = make_vault(tmp_path, mode)
    now = T0
    delay = 0
    for _ in range(14):
        with pytest.raises(WrongPassphrase) as err:
            unlock_vault(path, "wrong", now=now)
        delay = err.value.retry_after_seconds
        now += delay
    assert delay == 300


def test_clock_moved_back_and_corrupt_state(tmp_path: Path, mode: Mode) -> None:
    path, secrets = make_vault(tmp_path, mode)
    state = path.parent / "unlock-state.json"
    state.write_text(json.dumps({"failures": 9, "not_before": T0 + 10**9}))
    with pytest.raises(TooManyAttempts) as err:
        unlock_vault(path, PW, now=T0)
    assert err.value.retry_after_seconds == 300
    state.write_text("{not json")
    with pytest.raises(WrongPassphrase) as wrong:  # unreadable: no free attempts left
        unlock_vault(path, "wrong", now=T0)
    assert (wrong.value.failures, wrong.value.retry_after_seconds) == (4, 2)
    assert unlock_vault(path, PW, now=T0 + 2) == secrets


# --- tampering -------------------------------------------------------------


def _flip_b64(text: str) -> str:
    raw = bytearray(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
    raw[len(raw) // 2] ^= 0x01
    return base64.urlsafe_b64encode(bytes(raw)).rstrip(b"=").decode()


EDITS: dict[str, Any] = {
    "format": lambda o: o.__setitem__("format", "liaison-keyz"),
    "version": lambda o: o.__setitem__("version", 2),
    "profile_id": lambda o: o.__setitem__("profile_id", o["profile_id"] + "x"),
    "kdf.opslimit": lambda o: o["kdf"].__setitem__("opslimit", o["kdf"]["opslimit"] + 1),
    "kdf.memlimit": lambda o: o["kdf"].__setitem__("memlimit", o["kdf"]["memlimit"] * 2),
    "salt": lambda o: o.__setitem__("salt", _flip_b64(o["salt"])),
    "backend": lambda o: o.__setitem__("backend", "keyring.backends.macOS.Keyring"),
    "passphrase_only": lambda o: o.__setitem__("passphrase_only", not o["passphrase_only"]),
    "key_check": lambda o: o.__setitem__("key_check", _flip_b64(o["key_check"])),
    "nonce": lambda o: o.__setitem__("nonce", _flip_b64(o["nonce"])),
    "ciphertext": lambda o: o.__setitem__("ciphertext", _flip_b64(o["ciphertext"])),
    "mac": lambda o: o.__setitem__("mac", _flip_b64(o["mac"])),
    "checksum": lambda o: o.__setitem__("checksum", _flip_b64(o["checksum"])),
    "extra field": lambda o: o.__setitem__("note", "hi"),
}


def _edit(path: Path, name: str) -> None:
    obj = json.loads(path.read_bytes())
    EDITS[name](obj)
    path.write_text(json.dumps(obj))


@pytest.mark.parametrize("field", sorted(EDITS))
def test_tampered_field_is_detected(tmp_path: Path, mode: Mode, field: str) -> None:
    path, _ = make_vault(tmp_path, mode)
    _edit(path, field)
    with pytest.raises(KeyFileTampered) as err:
        unlock_vault(path, PW, now=T0)
    assert "damaged or has been altered" in str(err.value)
    assert not (path.parent / "unlock-state.json").exists()  # not counted as a guess


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty", "huge"])
def test_damaged_file_is_detected(tmp_path: Path, mode: Mode, damage: str) -> None:
    path, _ = make_vault(tmp_path, mode)
    data = path.read_bytes()
    path.write_bytes({"truncate": data[: len(data) // 2], "garbage": os.urandom(300),
                      "empty": b"", "huge": b" " * 100_000 + data}[damage])
    with pytest.raises(KeyFileTampered):
        unlock_vault(path, PW, now=T0)


def _forge(path: Path, edit: Any, *, recompute_mac: bool) -> None:
    """An attacker who knows the format: edit, then recompute what needs no secret."""
    from liaison_app.crypto import keystore as ks

    obj = json.loads(path.read_bytes())
    edit(obj)
    if recompute_mac:  # only possible without a device secret (unkeyed mac)
        header = {k: v for k, v in obj.items()
                  if k not in ("nonce", "ciphertext", "mac", "checksum")}
        data = (kdf_mod.canonical_json(header) + kdf_mod.b64u_decode(obj["nonce"], 24)
                + kdf_mod.b64u_decode(obj["ciphertext"], 144))
        obj["mac"] = kdf_mod.b64u_encode(kdf_mod.keyed_digest(data, None, ks._PERSON_MAC))
    obj["checksum"] = ks._checksum(obj)
    path.write_text(json.dumps(obj))


@pytest.mark.parametrize("field", ["backend", "kdf.opslimit", "salt", "ciphertext", "nonce"])
def test_forged_header_never_unlocks(tmp_path: Path, mode: Mode, field: str) -> None:
    path, _ = make_vault(tmp_path, mode)
    _forge(path, EDITS[field], recompute_mac=mode.passphrase_only)
    if not mode.passphrase_only or field in ("backend", "ciphertext", "nonce"):
        # Keyed mac (device secret) or the header bound inside the ciphertext.
        with pytest.raises(KeyFileTampered):
            unlock_vault(path, PW, now=T0)
    else:
        # Passphrase-only: a forged KDF input cannot be told from a wrong passphrase
        # (nothing in the file is secret), but it never unlocks. See the ADR.
        with pytest.raises(WrongPassphrase):
            unlock_vault(path, PW, now=T0)


# --- KDF ---------------------------------------------------------------------


def test_kek_construction_is_as_documented() -> None:
    import nacl.hash
    import nacl.pwhash.argon2id as a2
    from nacl.encoding import RawEncoder

    salt, device = os.urandom(16), os.urandom(32)
    stretched = a2.kdf(32, "pässwörd".encode(), salt, opslimit=CHEAP.opslimit,
                       memlimit=CHEAP.memlimit, encoder=RawEncoder)
    kek = nacl.hash.blake2b(stretched, digest_size=32, key=device, person=b"liaison-kek-v1",
                            encoder=RawEncoder)
    assert kdf_mod.derive_kek("pässwörd", salt, CHEAP, device) == kek
    assert kdf_mod.derive_kek("pässwörd", salt, CHEAP, None) == stretched
    # NFD input (another keyboard / OS) derives the same key as NFC.
    assert kdf_mod.derive_kek("pa\u0308sswo\u0308rd", salt, CHEAP, device) == kek


def test_kdf_params_defaults_and_bounds() -> None:
    import nacl.pwhash.argon2id as a2

    assert KdfParams(a2.OPSLIMIT_MODERATE, a2.MEMLIMIT_MODERATE) == kdf_mod.DEFAULT_KDF
    for bad in ({"opslimit": 0, "memlimit": 8192}, {"opslimit": 1, "memlimit": 2**40},
                {"opslimit": True, "memlimit": 8192}, {"opslimit": 1, "memlimit": 1.5}):
        with pytest.raises(ValueError):
            KdfParams(**bad)
    with pytest.raises(ValueError):
        KdfParams.from_dict({"alg": "scrypt", "opslimit": 1, "memlimit": 8192})
    assert KdfParams.from_dict(CHEAP.to_dict()) == CHEAP
