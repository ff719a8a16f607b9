"""The detached signature written beside an exported report (`FILE.pdf.sig`).

Wire form (canonical JSON, one document, at most 4 KiB):

    {"file": {"name": "GB-NCA-2026-0042.pdf", "sha256": "<64 hex>", "size": 48213},
     "report": "case",
     "sig": "<base64url of the 64-byte Ed25519 signature>",
     "signed_at": "2026-11-23T03:45:00Z",
     "signer": {"agency": "GB-NCA", "device": "<device id>", "officer": "gb-nca.lo-belgrade"},
     "type": "liaison-report-signature",
     "v": 1}

The signature covers `b"liaison/v1/report\\x00"` + the canonical JSON of the
document without `sig`. The file's name is informative (a renamed copy still
verifies); its size and SHA-256 are what bind the signature to the bytes, so
anyone can also check the digest with `sha256sum`. No I/O here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from liaison_app.domain.parties import (
    officer_agency_id,
    validate_agency_id,
    validate_device_id,
    validate_officer_id,
)
from liaison_app.domain.timefmt import format_time, parse_time
from liaison_app.protocol.canonical import (
    b64u_decode,
    b64u_encode,
    canonical_bytes,
    parse_canonical_object,
)
from liaison_app.protocol.domains import REPORT_SIG_PREFIX
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.limits import SIGNATURE_BYTES
from liaison_app.protocol.wire import (
    check_keys,
    check_version,
    expect_int,
    expect_object,
    expect_str,
)

SIGNATURE_TYPE = "liaison-report-signature"
MAX_SIGNATURE_FILE_BYTES = 4096
MAX_REPORT_BYTES = 2**40
NAME_MAX = 255
_SHA256_RE = re.compile(r"[0-9a-f]{64}", re.ASCII)
_TOP_KEYS = frozenset({"v", "type", "report", "file", "signer", "signed_at", "sig"})
_FILE_KEYS = frozenset({"name", "size", "sha256"})
_SIGNER_KEYS = frozenset({"officer", "agency", "device"})


class ReportKind(StrEnum):
    """Which report a signature is for."""

    CASE = "case"
    MONITORING = "monitoring"


@dataclass(frozen=True, slots=True)
class ReportSignature:
    """A signed statement: this officer's device exported this file (size and SHA-256)."""

    report: ReportKind
    file_name: str
    size: int
    sha256: str
    officer: str
    agency: str
    device: str
    signed_at: datetime
    sig: bytes = b""

    def unsigned_wire(self) -> dict[str, Any]:
        """The document without `sig` (what the signature covers, once canonical)."""
        return {
            "v": 1, "type": SIGNATURE_TYPE, "report": self.report.value,
            "file": {"name": self.file_name, "size": self.size, "sha256": self.sha256},
            "signer": {"officer": self.officer, "agency": self.agency, "device": self.device},
            "signed_at": format_time(self.signed_at),
        }

    def signing_bytes(self) -> bytes:
        """Prefix + canonical JSON of the unsigned document."""
        return REPORT_SIG_PREFIX + canonical_bytes(self.unsigned_wire())

    def to_bytes(self) -> bytes:
        """The `.sig` file: canonical JSON with the signature, and a newline."""
        if len(self.sig) != SIGNATURE_BYTES:
            raise ValidationError("sig", "is not a 64-byte signature")
        return canonical_bytes({**self.unsigned_wire(), "sig": b64u_encode(self.sig)}) + b"\n"

    @classmethod
    def from_bytes(cls, data: bytes) -> ReportSignature:
        """Strict parse of a `.sig` file (a trailing newline is allowed)."""
        if len(data) > MAX_SIGNATURE_FILE_BYTES:
            raise ValidationError("signature", f"is larger than {MAX_SIGNATURE_FILE_BYTES} bytes")
        body = data[:-1] if data.endswith(b"\n") else data
        obj = expect_object(parse_canonical_object(body, max_bytes=MAX_SIGNATURE_FILE_BYTES,
                                                   what="report signature"), "")
        check_version(obj, "")
        check_keys(obj, "", _TOP_KEYS)
        if obj["type"] != SIGNATURE_TYPE:
            raise ValidationError("type", f"must be {SIGNATURE_TYPE}")
        try:
            report = ReportKind(obj["report"])
        except (ValueError, TypeError):
            raise ValidationError("report", "must be case or monitoring") from None
        file = expect_object(obj["file"], "file")
        check_keys(file, "file", _FILE_KEYS)
        signer = expect_object(obj["signer"], "signer")
        check_keys(signer, "signer", _SIGNER_KEYS)
        name = expect_str(file["name"], "file.name", max_chars=NAME_MAX)
        if "/" in name or "\\" in name or not name.isprintable():
            raise ValidationError("file.name", "must be a plain file name")
        sha = file["sha256"]
        if not isinstance(sha, str) or not _SHA256_RE.fullmatch(sha):
            raise ValidationError("file.sha256", "must be 64 lowercase hex digits")
        officer = validate_officer_id(signer["officer"], "signer.officer")
        agency = validate_agency_id(signer["agency"], "signer.agency")
        if officer_agency_id(officer) != agency:
            raise ValidationError("signer.agency", f"officer {officer} is not of agency {agency}")
        return cls(
            report=report, file_name=name,
            size=expect_int(file["size"], "file.size", minimum=0, maximum=MAX_REPORT_BYTES),
            sha256=sha, officer=officer, agency=agency,
            device=validate_device_id(signer["device"], "signer.device"),
            signed_at=parse_time(obj["signed_at"], "signed_at"),
            sig=b64u_decode(obj["sig"], "sig", size=SIGNATURE_BYTES))
