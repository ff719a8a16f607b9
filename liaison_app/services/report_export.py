"""Writing an exported report: the file, its detached signature, and the audit entry.

An export discloses what the cache holds to whoever receives the file, so it
is one step: the `export` audit entry (with the officer's justification, the
file's name, size and SHA-256, and what it holds) is written in the same
transaction in which the file and `FILE.sig` are written; if writing fails,
the entry is rolled back and nothing is left half-written. The file is
created readable by its owner only. Verifying needs no justification: it reads
no personal data, only the directory's public keys.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from liaison_app.crypto.report_signature import (
    ReportSignatureInvalid,
    sign_report,
    verify_report,
)
from liaison_app.domain.errors import ValidationError
from liaison_app.protocol.report_signature import (
    MAX_SIGNATURE_FILE_BYTES,
    ReportSignature,
)
from liaison_app.protocol.report_signature import ReportKind as ReportKind  # for the GUI
from liaison_app.services.case_report import CaseDossier
from liaison_app.services.errors import ServiceError
from liaison_app.services.monitoring_types import MonitoringFigures
from liaison_app.services.session import Session
from liaison_app.store import directory_cache
from liaison_app.store.audit import AuditKind

SIG_SUFFIX = ".sig"
JUSTIFICATION_MAX = 500


def signature_path(path: Path) -> Path:
    """Where a report's signature goes: beside it, `FILE.pdf.sig`."""
    return path.with_name(path.name + SIG_SUFFIX)


def check_justification(text: str) -> str:
    """The justification for an export, trimmed; ServiceError if it says nothing."""
    why = (text or "").strip()
    if len(why) < 3:
        raise ServiceError("Give the justification for this export (a few words at least): it "
                           "is written to the audit log.")
    return why[:JUSTIFICATION_MAX]


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What was written."""

    path: Path
    signature_path: Path
    size: int
    sha256: str


def _write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path`, readable by the owner only (replacing a previous file)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)


def export_report(session: Session, kind: ReportKind, data: bytes, out: Path, *,
                  justification: str, details: Mapping[str, object],
                  now: datetime | None = None) -> ExportResult:
    """Write `data` to `out` and its signature beside it, and audit the export."""
    why = check_justification(justification)
    moment = (now or datetime.now(UTC)).replace(microsecond=0)
    out = Path(out)
    if not out.parent.is_dir():
        raise ServiceError("The folder {folder} does not exist; choose another place.",
                           folder=out.parent)
    if out.is_dir():
        raise ServiceError("{path} is a folder; give a file name for the report.", path=out)
    ident = session.identity
    signature = sign_report(data, session.keys, report=kind, file_name=out.name,
                            officer=ident.officer_id, agency=ident.agency_id, signed_at=moment)
    sig_path = signature_path(out)
    with session.db.transaction() as conn:
        session.audit(conn, AuditKind.EXPORT, str(details.get("object", kind.value)), {
            "report": kind.value, "justification": why, "file": out.name,
            "size": len(data), "sha256": signature.sha256,
            **{k: v for k, v in details.items() if k != "object"}}, now=moment)
        written: list[Path] = []
        try:
            for path, content in ((out, data), (sig_path, signature.to_bytes())):
                _write_private(path, content)
                written.append(path)
        except OSError as exc:
            for path in (out, *written):
                if path.is_file():
                    path.unlink()
            raise ServiceError("Could not write the report to {path} ({error}). Nothing was "
                               "exported; choose another place.", path=out,
                               error=exc.strerror or exc) from exc
    return ExportResult(out, sig_path, len(data), signature.sha256)


@dataclass(frozen=True, slots=True)
class ReportVerdict:
    """The outcome of checking a report against its signature and the directory."""

    ok: bool
    reason: str
    signature: ReportSignature | None = None
    officer_name: str = ""
    agency_name: str = ""


def verify_report_file(session: Session, path: Path,
                       sig_path: Path | None = None) -> ReportVerdict:
    """Check `path` against its `.sig` and the signing device in the cached directory."""
    path = Path(path)
    sig_path = Path(sig_path) if sig_path is not None else signature_path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ReportVerdict(False, f"cannot read {path}: {exc.strerror or exc}")
    try:
        with sig_path.open("rb") as handle:
            raw = handle.read(MAX_SIGNATURE_FILE_BYTES + 1)
    except OSError as exc:
        return ReportVerdict(False, f"cannot read the signature {sig_path}: "
                             f"{exc.strerror or exc}")
    try:
        signature = ReportSignature.from_bytes(raw)
    except ValidationError as exc:
        return ReportVerdict(False, f"the signature file {sig_path.name} is not valid: {exc}")
    db = session.db
    device = directory_cache.device(db, signature.device)
    if device is None:
        return ReportVerdict(False, f"the signing device {signature.device} is not in your "
                             "directory; sync to refresh it, then verify again", signature)
    officer = directory_cache.officer(db, device.officer_id)
    if officer is None or officer.officer_id != signature.officer \
            or officer.agency_id != signature.agency:
        return ReportVerdict(False, f"the directory lists device {signature.device} for "
                             f"another officer than {signature.officer}", signature)
    try:
        verify_report(data, signature, device.sign_key)
    except ReportSignatureInvalid as exc:
        return ReportVerdict(False, str(exc), signature)
    if device.status.value != "active" or officer.status.value != "active":
        return ReportVerdict(False, f"the signature is correct, but the signing device "
                             f"{signature.device} has been revoked: do not rely on the report "
                             "without asking its sender", signature)
    agency = directory_cache.agency(db, signature.agency)
    return ReportVerdict(True, "valid", signature, officer.name,
                         agency.name if agency is not None else "")


# -- what each export records --------------------------------------------------------

MONITORING_DEFAULT_JUSTIFICATION = (
    "Monitoring figures for the working group (counts only, no personal data)")
"""Recorded when a monitoring report without names is exported and no justification was
given: the figures hold no personal data, so none is demanded, but the export is still in
the audit log with what it was for."""


def monitoring_justification(given: str | None, *, with_subjects: bool) -> str:
    """The justification to record: the officer's, required when subjects are named."""
    if given and given.strip():
        return check_justification(given)
    if with_subjects:
        raise ServiceError("The annex names subjects (personal data): give the justification "
                           "for exporting it.")
    return MONITORING_DEFAULT_JUSTIFICATION


def monitoring_details(figures: MonitoringFigures, fmt: str,
                       justification_given: bool) -> dict[str, object]:
    """The audit details of a monitoring export."""
    period = figures.period
    obj = f"monitoring:{period.first_day.isoformat()}..{period.last_day.isoformat()}"
    if figures.partner:
        obj += f":{figures.partner}"
    return {"object": obj, "format": fmt, "from": period.first_day.isoformat(),
            "to": period.last_day.isoformat(), "partner": figures.partner or "all",
            "personal_data": figures.holds_personal_data,
            "justification_given": justification_given}


def case_details(dossier: CaseDossier) -> dict[str, object]:
    """The audit details of a hand-over file: what it holds, and its marking."""
    return {"object": f"case:{dossier.case.case_ref}", "format": "pdf",
            "messages": [m.message_id for m in dossier.messages],
            "subjects": len(dossier.subjects), "outcomes": len(dossier.outcomes),
            "personal_data": dossier.holds_personal_data,
            "handling": [f"{m.scheme.value}:{m.code}" for m in dossier.marking]}
