"""Attachment references, the inner message's `attachments` and the envelope's `blobs`."""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Any

import pytest

from liaison_app.crypto.envelope import open_envelope, seal
from liaison_app.protocol.attachment import AttachmentRef, ciphertext_size
from liaison_app.protocol.canonical import canonical_bytes, parse_canonical
from liaison_app.protocol.envelope import (
    envelope_bytes,
    envelope_signing_bytes,
    envelope_to_wire,
    parse_envelope,
    parse_envelope_signed,
)
from liaison_app.protocol.errors import Rejection, RejectReason, ValidationError
from liaison_app.protocol.ids import new_message_id
from liaison_app.protocol.message import inner_from_wire, inner_to_wire
from tests.vectors.samples import T0, A, B, C, directory, message


def ref(**kw: Any) -> AttachmentRef:
    base: dict[str, Any] = {"id": new_message_id(), "name": "passport page.jpg",
                            "media_type": "image/jpeg", "size": 123_456,
                            "chunk_size": 65536, "digest": os.urandom(32),
                            "key": os.urandom(32), "location_removed": True}
    base.update(kw)
    return AttachmentRef(**base)


@pytest.mark.parametrize("field,value", [
    ("name", "../etc/passwd"), ("name", "a/b.jpg"), ("name", "a\\b"), ("name", ".."),
    ("name", " lead.jpg"), ("name", "x\u202e.jpg"), ("name", ""),
    ("media_type", "Image/JPEG"), ("media_type", "image/jpeg; q=1"), ("media_type", "jpeg"),
    ("size", -1), ("size", 50 * 1024 * 1024 + 1), ("size", True),
    ("chunk_size", 65535), ("chunk_size", 2048), ("chunk_size", 2 * 1024 * 1024),
    ("digest", b"short"), ("key", bytes(31)), ("id", "not-a-uuid"),
])
def test_bad_references_are_refused(field: str, value: object) -> None:
    with pytest.raises(ValidationError) as exc:
        ref(**{field: value})
    assert exc.value.field == field


def test_wire_round_trip_and_strictness() -> None:
    r = ref()
    assert AttachmentRef.from_wire(r.to_wire(), "a") == r
    assert r.blob_size == ciphertext_size(123_456, 65536) == 24 + 123_456 + 17 * 2
    extra = {**r.to_wire(), "path": "/tmp/x"}
    with pytest.raises(ValidationError, match=r"a\.path"):
        AttachmentRef.from_wire(extra, "a")
    missing = {k: v for k, v in r.to_wire().items() if k != "key"}
    with pytest.raises(ValidationError, match=r"a\.key"):
        AttachmentRef.from_wire(missing, "a")


def test_inner_message_carries_attachments_only_when_there_are_some() -> None:
    plain = message(A, (B,))
    assert "attachments" not in inner_to_wire(plain)
    with_two = replace(plain, attachments=(ref(), ref(name="scan.pdf",
                                                       media_type="application/pdf")))
    wire = inner_to_wire(with_two)
    assert [a["name"] for a in wire["attachments"]] == ["passport page.jpg", "scan.pdf"]
    back = inner_from_wire(parse_canonical(canonical_bytes(wire), max_bytes=1 << 20))
    assert back == with_two
    wire["attachments"] = []
    with pytest.raises(ValidationError, match="attachments"):
        inner_from_wire(wire)
    twice = ref()
    with pytest.raises(ValidationError, match="twice"):
        replace(plain, attachments=(twice, twice))


def test_envelope_names_the_blobs_and_binds_them() -> None:
    refs = (ref(), ref())
    inner = replace(message(A, (B, C)), attachments=refs)
    env = seal(inner, A.keys, [B.entry(), C.entry()], sent_at=T0)
    assert env.blobs == tuple(sorted(r.id for r in refs))
    data = envelope_bytes(env)
    assert data == canonical_bytes(envelope_to_wire(env))  # the fast path is canonical
    assert data.startswith(b'{"blobs":[')
    parsed, signed = parse_envelope_signed(data)
    assert parsed.blobs == env.blobs and signed == envelope_signing_bytes(env)
    opened = open_envelope(parsed, B.keys, directory(), seen=lambda _i: False, now=T0)
    assert opened.attachments == refs
    # the hub (or anyone) dropping or swapping a blob id breaks the outer signature;
    # a sender naming other blobs outside than inside is refused as a binding mismatch
    from liaison_app.crypto.outer import sign_outer
    other = sign_outer(replace(parsed, blobs=(new_message_id(),)), A.keys)
    with pytest.raises(Rejection) as exc:
        open_envelope(other, B.keys, directory(), seen=lambda _i: False, now=T0)
    assert exc.value.reason is RejectReason.BINDING_MISMATCH


def test_envelope_blob_list_is_strict() -> None:
    env = seal(message(A, (B,)), A.keys, [B.entry()], sent_at=T0)
    assert b"blobs" not in envelope_bytes(env)
    wire = envelope_to_wire(env)
    for bad in ([], ["x"], [new_message_id()] * 2,
                sorted([new_message_id(), new_message_id()], reverse=True)):
        with pytest.raises(ValidationError, match="blobs"):
            parse_envelope(canonical_bytes({**wire, "blobs": bad}))
