"""Directory signing: good signature, tampering, expiry, rollback, bad device keys."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime

import nacl.signing
import pytest

from liaison_app.crypto.directory import (
    BadDirectorySignature,
    DirectoryExpired,
    DirectoryProblem,
    DirectoryRollback,
    MalformedDirectory,
    sign_directory,
    verify_directory,
)
from liaison_app.protocol.canonical import canonical_bytes
from liaison_app.protocol.domains import DIRECTORY_SIG_PREFIX
from liaison_app.protocol.limits import PROTOCOL_VERSION
from tests.vectors.samples import AUTHORITY_SEED, B, authority, directory

NOW = datetime(2026, 11, 23, tzinfo=UTC)
AUTH = bytes(nacl.signing.SigningKey(AUTHORITY_SEED).verify_key)


def test_sign_and_verify_round_trip() -> None:
    d = directory()
    data = sign_directory(d, authority())
    assert verify_directory(data, AUTH, min_version=7, now=NOW) == d
    assert verify_directory(data, AUTH, min_version=1, now=NOW).version == 7


def test_wrong_authority_and_tampering() -> None:
    data = sign_directory(directory(), authority())
    other = bytes(nacl.signing.SigningKey(b"\x01" * 32).verify_key)
    with pytest.raises(BadDirectorySignature) as info:
        verify_directory(data, other, min_version=1, now=NOW)
    assert info.value.problem is DirectoryProblem.BAD_SIGNATURE
    doc = json.loads(data)
    doc["directory"]["devices"][1]["status"] = "revoked"
    with pytest.raises(BadDirectorySignature):
        verify_directory(canonical_bytes(doc), AUTH, min_version=1, now=NOW)


def test_expired() -> None:
    data = sign_directory(directory(), authority())
    with pytest.raises(DirectoryExpired):
        verify_directory(data, AUTH, min_version=1, now=datetime(2026, 12, 1, tzinfo=UTC))


def test_rollback() -> None:
    data = sign_directory(directory(version=6), authority())
    with pytest.raises(DirectoryRollback) as info:
        verify_directory(data, AUTH, min_version=7, now=NOW)
    assert info.value.problem is DirectoryProblem.ROLLBACK


def test_signed_but_inconsistent_device_keys_refused() -> None:
    d = directory()
    bad = dataclasses.replace(d.devices[0], box_key=B.keys.box_key)
    data = sign_directory(dataclasses.replace(d, devices=(bad, *d.devices[1:])), authority())
    with pytest.raises(MalformedDirectory) as info:
        verify_directory(data, AUTH, min_version=1, now=NOW)
    assert info.value.field == "directory.devices[0].box_key_sig"


def test_malformed_and_future_versions() -> None:
    for data in (b"", b"{}", b'{"directory":{},"sig":""}', b"\x00"):
        with pytest.raises(MalformedDirectory):
            verify_directory(data, AUTH, min_version=1, now=NOW)
    doc = json.loads(sign_directory(directory(), authority()))
    doc["directory"]["v"] = PROTOCOL_VERSION + 1
    raw = doc["directory"]
    doc["sig"] = authority().sign(DIRECTORY_SIG_PREFIX + canonical_bytes(raw)).signature
    with pytest.raises(MalformedDirectory) as info:
        verify_directory(canonical_bytes(doc), AUTH, min_version=1, now=NOW)
    assert info.value.problem is DirectoryProblem.UNSUPPORTED_VERSION
