"""OS keystore detection, policy refusal and device-secret faults."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from liaison_app.crypto import passphrase as kdf_mod
from liaison_app.crypto.keyring_store import (
    SERVICE,
    KeyringAccessError,
    KeystoreInfo,
    OsKeyring,
    detect_keystore,
    is_secure_backend,
)
from liaison_app.crypto.keystore import (
    DeviceSecretMissing,
    KeyFileTampered,
    KeystoreUnavailable,
    UnlockedSecrets,
    VaultMissing,
    create_vault,
    unlock_vault,
)
from liaison_app.crypto.passphrase import KdfParams

CHEAP = KdfParams(opslimit=kdf_mod.OPSLIMIT_MIN, memlimit=kdf_mod.MEMLIMIT_MIN)
PW = "a passphrase for tests"
REFUSAL = ("No secure OS keystore is available and your policy does not allow "
           "passphrase-only storage. Contact IT.")


def require_secret_service() -> None:
    """Skip (printing why) unless the real Secret Service test session is up."""
    if os.environ.get("LIAISON_TEST_SECRET_SERVICE") != "1":
        reason = ("LIAISON_TEST_SECRET_SERVICE is unset: no real Secret Service; run "
                  "through scripts/with-keyring.sh (CI always does)")
        print(f"SKIP: {reason}", file=sys.stderr)
        pytest.skip(reason)


@pytest.fixture
def kr() -> Iterator[Any]:
    """The keyring module; the process-wide backend is restored afterwards."""
    import keyring

    saved = keyring.get_keyring()
    yield keyring
    keyring.set_keyring(saved)


@pytest.fixture
def profile_id() -> Iterator[str]:
    pid = f"test-{uuid.uuid4()}"
    yield pid
    if os.environ.get("LIAISON_TEST_SECRET_SERVICE") == "1":
        from keyring.backends import SecretService

        # Straight to the Secret Service: a test may have swapped the backend.
        with contextlib.suppress(Exception):
            SecretService.Keyring().delete_password(SERVICE, pid)


def secrets() -> UnlockedSecrets:
    return UnlockedSecrets(os.urandom(32), os.urandom(32), os.urandom(32))


def new_vault(path: Path, pid: str, *, allow: bool, store: Any = None) -> Any:
    return create_vault(path, PW, secrets(), profile_id=pid,
                        policy_allows_passphrase_only=allow, store=store, kdf=CHEAP)


# --- detection ---------------------------------------------------------------


def test_importing_keystore_does_not_import_keyring() -> None:
    code = ("import sys, liaison_app.crypto.keystore, liaison_app.crypto.keyring_store;"
            "print('keyring' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_insecure_backends_are_not_secure(kr: Any) -> None:
    from keyring.backends import chainer, fail, null

    assert not is_secure_backend(fail.Keyring())
    assert not is_secure_backend(null.Keyring())

    class Plaintext:  # stands in for keyrings.alt.file.PlaintextKeyring
        priority = 5

    Plaintext.__module__ = "keyrings.alt.file"
    assert not is_secure_backend(Plaintext())

    class LowPriority:
        priority = 0.5

    assert not is_secure_backend(LowPriority())

    class Broken:
        @property
        def priority(self) -> float:
            raise RuntimeError("unusable")

    assert not is_secure_backend(Broken())
    empty_chain = type("Chain", (chainer.ChainerBackend,), {"backends": []})
    empty_chain.__module__ = "keyring.backends.chainer"
    assert not is_secure_backend(empty_chain())
    for backend in (fail.Keyring(), null.Keyring()):
        kr.set_keyring(backend)
        info = detect_keystore()
        assert info == KeystoreInfo(backend=f"{type(backend).__module__}.Keyring", secure=False)


def test_secret_service_is_secure(kr: Any) -> None:
    require_secret_service()
    info = detect_keystore()
    assert info == KeystoreInfo("keyring.backends.SecretService.Keyring", True)


# --- policy ------------------------------------------------------------------


@pytest.mark.parametrize("backend", ["fail", "null"])
def test_policy_refusal_without_secure_keystore(kr: Any, tmp_path: Path, profile_id: str,
                                                backend: str) -> None:
    from keyring.backends import fail, null

    kr.set_keyring(fail.Keyring() if backend == "fail" else null.Keyring())
    path = tmp_path / "keys.json"
    with pytest.raises(KeystoreUnavailable) as err:
        new_vault(path, profile_id, allow=False)
    assert str(err.value) == REFUSAL
    assert not path.exists()
    info = new_vault(path, profile_id, allow=True)
    assert info.passphrase_only is True
    assert info.backend == f"keyring.backends.{backend}.Keyring"
    assert unlock_vault(path, PW, now=0.0).db_key


# --- Secret Service faults ---------------------------------------------------


def test_secret_service_vault_stores_device_secret(kr: Any, tmp_path: Path,
                                                   profile_id: str) -> None:
    require_secret_service()
    info = new_vault(tmp_path / "keys.json", profile_id, allow=False)
    assert info.passphrase_only is False
    stored = kr.get_password(SERVICE, profile_id)
    assert stored is not None and len(OsKeyring().get(profile_id) or b"") == 32


def test_device_secret_missing(kr: Any, tmp_path: Path, profile_id: str) -> None:
    require_secret_service()
    path = tmp_path / "keys.json"
    new_vault(path, profile_id, allow=False)
    kr.delete_password(SERVICE, profile_id)  # keyring wiped / profile moved
    with pytest.raises(DeviceSecretMissing) as err:
        unlock_vault(path, PW, now=0.0)
    assert "Re-enrol or restore from backup" in str(err.value)
    OsKeyring().delete(profile_id)  # deleting twice is not an error


def test_other_device_secret_is_refused(kr: Any, tmp_path: Path, profile_id: str) -> None:
    require_secret_service()
    path = tmp_path / "keys.json"
    new_vault(path, profile_id, allow=False)
    OsKeyring().set(profile_id, os.urandom(32))  # e.g. re-enrolled over this profile
    with pytest.raises(KeyFileTampered):
        unlock_vault(path, PW, now=0.0)


def test_damaged_device_secret(kr: Any, tmp_path: Path, profile_id: str) -> None:
    require_secret_service()
    path = tmp_path / "keys.json"
    new_vault(path, profile_id, allow=False)
    kr.set_password(SERVICE, profile_id, "not base64 at all!")
    with pytest.raises(KeystoreUnavailable, match="damaged"):
        unlock_vault(path, PW, now=0.0)


def test_keystore_gone_at_unlock(kr: Any, tmp_path: Path, profile_id: str) -> None:
    require_secret_service()
    from keyring.backends import fail, null

    path = tmp_path / "keys.json"
    new_vault(path, profile_id, allow=False)
    kr.set_keyring(fail.Keyring())  # e.g. no desktop session / D-Bus
    with pytest.raises(KeystoreUnavailable, match="Could not read from the OS keystore"):
        unlock_vault(path, PW, now=0.0)
    kr.set_keyring(null.Keyring())
    with pytest.raises(DeviceSecretMissing):
        unlock_vault(path, PW, now=0.0)


def test_missing_key_file(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing, match="No key file"):
        unlock_vault(tmp_path / "keys.json", PW, now=0.0)


class _SecureButBrokenStore:
    """Fault a real keyring cannot be made to produce on demand: reports itself
    secure, then fails to keep what is written."""

    def __init__(self, mode: str) -> None:
        self.mode = mode

    def info(self) -> KeystoreInfo:
        return KeystoreInfo("tests.SecureButBroken", True)

    def get(self, profile_id: str) -> bytes | None:
        return os.urandom(32) if self.mode == "forgets" else None

    def set(self, profile_id: str, secret: bytes) -> None:
        if self.mode == "raises":
            raise KeyringAccessError("Could not write to the OS keystore (Locked).")

    def delete(self, profile_id: str) -> None:
        return None


@pytest.mark.parametrize("fault", ["raises", "forgets"])
def test_write_failure_follows_policy(tmp_path: Path, fault: str) -> None:
    store = _SecureButBrokenStore(fault)
    with pytest.raises(KeystoreUnavailable):
        new_vault(tmp_path / "a.json", "p", allow=False, store=store)
    info = new_vault(tmp_path / "b.json", "p", allow=True, store=store)
    assert info.passphrase_only is True
