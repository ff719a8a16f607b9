"""The provisioning profile: the signed file IT gives an officer to set up a device.

Wire form (canonical JSON)::

    {"profile": {...fields below...}, "sig": "<base64url Ed25519 signature>"}

The signature covers `PROVISIONING_SIG_PREFIX + canonical_bytes(profile)` and
is made with the hub's directory authority key. See crypto.provisioning.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from liaison_app.domain.parties import officer_agency_id, validate_agency_id, validate_officer_id
from liaison_app.domain.timefmt import format_time, parse_time
from liaison_app.protocol.canonical import b64u_decode, b64u_encode, parse_json
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.limits import PROTOCOL_VERSION, SIGN_KEY_BYTES, SIGNATURE_BYTES
from liaison_app.protocol.wire import check_version

__all__ = [
    "AUTHORITY_FINGERPRINT_PREFIX",
    "MAX_PROVISIONING_BYTES",
    "PROVISIONING_SIG_PREFIX",
    "Policy",
    "ProvisioningProfile",
    "SignedProvisioning",
    "authority_fingerprint",
    "normalise_fingerprint",
    "parse_provisioning",
]

PROVISIONING_SIG_PREFIX = b"liaison/v1/provisioning\x00"
AUTHORITY_FINGERPRINT_PREFIX = b"liaison/v1/authority-fingerprint\x00"
MAX_PROVISIONING_BYTES = 256 * 1024
UPDATE_CHANNELS = ("stable", "beta", "pinned")
_TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{22,128}$")
_PEM_BEGIN = "-----BEGIN CERTIFICATE-----"


def authority_fingerprint(authority_key: bytes) -> str:
    """What IT reads out to the officer (or pins in the policy file) to prove a
    provisioning file comes from their hub: base32 (lowercase, no padding) of the
    first 20 bytes of SHA-256(AUTHORITY_FINGERPRINT_PREFIX + the 32-byte authority
    public key), in eight groups of four: `abcd efgh ijkl mnop qrst uvwx yz23 4567`."""
    digest = hashlib.sha256(AUTHORITY_FINGERPRINT_PREFIX + bytes(authority_key)).digest()[:20]
    text = base64.b32encode(digest).decode("ascii").lower()
    return " ".join(text[i:i + 4] for i in range(0, 32, 4))


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed (any case, spaces or hyphens) in its canonical grouping;
    ValueError if it is not 32 base32 characters."""
    plain = "".join(ch for ch in text.lower() if ch not in " -")
    if len(plain) != 32 or any(ch not in "abcdefghijklmnopqrstuvwxyz234567" for ch in plain):
        raise ValueError("a fingerprint is 32 characters of a-z and 2-7")
    return " ".join(plain[i:i + 4] for i in range(0, 32, 4))


def _obj(value: object, field: str, keys: set[str]) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ValidationError(field, "must be an object")
    extra = set(value) - keys
    if extra:
        raise ValidationError(f"{field}.{sorted(extra)[0]}".lstrip("."), "is not a known field")
    missing = keys - set(value)
    if missing:
        raise ValidationError(f"{field}.{sorted(missing)[0]}".lstrip("."), "is required")
    return value


def _int(value: object, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(field, f"must be an integer from {low} to {high}")
    return value


def _text(value: object, field: str, max_chars: int) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > max_chars:
        raise ValidationError(field, f"must be non-empty text of at most {max_chars} characters")
    return value


def validate_hub_url(value: object, field: str) -> str:
    """An https URL with a host and nothing after the port (no path, query, credentials)."""
    text = _text(value, field, 2048)
    parts = urlsplit(text)
    if parts.scheme != "https":
        raise ValidationError(field, "must be an https:// URL")
    if not parts.hostname or parts.username or parts.password:
        raise ValidationError(field, "must name a host and carry no credentials")
    if parts.path or parts.query or parts.fragment or text.endswith(("?", "#")):
        raise ValidationError(field, "must not carry a path (not even '/'), query or fragment")
    try:
        _ = parts.port
    except ValueError as exc:
        raise ValidationError(field, "has an invalid port") from exc
    return text


@dataclass(frozen=True, slots=True)
class Policy:
    """Device policy set by IT."""

    auto_lock_minutes: int = 15
    retention_days: int = 365
    passphrase_only_allowed: bool = False
    update_channel: str = "stable"

    def to_wire(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "auto_lock_minutes": self.auto_lock_minutes,
            "retention_days": self.retention_days,
            "passphrase_only_allowed": self.passphrase_only_allowed,
            "update_channel": self.update_channel,
        }

    @classmethod
    def from_wire(cls, obj: object, field: str = "policy") -> Policy:
        """Strictly parse the wire form."""
        data = _obj(obj, field, {"auto_lock_minutes", "retention_days",
                                 "passphrase_only_allowed", "update_channel"})
        pass_only = data["passphrase_only_allowed"]
        if not isinstance(pass_only, bool):
            raise ValidationError(f"{field}.passphrase_only_allowed", "must be true or false")
        channel = data["update_channel"]
        if channel not in UPDATE_CHANNELS:
            raise ValidationError(f"{field}.update_channel",
                                  f"must be one of {', '.join(UPDATE_CHANNELS)}")
        return cls(
            auto_lock_minutes=_int(data["auto_lock_minutes"], f"{field}.auto_lock_minutes",
                                   1, 24 * 60),
            retention_days=_int(data["retention_days"], f"{field}.retention_days", 1, 3650),
            passphrase_only_allowed=pass_only, update_channel=str(channel),
        )


@dataclass(frozen=True, slots=True)
class ProvisioningProfile:
    """What a device needs to join: where the hub is, whom to trust, who the officer is."""

    hub_url: str
    ca_cert_pem: str
    directory_authority_key: bytes
    release_signing_key: bytes
    officer_id: str
    agency_id: str
    officer_name: str
    policy: Policy
    enrolment_token: str
    issued_at: datetime
    expires_at: datetime
    v: int = PROTOCOL_VERSION

    def to_wire(self) -> dict[str, Any]:
        """JSON-ready form (the object the signature covers)."""
        return {
            "v": self.v,
            "hub_url": self.hub_url,
            "ca_cert_pem": self.ca_cert_pem,
            "directory_authority_key": b64u_encode(self.directory_authority_key),
            "release_signing_key": b64u_encode(self.release_signing_key),
            "officer_id": self.officer_id,
            "agency_id": self.agency_id,
            "officer_name": self.officer_name,
            "policy": self.policy.to_wire(),
            "enrolment_token": self.enrolment_token,
            "issued_at": format_time(self.issued_at),
            "expires_at": format_time(self.expires_at),
        }

    @classmethod
    def from_wire(cls, obj: object, field: str = "profile") -> ProvisioningProfile:
        """Strictly parse the wire form (`v` first: a newer file is unsupported_version)."""
        if isinstance(obj, Mapping):
            check_version(obj, field)
        data = _obj(obj, field, {
            "v", "hub_url", "ca_cert_pem", "directory_authority_key", "release_signing_key",
            "officer_id", "agency_id", "officer_name", "policy", "enrolment_token",
            "issued_at", "expires_at",
        })
        pem = _text(data["ca_cert_pem"], f"{field}.ca_cert_pem", 64 * 1024)
        if _PEM_BEGIN not in pem:
            raise ValidationError(f"{field}.ca_cert_pem", "must hold a PEM certificate")
        token = data["enrolment_token"]
        if not isinstance(token, str) or not _TOKEN_RE.match(token):
            raise ValidationError(f"{field}.enrolment_token",
                                  "must be 22-128 base64url characters")
        officer_id = validate_officer_id(data["officer_id"], f"{field}.officer_id")
        agency_id = validate_agency_id(data["agency_id"], f"{field}.agency_id")
        if officer_agency_id(officer_id) != agency_id:
            raise ValidationError(f"{field}.agency_id", "is not the officer's agency")
        issued = parse_time(data["issued_at"], f"{field}.issued_at")
        expires = parse_time(data["expires_at"], f"{field}.expires_at")
        if expires <= issued:
            raise ValidationError(f"{field}.expires_at", "must be after issued_at")
        return cls(
            hub_url=validate_hub_url(data["hub_url"], f"{field}.hub_url"),
            ca_cert_pem=pem,
            directory_authority_key=b64u_decode(
                data["directory_authority_key"], f"{field}.directory_authority_key",
                size=SIGN_KEY_BYTES),
            release_signing_key=b64u_decode(
                data["release_signing_key"], f"{field}.release_signing_key",
                size=SIGN_KEY_BYTES),
            officer_id=officer_id, agency_id=agency_id,
            officer_name=_text(data["officer_name"], f"{field}.officer_name", 200),
            policy=Policy.from_wire(data["policy"], f"{field}.policy"),
            enrolment_token=token, issued_at=issued, expires_at=expires,
        )


@dataclass(frozen=True, slots=True)
class SignedProvisioning:
    """A profile with its authority signature (not yet verified: see crypto)."""

    profile: ProvisioningProfile
    sig: bytes

    def to_wire(self) -> dict[str, Any]:
        """JSON-ready form of the whole file."""
        return {"profile": self.profile.to_wire(), "sig": b64u_encode(self.sig)}


def parse_provisioning(data: bytes | Mapping[str, Any]) -> SignedProvisioning:
    """Strictly parse a provisioning file (bytes or an already-parsed object)."""
    obj: object = data
    if isinstance(data, bytes | bytearray):
        obj = parse_json(bytes(data), max_bytes=MAX_PROVISIONING_BYTES,
                         what="provisioning profile")
    top = _obj(obj, "", {"profile", "sig"})
    return SignedProvisioning(
        profile=ProvisioningProfile.from_wire(top["profile"], "profile"),
        sig=b64u_decode(top["sig"], "sig", size=SIGNATURE_BYTES),
    )
