"""Passphrase KDF (Argon2id) and the key-encryption key (KEK) construction.

Construction (version 1, documented in docs/adr/0001-key-hierarchy.md)::

    pw   = UTF-8(NFC(passphrase))
    A    = Argon2id13(pw, salt[16], opslimit, memlimit) -> 32 bytes
    KEK  = BLAKE2b-256(message=A, key=device_secret[32], person="liaison-kek-v1")
           (passphrase-only mode, no device secret: KEK = A)
    wrap = BLAKE2b-256(message="", key=KEK, person="liaison-wrap-v1")  # SecretBox key
    chk  = BLAKE2b-128(message="", key=KEK, person="liaison-chk-v1")   # key check value

``wrap`` encrypts the secrets; ``chk`` is stored so a wrong passphrase can be
told apart from an altered ciphertext.  Also here: the strict encodings and
atomic 0600 writes used for the key file, and the unlock back-off counter.
"""

from __future__ import annotations

import base64
import json
import math
import os
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nacl.hash
import nacl.pwhash.argon2id as _argon2id
import nacl.utils
from nacl.encoding import RawEncoder

KEY_BYTES = 32
SALT_BYTES: int = _argon2id.SALTBYTES
CHECK_BYTES = 16
KDF_ALG = "argon2id13"

#: Refuse parameters outside these bounds when read from a file (a tampered
#: file must not make us allocate gigabytes or spin for minutes).
OPSLIMIT_MIN: int = _argon2id.OPSLIMIT_MIN
OPSLIMIT_MAX = 64
MEMLIMIT_MIN: int = _argon2id.MEMLIMIT_MIN
MEMLIMIT_MAX: int = _argon2id.MEMLIMIT_SENSITIVE  # 1 GiB

_PERSON_KEK = b"liaison-kek-v1"
_PERSON_WRAP = b"liaison-wrap-v1"
_PERSON_CHECK = b"liaison-chk-v1"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, stored next to the salt in the key file."""

    opslimit: int
    memlimit: int

    def __post_init__(self) -> None:
        for name, value, low, high in (
            ("opslimit", self.opslimit, OPSLIMIT_MIN, OPSLIMIT_MAX),
            ("memlimit", self.memlimit, MEMLIMIT_MIN, MEMLIMIT_MAX),
        ):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"Argon2id {name} must be an integer")
            if not low <= value <= high:
                raise ValueError(f"Argon2id {name} {value} is outside [{low}, {high}]")

    def to_dict(self) -> dict[str, Any]:
        """JSON form: ``{"alg": "argon2id13", "opslimit": .., "memlimit": ..}``."""
        return {"alg": KDF_ALG, "opslimit": self.opslimit, "memlimit": self.memlimit}

    @classmethod
    def from_dict(cls, obj: object) -> KdfParams:
        """Parse the JSON form strictly; raise ``ValueError`` on anything odd."""
        if not isinstance(obj, dict) or set(obj) != {"alg", "opslimit", "memlimit"}:
            raise ValueError("kdf must hold exactly alg, opslimit and memlimit")
        if obj["alg"] != KDF_ALG:
            raise ValueError("unsupported kdf algorithm")
        return cls(opslimit=obj["opslimit"], memlimit=obj["memlimit"])


#: Production default: libsodium's MODERATE (3 passes, 256 MiB), about 0.5-1 s.
DEFAULT_KDF = KdfParams(_argon2id.OPSLIMIT_MODERATE, _argon2id.MEMLIMIT_MODERATE)
#: libsodium's interactive cost: used when an OS keystore secret also guards the KEK.
INTERACTIVE_KDF = KdfParams(_argon2id.OPSLIMIT_INTERACTIVE, _argon2id.MEMLIMIT_INTERACTIVE)
#: For tests and benchmarks only; must be passed explicitly.
INSECURE_TEST_KDF = KdfParams(OPSLIMIT_MIN, MEMLIMIT_MIN)


def new_salt() -> bytes:
    """A fresh random Argon2id salt."""
    return nacl.utils.random(SALT_BYTES)


def new_device_secret() -> bytes:
    """A fresh random 32-byte device secret for the OS keyring."""
    return nacl.utils.random(KEY_BYTES)


def _blake2b(data: bytes, *, key: bytes, person: bytes, size: int = KEY_BYTES) -> bytes:
    return nacl.hash.blake2b(data, digest_size=size, key=key, person=person, encoder=RawEncoder)


def stretch_passphrase(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    """Argon2id over the NFC-normalised UTF-8 passphrase; 32 bytes."""
    if len(salt) != SALT_BYTES:
        raise ValueError(f"salt must be {SALT_BYTES} bytes")
    pw = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return _argon2id.kdf(
        KEY_BYTES, pw, salt, opslimit=kdf.opslimit, memlimit=kdf.memlimit,
        encoder=RawEncoder,
    )


def derive_kek(
    passphrase: str, salt: bytes, kdf: KdfParams, device_secret: bytes | None
) -> bytes:
    """The 32-byte KEK; ``device_secret=None`` means passphrase-only mode."""
    stretched = stretch_passphrase(passphrase, salt, kdf)
    if device_secret is None:
        return stretched
    if len(device_secret) != KEY_BYTES:
        raise ValueError(f"device secret must be {KEY_BYTES} bytes")
    return _blake2b(stretched, key=device_secret, person=_PERSON_KEK)


def wrap_key(kek: bytes) -> bytes:
    """The SecretBox key derived from the KEK."""
    return _blake2b(b"", key=kek, person=_PERSON_WRAP)


def key_check(kek: bytes) -> bytes:
    """A 16-byte check value: tells a wrong KEK from a damaged ciphertext."""
    return _blake2b(b"", key=kek, person=_PERSON_CHECK, size=CHECK_BYTES)


def keyed_digest(data: bytes, key: bytes | None, person: bytes) -> bytes:
    """BLAKE2b-256 of ``data``, keyed when ``key`` is given (header MAC)."""
    return _blake2b(data, key=key or b"", person=person)


def b64u_encode(data: bytes) -> str:
    """Unpadded base64url."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64u_decode(text: object, size: int) -> bytes:
    """Strict unpadded base64url of exactly ``size`` bytes; else ``ValueError``."""
    if not isinstance(text, str) or "=" in text:
        raise ValueError("not unpadded base64url")
    raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if len(raw) != size or b64u_encode(raw) != text:
        raise ValueError("wrong size or non-canonical base64url")
    return raw


def canonical_json(obj: dict[str, Any]) -> bytes:
    """Sorted keys, compact, ASCII: the bytes that are hashed and MACed."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def atomic_write(path: Path, data: bytes) -> None:
    """Write via a 0600 temp file in the same directory, fsync, ``os.replace``."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 300
STATE_FILE = "unlock-state.json"


def delay_after(failures: int) -> int:
    """Seconds to wait after ``failures`` wrong passphrases: 0,0,0,2,4,8,... max 300."""
    if failures <= FREE_ATTEMPTS:
        return 0
    return int(min(2 ** min(failures - FREE_ATTEMPTS, 16), MAX_DELAY_SECONDS))


class UnlockThrottle:
    """Failure counter + earliest next attempt in ``unlock-state.json`` (no secrets).

    It slows guessing through the app; an attacker with the files guesses offline
    anyway, which is what Argon2id and the device secret are for.
    """

    def __init__(self, directory: Path) -> None:
        self.path = directory / STATE_FILE

    def _load(self) -> tuple[int, float]:
        try:
            obj = json.loads(self.path.read_bytes())
            failures, not_before = obj["failures"], obj["not_before"]
            if type(failures) is not int or failures < 0:
                raise ValueError("bad failures")
            if type(not_before) not in (int, float) or not math.isfinite(not_before):
                raise ValueError("bad not_before")
            return failures, float(not_before)
        except FileNotFoundError:
            return 0, 0.0
        except (ValueError, TypeError, KeyError, OSError):
            return FREE_ATTEMPTS, 0.0  # unreadable: no more free attempts

    def _save(self, failures: int, not_before: float) -> None:
        atomic_write(self.path, canonical_json({"failures": failures, "not_before": not_before}))

    def wait_seconds(self, now: float) -> int:
        """Seconds until the next attempt is allowed (0 = now)."""
        wait = self._load()[1] - now
        # A clock set backwards must not lock the officer out beyond the cap.
        return math.ceil(min(wait, MAX_DELAY_SECONDS)) if wait > 0 else 0

    def record_failure(self, now: float) -> tuple[int, int]:
        """Count a wrong passphrase; return (failures, delay before the next try)."""
        failures = self._load()[0] + 1
        delay = delay_after(failures)
        self._save(failures, now + delay)
        return failures, delay

    def reset(self) -> None:
        """Forget failures after a successful unlock."""
        if self.path.exists():
            self._save(0, 0.0)
