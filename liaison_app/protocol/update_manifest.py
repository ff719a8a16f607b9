"""The signed update manifest: what a release is, where its files are, how long it holds.

Wire form (canonical JSON), signed by the release key (`liaison_app.crypto.release`):

    {"manifest": {"v": 1, "version": "0.2.0", "channel": "stable",
                  "artifacts": [{"name": "liaison_0.2.0_amd64.deb",
                                 "sha256": "<64 hex>", "size": 123}],
                  "issued_at": "2026-11-23T03:45:00Z",
                  "expires_at": "2026-12-23T03:45:00Z",
                  "minimum_version": "0.1.0"},
     "signature": {"alg": "Ed25519", "sig": "<base64url>"}}

No I/O here: types, a strict parser and the reasons an update is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from liaison_app.protocol.canonical import JsonValue
from liaison_app.protocol.errors import ValidationError

MANIFEST_VERSION = 1
MAX_MANIFEST_BYTES = 256 * 1024
MAX_ARTIFACTS = 64
MAX_ARTIFACT_SIZE = 2**40
_VERSION_RE = re.compile(r"^(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})$")
_CHANNEL_RE = re.compile(r"^[a-z][a-z0-9-]{0,31}$")
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+~-]{0,199}$")
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
_TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def valid_channel(text: object) -> bool:
    """True if `text` is a channel name: lowercase letters, digits and '-', up to 32."""
    return isinstance(text, str) and _CHANNEL_RE.match(text) is not None


class RefuseReason(StrEnum):
    """Why an update was refused; stable codes shown to IT and logged."""

    MALFORMED = "malformed"
    BAD_SIGNATURE = "bad_signature"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    ROLLBACK = "rollback"
    WRONG_CHANNEL = "wrong_channel"
    HASH_MISMATCH = "hash_mismatch"
    SIZE_MISMATCH = "size_mismatch"
    UNKNOWN_ARTIFACT = "unknown_artifact"


class UpdateRefused(Exception):
    """An update manifest or artifact was refused for `reason`; `detail` says more."""

    def __init__(self, reason: RefuseReason, detail: str) -> None:
        super().__init__(f"{reason.value}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, order=True)
class Version:
    """A MAJOR.MINOR.PATCH release version, ordered numerically."""

    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: object, field: str = "version") -> Version:
        """Parse strict `MAJOR.MINOR.PATCH` (no leading zeros, no suffixes)."""
        if not isinstance(text, str):
            raise ValidationError(field, "must be a string like 1.2.3")
        m = _VERSION_RE.match(text)
        if m is None:
            raise ValidationError(field, f"{text[:40]!r} is not a version like 1.2.3")
        return cls(int(m[1]), int(m[2]), int(m[3]))

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


@dataclass(frozen=True)
class Artifact:
    """One downloadable file of a release: its name, SHA-256 (hex) and size in bytes."""

    name: str
    sha256: str
    size: int

    def to_wire(self) -> dict[str, JsonValue]:
        """JSON-ready form."""
        return {"name": self.name, "sha256": self.sha256, "size": self.size}

    @classmethod
    def from_wire(cls, obj: object, field: str) -> Artifact:
        """Strictly parse one artifact entry."""
        d = _object(obj, field, {"name", "sha256", "size"})
        name, sha, size = d["name"], d["sha256"], d["size"]
        if not isinstance(name, str) or not _NAME_RE.match(name):
            raise ValidationError(f"{field}.name", "must be a plain file name")
        if not isinstance(sha, str) or not _SHA256_RE.match(sha):
            raise ValidationError(f"{field}.sha256", "must be 64 lowercase hex digits")
        if not isinstance(size, int) or isinstance(size, bool) or not 0 < size <= MAX_ARTIFACT_SIZE:
            raise ValidationError(f"{field}.size", "must be a positive integer byte count")
        return cls(name, sha, size)


@dataclass(frozen=True)
class UpdateManifest:
    """A release on a channel, valid from `issued_at` until `expires_at`."""

    version: Version
    channel: str
    artifacts: tuple[Artifact, ...]
    issued_at: datetime
    expires_at: datetime
    minimum_version: Version

    def __post_init__(self) -> None:
        if not valid_channel(self.channel):
            raise ValidationError("channel", "must be lowercase letters, digits and '-'")
        if not 0 < len(self.artifacts) <= MAX_ARTIFACTS:
            raise ValidationError("artifacts", f"must list 1 to {MAX_ARTIFACTS} files")
        names = [a.name for a in self.artifacts]
        if len(set(names)) != len(names):
            raise ValidationError("artifacts", "lists a file name twice")
        if self.expires_at <= self.issued_at:
            raise ValidationError("expires_at", "must be after issued_at")
        if self.minimum_version > self.version:
            raise ValidationError("minimum_version", "must not be above version")

    def artifact(self, name: str) -> Artifact:
        """The artifact called `name`, or UpdateRefused(UNKNOWN_ARTIFACT)."""
        for item in self.artifacts:
            if item.name == name:
                return item
        raise UpdateRefused(RefuseReason.UNKNOWN_ARTIFACT,
                            f"{name!r} is not listed in the manifest for {self.version}")

    def to_wire(self) -> dict[str, JsonValue]:
        """JSON-ready form (the bytes the release key signs, once canonical)."""
        return {
            "v": MANIFEST_VERSION,
            "version": str(self.version),
            "channel": self.channel,
            "artifacts": [a.to_wire() for a in self.artifacts],
            "issued_at": format_time(self.issued_at),
            "expires_at": format_time(self.expires_at),
            "minimum_version": str(self.minimum_version),
        }

    @classmethod
    def from_wire(cls, obj: object, field: str = "manifest") -> UpdateManifest:
        """Strictly parse a manifest object; unknown fields are refused."""
        keys = {"v", "version", "channel", "artifacts", "issued_at", "expires_at",
                "minimum_version"}
        d = _object(obj, field, keys)
        if d["v"] != MANIFEST_VERSION or isinstance(d["v"], bool):
            raise ValidationError(f"{field}.v", f"must be {MANIFEST_VERSION}")
        channel = d["channel"]
        if not isinstance(channel, str):
            raise ValidationError(f"{field}.channel", "must be a string")
        arts = d["artifacts"]
        if not isinstance(arts, list):
            raise ValidationError(f"{field}.artifacts", "must be a list")
        try:
            return cls(
                version=Version.parse(d["version"], f"{field}.version"),
                channel=channel,
                artifacts=tuple(Artifact.from_wire(a, f"{field}.artifacts[{i}]")
                                for i, a in enumerate(arts)),
                issued_at=parse_time(d["issued_at"], f"{field}.issued_at"),
                expires_at=parse_time(d["expires_at"], f"{field}.expires_at"),
                minimum_version=Version.parse(d["minimum_version"], f"{field}.minimum_version"),
            )
        except ValidationError as exc:
            if exc.field.startswith(field):
                raise
            raise ValidationError(f"{field}.{exc.field}", exc.reason) from exc


def _object(obj: object, field: str, keys: set[str]) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise ValidationError(field, "must be an object")
    unknown = sorted(set(obj) - keys)
    if unknown:
        raise ValidationError(f"{field}.{unknown[0]}", "is not a known field")
    missing = sorted(keys - set(obj))
    if missing:
        raise ValidationError(f"{field}.{missing[0]}", "is missing")
    return obj


def format_time(value: datetime) -> str:
    """RFC 3339 UTC with second precision and `Z`."""
    if value.tzinfo is None:
        raise ValidationError("", "times must be timezone-aware")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(text: object, field: str) -> datetime:
    """Parse the wire time form `YYYY-MM-DDTHH:MM:SSZ` into an aware UTC datetime."""
    if not isinstance(text, str) or not _TIME_RE.match(text):
        raise ValidationError(field, "must be an RFC 3339 UTC time like 2026-11-23T03:45:00Z")
    try:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError as exc:
        raise ValidationError(field, "is not a real date and time") from exc
