"""The vault: the database key and device private keys wrapped at rest.

Key file (``keys.json``, 0600, written atomically), all binary fields unpadded
base64url::

    {"format": "liaison-keys", "version": 1, "profile_id": .., "kdf": {..},
     "salt": .., "backend": .., "passphrase_only": .., "key_check": ..,
     "nonce": .., "ciphertext": .., "mac": .., "checksum": ..}

``header`` = canonical JSON of every field but nonce, ciphertext, mac, checksum.
``ciphertext`` = SecretBox(wrap_key)(BLAKE2b(header) || db_key || sign_seed ||
box_secret).  ``mac`` = BLAKE2b-256 over header || nonce || ciphertext, keyed by
the device secret (unkeyed in passphrase-only mode).  ``checksum`` = unkeyed
BLAKE2b-256 over all other fields, checked first (damage, naive edits).  See
``passphrase.py`` for the KEK and docs/adr/0001-key-hierarchy.md for why.
"""

from __future__ import annotations

import binascii
import hmac
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nacl.exceptions
import nacl.secret
import nacl.utils

from liaison_app.crypto import passphrase as kdf_mod
from liaison_app.crypto.keyring_store import (
    DeviceSecretStore,
    KeyringAccessError,
    KeystoreInfo,
    OsKeyring,
)
from liaison_app.crypto.passphrase import DEFAULT_KDF, KdfParams, UnlockThrottle
from liaison_app.crypto.passphrase import atomic_write as _atomic_write
from liaison_app.crypto.passphrase import b64u_decode as _b64d
from liaison_app.crypto.passphrase import b64u_encode as _b64e
from liaison_app.crypto.passphrase import canonical_json as _canonical

FORMAT = "liaison-keys"
VERSION = 1
MAX_KEY_FILE_BYTES = 16_384
_PERSON_HEADER = b"liaison-hdr-v1"
_PERSON_MAC = b"liaison-mac-v1"
_PERSON_SUM = b"liaison-sum-v1"
_SECRET_LEN = 32
_FIELDS = {
    "format", "version", "profile_id", "kdf", "salt", "backend", "passphrase_only",
    "key_check", "nonce", "ciphertext", "mac", "checksum",
}


class KeystoreError(Exception):
    """Base class; ``str(err)`` is a plain-words message for the officer."""

    message = "The keystore failed. Contact IT."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)


class KeystoreUnavailable(KeystoreError):
    """No usable secure OS keystore (and passphrase-only is not allowed)."""

    message = ("No secure OS keystore is available and your policy does not allow "
               "passphrase-only storage. Contact IT.")


class WrongPassphrase(KeystoreError):
    """The passphrase (or device secret) did not open the key file."""

    def __init__(self, failures: int, retry_after_seconds: int) -> None:
        self.failures = failures
        self.retry_after_seconds = retry_after_seconds
        wait = (f" Wait {retry_after_seconds} seconds before trying again."
                if retry_after_seconds else "")
        super().__init__(f"The passphrase is not correct. Check it and try again.{wait}")


class TooManyAttempts(KeystoreError):
    """An unlock attempt came before the back-off delay had passed."""

    def __init__(self, retry_after_seconds: int) -> None:
        self.retry_after_seconds = retry_after_seconds
        super().__init__(f"Too many wrong passphrases. Wait {retry_after_seconds} "
                         "seconds, then try again.")


class KeyFileTampered(KeystoreError):
    """The key file is damaged, altered, or not for this device."""

    message = ("The key file is damaged or has been altered, so it was not used. "
               "Restore it from backup or re-enrol; contact IT.")

    def __init__(self, detail: str = "") -> None:
        self.detail = detail  # for logs; never holds secrets
        super().__init__()


class DeviceSecretMissing(KeystoreError):
    """The OS keystore holds no device secret for this profile."""

    message = ("This computer's keystore no longer holds the device secret for this "
               "profile (for example the profile was moved or the keystore was reset). "
               "Re-enrol or restore from backup; contact IT.")


class VaultExists(KeystoreError):
    """``create_vault`` refused to overwrite an existing key file."""

    message = "A key file already exists for this profile; it was not replaced."


class PassphraseRejected(KeystoreError):
    """The chosen passphrase is unusable (empty)."""

    message = "The passphrase is empty. Choose a passphrase."


class VaultMissing(KeystoreError):
    """There is no key file at the given path."""

    message = ("No key file was found for this profile. Enrol this device or restore "
               "from backup; contact IT.")


class UnlockedSecrets:
    """The three 32-byte secrets; redacted repr, not picklable, wipeable."""

    __slots__ = ("_box", "_db", "_sign", "_wiped")
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, db_key: bytes, sign_seed: bytes, box_secret: bytes) -> None:
        for name, value in (("db_key", db_key), ("sign_seed", sign_seed),
                            ("box_secret", box_secret)):
            if len(value) != _SECRET_LEN:
                raise ValueError(f"{name} must be {_SECRET_LEN} bytes")
        self._db = bytearray(db_key)
        self._sign = bytearray(sign_seed)
        self._box = bytearray(box_secret)
        self._wiped = False

    def _get(self, buf: bytearray) -> bytes:
        if self._wiped:
            raise KeystoreError("The vault is locked. Unlock it with your passphrase.")
        return bytes(buf)

    @property
    def db_key(self) -> bytes:
        """SQLCipher raw key."""
        return self._get(self._db)

    @property
    def sign_seed(self) -> bytes:
        """Ed25519 signing seed."""
        return self._get(self._sign)

    @property
    def box_secret(self) -> bytes:
        """X25519 secret key."""
        return self._get(self._box)

    def wipe(self) -> None:
        """Overwrite the buffers with zeros (best effort; copies handed out remain)."""
        for buf in (self._db, self._sign, self._box):
            buf[:] = bytes(len(buf))
        self._wiped = True

    def __repr__(self) -> str:
        return "UnlockedSecrets(<redacted>)"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UnlockedSecrets):
            return NotImplemented
        mine = bytes(self._db + self._sign + self._box)
        theirs = bytes(other._db + other._sign + other._box)
        return hmac.compare_digest(mine, theirs)

    def __reduce__(self) -> Any:
        raise TypeError("UnlockedSecrets cannot be pickled")

    def _payload(self) -> bytearray:
        return self._db + self._sign + self._box


@dataclass(frozen=True)
class VaultInfo:
    """What a key file says about itself (no secrets)."""

    path: Path
    profile_id: str
    backend: str
    passphrase_only: bool
    kdf: KdfParams


@dataclass
class _KeyFile:
    header: dict[str, Any]
    kdf: KdfParams
    salt: bytes
    key_check: bytes
    nonce: bytes
    ciphertext: bytes
    mac: bytes

    @property
    def profile_id(self) -> str:
        return str(self.header["profile_id"])

    @property
    def passphrase_only(self) -> bool:
        return bool(self.header["passphrase_only"])

    def header_bytes(self) -> bytes:
        return _canonical(self.header)

    def mac_input(self) -> bytes:
        return self.header_bytes() + self.nonce + self.ciphertext

    def to_bytes(self) -> bytes:
        obj = dict(self.header, nonce=_b64e(self.nonce), ciphertext=_b64e(self.ciphertext),
                   mac=_b64e(self.mac))
        obj["checksum"] = _checksum(obj)
        return json.dumps(obj, sort_keys=True, indent=1).encode() + b"\n"


def _checksum(obj: dict[str, Any]) -> str:
    """Unkeyed BLAKE2b-256 over every other field: catches damage and naive edits."""
    rest = {k: v for k, v in obj.items() if k != "checksum"}
    return _b64e(kdf_mod.keyed_digest(_canonical(rest), None, _PERSON_SUM))


def _parse_key_file(data: bytes) -> _KeyFile:
    """Strictly parse a key file; any deviation is ``KeyFileTampered``."""
    try:
        if len(data) > MAX_KEY_FILE_BYTES:
            raise ValueError("too large")
        obj = json.loads(data.decode("utf-8"))
        if not isinstance(obj, dict) or set(obj) != _FIELDS:
            raise ValueError("wrong fields")
        if not isinstance(obj["checksum"], str) or not hmac.compare_digest(
                obj["checksum"].encode(), _checksum(obj).encode()):
            raise ValueError("checksum mismatch")
        if obj["format"] != FORMAT or type(obj["version"]) is not int:
            raise ValueError("not a key file")
        if obj["version"] != VERSION:
            raise ValueError("unsupported version")
        for name in ("profile_id", "backend"):
            if not isinstance(obj[name], str) or not 0 < len(obj[name]) <= 256:
                raise ValueError(f"bad {name}")
        if type(obj["passphrase_only"]) is not bool:
            raise ValueError("bad passphrase_only")
        kdf = KdfParams.from_dict(obj["kdf"])
        header = {k: v for k, v in obj.items()
                  if k not in ("nonce", "ciphertext", "mac", "checksum")}
        return _KeyFile(
            header=header, kdf=kdf,
            salt=_b64d(obj["salt"], kdf_mod.SALT_BYTES),
            key_check=_b64d(obj["key_check"], kdf_mod.CHECK_BYTES),
            nonce=_b64d(obj["nonce"], nacl.secret.SecretBox.NONCE_SIZE),
            ciphertext=_b64d(obj["ciphertext"],
                             32 + 3 * _SECRET_LEN + nacl.secret.SecretBox.MACBYTES),
            mac=_b64d(obj["mac"], 32),
        )
    except (ValueError, TypeError, KeyError, binascii.Error, UnicodeDecodeError) as exc:
        raise KeyFileTampered(str(exc)) from None


def _read_key_file(path: Path) -> _KeyFile:
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError:
        raise VaultMissing() from None
    return _parse_key_file(data)


def read_vault_info(path: Path) -> VaultInfo:
    """Read the key file's public header (e.g. to show the passphrase-only warning)."""
    kf = _read_key_file(path)
    return VaultInfo(path, kf.profile_id, str(kf.header["backend"]), kf.passphrase_only, kf.kdf)


def _seal(
    secrets: UnlockedSecrets, passphrase: str, *, profile_id: str, backend: str,
    device_secret: bytes | None, kdf: KdfParams,
) -> _KeyFile:
    salt = kdf_mod.new_salt()
    kek = kdf_mod.derive_kek(passphrase, salt, kdf, device_secret)
    header: dict[str, Any] = {
        "format": FORMAT, "version": VERSION, "profile_id": profile_id,
        "kdf": kdf.to_dict(), "salt": _b64e(salt), "backend": backend,
        "passphrase_only": device_secret is None, "key_check": _b64e(kdf_mod.key_check(kek)),
    }
    header_hash = kdf_mod.keyed_digest(_canonical(header), None, _PERSON_HEADER)
    nonce = nacl.utils.random(nacl.secret.SecretBox.NONCE_SIZE)
    plain = bytearray(header_hash) + secrets._payload()
    box = nacl.secret.SecretBox(kdf_mod.wrap_key(kek))
    ciphertext = box.encrypt(bytes(plain), nonce).ciphertext
    plain[:] = bytes(len(plain))
    kf = _KeyFile(header, kdf, salt, kdf_mod.key_check(kek), nonce, ciphertext, b"")
    kf.mac = kdf_mod.keyed_digest(kf.mac_input(), device_secret, _PERSON_MAC)
    return kf


def _resolve_store(store: DeviceSecretStore | None) -> DeviceSecretStore:
    return OsKeyring() if store is None else store


def create_vault(
    path: Path, passphrase: str, secrets: UnlockedSecrets, *, profile_id: str,
    policy_allows_passphrase_only: bool, store: DeviceSecretStore | None = None,
    kdf: KdfParams = DEFAULT_KDF,
) -> VaultInfo:
    """Wrap ``secrets`` into a new key file; refuse or fall back per policy."""
    if not passphrase:
        raise PassphraseRejected()
    if path.exists():
        raise VaultExists()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    resolved = _resolve_store(store)
    info: KeystoreInfo = resolved.info()
    device_secret: bytes | None = None
    if info.secure:
        candidate = kdf_mod.new_device_secret()
        try:
            resolved.set(profile_id, candidate)
            if resolved.get(profile_id) != candidate:
                raise KeyringAccessError("The OS keystore did not keep the device secret.")
            device_secret = candidate
        except KeyringAccessError:
            info = KeystoreInfo(backend=info.backend, secure=False)
    if device_secret is None and not policy_allows_passphrase_only:
        raise KeystoreUnavailable()
    kf = _seal(secrets, passphrase, profile_id=profile_id, backend=info.backend,
               device_secret=device_secret, kdf=kdf)
    _atomic_write(path, kf.to_bytes())
    return VaultInfo(path, profile_id, info.backend, device_secret is None, kdf)


# --- unlock -----------------------------------------------------------------


def _device_secret_for(kf: _KeyFile, store: DeviceSecretStore | None) -> bytes | None:
    if kf.passphrase_only:
        return None
    try:
        secret = _resolve_store(store).get(kf.profile_id)
    except KeyringAccessError as exc:
        raise KeystoreUnavailable(
            f"{exc} The key file needs the device secret kept there. Make sure you "
            "are logged in to your desktop session and try again; if it persists, "
            "contact IT."
        ) from None
    if secret is None:
        raise DeviceSecretMissing()
    return secret


def _open(kf: _KeyFile, passphrase: str, device_secret: bytes | None) -> UnlockedSecrets | None:
    """Decrypt; None when the KEK is wrong, ``KeyFileTampered`` when data is altered."""
    kek = kdf_mod.derive_kek(passphrase, kf.salt, kf.kdf, device_secret)
    if not hmac.compare_digest(kdf_mod.key_check(kek), kf.key_check):
        return None
    try:
        plain = bytearray(nacl.secret.SecretBox(kdf_mod.wrap_key(kek)).decrypt(
            kf.ciphertext, kf.nonce))
    except nacl.exceptions.CryptoError:
        raise KeyFileTampered("ciphertext does not authenticate") from None
    try:
        header_hash = kdf_mod.keyed_digest(kf.header_bytes(), None, _PERSON_HEADER)
        if not hmac.compare_digest(bytes(plain[:32]), header_hash):
            raise KeyFileTampered("header does not match the encrypted copy")
        return UnlockedSecrets(bytes(plain[32:64]), bytes(plain[64:96]), bytes(plain[96:128]))
    finally:
        plain[:] = bytes(len(plain))


def unlock_vault(
    path: Path, passphrase: str, *, store: DeviceSecretStore | None = None,
    now: float | None = None,
) -> UnlockedSecrets:
    """Open the key file; ``now`` (epoch seconds) is injectable for tests."""
    at = time.time() if now is None else now
    throttle = UnlockThrottle(path.parent)
    wait = throttle.wait_seconds(at)
    if wait:
        raise TooManyAttempts(wait)
    kf = _read_key_file(path)
    device_secret = _device_secret_for(kf, store)
    expected_mac = kdf_mod.keyed_digest(kf.mac_input(), device_secret, _PERSON_MAC)
    if not hmac.compare_digest(expected_mac, kf.mac):
        raise KeyFileTampered("mac mismatch")
    secrets = _open(kf, passphrase, device_secret)
    if secrets is None:
        raise WrongPassphrase(*throttle.record_failure(at))
    throttle.reset()
    return secrets


def change_passphrase(
    path: Path, old_passphrase: str, new_passphrase: str, *,
    store: DeviceSecretStore | None = None, now: float | None = None,
    kdf: KdfParams | None = None,
) -> VaultInfo:
    """Re-wrap the same secrets under a new passphrase (new salt and nonce).

    The device secret and mode are kept; ``kdf=None`` keeps the file's parameters.
    """
    if not new_passphrase:
        raise PassphraseRejected()
    secrets = unlock_vault(path, old_passphrase, store=store, now=now)
    try:
        kf = _read_key_file(path)
        device_secret = _device_secret_for(kf, store)
        params = kf.kdf if kdf is None else kdf
        backend = str(kf.header["backend"])
        new = _seal(secrets, new_passphrase, profile_id=kf.profile_id, backend=backend,
                    device_secret=device_secret, kdf=params)
        _atomic_write(path, new.to_bytes())
        return VaultInfo(path, kf.profile_id, backend, device_secret is None, params)
    finally:
        secrets.wipe()
