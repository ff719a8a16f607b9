"""Sign and verify hub requests (the RFC 9421 profile in protocol.request_signature).

`sign_request` returns the headers to send; `verify_request` checks them and
the body against a device's public signing key. Replay detection (a nonce seen
before within the window) is the hub's job: it needs storage.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

import nacl.exceptions
import nacl.signing

from liaison_app.protocol.request_signature import (
    AuthCode,
    RequestAuthError,
    SignatureParams,
    content_digest,
    format_content_digest,
    format_content_digest_of,
    format_signature,
    format_signature_input,
    parse_content_digest,
    parse_signature,
    parse_signature_input,
    signature_base,
)

__all__ = [
    "DEFAULT_MAX_SKEW",
    "AuthCode",
    "RequestAuthError",
    "VerifiedRequest",
    "new_nonce",
    "request_key_id",
    "sign_request",
    "verify_request",
    "verify_request_headers",
]

DEFAULT_MAX_SKEW = 300
"""Seconds a request's `created` may differ from the verifier's clock."""


@dataclass(frozen=True, slots=True)
class VerifiedRequest:
    """What a valid signature proves: which device, which nonce, signed when."""

    device_id: str
    nonce: str
    created: datetime


def new_nonce() -> str:
    """A fresh 128-bit random nonce as unpadded base64url (22 characters)."""
    return secrets.token_urlsafe(16)


def _unix(now: datetime) -> int:
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    return int(now.timestamp())


def _header(headers: Mapping[str, str], name: str) -> str | None:
    """The one value of header `name` (any case), or None; two values are refused.

    RFC 9421 lets a request carry several signatures in one dictionary header,
    but two separate `Signature-Input` (or `Signature`, `Content-Digest`) fields
    would leave it to the verifier to pick one: such a request is malformed.
    """
    lower = name.lower()
    getlist = getattr(headers, "getlist", None)
    if callable(getlist):  # Starlette/httpx multi-dicts keep repeated fields apart
        values = [str(v) for v in getlist(lower)]
    else:
        values = [item for key, item in headers.items() if key.lower() == lower]
    if len(values) > 1:
        raise RequestAuthError(AuthCode.MALFORMED,
                               f"the request carries {len(values)} {name} headers; send one")
    return values[0] if values else None


def sign_request(
    method: str,
    path: str,
    body: bytes,
    device_id: str,
    signing_key: nacl.signing.SigningKey | bytes,
    *,
    now: datetime,
    nonce: str | None = None,
    body_sha256: bytes | None = None,
) -> dict[str, str]:
    """Headers (Content-Digest, Signature-Input, Signature) signing this request.

    `path` is the request target exactly as sent: path plus `?query` if any.
    `signing_key` is a SigningKey or its 32-byte seed. `body_sha256`: the body's
    SHA-256 when the body is streamed from a file rather than passed as `body`.
    """
    key = signing_key if isinstance(signing_key, nacl.signing.SigningKey) else (
        nacl.signing.SigningKey(bytes(signing_key))
    )
    params = SignatureParams(keyid=device_id, nonce=nonce or new_nonce(), created=_unix(now))
    digest = format_content_digest(body) if body_sha256 is None else \
        format_content_digest_of(body_sha256)
    base = signature_base(method.upper(), path, digest, params)
    signature = bytes(key.sign(base).signature)
    return {
        "Content-Digest": digest,
        "Signature-Input": format_signature_input(params),
        "Signature": format_signature(signature),
    }


def request_key_id(headers: Mapping[str, str]) -> str:
    """The device id a request claims to be signed by (not yet verified)."""
    value = _header(headers, "Signature-Input")
    if value is None or _header(headers, "Signature") is None:
        raise RequestAuthError(AuthCode.UNSIGNED, "the request carries no signature")
    return parse_signature_input(value).keyid


def verify_request_headers(
    method: str,
    path: str,
    headers: Mapping[str, str],
    sign_key: bytes,
    *,
    now: datetime,
    max_skew: int = DEFAULT_MAX_SKEW,
) -> tuple[VerifiedRequest, bytes]:
    """Verify a request's signature and freshness before its body is read; return it and
    the body digest the signature vouches for (the caller compares it once the body has
    streamed in: an upload too large to hold in memory)."""
    sig_input = _header(headers, "Signature-Input")
    sig_value = _header(headers, "Signature")
    if sig_input is None or sig_value is None:
        raise RequestAuthError(AuthCode.UNSIGNED, "the request carries no signature")
    params = parse_signature_input(sig_input)
    signature = parse_signature(sig_value)
    digest_header = _header(headers, "Content-Digest")
    if digest_header is None:
        raise RequestAuthError(AuthCode.MALFORMED, "Content-Digest is missing")
    claimed = parse_content_digest(digest_header)
    if abs(_unix(now) - params.created) > max_skew:
        raise RequestAuthError(
            AuthCode.STALE,
            f"created is more than {max_skew} s from the hub's clock; check the device clock",
        )
    base = signature_base(method.upper(), path, digest_header, params)
    try:
        nacl.signing.VerifyKey(bytes(sign_key)).verify(base, signature)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError, ValueError) as exc:
        raise RequestAuthError(AuthCode.BAD_SIGNATURE, "the signature does not verify") from exc
    verified = VerifiedRequest(
        device_id=params.keyid, nonce=params.nonce,
        created=datetime.fromtimestamp(params.created, tz=UTC),
    )
    return verified, claimed


def verify_request(
    method: str,
    path: str,
    headers: Mapping[str, str],
    body: bytes,
    sign_key: bytes,
    *,
    now: datetime,
    max_skew: int = DEFAULT_MAX_SKEW,
) -> VerifiedRequest:
    """Verify a request's signature, freshness and body digest; raise RequestAuthError."""
    verified, claimed = verify_request_headers(method, path, headers, sign_key, now=now,
                                               max_skew=max_skew)
    if not hmac.compare_digest(claimed, content_digest(body)):
        raise RequestAuthError(AuthCode.DIGEST_MISMATCH, "the body does not match Content-Digest")
    return verified
