"""`liaison report` and `liaison case` end to end, read back with poppler's own tools.

The hand-over file of a case with Cyrillic and Latin names over many pages:
`pdftotext` finds the handling banner on every page and every subject,
`pdffonts` finds every font embedded, `pdftoppm` renders every page; `report
verify` accepts the file and refuses it after one flipped byte; the monitoring
report names no subject unless asked to; every export is in the audit log with
its justification. Real profile, real SQLCipher, the real command in a child.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from liaison_app.domain.crypto_addresses import CryptoNetwork
from liaison_app.domain.grading import GradingScheme, HandlingCode
from liaison_app.domain.subjects import (
    BankAccount,
    Basis,
    Cash,
    CryptoAddress,
    DataSubjectCategory,
    Person,
)
from liaison_app.store import audit, cases
from liaison_app.store.audit import AuditKind
from liaison_app.store.message_links import file_message
from tests.services.test_views import EU_B2, EU_H2, LORRY, PETROVIC, UK_2B, incoming, store
from tests.services.workspace import PASSPHRASE, Workspace

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime.now(UTC).replace(microsecond=0)
JOVANOVIC = Person(category=DataSubjectCategory.SUSPECT, basis=Basis.FACT, surname="Јовановић",
                   given_names="Ђорђе", aliases=("Шофер",), date_of_birth="1979")
IVANOVA = Person(category=DataSubjectCategory.VICTIM, basis=Basis.FACT, surname="Иванова",
                 given_names="Мария", date_of_birth="2001")
UK_C = HandlingCode(GradingScheme.UK_3X5X2, "C", "Only for the Horgos lorry operation",
                    no_onward_sharing=True)
MONEY = (
    BankAccount(category=DataSubjectCategory.SUSPECT, basis=Basis.FACT,
                iban="RS35105008123123123173", holder_name="Balkan Express Tours d.o.o."),
    Cash(category=DataSubjectCategory.SUSPECT, basis=Basis.FACT, amount="48500",
         currency="EUR", location="spare wheel", courier=0),
    CryptoAddress(category=DataSubjectCategory.SUSPECT, basis=Basis.FACT,
                  network=CryptoNetwork.ETHEREUM,
                  address="0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),
)
CASE = "RS/2026/7"
NAMES = ("Petrović, Marko", "Јовановић, Ђорђе", "Иванова, Мария")

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils missing: run scripts/setup.sh")


def liaison(*args: str, ok: bool = True,
            tmpdir: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": ""}
    if tmpdir is not None:
        env.update(TMPDIR=str(tmpdir), XDG_RUNTIME_DIR=str(tmpdir), XDG_CACHE_HOME=str(tmpdir))
    done = subprocess.run(
        [sys.executable, "-m", "liaison_app", *args, "--passphrase-stdin"],
        input=PASSPHRASE + "\n", capture_output=True, text=True, timeout=180, cwd=ROOT,
        env=env, check=False)
    if ok:
        assert done.returncode == 0, done.stderr
    return done


def poppler(tool: str, *args: str) -> str:
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True,
                          timeout=120).stdout


@pytest.fixture
def profile(workspace: Workspace) -> Path:
    session = workspace.open()
    try:
        with session.db.transaction() as conn:
            cases.create_case(conn, case_ref=CASE, title="Horgoš lorries",
                              crime_area="migrant_smuggling", status="open",
                              now=NOW - timedelta(days=20))
        long_body = "Lorry SU 123-AB crossed Horgoš at night with people in the load. " * 14
        msgs = []
        for n in range(1, 25):
            subjects = ((PETROVIC, LORRY), (JOVANOVIC,), (IVANOVA, JOVANOVIC))[n % 3]
            if n == 1:
                subjects = (JOVANOVIC, *MONEY)
            handling, grading = ((UK_C, UK_2B), (EU_H2, EU_B2), (None, None))[n % 3]
            msgs.append(incoming(n, subjects=subjects, case_ref=CASE, handling=handling,
                                 grading=grading, body=f"{long_body}Report {n}.",
                                 created=NOW - timedelta(days=10, minutes=n)))
        store(session, *msgs, received=NOW - timedelta(days=9))
        with session.db.transaction() as conn:
            for m in msgs:
                cases.link_message(conn, CASE, m.message_id, now=NOW)
            # as sync files a received message's subjects (the cash figures read them)
            file_message(conn, msgs[0].message_id, CASE, (JOVANOVIC, *MONEY),
                         NOW - timedelta(days=9))
    finally:
        session.close()
    return workspace.path


def _pages(pdf: Path) -> list[str]:
    text = poppler("pdftotext", "-enc", "UTF-8", str(pdf), "-")
    return [" ".join(p.split()) for p in text.split("\f") if p.strip()]


def test_case_hand_over_file(profile: Path, workspace: Workspace, tmp_path: Path) -> None:
    p = str(profile)
    liaison("case", "ref", "add", "--profile", p, "--case", CASE, "--system", "SIENA",
            "--ref", "SIENA-2026-000123")
    liaison("case", "outcome", "add", "--profile", p, "--case", CASE, "--kind", "cash-seized",
            "--amount", "12500.50", "--currency", "EUR", "--note", "Found in the cab")
    bad = liaison("case", "outcome", "add", "--profile", p, "--case", CASE, "--kind",
                  "cash_seized", ok=False)
    assert bad.returncode == 1 and "needs --amount" in bad.stderr
    out = tmp_path / "handover.pdf"
    scratch = tmp_path / "scratch"
    scratch.mkdir(mode=0o700)
    liaison("report", "case", "--profile", p, "--case", CASE, "--out", str(out),
            "--justification", "Hand-over to the prosecutor in Subotica", tmpdir=scratch)
    # the PDF is drawn in memory: no temporary or cache file holds a name from it
    for leftover in (f for f in scratch.rglob("*") if f.is_file()):
        content = leftover.read_bytes()
        assert all(n.encode() not in content for n in ("Јовановић", "Petrović")), leftover

    pages = _pages(out)
    info = poppler("pdfinfo", str(out))
    count = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    assert count == len(pages) >= 8
    banner = ("HANDLING — highest in this file: UK 3x5x2 C · Europol 4x4 H2 "
              "UK 3x5x2 C: lawful sharing permitted subject to conditions "
              "Conditions: Only for the Horgos lorry operation")
    for n, page in enumerate(pages, start=1):
        assert banner in page, f"page {n} has no handling banner"
        assert f"Page {n} of {count}" in page
        assert "Handling: UK 3x5x2 C · Europol 4x4 H2" in page  # the footer
    text = " ".join(pages)
    for name in NAMES:
        assert name in text, name
    assert "SIENA-2026-000123" in text and "12,500.50 EUR" in text
    # financial subjects readably: their kind, the IBAN in print form, amounts with currency
    assert ("Bank account: IBAN RS35 1050 0812 3123 1231 73 (Balkan Express Tours d.o.o.)"
            in text)
    assert "IBAN RS35 1050 0812 3123 1231 73" in text and "Amount 48,500.00 EUR" in text
    assert "Cash: Cash 48500 EUR" in text and "Courier Јовановић, Ђорђе" in text
    assert "Crypto-asset address: Ethereum 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed" in text
    assert "Network Ethereum" in text and "bank_account" not in text
    assert "Hand-over to the prosecutor in Subotica" in text
    assert "PDF version:    1.4" in info or "1.4" in info

    fonts = poppler("pdffonts", str(out)).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts

    prefix = tmp_path / "page"
    poppler("pdftoppm", "-r", "20", "-png", str(out), str(prefix))
    rendered = sorted(tmp_path.glob("page-*.png"))
    assert len(rendered) == count
    assert all(r.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and r.stat().st_size > 500
               for r in rendered)

    good = liaison("report", "verify", "--profile", p, str(out))
    assert good.stdout.startswith("valid:") and "Test Officer" in good.stdout
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x01
    out.write_bytes(bytes(data))
    refused = liaison("report", "verify", "--profile", p, str(out), ok=False)
    assert refused.returncode == 2 and "NOT VALID" in refused.stdout

    session = workspace.open()
    try:
        (entry,) = audit.entries(session.db, kind=AuditKind.EXPORT)
        assert entry.object_ref == f"case:{CASE}"
        assert isinstance(entry.details, dict)
        assert entry.details["justification"] == "Hand-over to the prosecutor in Subotica"
        assert len(entry.details["messages"]) == 24  # type: ignore[arg-type]
        assert entry.details["handling"] == ["uk-3x5x2:C", "europol-4x4:H2"]
    finally:
        session.close()


def test_monitoring_report_names_no_subject_unless_asked(profile: Path, workspace: Workspace,
                                                         tmp_path: Path) -> None:
    p = str(profile)
    first, last = (NOW - timedelta(days=60)).date(), NOW.date()
    base = ["report", "monitoring", "--profile", p, "--from", first.isoformat(), "--to",
            last.isoformat()]
    liaison(*base, "--out", str(tmp_path / "q.pdf"))
    liaison(*base, "--out", str(tmp_path / "q.csv"), "--partner", "RS-BP",
            "--justification", "Working group, bilateral part")
    refused = liaison(*base, "--out", str(tmp_path / "n.pdf"), "--with-subjects", ok=False)
    assert refused.returncode == 1 and "justification" in refused.stderr
    liaison(*base, "--out", str(tmp_path / "n.pdf"), "--with-subjects",
            "--justification", "Annex for the prosecutor's review of the operation")

    plain = " ".join(_pages(tmp_path / "q.pdf"))
    csv_text = (tmp_path / "q.csv").read_text(encoding="utf-8-sig")
    assert "Requests received" in plain and "24" in plain
    # the cash reported in the messages, without anything that names or points at anyone
    assert "Cash found or carried, as reported in the messages exchanged" in plain
    assert "Received from partners EUR" in plain and "48,500.00 EUR" in plain
    assert "8. Cross-check hits on arrival" in plain and "9. Method" in plain
    assert "cash_in_messages,amount,RS-BP,received,EUR,4850000,minor_units" in (
        tmp_path / "q.csv").read_text(encoding="utf-8-sig")
    for name in (*NAMES, "Petrović", "Јовановић", "Иванова", "Horgoš lorries",
                 "Balkan Express", "RS35", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"):
        assert name not in plain and name not in csv_text, name
    assert "exchanges,requests_received,RS-BP,,,24,messages" in csv_text
    named = " ".join(_pages(tmp_path / "n.pdf"))
    for name in NAMES:
        assert name in named, name
    for out in ("q.pdf", "q.csv", "n.pdf"):
        assert liaison("report", "verify", "--profile", p, str(tmp_path / out)).returncode == 0

    session = workspace.open()
    try:
        entries = audit.entries(session.db, kind=AuditKind.EXPORT, newest_first=False)
        details = [e.details for e in entries]
        assert [(d["file"], d["justification"], d["personal_data"])  # type: ignore[index]
                for d in details] == [
            ("q.pdf", "Monitoring figures for the working group (counts only, no personal "
                      "data)", False),
            ("q.csv", "Working group, bilateral part", False),
            ("n.pdf", "Annex for the prosecutor's review of the operation", True)]
        assert entries[1].object_ref.endswith(":RS-BP")
    finally:
        session.close()


def test_other_commands_do_not_load_qt() -> None:
    code = ("import sys; from liaison_app.cli.main import build_parser; "
            "build_parser().parse_args(['case', 'status', '--case', 'X', '--status', 'open']); "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'liaison_app.reports'))];"
            "print(bad); sys.exit(1 if bad else 0)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr
