"""Report signatures: the golden vector, strict parsing, and checks against the directory."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import nacl.signing
import pytest

from liaison_app.crypto.report_signature import (
    ReportSignatureInvalid,
    sign_report,
    verify_report,
)
from liaison_app.domain.errors import ValidationError
from liaison_app.protocol.canonical import b64u_decode
from liaison_app.protocol.report_signature import ReportKind, ReportSignature
from liaison_app.services.report_export import export_report, verify_report_file
from liaison_app.services.session import Session
from liaison_app.store import audit
from liaison_app.store.audit import AuditKind
from tests.services.workspace import Workspace
from tests.vectors.samples import T0, A

VECTOR = json.loads((Path(__file__).parents[1] / "vectors" / "report-signature-v1.json")
                    .read_text(encoding="utf-8"))


def test_golden_vector_is_reproduced_and_verifies() -> None:
    data = b64u_decode(VECTOR["file_b64u"], "file")
    made = sign_report(data, A.keys, report=ReportKind.CASE,
                       file_name="GB-NCA-2026-0042-handover.pdf", officer=A.officer,
                       agency=A.agency, signed_at=T0)
    assert made.to_bytes().decode() == VECTOR["signature_file"]
    assert made.signing_bytes() == b64u_decode(VECTOR["signing_input_b64u"], "input")
    parsed = ReportSignature.from_bytes(VECTOR["signature_file"].encode())
    assert parsed == made
    key = b64u_decode(VECTOR["signer_sign_key"], "key")
    verify_report(data, parsed, key)
    nacl.signing.VerifyKey(key).verify(parsed.signing_bytes(), parsed.sig)
    flipped = bytearray(data)
    flipped[40] ^= 0x01
    with pytest.raises(ReportSignatureInvalid, match="changed after signing"):
        verify_report(bytes(flipped), parsed, key)
    with pytest.raises(ReportSignatureInvalid, match="cut short"):
        verify_report(data[:-1], parsed, key)


@pytest.mark.parametrize("edit", [
    lambda d: d.replace('"v":1', '"v":2'),
    lambda d: d.replace('"report":"case"', '"report":"other"'),
    lambda d: d.replace('"size":114', '"size":-1'),
    lambda d: d.replace("GB-NCA-2026-0042-handover.pdf", "../etc/passwd"),
    lambda d: d.replace('"agency":"GB-NCA"', '"agency":"RS-BP"'),
    lambda d: d.replace('"type":"liaison-report-signature",', ""),
    lambda d: d.replace('{"file"', '{"extra":1,"file"'),
    lambda d: d.replace('"v":1}', '"v":1} '),
])
def test_malformed_signature_files_are_refused(edit: object) -> None:
    text = edit(VECTOR["signature_file"])  # type: ignore[operator]
    with pytest.raises(ValidationError):
        ReportSignature.from_bytes(text.encode())
    with pytest.raises(ValidationError):
        ReportSignature.from_bytes(b"x" * 5000)


def test_a_partners_report_verifies_against_the_directory(session: Session,
                                                          workspace: Workspace,
                                                          tmp_path: Path) -> None:
    """Officer B of RS-BP signed a report; officer A checks it with A's own directory."""
    data = b"%PDF-1.4 partner's hand-over"
    sig = sign_report(data, workspace.b_keys, report=ReportKind.CASE, file_name="b.pdf",
                      officer="rs-bp.horgos-desk", agency="RS-BP",
                      signed_at=datetime.now(UTC))
    (tmp_path / "b.pdf").write_bytes(data)
    (tmp_path / "b.pdf.sig").write_bytes(sig.to_bytes())
    verdict = verify_report_file(session, tmp_path / "b.pdf")
    assert verdict.ok, verdict.reason
    assert (verdict.officer_name, verdict.agency_name) == ("Partner B", "Border Police Directorate")
    # claiming to be another officer of the same device is refused
    forged = sign_report(data, workspace.b_keys, report=ReportKind.CASE, file_name="b.pdf",
                         officer="rs-bp.someone-else", agency="RS-BP",
                         signed_at=datetime.now(UTC))
    (tmp_path / "b.pdf.sig").write_bytes(forged.to_bytes())
    assert "another officer" in verify_report_file(session, tmp_path / "b.pdf").reason
    # a key that is not in the directory
    stranger = sign_report(data, A.keys, report=ReportKind.CASE, file_name="b.pdf",
                           officer=A.officer, agency=A.agency, signed_at=datetime.now(UTC))
    (tmp_path / "b.pdf.sig").write_bytes(stranger.to_bytes())
    verdict = verify_report_file(session, tmp_path / "b.pdf")
    assert not verdict.ok and "not in your directory" in verdict.reason
    # no signature at all
    (tmp_path / "b.pdf.sig").unlink()
    assert "cannot read the signature" in verify_report_file(session, tmp_path / "b.pdf").reason


def test_export_writes_signs_and_audits_or_writes_nothing(session: Session,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    result = export_report(session, ReportKind.MONITORING, b"%PDF-1.4 figures", out,
                           justification="  Quarterly working group, Q1  ",
                           details={"object": "monitoring:2026-01-01..2026-03-31"})
    assert out.read_bytes() == b"%PDF-1.4 figures" and result.signature_path.is_file()
    assert out.stat().st_mode & 0o777 == 0o600
    assert verify_report_file(session, out).ok
    (entry,) = audit.entries(session.db, kind=AuditKind.EXPORT)
    assert entry.object_ref == "monitoring:2026-01-01..2026-03-31"
    assert isinstance(entry.details, dict)
    assert entry.details["justification"] == "Quarterly working group, Q1"
    assert entry.details["sha256"] == result.sha256 and entry.details["file"] == "report.pdf"
    from liaison_app.services.errors import ServiceError

    with pytest.raises(ServiceError, match="justification"):
        export_report(session, ReportKind.CASE, b"x", tmp_path / "y.pdf", justification=" ",
                      details={})
    with pytest.raises(ServiceError, match="does not exist"):
        export_report(session, ReportKind.CASE, b"x", tmp_path / "no" / "y.pdf",
                      justification="hand-over", details={})
    blocked = tmp_path / "blocked.pdf"
    blocked.with_name("blocked.pdf.sig").mkdir()  # the signature cannot be written
    with pytest.raises(ServiceError, match="Nothing was exported"):
        export_report(session, ReportKind.CASE, b"x", blocked, justification="hand-over",
                      details={})
    assert not blocked.exists()
    assert len(audit.entries(session.db, kind=AuditKind.EXPORT)) == 1
