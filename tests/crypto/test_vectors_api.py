"""Golden vectors of the hub API layer, byte for byte: request signatures (both orders),
the provisioning file (with the authority fingerprint) and the directory timestamp."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from liaison_app.crypto.directory import sign_directory
from liaison_app.crypto.provisioning import verify_profile
from liaison_app.crypto.request_auth import sign_request, verify_request
from liaison_app.crypto.timestamp import TimestampError, verify_timestamp
from liaison_app.domain.timefmt import parse_time
from liaison_app.protocol.canonical import b64u_decode, b64u_encode, canonical_bytes
from liaison_app.protocol.provisioning import (
    PROVISIONING_SIG_PREFIX,
    authority_fingerprint,
    parse_provisioning,
)
from liaison_app.protocol.request_signature import parse_signature_input, signature_base
from liaison_app.protocol.timestamp import directory_digest, timestamp_signing_bytes
from tests.vectors.samples import REQUEST_NONCE, A, authority, directory

VECTORS = Path(__file__).resolve().parents[1] / "vectors"


def load(name: str) -> dict[str, Any]:
    return dict(json.loads((VECTORS / name).read_text(encoding="utf-8")))


REQ = load("request-signature-v1.json")
PROV = load("provisioning-v1.json")
TS = load("timestamp-v1.json")


@pytest.mark.parametrize("case", REQ["requests"], ids=lambda c: c["method"])
def test_request_signature_is_reproduced(case: dict[str, Any]) -> None:
    now = parse_time(REQ["verify_at"], "verify_at") - timedelta(seconds=30)
    headers = sign_request(case["method"], case["target"], case["body"].encode("ascii"),
                           A.keys.device_id, A.keys.signing_key, now=now, nonce=REQUEST_NONCE)
    assert headers == case["headers"]
    params = parse_signature_input(headers["Signature-Input"])
    assert signature_base(case["method"], case["target"], headers["Content-Digest"],
                          params).decode("ascii") == case["signature_base"]


@pytest.mark.parametrize("case", [*REQ["requests"], REQ["reordered"]],
                         ids=["post", "get", "reordered"])
def test_request_signatures_verify_as_received(case: dict[str, Any]) -> None:
    verified = verify_request(case["method"], case["target"], case["headers"],
                              case["body"].encode("ascii"),
                              b64u_decode(REQ["device"]["sign_key"], "sign_key"),
                              now=parse_time(REQ["verify_at"], "verify_at"))
    assert verified.device_id == REQ["device"]["device_id"] and verified.nonce == REQUEST_NONCE
    params = parse_signature_input(case["headers"]["Signature-Input"])
    assert signature_base(case["method"], case["target"], case["headers"]["Content-Digest"],
                          params).decode("ascii") == case["signature_base"]


def test_provisioning_file() -> None:
    data = PROV["file"].encode("utf-8")
    key = b64u_decode(PROV["authority_key"], "authority_key")
    profile = verify_profile(data, key, now=parse_time(PROV["verify_at"], "verify_at"))
    assert canonical_bytes(json.loads(data)) == data  # the file is canonical JSON
    assert b64u_encode(PROVISIONING_SIG_PREFIX + canonical_bytes(profile.to_wire())) == \
        PROV["signing_input_b64u"]
    assert parse_provisioning(data).sig == b64u_decode(json.loads(data)["sig"], "sig")
    assert authority_fingerprint(key) == PROV["authority_fingerprint"]
    assert bytes(authority().verify_key) == key


def test_directory_timestamp() -> None:
    key = b64u_decode(TS["authority_key"], "authority_key")
    signed_directory = sign_directory(directory(), authority())
    assert directory_digest(signed_directory).hex() == TS["directory_sha256_hex"]
    data = TS["signed_timestamp"].encode("utf-8")
    ts = verify_timestamp(data, key, min_version=12, now=parse_time(TS["valid_at"], "t"))
    assert ts.names(signed_directory) and ts.directory_version == 7
    assert b64u_encode(timestamp_signing_bytes(ts)) == TS["signing_input_b64u"]
    with pytest.raises(TimestampError) as expired:
        verify_timestamp(data, key, min_version=0, now=parse_time(TS["expired_at"], "t"))
    assert expired.value.problem.value == "expired"
    with pytest.raises(TimestampError) as rollback:
        verify_timestamp(data, key, min_version=13, now=parse_time(TS["valid_at"], "t"))
    assert rollback.value.problem.value == "rollback"
