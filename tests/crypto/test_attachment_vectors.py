"""The attachment golden vectors (tests/vectors/attachment-v1.json), checked byte for byte."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from liaison_app.crypto.attachment_stream import AttachmentRefused, BlobDigest, open_stream
from liaison_app.crypto.envelope import open_envelope, seal_plaintext
from liaison_app.domain.timefmt import parse_time
from liaison_app.protocol.attachment import AttachmentRef, attachment_ad, ciphertext_size
from liaison_app.protocol.canonical import b64u_decode, canonical_bytes, parse_canonical
from liaison_app.protocol.domains import INNER_SIG_PREFIX
from liaison_app.protocol.envelope import envelope_signing_bytes, parse_envelope
from liaison_app.protocol.message import inner_from_wire, inner_to_wire
from tests.vectors.samples import A, B, directory, message

V: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parents[1] / "vectors" / "attachment-v1.json").read_text("utf-8"))


def b(text: str) -> bytes:
    return b64u_decode(text, "vector")


def the_ref() -> AttachmentRef:
    inner = inner_from_wire(parse_canonical(V["inner_message"].encode(), max_bytes=1 << 20))
    (ref,) = inner.attachments
    return ref


def test_ciphertext_decrypts_to_the_plaintext() -> None:
    ref = the_ref()
    assert ref.id == V["attachment_id"] and ref.key.hex() == V["key_hex"]
    assert ref.chunk_size == V["chunk_size"] and ref.digest == b(V["digest_b64u"])
    assert attachment_ad(V["message_id"], ref.id).hex() == V["ad_hex"]
    blob = b(V["ciphertext_b64u"])
    assert len(blob) == V["ciphertext_size"] == ciphertext_size(ref.size, ref.chunk_size)
    digest = BlobDigest()
    digest.update(blob)
    assert digest.digest() == ref.digest
    assert b"".join(open_stream(io.BytesIO(blob).read, ref, V["message_id"])) == \
        b(V["plaintext_b64u"])


def test_inner_message_and_signature_reproduce() -> None:
    ref = the_ref()
    inner = replace(message(A, (B,)), attachments=(ref,))
    wire = inner_to_wire(inner)
    assert canonical_bytes(wire).decode() == V["inner_message"]
    assert b(V["inner_signing_input_b64u"]) == INNER_SIG_PREFIX + V["inner_message"].encode()
    assert json.loads(seal_plaintext(inner, A.keys))["sig"] == V["inner_sig"]


def test_envelope_names_the_blob_and_opens_for_b() -> None:
    env = parse_envelope(V["envelope"].encode("ascii"))
    assert env.blobs == (V["attachment_id"],)
    assert envelope_signing_bytes(env) == b(V["envelope_signing_input_b64u"])
    inner = open_envelope(env, B.keys, directory(), seen=lambda _i: False,
                          now=parse_time(V["open_at"], "open_at"))
    assert inner.attachments == (the_ref(),)


@pytest.mark.parametrize("case", sorted(V["refused"]))
def test_refused_variants(case: str) -> None:
    bad = V["refused"][case]
    ref = replace(the_ref(), digest=b(bad["digest_b64u"]))
    with pytest.raises(AttachmentRefused) as exc:
        for _chunk in open_stream(io.BytesIO(b(bad["ciphertext_b64u"])).read, ref,
                                  V["message_id"]):
            pass
    assert exc.value.reason.value == bad["reason"]
