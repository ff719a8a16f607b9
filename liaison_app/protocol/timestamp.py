"""The directory timestamp: a short-lived signed statement "this is the current directory".

TUF's timestamp role. The directory itself is signed for weeks; a hub that
stopped updating (or an attacker replaying yesterday's answers) could keep
serving an old directory, and a device revoked since would still look active.
The directory authority therefore also signs, on a schedule, this small
document naming the current directory's version and SHA-256, valid for a day
by default. A client refuses a directory when the newest timestamp it can get
has expired, and only accepts the directory the timestamp names.

Wire form (canonical JSON, exactly these keys)::

    {"v": 1, "version": int >= 1, "directory_version": int >= 1,
     "directory_sha256": b64u(32 bytes), "issued_at": time, "expires_at": time}

Signed form: `{"timestamp": <object>, "sig": b64u(64)}`, the signature by the
directory authority over TIMESTAMP_SIG_PREFIX + canonical(object).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from liaison_app.domain.timefmt import format_time, parse_time
from liaison_app.protocol.canonical import (
    MAX_SAFE_INT,
    JsonValue,
    b64u_decode,
    b64u_encode,
    canonical_bytes,
)
from liaison_app.protocol.domains import TIMESTAMP_SIG_PREFIX
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.limits import PROTOCOL_VERSION
from liaison_app.protocol.wire import check_keys, check_version, expect_int, expect_object

__all__ = [
    "MAX_TIMESTAMP_BYTES",
    "DirectoryTimestamp",
    "directory_digest",
    "timestamp_from_wire",
    "timestamp_signing_bytes",
    "timestamp_to_wire",
]

MAX_TIMESTAMP_BYTES = 4096
_FIELDS = frozenset({"v", "version", "directory_version", "directory_sha256", "issued_at",
                     "expires_at"})


def directory_digest(signed_directory: bytes) -> bytes:
    """SHA-256 of the signed directory document, byte for byte as served."""
    return hashlib.sha256(signed_directory).digest()


@dataclass(frozen=True, slots=True)
class DirectoryTimestamp:
    """Which directory is current, signed for a short while."""

    version: int
    directory_version: int
    directory_sha256: bytes
    issued_at: datetime
    expires_at: datetime

    def __post_init__(self) -> None:
        for name in ("version", "directory_version"):
            expect_int(getattr(self, name), name, minimum=1, maximum=MAX_SAFE_INT)
        if len(self.directory_sha256) != 32:
            raise ValidationError("directory_sha256", "must be 32 bytes")
        if self.expires_at <= self.issued_at:
            raise ValidationError("expires_at", "must be later than issued_at")

    def names(self, signed_directory: bytes) -> bool:
        """True if `signed_directory` is exactly the directory this timestamp names."""
        return directory_digest(signed_directory) == self.directory_sha256


def timestamp_to_wire(ts: DirectoryTimestamp) -> dict[str, JsonValue]:
    """The JSON-ready object (the part the authority signs)."""
    return {
        "v": PROTOCOL_VERSION, "version": ts.version,
        "directory_version": ts.directory_version,
        "directory_sha256": b64u_encode(ts.directory_sha256),
        "issued_at": format_time(ts.issued_at), "expires_at": format_time(ts.expires_at),
    }


def timestamp_signing_bytes(ts: DirectoryTimestamp) -> bytes:
    """What the authority signs: prefix + canonical timestamp object."""
    return TIMESTAMP_SIG_PREFIX + canonical_bytes(timestamp_to_wire(ts))


def timestamp_from_wire(obj: Any, field: str = "timestamp") -> DirectoryTimestamp:
    """Strictly parse the timestamp object (`v` first)."""
    o = expect_object(obj, field)
    check_version(o, field)
    check_keys(o, field, _FIELDS)
    p = f"{field}."
    try:
        return DirectoryTimestamp(
            version=expect_int(o["version"], p + "version", minimum=1, maximum=MAX_SAFE_INT),
            directory_version=expect_int(o["directory_version"], p + "directory_version",
                                         minimum=1, maximum=MAX_SAFE_INT),
            directory_sha256=b64u_decode(o["directory_sha256"], p + "directory_sha256",
                                         size=32),
            issued_at=parse_time(o["issued_at"], p + "issued_at"),
            expires_at=parse_time(o["expires_at"], p + "expires_at"),
        )
    except ValidationError as exc:
        if exc.field.startswith(p):
            raise
        raise ValidationError(p + exc.field, exc.reason) from exc
