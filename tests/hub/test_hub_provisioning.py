"""Provisioning profiles and API payloads: strict parsing and signatures."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime, timedelta

import nacl.signing
import pytest

from liaison_app.crypto.provisioning import ProvisioningError, sign_profile, verify_profile
from liaison_app.protocol.api import (
    AckRequest,
    BatchResult,
    EnvelopeResult,
    EnvelopeStatus,
    ErrorBody,
    ErrorCode,
    HubRejectReason,
    InboxPage,
)
from liaison_app.protocol.canonical import canonical_bytes
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.provisioning import Policy, ProvisioningProfile, parse_provisioning

AUTHORITY = nacl.signing.SigningKey(bytes(32))
NOW = datetime(2026, 11, 23, 3, 45, tzinfo=UTC)
PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"


def _profile(**changes: object) -> ProvisioningProfile:
    base = ProvisioningProfile(
        hub_url="https://127.0.0.1:8443", ca_cert_pem=PEM,
        directory_authority_key=bytes(AUTHORITY.verify_key), release_signing_key=bytes(32),
        officer_id="gb-nca.lo-belgrade", agency_id="GB-NCA", officer_name="Jane Doe",
        policy=Policy(auto_lock_minutes=10, retention_days=90, passphrase_only_allowed=True),
        enrolment_token="t" * 43, issued_at=NOW, expires_at=NOW + timedelta(hours=72))
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_signed_profile_verifies_and_round_trips() -> None:
    data = sign_profile(_profile(), AUTHORITY)
    assert verify_profile(data, None) == _profile()
    assert verify_profile(data, bytes(AUTHORITY.verify_key), now=NOW) == _profile()
    assert canonical_bytes(parse_provisioning(data).to_wire()) == data


def test_tampered_profile_is_refused() -> None:
    obj = json.loads(sign_profile(_profile(), AUTHORITY))
    obj["profile"]["hub_url"] = "https://evil.example:443"
    with pytest.raises(ProvisioningError) as exc:
        verify_profile(canonical_bytes(obj), None)
    assert exc.value.field == "sig"


def test_profile_by_another_authority_is_refused_once_pinned() -> None:
    other = nacl.signing.SigningKey(bytes([1]) * 32)
    data = sign_profile(_profile(directory_authority_key=bytes(other.verify_key)), other)
    verify_profile(data, None)  # self-consistent
    with pytest.raises(ProvisioningError):
        verify_profile(data, bytes(AUTHORITY.verify_key))


def test_expired_profile_is_refused() -> None:
    data = sign_profile(_profile(), AUTHORITY)
    with pytest.raises(ProvisioningError):
        verify_profile(data, None, now=NOW + timedelta(hours=73))


@pytest.mark.parametrize("url", ["http://127.0.0.1:8443", "https://127.0.0.1:8443/",
                                 "https://u:p@127.0.0.1", "https://127.0.0.1/x", "ftp://h"])
def test_hub_url_must_be_plain_https(url: str) -> None:
    obj = json.loads(sign_profile(_profile(), AUTHORITY))
    obj["profile"]["hub_url"] = url
    with pytest.raises(ValidationError) as exc:
        parse_provisioning(canonical_bytes(obj))
    assert exc.value.field == "profile.hub_url"


@pytest.mark.parametrize("path,value", [
    (("profile", "policy", "auto_lock_minutes"), 0),
    (("profile", "policy", "passphrase_only_allowed"), "yes"),
    (("profile", "policy", "update_channel"), "nightly"),
    (("profile", "agency_id"), "RS-BP"),
    (("profile", "enrolment_token"), "short"),
    (("profile", "extra"), 1),
    (("sig",), "AAAA"),
])
def test_strict_fields(path: tuple[str, ...], value: object) -> None:
    obj = json.loads(sign_profile(_profile(), AUTHORITY))
    target = obj
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(ValidationError):
        parse_provisioning(canonical_bytes(obj))


def test_api_payloads_round_trip_and_refuse_unknowns() -> None:
    page = InboxPage.from_wire({"items": [{"cursor": "3", "envelope": {"v": 1}}],
                                "next_cursor": "3", "more": False})
    assert page.to_wire()["next_cursor"] == "3"
    with pytest.raises(ValidationError):
        InboxPage.from_wire({"items": [], "next_cursor": "x", "more": False})
    with pytest.raises(ValidationError):
        AckRequest.from_wire({"cursor": "1", "extra": True})
    result = BatchResult((EnvelopeResult(0, "id", EnvelopeStatus.REJECTED,
                                         HubRejectReason.BAD_OUTER_SIGNATURE, "x"),))
    assert BatchResult.from_wire(json.loads(canonical_bytes(result.to_wire()))) == result
    err = ErrorBody.from_wire({"error": {"code": "rate_limited", "message": "slow down"}})
    assert err.known_code is ErrorCode.RATE_LIMITED
