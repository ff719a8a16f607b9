"""`liaison audit export`: the whole audit chain, with what a third party needs to check it.

The export is itself audited (`export`, with the justification) before the chain
is read, so the file ends with its own export entry. A JSON Lines file starts
with a header (format, the device's Ed25519 public key and id, the head, and how
each hash and signature is made), then one entry per line; a CSV file has one
entry per row, with the public key on every row. Hashes and signatures are hex.
An auditor checks it without Liaison (docs/data-protection.md has the recipe;
tests/services/audit_export_verifier.py is such a script, PyNaCl and hashlib only):

    entry_hash = BLAKE2b-256(canonical JSON of {"v": 1, "seq", "at", "kind", "actor",
                 "object", "details", "prev": unpadded base64url of the previous hash})
    Ed25519.verify(public_key, b"liaison-audit-v1\\x00" + entry_hash, sig)

with canonical JSON = keys sorted, no whitespace, UTF-8 (non-ASCII not escaped), and
the first entry's previous hash 32 zero bytes. An entry with an empty `sig` was
written in one transaction with later entries and is covered, through the chain,
by the signature of the next signed entry (ADR 0025); the last entry is signed.
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from liaison_app.protocol.canonical import b64u_encode
from liaison_app.services.errors import ServiceError
from liaison_app.services.session import Session
from liaison_app.store import audit
from liaison_app.store.audit import HASH_VERSION, SIGNING_CONTEXT, AuditEntry, AuditKind

FORMATS = ("jsonl", "csv")
FORMAT_NAME = "liaison-audit-export"
FORMAT_VERSION = 1
CSV_COLUMNS = ("seq", "at", "kind", "actor", "object", "details", "prev_hash", "entry_hash",
               "sig", "device", "public_key")
_PAGE = 5000
VERIFICATION = {
    "hash": "BLAKE2b, 32-byte digest, over the canonical JSON of the object "
            '{"v": 1, "seq", "at", "kind", "actor", "object", "details", "prev"} where '
            '"prev" is the previous entry\'s hash as unpadded base64url (32 zero bytes '
            "before the first entry)",
    "canonical_json": "object keys sorted by code point, no whitespace, UTF-8 with "
                      "non-ASCII characters unescaped, integers only",
    "signature": "Ed25519 by public_key over b'liaison-audit-v1\\x00' + entry_hash; "
                 "an empty sig means the entry is covered, through the chain, by the "
                 "next signed entry's signature (entries of one transaction are signed "
                 "once, on the last); the last entry is always signed",
    "device_id": "lowercase base32 of BLAKE2b (20-byte digest) of "
                 "b'liaison/v1/device-id\\x00' + the public key (the directory lists "
                 "the device under this id)",
    "encoding": "hashes and signatures hex; public_key unpadded base64url",
}


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What was written."""

    path: Path
    entries: int
    head_seq: int
    intact: bool
    problem: str


def _entry_json(entry: AuditEntry) -> dict[str, Any]:
    return {"seq": entry.seq, "at": entry.at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "kind": entry.kind.value, "actor": entry.actor, "object": entry.object_ref,
            "details": entry.details, "prev_hash": entry.prev_hash.hex(),
            "entry_hash": entry.entry_hash.hex(), "sig": entry.sig.hex()}


def _all_entries(session: Session) -> list[AuditEntry]:
    out: list[AuditEntry] = []
    while True:
        page = audit.entries(session.db, offset=len(out), limit=_PAGE, newest_first=False)
        out.extend(page)
        if len(page) < _PAGE:
            return out


def _header(session: Session, entries: list[AuditEntry], now: datetime,
            verdict: audit.AuditVerdict) -> dict[str, Any]:
    head_seq, head_hash = audit.current_head(session.db)
    ident = session.identity
    return {
        "format": FORMAT_NAME, "version": FORMAT_VERSION, "hash_version": HASH_VERSION,
        "exported_at": now.strftime("%Y-%m-%dT%H:%M:%SZ"), "officer": ident.officer_id,
        "officer_name": ident.officer_name, "agency": ident.agency_id,
        "device": ident.device_id, "public_key": b64u_encode(session.keys.sign_key),
        "signing_context": SIGNING_CONTEXT.decode("ascii").replace("\x00", "\\x00"),
        "entries": len(entries), "head": {"seq": head_seq, "entry_hash": head_hash.hex()},
        "local_check": {"intact": verdict.ok, "reason": verdict.reason},
        "verification": VERIFICATION,
    }


def _jsonl(header: dict[str, Any], entries: list[AuditEntry]) -> str:
    lines = [json.dumps(header, ensure_ascii=False, sort_keys=True)]
    lines += [json.dumps(_entry_json(e), ensure_ascii=False, sort_keys=True) for e in entries]
    return "\n".join(lines) + "\n"


def _csv(session: Session, entries: list[AuditEntry]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    key = b64u_encode(session.keys.sign_key)
    for entry in entries:
        row = _entry_json(entry)
        writer.writerow([row["seq"], row["at"], row["kind"], row["actor"], row["object"],
                         json.dumps(row["details"], ensure_ascii=False, sort_keys=True,
                                    separators=(",", ":")),
                         row["prev_hash"], row["entry_hash"], row["sig"],
                         session.identity.device_id, key])
    return buffer.getvalue()


def export_audit(session: Session, out: Path, fmt: str, justification: str, *,
                 now: datetime | None = None) -> ExportResult:
    """Audit the export, then write the whole chain to `out` (owner-only, atomically)."""
    if fmt not in FORMATS:
        raise ServiceError("The audit log is exported as {formats}.",
                           formats=" or ".join(FORMATS))
    text = justification.strip()
    if len(text) < 3:
        raise ServiceError("Give the reason for exporting the audit log.")
    target = Path(out).expanduser()
    if not target.parent.is_dir():
        raise ServiceError("There is no folder {folder} to write the export into.",
                           folder=target.parent)
    moment = (now or datetime.now(UTC)).replace(microsecond=0)
    with session.db.transaction() as conn:
        session.audit(conn, AuditKind.EXPORT, "audit", {
            "justification": text[:1000], "what": "audit log", "format": fmt,
            "file": target.name}, now=moment)
    verdict = audit.verify_chain(session.db, session.keys.sign_key)
    entries = _all_entries(session)
    body = _jsonl(_header(session, entries, moment, verdict), entries) if fmt == "jsonl" \
        else _csv(session, entries)
    write_private(target, body.encode("utf-8"))
    return ExportResult(target, len(entries), entries[-1].seq if entries else 0, verdict.ok,
                        "" if verdict.ok else verdict.reason)


def write_private(target: Path, data: bytes) -> None:
    """Write `data` to `target` readable by the owner only, replacing it in one step."""
    temp = target.with_name(f".{target.name}.part")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
