"""Outer-signature checks: what the hub (and every receiver) verifies first."""

from __future__ import annotations

import dataclasses
from functools import lru_cache

import nacl.exceptions
import nacl.signing

from liaison_app.crypto.keys import DeviceKeys, device_id_for
from liaison_app.protocol.envelope import (
    Envelope,
    envelope_signing_bytes,
    parse_envelope,
    parse_envelope_signed,
)
from liaison_app.protocol.errors import (
    Rejection,
    RejectReason,
    UnsupportedVersion,
    ValidationError,
)
from liaison_app.protocol.limits import SIGN_KEY_BYTES

__all__ = [
    "parse_envelope_or_reject",
    "parse_envelope_signed_or_reject",
    "sign_outer",
    "verify_outer",
]


@lru_cache(maxsize=1024)
def _verify_key(sign_key: bytes) -> nacl.signing.VerifyKey:
    """One VerifyKey object per public key (keyed by its exact bytes)."""
    return nacl.signing.VerifyKey(sign_key)


def verify_ed25519(sign_key: bytes, message: bytes, sig: bytes) -> bool:
    """True if `sig` is a valid Ed25519 signature of `message` under `sign_key`."""
    if len(sign_key) != SIGN_KEY_BYTES or len(sig) != 64:
        return False
    try:
        _verify_key(bytes(sign_key)).verify(bytes(message), bytes(sig))
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError, ValueError):
        return False
    return True


def sign_outer(env: Envelope, sender: DeviceKeys) -> Envelope:
    """`env` with its `sig` replaced by the sender's outer signature."""
    return dataclasses.replace(env, sig=sender.sign(envelope_signing_bytes(env)))


def verify_outer(env: Envelope, sender_sign_key: bytes, signed: bytes | None = None) -> None:
    """Raise Rejection unless `env` is signed by the device owning `sender_sign_key`.

    BINDING_MISMATCH if `env.sender` is not that key's device id;
    BAD_OUTER_SIGNATURE if the signature does not verify. `signed` is
    `envelope_signing_bytes(env)` when the caller already has it (only from
    `envelope_from_wire_signed` of the same object).
    """
    if len(sender_sign_key) != SIGN_KEY_BYTES or device_id_for(sender_sign_key) != env.sender:
        raise Rejection(RejectReason.BINDING_MISMATCH, "sender is not the key's device id")
    message = envelope_signing_bytes(env) if signed is None else signed
    if not verify_ed25519(sender_sign_key, message, env.sig):
        raise Rejection(RejectReason.BAD_OUTER_SIGNATURE, "outer signature does not verify")


def parse_envelope_or_reject(data: bytes) -> Envelope:
    """parse_envelope, with failures mapped to MALFORMED / UNSUPPORTED_VERSION."""
    try:
        return parse_envelope(data)
    except UnsupportedVersion as exc:
        raise Rejection(RejectReason.UNSUPPORTED_VERSION, str(exc)) from exc
    except ValidationError as exc:
        raise Rejection(RejectReason.MALFORMED, str(exc)) from exc


def parse_envelope_signed_or_reject(data: bytes) -> tuple[Envelope, bytes]:
    """parse_envelope_signed (the envelope and its outer signing bytes), with failures
    mapped like parse_envelope_or_reject."""
    try:
        return parse_envelope_signed(data)
    except UnsupportedVersion as exc:
        raise Rejection(RejectReason.UNSUPPORTED_VERSION, str(exc)) from exc
    except ValidationError as exc:
        raise Rejection(RejectReason.MALFORMED, str(exc)) from exc
