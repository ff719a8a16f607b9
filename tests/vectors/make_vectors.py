"""Regenerate the golden vectors: `.venv/bin/python tests/vectors/make_vectors.py`.

Writes `envelope-v1.json`, `directory-v1.json`, `request-signature-v1.json`,
`provisioning-v1.json` and `timestamp-v1.json` next to this file. Keys come
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
    HUB_CA_PEM,
    PARTIES,
    RELEASE_SEED,
    REQUEST_NONCE,
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


def request_signature_vector() -> dict[str, Any]:
    """Two requests signed by device A (protocol.md section 15), and the first again with
    the components and parameters in another order, as a generic library might."""
    from datetime import timedelta

    from liaison_app.crypto.request_auth import sign_request
    from liaison_app.protocol.request_signature import (
        SignatureParams,
        format_content_digest,
        format_signature,
        format_signature_input,
        signature_base,
    )

    created = T0 + timedelta(minutes=15)
    cases = [("POST", "/v1/inbox/ack", b'{"cursor":"42"}'),
             ("GET", "/v1/inbox?after=42&limit=100&wait=25", b"")]
    requests = []
    for method, target, body in cases:
        headers = sign_request(method, target, body, A.keys.device_id, A.keys.signing_key,
                               now=created, nonce=REQUEST_NONCE)
        params = SignatureParams(keyid=A.keys.device_id, nonce=REQUEST_NONCE,
                                 created=int(created.timestamp()))
        requests.append({
            "method": method, "target": target, "body": body.decode("ascii"),
            "headers": headers,
            "signature_base": signature_base(method, target, headers["Content-Digest"],
                                             params).decode("ascii")})
    method, target, body = cases[0]
    other = SignatureParams(keyid=A.keys.device_id, nonce=REQUEST_NONCE,
                            created=int(created.timestamp()),
                            components=("content-digest", "@method", "@path", "@query"),
                            order=("alg", "keyid", "created", "tag", "nonce"))
    digest = format_content_digest(body)
    base = signature_base(method, target, digest, other)
    reordered = {
        "method": method, "target": target, "body": body.decode("ascii"),
        "headers": {"Content-Digest": digest, "Signature-Input": format_signature_input(other),
                    "Signature": format_signature(A.keys.sign(base))},
        "signature_base": base.decode("ascii")}
    return {
        "description": "Requests signed by device A with a fixed nonce (never do that in "
                       "use). The hub verifies each as received: `reordered` lists the "
                       "components and parameters in another order and is just as valid.",
        "device": {"sign_seed_hex": A.keys.sign_seed.hex(), "device_id": A.keys.device_id,
                   "sign_key": b64u_encode(A.keys.public().sign_key)},
        "created": int(created.timestamp()),
        "verify_at": format_time(created + timedelta(seconds=30)),
        "requests": requests,
        "reordered": reordered,
    }


def provisioning_vector() -> dict[str, Any]:
    """A provisioning file signed by the fixed authority (protocol.md section 12)."""
    from datetime import timedelta

    import nacl.signing

    from liaison_app.crypto.provisioning import sign_profile
    from liaison_app.protocol.provisioning import (
        PROVISIONING_SIG_PREFIX,
        Policy,
        ProvisioningProfile,
        authority_fingerprint,
    )

    key = authority()
    profile = ProvisioningProfile(
        hub_url="https://hub.example.org:8443", ca_cert_pem=HUB_CA_PEM,
        directory_authority_key=bytes(key.verify_key),
        release_signing_key=bytes(nacl.signing.SigningKey(RELEASE_SEED).verify_key),
        officer_id=A.officer, agency_id=A.agency, officer_name="Liaison Officer Belgrade",
        policy=Policy(auto_lock_minutes=15, retention_days=365, passphrase_only_allowed=False,
                      update_channel="stable"),
        enrolment_token="TOKEN-for-the-vector-only-0123456789abcd",
        issued_at=T0, expires_at=T0 + timedelta(hours=72))
    signed = sign_profile(profile, key)
    return {
        "description": "A provisioning file for officer A signed by the directory authority "
                       "(seed below). `file` is the exact file IT hands out.",
        "authority_seed_hex": AUTHORITY_SEED.hex(),
        "authority_key": b64u_encode(bytes(key.verify_key)),
        "authority_fingerprint": authority_fingerprint(bytes(key.verify_key)),
        "signing_input_b64u": b64u_encode(
            PROVISIONING_SIG_PREFIX + canonical_bytes(profile.to_wire())),
        "file": signed.decode("utf-8"),
        "verify_at": "2026-11-24T00:00:00Z",
    }


def timestamp_vector() -> dict[str, Any]:
    """A directory timestamp naming the directory vector (protocol.md section 11)."""
    from datetime import timedelta

    from liaison_app.crypto.timestamp import sign_timestamp
    from liaison_app.protocol.timestamp import (
        DirectoryTimestamp,
        directory_digest,
        timestamp_signing_bytes,
    )

    signed_directory = sign_directory(directory(), authority())
    ts = DirectoryTimestamp(version=12, directory_version=7,
                            directory_sha256=directory_digest(signed_directory),
                            issued_at=T0, expires_at=T0 + timedelta(hours=24))
    return {
        "description": "Timestamp 12 naming directory-v1.json's signed_directory, valid 24 h.",
        "authority_key": b64u_encode(bytes(authority().verify_key)),
        "directory_sha256_hex": directory_digest(signed_directory).hex(),
        "signing_input_b64u": b64u_encode(timestamp_signing_bytes(ts)),
        "signed_timestamp": sign_timestamp(ts, authority()).decode("utf-8"),
        "valid_at": "2026-11-24T03:44:59Z",
        "expired_at": "2026-11-24T03:45:00Z",
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
    write("request-signature-v1.json", request_signature_vector())
    write("provisioning-v1.json", provisioning_vector())
    write("timestamp-v1.json", timestamp_vector())


if __name__ == "__main__":
    main()
