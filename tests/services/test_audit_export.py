"""`liaison audit export` writes the whole chain with its public key and hashes; a short
script using only PyNaCl and hashlib verifies it, and catches an edited entry."""

from __future__ import annotations

import ast
import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from liaison_app.domain.disclosure import DisclosureReason, LegalBasis
from liaison_app.services.compose import queue_message
from liaison_app.services.session import Session
from liaison_app.store import audit
from tests.services.accountability_support import run_cli
from tests.services.test_compose import _request
from tests.services.workspace import Workspace

VERIFIER = Path(__file__).with_name("audit_export_verifier.py")
STDLIB_READERS = {"base64", "csv", "json", "sys", "__future__"}


def _check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-I", str(VERIFIER), str(path)], capture_output=True,
                          text=True, timeout=60, check=False)


def test_the_verifier_needs_only_pynacl_and_hashlib() -> None:
    tree = ast.parse(VERIFIER.read_text(encoding="utf-8"))
    imported = {alias.name.split(".")[0] for node in ast.walk(tree)
                if isinstance(node, ast.Import) for alias in node.names}
    imported |= {str(node.module).split(".")[0] for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom)}
    assert imported - STDLIB_READERS == {"nacl", "hashlib"}


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_verifies_independently_and_is_audited(
        fmt: str, workspace: Workspace, session: Session, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    queue_message(session, _request(case_ref="OP-CUPRIJA", reason=DisclosureReason(
        LegalBasis.AGREEMENT, "Lorry registered in Ćuprija")))  # non-ASCII in the chain
    session.close()
    out = tmp_path / f"audit.{fmt}"
    code, text, err = run_cli(monkeypatch, capsys, "audit", "export", "--profile",
                              str(workspace.path), "--format", fmt, "--out", str(out),
                              "--justification", "ICO inspection 2026")
    assert code == 0, err
    assert "chain intact" in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    result = _check(out)
    assert result.returncode == 0 and result.stdout.startswith("OK "), result.stdout
    with workspace.open() as again:
        entries = audit.entries(again.db, newest_first=False, limit=10_000)
    exported = [e for e in entries if e.kind.value == "export"]
    assert exported[-1].details == {"justification": "ICO inspection 2026",
                                    "what": "audit log", "format": fmt, "file": out.name}
    count = int(result.stdout.split()[1])
    assert entries[count - 1].kind.value == "export"  # the export ends with its own entry

    lines = out.read_text(encoding="utf-8").splitlines()
    where = next(i for i, line in enumerate(lines) if "Ćuprija" in line)
    lines[where] = lines[where].replace("Ćuprija", "Cuprija")
    edited = tmp_path / f"edited.{fmt}"
    edited.write_text("\n".join(lines) + "\n", encoding="utf-8")
    refused = _check(edited)
    assert refused.returncode == 1 and "FAILED" in refused.stdout


def test_jsonl_header_names_the_key_and_the_recipe(
        workspace: Workspace, session: Session, tmp_path: Path) -> None:
    from liaison_app.services.audit_export import export_audit

    result = export_audit(session, tmp_path / "a.jsonl", "jsonl", "DPO self-monitoring")
    header = json.loads((tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert header["device"] == session.identity.device_id
    assert header["head"]["seq"] == result.head_seq == result.entries
    assert "BLAKE2b" in header["verification"]["hash"]
    assert header["local_check"] == {"intact": True, "reason": "intact"}


def test_entries_signed_once_per_transaction_verify_and_an_unsigned_tail_is_refused(
        workspace: Workspace, session: Session, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from liaison_app.services.audit_export import export_audit
    from liaison_app.store.audit import AuditKind

    actor = session.identity.officer_id
    with session.db.transaction() as conn:  # as a sync batch writes them (ADR 0025)
        audit.append_many(conn, [(AuditKind.RECEIVE, actor, f"m{i}", {"n": i})
                                 for i in range(3)], session.keys.sign, now=datetime.now(UTC))
    export_audit(session, tmp_path / "a.jsonl", "jsonl", "DPO self-monitoring")
    lines = (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()
    entries = [json.loads(line) for line in lines[1:]]
    assert [e["sig"] == "" for e in entries if e["kind"] == "receive"] == [True, True, False]
    result = _check(tmp_path / "a.jsonl")
    assert result.returncode == 0 and result.stdout.startswith("OK "), result.stdout

    entries[-1]["sig"] = ""  # the export's own entry, the last, left unsigned
    edited = tmp_path / "unsigned-tail.jsonl"
    edited.write_text("\n".join([lines[0], *map(json.dumps, entries)]) + "\n",
                      encoding="utf-8")
    refused = _check(edited)
    assert refused.returncode == 1 and "covered by no signature" in refused.stdout
