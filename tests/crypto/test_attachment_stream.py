"""Attachment secretstream: round trips at chunk boundaries and every refusal."""

from __future__ import annotations

import io
import os

import nacl.bindings as sodium
import pytest

from liaison_app.crypto.attachment_stream import (
    AttachmentRefused,
    BlobDigest,
    RefusalReason,
    new_attachment_key,
    open_stream,
    seal_stream,
    verify_blob,
)
from liaison_app.protocol.attachment import AttachmentRef, attachment_ad, ciphertext_size
from liaison_app.protocol.ids import new_message_id

CHUNK = 4096
MID = new_message_id()


def seal(data: bytes, chunk: int = CHUNK) -> tuple[bytes, AttachmentRef]:
    aid = new_message_id()
    key = new_attachment_key()
    out = io.BytesIO()
    digest = seal_stream(io.BytesIO(data).read, out.write, size=len(data), chunk_size=chunk,
                         key=key, message_id=MID, attachment_id=aid)
    ref = AttachmentRef(aid, "file.bin", "application/octet-stream", len(data), chunk,
                        digest, key)
    return out.getvalue(), ref


def opened(blob: bytes, ref: AttachmentRef, message_id: str = MID) -> bytes:
    return b"".join(open_stream(io.BytesIO(blob).read, ref, message_id))


def refusal(blob: bytes, ref: AttachmentRef, message_id: str = MID) -> RefusalReason:
    with pytest.raises(AttachmentRefused) as exc:
        verify_blob(io.BytesIO(blob).read, ref, message_id)
    return exc.value.reason


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 17])
def test_round_trip_and_exact_length(size: int) -> None:
    data = os.urandom(size)
    blob, ref = seal(data)
    assert len(blob) == ciphertext_size(size, CHUNK) == ref.blob_size
    assert opened(blob, ref) == data
    digest = BlobDigest()
    digest.update(blob)
    assert digest.digest() == ref.digest


def _chunks(blob: bytes, ref: AttachmentRef) -> list[bytes]:
    body = blob[24:]
    step = ref.chunk_size + 17
    return [body[i:i + step] for i in range(0, len(body), step)]


def _restream(ref: AttachmentRef, data: bytes, tags: list[int]) -> bytes:
    """A stream of `data` under `ref.key` with chosen tags (what a bad sender could make)."""
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    out = [sodium.crypto_secretstream_xchacha20poly1305_init_push(state, ref.key)]
    ad = attachment_ad(MID, ref.id)
    for i, tag in enumerate(tags):
        piece = data[i * ref.chunk_size:(i + 1) * ref.chunk_size]
        out.append(sodium.crypto_secretstream_xchacha20poly1305_push(state, piece, ad, tag))
    return b"".join(out)


def _with_digest(ref: AttachmentRef, blob: bytes) -> AttachmentRef:
    """`ref` describing `blob` exactly (a sender that signs what it sends)."""
    from dataclasses import replace
    digest = BlobDigest()
    digest.update(blob)
    return replace(ref, digest=digest.digest())


def test_refusals() -> None:
    data = os.urandom(3 * CHUNK + 100)
    blob, ref = seal(data)
    chunks = _chunks(blob, ref)
    assert refusal(blob[:10], ref) is RefusalReason.TRUNCATED
    assert refusal(blob[:-5], ref) is RefusalReason.TRUNCATED
    cut = blob[:24] + b"".join(chunks[:3])  # whole chunks, the final one missing
    assert refusal(cut, _with_digest(ref, cut)) is RefusalReason.TRUNCATED
    assert refusal(blob + b"\x00", ref) is RefusalReason.TOO_LONG
    swapped = blob[:24] + chunks[1] + chunks[0] + b"".join(chunks[2:])
    assert refusal(swapped, _with_digest(ref, swapped)) is RefusalReason.BAD_CHUNK
    flipped = bytearray(blob)
    flipped[100] ^= 1
    assert refusal(bytes(flipped), _with_digest(ref, bytes(flipped))) is RefusalReason.BAD_CHUNK
    msg, fin = (sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
                sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL)
    no_final = _restream(ref, data, [msg, msg, msg, msg])
    assert refusal(no_final, _with_digest(ref, no_final)) is RefusalReason.FINAL_MISSING
    early = _restream(ref, data, [msg, fin, msg, fin])
    assert refusal(early, _with_digest(ref, early)) is RefusalReason.FINAL_EARLY
    from dataclasses import replace
    assert refusal(blob, replace(ref, digest=bytes(32))) is RefusalReason.DIGEST_MISMATCH
    # the chunks are bound to their message and attachment ids, and to the key
    assert refusal(blob, ref, new_message_id()) is RefusalReason.BAD_CHUNK
    assert refusal(blob, replace(ref, id=new_message_id())) is RefusalReason.BAD_CHUNK
    assert refusal(blob, replace(ref, key=new_attachment_key())) is RefusalReason.BAD_CHUNK


def test_a_source_that_changes_size_is_refused() -> None:
    data = os.urandom(CHUNK * 2)
    with pytest.raises(AttachmentRefused) as shorter:
        seal_stream(io.BytesIO(data[:-1]).read, io.BytesIO().write, size=len(data),
                    chunk_size=CHUNK, key=new_attachment_key(), message_id=MID,
                    attachment_id=new_message_id())
    assert shorter.value.reason is RefusalReason.SIZE_CHANGED
    with pytest.raises(AttachmentRefused) as longer:
        seal_stream(io.BytesIO(data + b"x").read, io.BytesIO().write, size=len(data),
                    chunk_size=CHUNK, key=new_attachment_key(), message_id=MID,
                    attachment_id=new_message_id())
    assert longer.value.reason is RefusalReason.SIZE_CHANGED


def test_keys_and_headers_are_fresh() -> None:
    data = b"same plaintext"
    one, ref1 = seal(data)
    two, ref2 = seal(data)
    assert ref1.key != ref2.key and one[:24] != two[:24]
