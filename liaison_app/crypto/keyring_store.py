"""OS keystore adapter over ``keyring`` for the per-profile device secret.

``keyring`` is imported lazily inside functions: its backend scan costs tens of
milliseconds and must stay off the GUI start-up path.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import Any, Protocol

SERVICE = "liaison"
SECRET_BYTES = 32

#: Backends that never count as a secure OS keystore (module-name prefixes).
_INSECURE_MODULES = (
    "keyring.backends.fail",
    "keyring.backends.null",
    "keyrings.alt",  # plaintext / file / registry / "encrypted file" backends
)


@dataclass(frozen=True)
class KeystoreInfo:
    """Which keyring backend is active and whether it counts as secure."""

    backend: str
    secure: bool


class KeyringAccessError(Exception):
    """The OS keystore could not be read or written (no secret in the message)."""


class DeviceSecretStore(Protocol):
    """Where the per-profile 32-byte device secret lives."""

    def info(self) -> KeystoreInfo:
        """Backend name and whether it is a secure OS keystore."""
        ...

    def get(self, profile_id: str) -> bytes | None:
        """The secret, or None when there is none for this profile."""
        ...

    def set(self, profile_id: str, secret: bytes) -> None:
        """Store (or replace) the secret for this profile."""
        ...

    def delete(self, profile_id: str) -> None:
        """Remove the secret; no error when it is already gone."""
        ...


def backend_name(backend: object) -> str:
    """Dotted class path of a keyring backend, e.g. ``keyring.backends.SecretService.Keyring``."""
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _priority(backend: object) -> float:
    try:
        value = type(backend).priority  # type: ignore[attr-defined]
        return float(value)
    except Exception:  # an unusable backend raises from its priority probe
        return -1.0


def is_secure_backend(backend: object) -> bool:
    """True for a real OS keystore; False for fail/null/plaintext/low-priority ones."""
    module = type(backend).__module__
    if any(module == p or module.startswith(p + ".") for p in _INSECURE_MODULES):
        return False
    if module == "keyring.backends.chainer":
        try:
            chained: list[Any] = list(type(backend).backends)  # type: ignore[attr-defined]
        except Exception:
            return False
        # A chainer may write to any member, so every member must be secure.
        return bool(chained) and all(is_secure_backend(b) for b in chained)
    return _priority(backend) >= 1


def detect_keystore() -> KeystoreInfo:
    """Inspect the active ``keyring`` backend (imports keyring on first use)."""
    try:
        import keyring

        active = keyring.get_keyring()
    except Exception:
        return KeystoreInfo(backend="unavailable", secure=False)
    return KeystoreInfo(backend=backend_name(active), secure=is_secure_backend(active))


def open_keystore() -> None:
    """Import ``keyring`` and choose its backend now (any thread), so that the first
    read of a secret does not wait for it: about 90 ms of imports and backend probing
    (one of them over D-Bus) on a Linux desktop, ADR 0029. Errors are left to that
    first read, which reports them."""
    try:
        import keyring

        keyring.get_keyring()
    except Exception:  # noqa: S110 - the read that follows says what is wrong
        pass


def _encode(secret: bytes) -> str:
    return base64.b64encode(secret).decode("ascii")


def _decode(text: str) -> bytes:
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError) as exc:
        raise KeyringAccessError("The device secret in the OS keystore is damaged.") from exc
    if len(raw) != SECRET_BYTES:
        raise KeyringAccessError("The device secret in the OS keystore is damaged.")
    return raw


class OsKeyring:
    """``DeviceSecretStore`` over the active ``keyring`` backend."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def __repr__(self) -> str:
        return f"OsKeyring(service={self.service!r})"

    def info(self) -> KeystoreInfo:
        """Describe the active backend."""
        return detect_keystore()

    def get(self, profile_id: str) -> bytes | None:
        """Read the base64 secret stored under (service, profile id)."""
        try:
            import keyring

            text = keyring.get_password(self.service, profile_id)
        except Exception as exc:
            raise KeyringAccessError(
                f"Could not read from the OS keystore ({type(exc).__name__})."
            ) from None
        return None if text is None else _decode(text)

    def set(self, profile_id: str, secret: bytes) -> None:
        """Store the secret base64-encoded under (service, profile id)."""
        if len(secret) != SECRET_BYTES:
            raise ValueError(f"device secret must be {SECRET_BYTES} bytes")
        try:
            import keyring

            keyring.set_password(self.service, profile_id, _encode(secret))
        except Exception as exc:
            raise KeyringAccessError(
                f"Could not write to the OS keystore ({type(exc).__name__})."
            ) from None

    def delete(self, profile_id: str) -> None:
        """Remove the entry; a missing entry is not an error."""
        try:
            import keyring
            from keyring.errors import PasswordDeleteError

            try:
                keyring.delete_password(self.service, profile_id)
            except PasswordDeleteError:
                return
        except Exception as exc:
            raise KeyringAccessError(
                f"Could not remove the entry in the OS keystore ({type(exc).__name__})."
            ) from None
