"""One hostile envelope per rejection class, each refused with its typed reason."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest

from liaison_app.crypto.envelope import open_envelope, seal, seal_plaintext
from liaison_app.crypto.outer import parse_envelope_or_reject
from liaison_app.protocol.canonical import canonical_bytes
from liaison_app.protocol.envelope import Envelope, envelope_bytes, envelope_to_wire
from liaison_app.protocol.errors import Rejection, RejectReason
from liaison_app.protocol.message import inner_to_wire
from tests.vectors.forge import forge, signed_plaintext
from tests.vectors.samples import PARTIES, T0, A, B, C, D, E, Party, directory, message

NOW = T0 + timedelta(minutes=5)
OTHER_ID = "019ab0c4-5e28-7000-8000-0000000000ff"


def never(_: str) -> bool:
    return False


def reason_of(env: Envelope, *, me: Party = B, now: datetime = NOW,
              seen: Callable[[str], bool] = never,
              dir_parties: tuple[Party, ...] = PARTIES) -> RejectReason:
    with pytest.raises(Rejection) as info:
        open_envelope(env, me.keys, directory(parties=dir_parties), seen=seen, now=now)
    return info.value.reason


def good() -> Envelope:
    return seal(message(A, (B, C)), A.keys, [B.entry(), C.entry()], sent_at=T0)


def test_malformed_bytes() -> None:
    for data in (b"", b"\xff", b"[]", b'{"v":1}', b"{" * 100):
        with pytest.raises(Rejection) as info:
            parse_envelope_or_reject(data)
        assert info.value.reason is RejectReason.MALFORMED


def test_malformed_plaintext_under_valid_signature() -> None:
    env = forge(b"not json", A.keys, [B.keys.public()], env_id=OTHER_ID, sent_at=T0)
    assert reason_of(env) is RejectReason.MALFORMED


def test_unsupported_envelope_version() -> None:
    wire = envelope_to_wire(good())
    wire["v"] = 2
    wire["future_field"] = "x"
    with pytest.raises(Rejection) as info:
        parse_envelope_or_reject(canonical_bytes(wire))
    assert info.value.reason is RejectReason.UNSUPPORTED_VERSION
    assert reason_of(dataclasses.replace(good(), v=2)) is RejectReason.UNSUPPORTED_VERSION


def test_unsupported_inner_version() -> None:
    wire = inner_to_wire(message(A, (B,)))
    wire["v"] = 4
    env = forge(signed_plaintext(wire, A.keys), A.keys, [B.keys.public()],
                env_id=wire["id"], sent_at=T0)
    assert reason_of(env) is RejectReason.UNSUPPORTED_VERSION


def test_inner_version_2_without_a_financial_subject_is_malformed() -> None:
    """v is the lowest version that carries the message (protocol §20.1): 2 only with
    financial subjects or attachments."""
    wire = inner_to_wire(message(A, (B,)))
    wire["v"] = 2
    env = forge(signed_plaintext(wire, A.keys), A.keys, [B.keys.public()],
                env_id=wire["id"], sent_at=T0)
    assert reason_of(env) is RejectReason.MALFORMED


def test_bad_outer_signature() -> None:
    env = good()
    assert reason_of(dataclasses.replace(env, sent_at=T0 + timedelta(seconds=1))) \
        is RejectReason.BAD_OUTER_SIGNATURE
    flipped = bytes([env.sig[0] ^ 1]) + env.sig[1:]
    assert reason_of(dataclasses.replace(env, sig=flipped)) is RejectReason.BAD_OUTER_SIGNATURE
    dropped = dataclasses.replace(env, keys=env.keys[:1])
    me = B if dropped.keys[0].device == B.keys.device_id else C
    assert reason_of(dropped, me=me) is RejectReason.BAD_OUTER_SIGNATURE


def test_bad_inner_signature() -> None:
    inner = message(A, (B,))
    doc = json.loads(seal_plaintext(inner, A.keys))
    doc["message"]["body"] = "Altered after signing."
    plaintext = canonical_bytes(doc)
    env = forge(plaintext, A.keys, [B.keys.public()], env_id=inner.id, sent_at=T0)
    assert reason_of(env) is RejectReason.BAD_INNER_SIGNATURE
    wrong_signer = signed_plaintext(inner_to_wire(inner), D.keys)
    env = forge(wrong_signer, A.keys, [B.keys.public()], env_id=inner.id, sent_at=T0)
    assert reason_of(env) is RejectReason.BAD_INNER_SIGNATURE


def test_binding_mismatch_id() -> None:
    inner = message(A, (B,))
    env = forge(seal_plaintext(inner, A.keys), A.keys, [B.keys.public()],
                env_id=OTHER_ID, sent_at=T0)
    assert reason_of(env) is RejectReason.BINDING_MISMATCH


def test_binding_mismatch_recipients() -> None:
    inner = message(A, (B, C))
    env = forge(seal_plaintext(inner, A.keys), A.keys, [B.keys.public()],
                env_id=inner.id, sent_at=T0)
    assert reason_of(env) is RejectReason.BINDING_MISMATCH
    inner = message(A, (B,))
    env = forge(seal_plaintext(inner, A.keys), A.keys, [B.keys.public(), D.keys.public()],
                env_id=inner.id, sent_at=T0)
    assert reason_of(env, me=D) is RejectReason.BINDING_MISMATCH


def test_binding_mismatch_forwarded_by_another_device() -> None:
    """B re-seals A's signed message to D under B's own outer signature."""
    plaintext = seal_plaintext(message(A, (D,)), A.keys)
    env = forge(plaintext, B.keys, [D.keys.public()], env_id=OTHER_ID, sent_at=T0)
    assert reason_of(env, me=D) is RejectReason.BINDING_MISMATCH


def test_binding_mismatch_officer_of_device() -> None:
    inner = dataclasses.replace(message(A, (B,)), sender=dataclasses.replace(
        A.sender_ref(), officer="gb-nca.lo-sofia"))
    env = forge(seal_plaintext(inner, A.keys), A.keys, [B.keys.public()],
                env_id=inner.id, sent_at=T0)
    assert reason_of(env) is RejectReason.BINDING_MISMATCH


def test_not_a_recipient() -> None:
    assert reason_of(good(), me=D) is RejectReason.NOT_A_RECIPIENT


def test_unknown_sender() -> None:
    assert reason_of(good(), dir_parties=(B, C, D)) is RejectReason.UNKNOWN_SENDER


def test_revoked_sender() -> None:
    inner = message(E, (B,))
    env = forge(seal_plaintext(inner, E.keys), E.keys, [B.keys.public()],
                env_id=inner.id, sent_at=T0)
    assert reason_of(env) is RejectReason.REVOKED_SENDER


def test_expired() -> None:
    assert reason_of(good(), now=T0 + timedelta(days=31)) is RejectReason.EXPIRED


def test_sealed_too_long_ago_is_expired() -> None:
    """No expiry of its own, but sealed over MAX_ENVELOPE_AGE_DAYS ago: expired."""
    from liaison_app.protocol.limits import MAX_ENVELOPE_AGE_DAYS

    inner = message(A, (B, C), expires_at=None)
    env = seal(inner, A.keys, [B.entry(), C.entry()], sent_at=T0)
    limit = T0 + timedelta(days=MAX_ENVELOPE_AGE_DAYS)
    assert open_envelope(env, B.keys, directory(expires_at=limit + timedelta(days=1)),
                         seen=never, now=limit).id == env.id
    with pytest.raises(Rejection) as info:
        open_envelope(env, B.keys, directory(expires_at=limit + timedelta(days=1)), seen=never,
                      now=limit + timedelta(seconds=1))
    assert info.value.reason is RejectReason.EXPIRED


def test_replayed() -> None:
    env = good()
    seen_ids = {env.id}
    assert reason_of(env, seen=seen_ids.__contains__) is RejectReason.REPLAYED
    assert open_envelope(env, B.keys, directory(), seen=never, now=NOW).id == env.id
    assert envelope_bytes(env)
