"""Regenerate the golden vectors: `.venv/bin/python tests/vectors/make_vectors.py`.

Writes `envelope-v1.json` and `directory-v1.json` next to this file. Keys come
from fixed seeds (samples.py), the content key and nonce from a counter rng.
Everything is reproducible except the SealedBox-wrapped keys (libsodium picks
the ephemeral key); those are pinned by storing one concrete envelope and
checking that each recipient unwraps the pinned content key from it.
Run it only when the wire format changes on purpose, and say so in the ADR.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from liaison_app.crypto.directory import sign_directory  # noqa: E402
from liaison_app.crypto.envelope import inner_signing_bytes, seal, seal_plaintext  # noqa: E402
from liaison_app.domain.timefmt import format_time  # noqa: E402
from liaison_app.protocol.canonical import b64u_encode, canonical_bytes  # noqa: E402
from liaison_app.protocol.directory import directory_signing_bytes  # noqa: E402
from liaison_app.protocol.envelope import envelope_bytes, envelope_signing_bytes  # noqa: E402
from liaison_app.protocol.message import inner_to_wire  # noqa: E402
from tests.vectors.samples import (  # noqa: E402
    AUTHORITY_SEED,
    PARTIES,
    T0,
    A,
    B,
    C,
    authority,
    counter_rng,
    directory,
    message,
)

RNG_START = 0x40


def devices() -> dict[str, Any]:
    """Fixed device keys and what derives from them."""
    out: dict[str, Any] = {}
    for p in PARTIES:
        pub = p.keys.public()
        out[p.name] = {
            "sign_seed_hex": p.keys.sign_seed.hex(), "box_secret_hex": p.keys.box_secret.hex(),
            "sign_key": b64u_encode(pub.sign_key), "box_key": b64u_encode(pub.box_key),
            "box_key_sig": b64u_encode(pub.box_key_sig), "device_id": pub.device_id,
            "officer": p.officer, "agency": p.agency, "status": p.status.value,
        }
    return out


def envelope_vector() -> dict[str, Any]:
    """A request sealed by A for B and C."""
    inner = message(A, (B, C))
    wire = inner_to_wire(inner)
    plaintext = seal_plaintext(inner, A.keys)
    rng = counter_rng(RNG_START)
    content_key, nonce = rng(32), rng(24)
    env = seal(inner, A.keys, [B.entry(), C.entry()], sent_at=T0, rng=counter_rng(RNG_START))
    return {
        "description": "Request from A to B and C. content_key and nonce come from a counter "
                       "rng; wrapped keys are not reproducible (SealedBox ephemeral key) but "
                       "B and C must unwrap content_key from the pinned envelope.",
        "devices": devices(),
        "inner_message": canonical_bytes(wire).decode("utf-8"),
        "inner_signing_input_b64u": b64u_encode(inner_signing_bytes(wire)),
        "inner_sig": json.loads(plaintext)["sig"],
        "plaintext": plaintext.decode("utf-8"),
        "content_key_hex": content_key.hex(),
        "nonce_hex": nonce.hex(),
        "ciphertext": b64u_encode(env.ciphertext),
        "sent_at": format_time(T0),
        "envelope": envelope_bytes(env).decode("ascii"),
        "envelope_signing_input_b64u": b64u_encode(envelope_signing_bytes(env)),
        "open_as": ["B", "C"],
        "open_at": "2026-11-23T04:00:00Z",
    }


def directory_vector() -> dict[str, Any]:
    """The sample directory signed by the fixed authority key."""
    d = directory()
    return {
        "description": "Directory version 7 signed by the authority key (seed below).",
        "authority_seed_hex": AUTHORITY_SEED.hex(),
        "authority_key": b64u_encode(bytes(authority().verify_key)),
        "signing_input_b64u": b64u_encode(directory_signing_bytes(d)),
        "signed_directory": sign_directory(d, authority()).decode("utf-8"),
        "verify_at": "2026-11-23T04:00:00Z",
        "min_version": 7,
    }


def write(name: str, obj: dict[str, Any]) -> None:
    """Write one vector file (pretty JSON; the canonical bytes are inside as strings)."""
    text = json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    (HERE / name).write_text(text, encoding="utf-8")
    print(f"wrote {HERE / name}")


def keep_pinned_envelope(new: dict[str, Any]) -> dict[str, Any]:
    """Keep the old concrete envelope if everything reproducible is unchanged.

    Wrapped keys differ on every run, so this avoids a diff when nothing changed.
    """
    path = HERE / "envelope-v1.json"
    if not path.exists():
        return new
    old = json.loads(path.read_text(encoding="utf-8"))
    same = all(old.get(k) == new[k] for k in new if k not in ("envelope",
                                                              "envelope_signing_input_b64u"))
    if same:
        new["envelope"] = old["envelope"]
        new["envelope_signing_input_b64u"] = old["envelope_signing_input_b64u"]
    return new


def main() -> None:
    """Regenerate every vector file."""
    write("envelope-v1.json", keep_pinned_envelope(envelope_vector()))
    write("directory-v1.json", directory_vector())


if __name__ == "__main__":
    main()
