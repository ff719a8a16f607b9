"""Golden vectors: read tests/vectors/*.json and assert byte equality."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import nacl.public
import nacl.secret
import nacl.signing
import pytest

from liaison_app.crypto.directory import sign_directory, verify_directory
from liaison_app.crypto.envelope import open_envelope, seal
from liaison_app.crypto.keys import DeviceKeys, device_id_for
from liaison_app.domain.timefmt import parse_time
from liaison_app.protocol.canonical import (
    b64u_decode,
    b64u_encode,
    canonical_bytes,
    parse_canonical,
)
from liaison_app.protocol.directory import directory_signing_bytes
from liaison_app.protocol.domains import INNER_SIG_PREFIX
from liaison_app.protocol.envelope import envelope_bytes, envelope_signing_bytes, parse_envelope
from liaison_app.protocol.message import inner_from_wire, inner_to_wire
from tests.vectors.samples import PARTIES, A, B, C, authority, counter_rng, directory, message

VECTORS = Path(__file__).resolve().parents[1] / "vectors"


def load(name: str) -> dict[str, Any]:
    return dict(json.loads((VECTORS / name).read_text(encoding="utf-8")))


ENV = load("envelope-v1.json")
DIR = load("directory-v1.json")


def b(text: str) -> bytes:
    return b64u_decode(text, "vector")


@pytest.mark.parametrize("party", PARTIES, ids=lambda p: p.name)
def test_device_keys(party: Any) -> None:
    v = ENV["devices"][party.name]
    keys = DeviceKeys.from_seeds(bytes.fromhex(v["sign_seed_hex"]),
                                 bytes.fromhex(v["box_secret_hex"]))
    pub = keys.public()
    assert b64u_encode(pub.sign_key) == v["sign_key"]
    assert b64u_encode(pub.box_key) == v["box_key"]
    assert b64u_encode(pub.box_key_sig) == v["box_key_sig"]
    assert device_id_for(pub.sign_key) == v["device_id"] == party.keys.device_id


def test_inner_message_bytes_and_signature() -> None:
    inner_bytes = ENV["inner_message"].encode("utf-8")
    assert canonical_bytes(inner_to_wire(message(A, (B, C)))) == inner_bytes
    parsed = inner_from_wire(parse_canonical(inner_bytes, max_bytes=1 << 20))
    assert canonical_bytes(inner_to_wire(parsed)) == inner_bytes
    signing_input = b(ENV["inner_signing_input_b64u"])
    assert signing_input == INNER_SIG_PREFIX + inner_bytes
    sig = b(ENV["inner_sig"])
    assert A.keys.sign(signing_input) == sig
    nacl.signing.VerifyKey(b(ENV["devices"]["A"]["sign_key"])).verify(signing_input, sig)
    plaintext = ENV["plaintext"].encode("utf-8")
    doc = {"message": json.loads(inner_bytes), "sig": ENV["inner_sig"]}
    assert plaintext == canonical_bytes(doc)


def test_secretbox_ciphertext_pinned() -> None:
    key, nonce = bytes.fromhex(ENV["content_key_hex"]), bytes.fromhex(ENV["nonce_hex"])
    ct = bytes(nacl.secret.SecretBox(key).encrypt(ENV["plaintext"].encode("utf-8"), nonce))
    assert ct == b(ENV["ciphertext"])
    assert ct[:24] == nonce


def test_envelope_bytes_and_outer_signature_pinned() -> None:
    data = ENV["envelope"].encode("ascii")
    env = parse_envelope(data)
    assert envelope_bytes(env) == data
    assert env.ciphertext == b(ENV["ciphertext"])
    assert env.sent_at == parse_time(ENV["sent_at"], "sent_at")
    assert envelope_signing_bytes(env) == b(ENV["envelope_signing_input_b64u"])
    assert A.keys.sign(envelope_signing_bytes(env)) == env.sig


def test_pinned_envelope_opens_for_b_and_c() -> None:
    env = parse_envelope(ENV["envelope"].encode("ascii"))
    now = parse_time(ENV["open_at"], "open_at")
    key = bytes.fromhex(ENV["content_key_hex"])
    for name in ENV["open_as"]:
        me = {"B": B, "C": C}[name]
        wrapped = env.wrapped_for(me.keys.device_id)
        assert wrapped is not None
        assert nacl.public.SealedBox(me.keys.box_private).decrypt(wrapped) == key
        inner = open_envelope(env, me.keys, directory(), seen=lambda _: False, now=now)
        assert canonical_bytes(inner_to_wire(inner)) == ENV["inner_message"].encode("utf-8")


def test_seal_with_injected_rng_reproduces_all_but_wrapped_keys() -> None:
    pinned = parse_envelope(ENV["envelope"].encode("ascii"))
    env = seal(message(A, (B, C)), A.keys, [B.entry(), C.entry()], sent_at=pinned.sent_at,
               rng=counter_rng(int(ENV["content_key_hex"][:2], 16)))
    assert env.ciphertext == pinned.ciphertext
    assert [k.device for k in env.keys] == [k.device for k in pinned.keys]
    assert (env.id, env.sender, env.sent_at, env.v) == (
        pinned.id, pinned.sender, pinned.sent_at, pinned.v)


def test_directory_vector() -> None:
    data = DIR["signed_directory"].encode("utf-8")
    assert sign_directory(directory(), authority()) == data
    assert directory_signing_bytes(directory()) == b(DIR["signing_input_b64u"])
    assert bytes(authority().verify_key) == b(DIR["authority_key"])
    got = verify_directory(data, b(DIR["authority_key"]), min_version=DIR["min_version"],
                           now=parse_time(DIR["verify_at"], "verify_at"))
    assert got == directory()
