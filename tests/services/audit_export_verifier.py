"""An auditor's check of a `liaison audit export` file, independent of Liaison.

Only PyNaCl (Ed25519) and hashlib (BLAKE2b) beside the standard library's file
readers: recompute every entry's hash from its fields and the previous hash, check
the chain links and each signature under the exported public key (an entry with an
empty signature is covered, through the chain, by the next signed entry; the last
entry must be signed), check that the key is the device the header names and that
the last entry is the head. Usage:

    python audit_export_verifier.py EXPORT.jsonl|EXPORT.csv

Prints "OK <n> entries" and exits 0, or prints the first problem and exits 1.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import json
import sys

from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey

CONTEXT = b"liaison-audit-v1\x00"
DEVICE_ID_PREFIX = b"liaison/v1/device-id\x00"


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def unb64u(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def entry_hash(entry: dict, prev: bytes) -> bytes:
    document = {"v": 1, "seq": entry["seq"], "at": entry["at"], "kind": entry["kind"],
                "actor": entry["actor"], "object": entry["object"],
                "details": entry["details"], "prev": b64u(prev)}
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":"),
                           ensure_ascii=False).encode("utf-8")
    return hashlib.blake2b(canonical, digest_size=32).digest()


def device_id(public_key: bytes) -> str:
    digest = hashlib.blake2b(DEVICE_ID_PREFIX + public_key, digest_size=20).digest()
    return base64.b32encode(digest).decode("ascii").lower()


def read(path: str) -> tuple[dict, list[dict]]:
    if path.endswith(".csv"):
        with open(path, newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        keys = {(r["device"], r["public_key"]) for r in rows}
        if len(keys) != 1:
            raise ValueError("every row must name the same device and key")
        ((device, key),) = keys
        entries = [{**r, "seq": int(r["seq"]), "details": json.loads(r["details"])}
                   for r in rows]
        return {"device": device, "public_key": key, "head": None}, entries
    with open(path, encoding="utf-8") as fh:
        lines = [json.loads(line) for line in fh if line.strip()]
    return lines[0], lines[1:]


def verify(path: str) -> str:
    header, entries = read(path)
    key = unb64u(header["public_key"])
    if device_id(key) != header["device"]:
        raise ValueError("the public key is not the device the export names")
    verify_key = VerifyKey(key)
    prev = bytes(32)
    covered = 0  # entries since the last signature, covered by the next one
    for expected, entry in enumerate(entries, start=1):
        if entry["seq"] != expected:
            raise ValueError(f"entry {expected} is missing")
        if bytes.fromhex(entry["prev_hash"]) != prev:
            raise ValueError(f"entry {expected} does not link to the one before")
        digest = entry_hash(entry, prev)
        if digest.hex() != entry["entry_hash"]:
            raise ValueError(f"entry {expected} does not match its hash")
        prev = digest
        if not entry["sig"]:
            covered += 1
            continue
        try:
            verify_key.verify(CONTEXT + digest, bytes.fromhex(entry["sig"]))
        except BadSignatureError:
            raise ValueError(f"entry {expected} has a bad signature") from None
        covered = 0
    if covered:
        raise ValueError(f"the last {covered} entries are covered by no signature")
    head = header.get("head")
    if head is not None and (head["seq"] != len(entries) or head["entry_hash"] != prev.hex()):
        raise ValueError("the last entry is not the head the export names")
    return f"OK {len(entries)} entries"


if __name__ == "__main__":
    try:
        print(verify(sys.argv[1]))
    except (ValueError, KeyError) as exc:
        print(f"FAILED: {exc}")
        sys.exit(1)
