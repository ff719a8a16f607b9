"""Sign and verify provisioning profiles with the directory authority key.

Trust: a client that has pinned no authority key yet (first run) can only
check that the profile is signed by the authority key it carries itself
(self-consistency: not tampered with after signing). Whether that key is the
real hub's is established by IT's distribution channel (managed deployment,
hand delivery), not by this signature. Once a key is pinned, pass it as
`expected_authority_key` and a profile signed by any other key is refused.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import nacl.exceptions
import nacl.signing

from liaison_app.protocol.canonical import canonical_bytes
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.provisioning import (
    PROVISIONING_SIG_PREFIX,
    ProvisioningProfile,
    SignedProvisioning,
    parse_provisioning,
)

__all__ = ["ProvisioningError", "sign_profile", "verify_profile"]


class ProvisioningError(ValidationError):
    """The profile's signature, signer or validity period is wrong."""


def _signing_bytes(profile: ProvisioningProfile) -> bytes:
    return PROVISIONING_SIG_PREFIX + canonical_bytes(profile.to_wire())


def sign_profile(
    profile: ProvisioningProfile, authority_signing_key: nacl.signing.SigningKey
) -> bytes:
    """The canonical JSON file bytes of `profile` signed by the authority key."""
    if bytes(authority_signing_key.verify_key) != profile.directory_authority_key:
        raise ValueError("the profile must name the key that signs it")
    sig = bytes(authority_signing_key.sign(_signing_bytes(profile)).signature)
    return canonical_bytes(SignedProvisioning(profile=profile, sig=sig).to_wire())


def verify_profile(
    data: bytes | Mapping[str, Any],
    expected_authority_key: bytes | None,
    *,
    now: datetime | None = None,
) -> ProvisioningProfile:
    """Parse and verify a provisioning file; raise ValidationError/ProvisioningError.

    With `expected_authority_key` the profile must be signed by that key; with
    None it is checked against the key it carries (see the module docstring).
    With `now`, an expired profile (its token has lapsed) is refused.
    """
    signed = parse_provisioning(data)
    profile = signed.profile
    key = profile.directory_authority_key
    if expected_authority_key is not None and not hmac.compare_digest(
        bytes(expected_authority_key), key
    ):
        raise ProvisioningError(
            "profile.directory_authority_key", "is not the pinned directory authority key"
        )
    try:
        nacl.signing.VerifyKey(key).verify(_signing_bytes(profile), signed.sig)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError, ValueError) as exc:
        raise ProvisioningError("sig", "does not verify under the directory authority key") \
            from exc
    if now is not None and now >= profile.expires_at:
        raise ProvisioningError("profile.expires_at", "has passed; ask IT for a new profile")
    return profile
