"""A message sealed by A for B and C opens for B and C and for nobody else."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from liaison_app.crypto.envelope import open_envelope, open_envelope_bytes, seal
from liaison_app.crypto.outer import verify_outer
from liaison_app.protocol.envelope import envelope_bytes, parse_envelope
from liaison_app.protocol.errors import Rejection, RejectReason, ValidationError
from tests.vectors.samples import T0, A, B, C, D, E, directory, message


def never(_: str) -> bool:
    return False


NOW = T0 + timedelta(minutes=5)


def test_sealed_for_b_and_c_opens_for_them_only() -> None:
    inner = message(A, (B, C))
    env = seal(inner, A.keys, [B.entry(), C.keys.public()], sent_at=T0)
    data = envelope_bytes(env)
    d = directory()
    for p in (B, C):
        got_env, got = open_envelope_bytes(data, p.keys, d, seen=never, now=NOW)
        assert got == inner and got_env == env
    for p in (A, D, E):
        with pytest.raises(Rejection) as info:
            open_envelope(parse_envelope(data), p.keys, d, seen=never, now=NOW)
        assert info.value.reason is RejectReason.NOT_A_RECIPIENT


def test_envelope_round_trips_and_hub_can_verify() -> None:
    env = seal(message(), A.keys, [B.entry(), C.entry()], sent_at=T0)
    assert parse_envelope(envelope_bytes(env)) == env
    verify_outer(env, A.keys.sign_key)
    with pytest.raises(Rejection) as info:
        verify_outer(env, B.keys.sign_key)
    assert info.value.reason is RejectReason.BINDING_MISMATCH
    assert b"Petrovi" not in envelope_bytes(env)


def test_fresh_key_and_nonce_each_time() -> None:
    one = seal(message(), A.keys, [B.entry(), C.entry()], sent_at=T0)
    two = seal(message(), A.keys, [B.entry(), C.entry()], sent_at=T0)
    assert one.ciphertext[:24] != two.ciphertext[:24]
    assert one.ciphertext != two.ciphertext


def test_seal_refuses_wrong_recipient_lists_and_keys() -> None:
    inner = message(A, (B, C))
    with pytest.raises(ValidationError, match="recipients"):
        seal(inner, A.keys, [B.entry()], sent_at=T0)
    with pytest.raises(ValidationError, match="recipients"):
        seal(inner, A.keys, [B.entry(), C.entry(), D.entry()], sent_at=T0)
    bad = dataclasses.replace(C.entry(), box_key=D.keys.box_key)
    with pytest.raises(ValidationError, match="box_key_sig"):
        seal(inner, A.keys, [B.entry(), bad], sent_at=T0)
    with pytest.raises(ValidationError, match="sender"):
        seal(inner, B.keys, [B.entry(), C.entry()], sent_at=T0)
    with pytest.raises(ValidationError, match="not active"):
        seal(message(A, (B, E)), A.keys, [B.entry(), E.entry()], sent_at=T0)


def test_sender_may_address_its_own_device() -> None:
    env = seal(message(A, (A, B)), A.keys, [A.entry(), B.entry()], sent_at=T0)
    assert open_envelope(env, A.keys, directory(), seen=never, now=NOW).id == env.id
