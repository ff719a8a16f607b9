"""The carrier bundle golden vectors (tests/vectors/bundle-v1.json, docs/protocol.md §28):
keys, route and header signature reproduce; the pinned file opens for B and D to exactly
the pinned envelope and blob; every refused variant is refused for the reason given."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import nacl.secret
import pytest

from liaison_app.crypto.bundle_open import BundleProblem, BundleRefused, open_header, read_body
from liaison_app.crypto.bundle_seal import derive_keys
from liaison_app.domain.timefmt import parse_time
from liaison_app.protocol.bundle import Parties, header_from_wire, header_to_wire, route_id
from liaison_app.protocol.bundle_records import BlobSink
from liaison_app.protocol.canonical import b64u_decode, canonical_bytes, parse_canonical
from liaison_app.protocol.domains import BUNDLE_HEADER_SIG_PREFIX
from tests.vectors.samples import PARTIES, A, directory

V: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parents[1] / "vectors" / "bundle-v1.json").read_text("utf-8"))
BY_NAME = {p.name: p for p in PARTIES}


def b(text: str) -> bytes:
    return b64u_decode(text, "vector")


def _open(data: bytes, name: str, at: str | None = None) -> tuple[Any, list[bytes],
                                                                     dict[str, bytes]]:
    reader = io.BytesIO(data)
    opened = open_header(reader.read, len(data), BY_NAME[name].keys, directory(),
                         parse_time(at or V["open_at"], "open_at"))
    envelopes: list[bytes] = []
    blobs: dict[str, bytearray] = {}

    def sink(blob_id: str, _size: int) -> BlobSink:
        blobs[blob_id] = bytearray()
        return BlobSink(blobs[blob_id].extend, lambda: None)

    read_body(reader.read, opened, envelopes.append, sink)
    return opened, envelopes, {k: bytes(v) for k, v in blobs.items()}


def test_keys_route_and_header_signature_reproduce() -> None:
    header_key, body_key = derive_keys(bytes.fromhex(V["file_key_hex"]))
    assert (header_key.hex(), body_key.hex()) == (V["header_key_hex"], V["body_key_hex"])
    recipients = parse_canonical(V["route_recipients"].encode(), max_bytes=4096)
    assert isinstance(recipients, dict)
    parties = Parties(tuple(recipients["agencies"]), tuple(recipients["officers"]))
    assert route_id(V["route_creator_device"], parties) == V["route"]
    wire = parse_canonical(V["header"].encode(), max_bytes=65536)
    header = header_from_wire(wire)
    assert canonical_bytes(header_to_wire(header)).decode() == V["header"]
    signing = BUNDLE_HEADER_SIG_PREFIX + V["header"].encode()
    assert b(V["header_signing_input_b64u"]) == signing
    assert A.keys.sign(signing) == b(V["header_sig"])  # Ed25519 is deterministic


def test_the_header_box_opens_with_the_derived_key_alone() -> None:
    data = b(V["bundle_b64u"])
    start = 24 + 80 * V["stanza_count"]
    box = data[start:start + V["header_box_length"]]
    plain = nacl.secret.SecretBox(bytes.fromhex(V["header_key_hex"])).decrypt(box)
    length = int.from_bytes(plain[:4], "big")
    signed = json.loads(plain[4:4 + length])
    assert canonical_bytes(signed["header"]).decode() == V["header"]
    assert signed["sig"] == V["header_sig"] and not any(plain[4 + length:])


@pytest.mark.parametrize("name", ["B", "D"])
def test_recipients_open_the_pinned_bundle(name: str) -> None:
    data = b(V["bundle_b64u"])
    assert len(data) == V["bundle_size"]
    opened, envelopes, blobs = _open(data, name)
    assert canonical_bytes(header_to_wire(opened.header)).decode() == V["header"]
    assert opened.body_offset == V["body_offset"]
    assert envelopes == [V["envelope"].encode("ascii")]
    assert blobs == {V["blob_id"]: b(V["blob_b64u"])}


@pytest.mark.parametrize(("name", "reason"), sorted(V["refused_as"].items()))
def test_other_devices_cannot_open_it(name: str, reason: str) -> None:
    with pytest.raises(BundleRefused) as caught:
        _open(b(V["bundle_b64u"]), name)
    assert caught.value.problem is BundleProblem(reason)


@pytest.mark.parametrize("case", sorted(V["refused"]))
def test_refused_variants(case: str) -> None:
    spec = V["refused"][case]
    data = bytearray(b(V["bundle_b64u"]))
    if "flip_offset" in spec:
        data[spec["flip_offset"]] ^= 0x01
    if "length" in spec:
        del data[spec["length"]:]
    with pytest.raises(BundleRefused) as caught:
        _open(bytes(data), "B", spec.get("open_at"))
    assert caught.value.problem is BundleProblem(spec["reason"])
