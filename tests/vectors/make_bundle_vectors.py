"""Regenerate the carrier bundle vectors: `.venv/bin/python tests/vectors/make_bundle_vectors.py`.

Writes `bundle-v1.json`. Sealed boxes (the stanzas), the header box's nonce and
the secretstream header are random inside libsodium, so a bundle cannot be
reproduced: one file is pinned (kept across runs while what it carries is
unchanged), made from A for RS-BP with a fixed file key, carrying the envelope
and the blob of `attachment-v1.json`. The key derivation, the route id and the
header's signature (Ed25519 is deterministic) are reproducible byte for byte.
"""

from __future__ import annotations

import io
import json
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import nacl.bindings as sodium
import nacl.exceptions

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from liaison_app.crypto.bundle_open import open_header  # noqa: E402
from liaison_app.crypto.bundle_seal import (  # noqa: E402
    HEADER_KEY_INFO,
    BlobSource,
    derive_keys,
    write_bundle,
)
from liaison_app.domain.timefmt import format_time  # noqa: E402
from liaison_app.protocol.bundle import (  # noqa: E402
    DEFAULT_LIFETIME,
    BodySummary,
    BundleHeader,
    Parties,
    header_to_wire,
    route_id,
)
from liaison_app.protocol.canonical import b64u_decode, b64u_encode, canonical_bytes  # noqa: E402
from liaison_app.protocol.domains import BUNDLE_HEADER_SIG_PREFIX  # noqa: E402
from tests.vectors.samples import T0, A, B, D, directory  # noqa: E402

NAME = "bundle-v1.json"
BUNDLE_ID = "019ab0c4-5e28-7000-8000-0000000000b1"
FILE_KEY = bytes(range(0x40, 0x60))
OPEN_AT = T0 + timedelta(hours=1)


def _bundle(attachment: dict[str, Any]) -> bytes:
    recipients = Parties(("RS-BP",), ())
    devices = sorted([B, D], key=lambda p: p.keys.device_id)
    template = BundleHeader(
        id=BUNDLE_ID, creator=A.sender_ref(), recipients=recipients,
        carriers=Parties(("GB-NCA",), ()), devices=tuple(p.keys.device_id for p in devices),
        route=route_id(A.keys.device_id, recipients), seq=1, created_at=T0,
        expires_at=T0 + DEFAULT_LIFETIME, directory_version=directory().version,
        prefix_digest=bytes(32), body=BodySummary(0, bytes(32), 0, 0, 0))
    blob = b64u_decode(attachment["ciphertext_b64u"], "blob")
    out = io.BytesIO()
    write_bundle(out, template, [p.keys.box_key for p in devices], A.keys,
                 [attachment["envelope"].encode("ascii")],
                 [BlobSource(attachment["attachment_id"], len(blob), lambda: io.BytesIO(blob))],
                 file_key=FILE_KEY)
    return out.getvalue()


def _other_stanza(data: bytes, count: int) -> int:
    """A stanza that is not B's (changing it must still be noticed by B)."""
    for i in range(count):
        try:
            sodium.crypto_box_seal_open(data[24 + 80 * i:24 + 80 * (i + 1)], B.keys.box_key,
                                        bytes(B.keys.box_private))
        except nacl.exceptions.CryptoError:
            return i
    raise RuntimeError("every stanza opens for B")


def bundle_vector(old: dict[str, Any] | None) -> dict[str, Any]:
    attachment = json.loads((HERE / "attachment-v1.json").read_text(encoding="utf-8"))
    pinned = old is not None and old.get("envelope") == attachment["envelope"] and \
        old.get("blob_b64u") == attachment["ciphertext_b64u"] and \
        old.get("file_key_hex") == FILE_KEY.hex()
    data = b64u_decode(old["bundle_b64u"], "pinned") if pinned and old else _bundle(attachment)
    opened = open_header(io.BytesIO(data).read, len(data), B.keys, directory(), OPEN_AT)
    wire = header_to_wire(opened.header)
    header_key, body_key = derive_keys(FILE_KEY)
    stanzas = int.from_bytes(data[16:18], "big")
    box = int.from_bytes(data[18:22], "big")
    body_at = 24 + 80 * stanzas + box
    return {
        "description": "A carrier bundle (docs/protocol.md §28) from device A for RS-BP "
                       "(stanzas for B and D, padded to 8), with the file key below, carrying "
                       "the envelope and blob of attachment-v1.json. Stanzas, the header "
                       "box's nonce and the secretstream header are random inside libsodium, "
                       "so the file is pinned: B and D open it at open_at to exactly the "
                       "header, envelope and blob given; C (BG-BP) is not among its devices. "
                       "The keys derive from the file key; the header signature reproduces.",
        "file_key_hex": FILE_KEY.hex(),
        "header_key_label": HEADER_KEY_INFO.decode("ascii"),
        "header_key_hex": header_key.hex(),
        "body_key_hex": body_key.hex(),
        "route": opened.header.route,
        "route_creator_device": A.keys.device_id,
        "route_recipients": canonical_bytes(opened.header.recipients.to_wire()).decode(),
        "header": canonical_bytes(wire).decode("utf-8"),
        "header_signing_input_b64u": b64u_encode(BUNDLE_HEADER_SIG_PREFIX
                                                 + canonical_bytes(wire)),
        "header_sig": json.loads(opened.signed)["sig"],
        "stanza_count": stanzas,
        "header_box_length": box,
        "body_offset": body_at,
        "envelope": attachment["envelope"],
        "blob_id": attachment["attachment_id"],
        "blob_b64u": attachment["ciphertext_b64u"],
        "bundle_b64u": b64u_encode(data),
        "bundle_size": len(data),
        "open_as": ["B", "D"],
        "refused_as": {"C": "not_for_this_device", "E": "not_for_this_device"},
        "open_at": format_time(OPEN_AT),
        "refused": {
            "stanza_flipped": {"flip_offset": 24 + 80 * _other_stanza(data, stanzas) + 40,
                               "reason": "damaged"},
            "header_box_flipped": {"flip_offset": 24 + 80 * stanzas + 30, "reason": "damaged"},
            "body_flipped": {"flip_offset": len(data) - 100, "reason": "damaged"},
            "cut_short": {"length": len(data) - 1000, "reason": "truncated"},
            "after_expiry": {"open_at": format_time(opened.header.expires_at),
                             "reason": "expired"},
        },
    }


def main() -> None:
    path = HERE / NAME
    old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
    text = json.dumps(bundle_vector(old), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
