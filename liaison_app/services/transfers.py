"""The transfer record for the data-protection officer: list it, export it (audited).

DPA 2018 s.75(3) / LED Art. 37(3): a transfer is documented with its date and
time, the receiving authority, the justification and a description of the
personal data sent. The record is read from the audit chain
(`store.transfers`); the GUI's Transfers page lists it, and every copy that
leaves Liaison (`liaison transfers`, Export on the page) is audited as an
`export` with its justification.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from liaison_app.domain.disclosure import LEGAL_BASIS_LABELS, LegalBasis
from liaison_app.services.errors import ServiceError
from liaison_app.services.session import Session
from liaison_app.store import directory_cache
from liaison_app.store import transfers as store_transfers
from liaison_app.store.audit import AuditKind
from liaison_app.store.transfers import Recipient

DEFAULT_EXPORT_JUSTIFICATION = ("Transfer record for the data-protection officer "
                                "(DPA 2018 s.62 and s.75(3))")
CSV_COLUMNS = ("at", "sent_at", "officer", "officer_name", "agency", "message_id", "kind",
               "message_type", "receiving_authority", "receiving_authority_name", "country",
               "legal_basis", "justification", "reason_source", "subject_categories",
               "data_categories", "audit_seq")


@dataclass(frozen=True, slots=True)
class TransferView:
    """One disclosure as the Transfers page and the exports show it."""

    audit_seq: int
    at: datetime
    sent_at: datetime | None
    officer: str
    officer_name: str
    agency: str
    message_id: str
    kind: str
    """`request`, `alert`, `reply`, `recall`, `case_share`, `forward`, or `bundle` (a
    carrier bundle written for the recipients, its id in `message_id`)."""
    message_type: str
    recipients: tuple[Recipient, ...]
    legal_basis: str | None
    legal_basis_label: str
    justification: str | None
    reason_source: str | None
    subject_categories: tuple[str, ...]
    data_categories: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """The keys of `liaison transfers --json`."""
        return {
            "at": _stamp(self.at), "sent_at": _stamp(self.sent_at), "officer": self.officer,
            "officer_name": self.officer_name, "agency": self.agency,
            "message_id": self.message_id, "kind": self.kind,
            "message_type": self.message_type,
            "recipients": [{"agency": r.agency, "name": r.name, "country": r.country}
                           for r in self.recipients],
            "legal_basis": self.legal_basis, "legal_basis_label": self.legal_basis_label,
            "justification": self.justification, "reason_source": self.reason_source,
            "subject_categories": list(self.subject_categories),
            "data_categories": list(self.data_categories), "audit_seq": self.audit_seq,
        }


def _stamp(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def period(start: date, end: date) -> tuple[datetime, datetime]:
    """From the start of `start` to the end of `end` (whole days, UTC); ServiceError if
    they are the wrong way round."""
    if end < start:
        raise ServiceError("The end of the period is before its start.")
    return (datetime.combine(start, time(0, 0), tzinfo=UTC),
            datetime.combine(end + timedelta(days=1), time(0, 0), tzinfo=UTC))


def _basis_label(code: str | None) -> str:
    if code is None:
        return ""
    try:
        return LEGAL_BASIS_LABELS[LegalBasis(code)]
    except ValueError:
        return code


def transfer_list(session: Session, start: datetime, end: datetime) -> list[TransferView]:
    """Every disclosure recorded in [start, end), oldest first."""
    db = session.db
    names: dict[str, str] = {}
    out: list[TransferView] = []
    for rec in store_transfers.transfers(db, start, end):
        if rec.officer not in names:
            officer = directory_cache.officer(db, rec.officer)
            names[rec.officer] = officer.name if officer is not None else (
                session.identity.officer_name if rec.officer == session.identity.officer_id
                else "")
        out.append(TransferView(
            audit_seq=rec.audit_seq, at=rec.at, sent_at=rec.sent_at, officer=rec.officer,
            officer_name=names[rec.officer], agency=session.identity.agency_id,
            message_id=rec.message_id,
            kind="forward" if rec.kind == AuditKind.FORWARD.value else rec.message_type,
            message_type=rec.message_type, recipients=rec.recipients,
            legal_basis=rec.legal_basis, legal_basis_label=_basis_label(rec.legal_basis),
            justification=rec.justification, reason_source=rec.reason_source,
            subject_categories=rec.subject_categories, data_categories=rec.data_categories))
    return out


def as_csv(rows: list[TransferView]) -> str:
    """One CSV row per receiving authority of each disclosure (a spreadsheet's view)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        for recipient in row.recipients or (Recipient("", "", ""),):
            writer.writerow([
                _stamp(row.at), _stamp(row.sent_at) or "", row.officer, row.officer_name,
                row.agency, row.message_id, row.kind, row.message_type, recipient.agency,
                recipient.name, recipient.country, row.legal_basis or "",
                row.justification or "", row.reason_source or "",
                ";".join(row.subject_categories), ";".join(row.data_categories),
                row.audit_seq])
    return buffer.getvalue()


def export_transfers(session: Session, start: datetime, end: datetime, fmt: str,
                     justification: str = DEFAULT_EXPORT_JUSTIFICATION, *,
                     now: datetime | None = None) -> tuple[list[TransferView], str]:
    """The record for [start, end) and its text as `fmt` (`json` rows are returned for
    the caller to print; `csv` text), audited as an export before anything is shown."""
    if fmt not in ("json", "csv"):
        raise ServiceError("The transfer record is exported as json or csv.")
    text = justification.strip()
    if len(text) < 3:
        raise ServiceError("Give the reason for exporting the transfer record.")
    rows = transfer_list(session, start, end)
    with session.db.transaction() as conn:
        session.audit(conn, AuditKind.EXPORT, "transfers", {
            "justification": text[:1000], "what": "transfer record", "format": fmt,
            "from": _stamp(start), "to": _stamp(end), "count": len(rows)},
            now=now or datetime.now(UTC))
    return rows, as_csv(rows) if fmt == "csv" else ""


def save_transfers_csv(session: Session, start: datetime, end: datetime, target: Path,
                       justification: str, *, now: datetime | None = None) -> int:
    """Export the record for [start, end) as CSV to `target` (owner-only); audited first.
    Returns how many disclosures it lists."""
    from liaison_app.services.audit_export import write_private

    if not Path(target).parent.is_dir():
        raise ServiceError("There is no folder {folder} to save into.",
                           folder=Path(target).parent)
    rows, text = export_transfers(session, start, end, "csv", justification, now=now)
    write_private(Path(target), text.encode("utf-8"))
    return len(rows)
