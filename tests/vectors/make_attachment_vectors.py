"""Regenerate the attachment vectors: `.venv/bin/python tests/vectors/make_attachment_vectors.py`.

Writes `attachment-v1.json`. libsodium draws the secretstream header at random
inside `init_push`, so a ciphertext cannot be reproduced: one concrete blob is
pinned (kept across runs while everything reproducible is unchanged), and a
conforming receiver must decrypt exactly the plaintext from it with the key.
The inner message (with its attachment reference) and its Ed25519 signature
are reproducible byte for byte; the envelope (sealed to B) is pinned like the
one in envelope-v1.json. Three refused variants show what a receiver rejects.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import nacl.bindings as sodium

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from liaison_app.crypto.attachment_stream import BlobDigest  # noqa: E402
from liaison_app.crypto.envelope import inner_signing_bytes, seal, seal_plaintext  # noqa: E402
from liaison_app.protocol.attachment import AttachmentRef, attachment_ad  # noqa: E402
from liaison_app.protocol.canonical import b64u_decode, b64u_encode, canonical_bytes  # noqa: E402
from liaison_app.protocol.envelope import envelope_bytes, envelope_signing_bytes  # noqa: E402
from liaison_app.protocol.message import inner_to_wire  # noqa: E402
from tests.vectors.samples import T0, A, B, message  # noqa: E402

NAME = "attachment-v1.json"
ATTACHMENT_ID = "019ab0c4-5e28-7000-8000-0000000000a1"
KEY = bytes(range(0x60, 0x80))
CHUNK = 4096
PLAINTEXT = (b"Bill of lading PK-123-AB, Novi Sad to Calais.\n" * 230)[:10_000]


def _stream(key: bytes, data: bytes, tags: list[int]) -> bytes:
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    out = [sodium.crypto_secretstream_xchacha20poly1305_init_push(state, key)]
    ad = attachment_ad(message().id, ATTACHMENT_ID)
    for i, tag in enumerate(tags):
        out.append(sodium.crypto_secretstream_xchacha20poly1305_push(
            state, data[i * CHUNK:(i + 1) * CHUNK], ad, tag))
    return b"".join(out)


def _digest(blob: bytes) -> bytes:
    d = BlobDigest()
    d.update(blob)
    return d.digest()


def _chunks(blob: bytes) -> list[bytes]:
    body = blob[24:]
    return [body[i:i + CHUNK + 17] for i in range(0, len(body), CHUNK + 17)]


def attachment_vector(old: dict[str, Any] | None) -> dict[str, Any]:
    msg, fin = (sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
                sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL)
    pinned = old is not None and old.get("plaintext_b64u") == b64u_encode(PLAINTEXT) and \
        old.get("key_hex") == KEY.hex() and old.get("message_id") == message().id
    blob = b64u_decode(old["ciphertext_b64u"], "pinned") if pinned and old else \
        _stream(KEY, PLAINTEXT, [msg, msg, fin])
    no_final = b64u_decode(old["refused"]["final_missing"]["ciphertext_b64u"], "pinned") \
        if pinned and old else _stream(KEY, PLAINTEXT, [msg, msg, msg])
    ref = AttachmentRef(id=ATTACHMENT_ID, name="bill-of-lading.txt", media_type="text/plain",
                        size=len(PLAINTEXT), chunk_size=CHUNK, digest=_digest(blob), key=KEY)
    inner = replace(message(A, (B,)), attachments=(ref,))
    wire = inner_to_wire(inner)
    plaintext = seal_plaintext(inner, A.keys)
    env = seal(inner, A.keys, [B.entry()], sent_at=T0)
    envelope = envelope_bytes(env).decode("ascii")
    if pinned and old and old.get("inner_message") == canonical_bytes(wire).decode("utf-8"):
        envelope = old["envelope"]
    chunks = _chunks(blob)
    truncated = blob[:24] + b"".join(chunks[:2])
    reordered = blob[:24] + chunks[1] + chunks[0] + chunks[2]
    return {
        "description": "One attachment of the request from A to B: a secretstream "
                       "(XChaCha20-Poly1305) in 4096-byte chunks under key_hex, each chunk's "
                       "associated data ad_hex, BLAKE2b-256 digest of the whole ciphertext. "
                       "The header is random inside libsodium, so the ciphertext is pinned: "
                       "decrypt it to the plaintext. The refused variants carry a digest that "
                       "matches them (a sender signing what it sent) and must still be "
                       "refused for the reason given.",
        "message_id": message().id,
        "attachment_id": ATTACHMENT_ID,
        "key_hex": KEY.hex(),
        "chunk_size": CHUNK,
        "ad_hex": attachment_ad(message().id, ATTACHMENT_ID).hex(),
        "plaintext_b64u": b64u_encode(PLAINTEXT),
        "ciphertext_b64u": b64u_encode(blob),
        "ciphertext_size": len(blob),
        "digest_b64u": b64u_encode(ref.digest),
        "chunk_tags": [msg, msg, fin],
        "inner_message": canonical_bytes(wire).decode("utf-8"),
        "inner_signing_input_b64u": b64u_encode(inner_signing_bytes(wire)),
        "inner_sig": json.loads(plaintext)["sig"],
        "envelope": envelope,
        "envelope_signing_input_b64u": b64u_encode(envelope_signing_bytes(env))
        if envelope == envelope_bytes(env).decode("ascii") else
        old["envelope_signing_input_b64u"] if old else "",
        "open_as": "B",
        "open_at": "2026-11-23T04:00:00Z",
        "refused": {
            "truncated": {"ciphertext_b64u": b64u_encode(truncated),
                          "digest_b64u": b64u_encode(_digest(truncated)),
                          "reason": "truncated"},
            "reordered": {"ciphertext_b64u": b64u_encode(reordered),
                          "digest_b64u": b64u_encode(_digest(reordered)),
                          "reason": "bad_chunk"},
            "final_missing": {"ciphertext_b64u": b64u_encode(no_final),
                              "digest_b64u": b64u_encode(_digest(no_final)),
                              "reason": "final_missing"},
        },
    }


def main() -> None:
    path = HERE / NAME
    old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
    text = json.dumps(attachment_vector(old), indent=2, ensure_ascii=False,
                      sort_keys=True) + "\n"
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
