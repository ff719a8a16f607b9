"""Sign and verify the directory with the directory authority's Ed25519 key.

Signed form (canonical JSON): `{"directory": {...}, "sig": b64u(64 bytes)}`,
where `sig` covers `DIRECTORY_SIG_PREFIX + canonical(directory object)`.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

import nacl.signing

from liaison_app.crypto.keys import device_id_for, verify_box_key
from liaison_app.crypto.outer import verify_ed25519
from liaison_app.protocol.canonical import b64u_decode, b64u_encode, canonical_bytes, parse_json
from liaison_app.protocol.directory import (
    Directory,
    directory_from_wire,
    directory_signing_bytes,
    directory_to_wire,
)
from liaison_app.protocol.domains import DIRECTORY_SIG_PREFIX
from liaison_app.protocol.errors import UnsupportedVersion, ValidationError
from liaison_app.protocol.limits import MAX_DIRECTORY_BYTES, SIGNATURE_BYTES
from liaison_app.protocol.wire import check_keys, expect_object

__all__ = [
    "BadDirectorySignature",
    "DirectoryError",
    "DirectoryExpired",
    "DirectoryProblem",
    "DirectoryRollback",
    "MalformedDirectory",
    "sign_directory",
    "verify_directory",
]


class DirectoryProblem(StrEnum):
    """Why a directory was refused (stable codes)."""

    MALFORMED = "malformed"
    UNSUPPORTED_VERSION = "unsupported_version"
    BAD_SIGNATURE = "bad_signature"
    EXPIRED = "expired"
    ROLLBACK = "rollback"


class DirectoryError(Exception):
    """A directory document was refused; `problem` says why."""

    problem: DirectoryProblem = DirectoryProblem.MALFORMED

    def __init__(self, detail: str) -> None:
        super().__init__(f"{self.problem.value}: {detail}")
        self.detail = detail


class MalformedDirectory(DirectoryError):
    """Not a well-formed v1 directory; `field` names the culprit."""

    problem = DirectoryProblem.MALFORMED

    def __init__(self, detail: str, field: str = "") -> None:
        super().__init__(detail)
        self.field = field


class UnsupportedDirectoryVersion(MalformedDirectory):
    """The directory's `v` is not 1."""

    problem = DirectoryProblem.UNSUPPORTED_VERSION


class BadDirectorySignature(DirectoryError):
    """The authority's signature does not verify."""

    problem = DirectoryProblem.BAD_SIGNATURE


class DirectoryExpired(DirectoryError):
    """`now` is at or past the directory's `expires_at`."""

    problem = DirectoryProblem.EXPIRED


class DirectoryRollback(DirectoryError):
    """The directory's version is lower than the newest one already accepted."""

    problem = DirectoryProblem.ROLLBACK


def sign_directory(d: Directory, authority: nacl.signing.SigningKey) -> bytes:
    """The signed directory document (canonical JSON bytes)."""
    sig = authority.sign(directory_signing_bytes(d)).signature
    return canonical_bytes({"directory": directory_to_wire(d), "sig": b64u_encode(sig)})


def _check_device_keys(d: Directory) -> None:
    for i, dev in enumerate(d.devices):
        if device_id_for(dev.sign_key) != dev.device_id:
            raise MalformedDirectory(
                "device id is not the fingerprint of sign_key", f"directory.devices[{i}].device_id"
            )
        if not verify_box_key(dev.sign_key, dev.box_key, dev.box_key_sig):
            raise MalformedDirectory(
                "box key signature does not verify", f"directory.devices[{i}].box_key_sig"
            )


def verify_directory(
    data: bytes, authority_key: bytes, *, min_version: int, now: datetime
) -> Directory:
    """Parse and verify a signed directory; refuse bad signature, expiry and rollback.

    Checks, in order: outer JSON shape, the authority signature over the
    `directory` object as received, its v1 schema, every device's id and box key
    signature, `expires_at > now`, `version >= min_version`.
    """
    try:
        outer = expect_object(
            parse_json(data, max_bytes=MAX_DIRECTORY_BYTES, what="signed_directory"),
            "signed_directory",
        )
        check_keys(outer, "", frozenset({"directory", "sig"}))
        sig = b64u_decode(outer["sig"], "sig", size=SIGNATURE_BYTES)
        raw = expect_object(outer["directory"], "directory")
        signed = DIRECTORY_SIG_PREFIX + canonical_bytes(raw)
    except ValidationError as exc:
        raise MalformedDirectory(str(exc), exc.field) from exc
    if not verify_ed25519(authority_key, signed, sig):
        raise BadDirectorySignature("authority signature does not verify")
    try:
        d = directory_from_wire(raw, "directory")
    except UnsupportedVersion as exc:
        raise UnsupportedDirectoryVersion(str(exc), exc.field) from exc
    except ValidationError as exc:
        raise MalformedDirectory(str(exc), exc.field) from exc
    _check_device_keys(d)
    if now >= d.expires_at:
        raise DirectoryExpired(f"directory version {d.version} expired")
    if d.version < min_version:
        raise DirectoryRollback(f"version {d.version} is older than {min_version}")
    return d
