"""Envelope wire codec: round trip, strictness, field names in errors."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from liaison_app.crypto.envelope import seal
from liaison_app.protocol.canonical import b64u_encode, canonical_bytes
from liaison_app.protocol.envelope import (
    envelope_bytes,
    envelope_from_wire,
    envelope_signing_bytes,
    envelope_to_wire,
    parse_envelope,
)
from liaison_app.protocol.errors import UnsupportedVersion, ValidationError
from liaison_app.protocol.limits import MAX_ENVELOPE_BYTES
from tests.vectors.samples import T0, A, B, C, message

ENV = seal(message(A, (B, C)), A.keys, [B.entry(), C.entry()], sent_at=T0)


def wire() -> dict[str, Any]:
    return dict(envelope_to_wire(ENV))


def field_of(obj: Any) -> str:
    with pytest.raises(ValidationError) as info:
        envelope_from_wire(obj)
    return info.value.field


def test_round_trip_and_signing_bytes() -> None:
    assert envelope_from_wire(wire()) == ENV
    assert parse_envelope(envelope_bytes(ENV)) == ENV
    signed = envelope_signing_bytes(ENV)
    assert signed.startswith(b"liaison/v1/envelope\x00")
    assert b'"sig"' not in signed
    assert envelope_signing_bytes(dataclasses.replace(ENV, sig=b"\x00" * 64)) == signed


def test_unknown_missing_and_wrong_fields_named() -> None:
    assert field_of({**wire(), "extra": 1}) == "envelope.extra"
    w = wire()
    del w["sent_at"]
    assert field_of(w) == "envelope.sent_at"
    assert field_of({**wire(), "id": "not-a-uuid"}) == "envelope.id"
    assert field_of({**wire(), "sender": "UPPER"}) == "envelope.sender"
    assert field_of({**wire(), "sig": b64u_encode(b"x" * 63)}) == "envelope.sig"
    assert field_of({**wire(), "sent_at": "2026-11-23T03:45:00+00:00"}) == "envelope.sent_at"
    assert field_of({**wire(), "ciphertext": "AAAA"}) == "envelope.ciphertext"
    assert field_of({**wire(), "keys": []}) == "envelope.keys"
    assert field_of([]) == "envelope"


def test_keys_must_be_sorted_unique_and_well_sized() -> None:
    w = wire()
    keys = list(w["keys"])
    assert field_of({**w, "keys": list(reversed(keys))}) == "envelope.keys[1].device"
    assert field_of({**w, "keys": [keys[0], keys[0]]}) == "envelope.keys[1].device"
    bad = {**keys[0], "wrapped": b64u_encode(b"x" * 79)}
    assert field_of({**w, "keys": [bad]}) == "envelope.keys[0].wrapped"
    assert field_of({**w, "keys": [{**keys[0], "more": 1}]}) == "envelope.keys[0].more"


def test_version_checked_before_fields() -> None:
    with pytest.raises(UnsupportedVersion) as info:
        envelope_from_wire({**wire(), "v": 2, "new": True})
    assert info.value.field == "envelope.v"
    assert field_of({**wire(), "v": True}) == "envelope.v"
    assert field_of({**wire(), "v": "1"}) == "envelope.v"


def test_size_limit() -> None:
    with pytest.raises(ValidationError, match="limit"):
        parse_envelope(b" " * (MAX_ENVELOPE_BYTES + 1))
    assert len(canonical_bytes(wire())) < MAX_ENVELOPE_BYTES


def test_signing_bytes_from_the_received_object_equal_the_re_encoding() -> None:
    """What the hub and receivers verify (and the hub stores) without re-encoding."""
    from liaison_app.protocol.canonical import parse_json
    from liaison_app.protocol.envelope import envelope_from_wire_signed

    raw = parse_json(envelope_bytes(ENV), max_bytes=MAX_ENVELOPE_BYTES)
    env, signed = envelope_from_wire_signed(raw)
    assert env == ENV
    assert signed == envelope_signing_bytes(ENV)
    assert canonical_bytes(raw) == envelope_bytes(ENV)
    # A respelling the strict parse does not accept never reaches the signature check.
    for key, value in (("sent_at", "2026-11-23T03:45:00+00:00"),
                       ("ciphertext", wire()["ciphertext"] + "="), ("v", True)):
        with pytest.raises(ValidationError):
            envelope_from_wire_signed({**wire(), key: value})
