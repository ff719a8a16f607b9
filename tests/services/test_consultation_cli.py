"""Reading personal data outside the GUI asks for a justification and is audited as a
consultation (DPA 2018 s.62): `liaison inbox|outbox --json` without one shows no subject
data and writes nothing; with one, each message listed is in the audit chain."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from liaison_app.services.compose import queue_message
from liaison_app.services.session import Session
from liaison_app.store import audit
from liaison_app.store.audit import AuditKind
from tests.services.accountability_support import receive_from_b, run_cli
from tests.services.test_compose import SUSPECT, _request
from tests.services.workspace import Workspace


def _consultations(workspace: Workspace) -> list[audit.AuditEntry]:
    with workspace.open() as session:
        return audit.entries(session.db, kind=AuditKind.CONSULT, newest_first=False)


def test_inbox_without_justification_shows_no_subject_data(
        workspace: Workspace, session: Session, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    received = receive_from_b(session, workspace, subjects=(SUSPECT,), case_ref="OP-HORGOS")
    queue_message(session, _request())
    session.close()
    profile = str(workspace.path)

    code, out, err = run_cli(monkeypatch, capsys, "inbox", "--profile", profile, "--json")
    assert code == 0 and "personal data withheld" in err and "--justification" in err
    (item,) = json.loads(out)
    assert item["id"] == received and item["type"] == "request" and item["case_ref"]
    assert item["subjects"] is None and item["body"] is None and item["content"] is None
    assert item["personal_data"] == "withheld"
    for secret in ("Petrovic", "Gagi", "NS-123-AB", "Keeper of the lorry"):
        assert secret not in out
    code, out, _err = run_cli(monkeypatch, capsys, "outbox", "--profile", profile, "--json")
    assert code == 0 and "Petrovic" not in out and "SU-123-AB" not in out
    assert _consultations(workspace) == []

    code, out, err = run_cli(monkeypatch, capsys, "inbox", "--profile", profile, "--json",
                             "--justification", "Checking the Horgos lorry for OP-HORGOS")
    assert code == 0 and "withheld" not in err
    (item,) = json.loads(out)
    assert item["subjects"][0]["surname"] == "Petrovic" and item["personal_data"] == "shown"
    (entry,) = _consultations(workspace)
    assert entry.object_ref == f"message:{received}"
    assert entry.details == {"justification": "Checking the Horgos lorry for OP-HORGOS",
                             "via": "liaison inbox"}
    with workspace.open() as again:
        assert audit.verify_chain(again.db, again.keys.sign_key).ok


def test_a_justification_that_says_nothing_is_refused(
        workspace: Workspace, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _out, err = run_cli(monkeypatch, capsys, "inbox", "--profile", str(workspace.path),
                              "--json", "--justification", " x ")
    assert code == 1 and "--justification must say why" in err
    assert _consultations(workspace) == []


def test_review_list_withholds_labels_without_a_justification(
        workspace: Workspace, session: Session, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import UTC, datetime, timedelta

    queue_message(session, _request(case_ref="OP-OLD"),
                  now=datetime.now(UTC) - timedelta(days=400))
    session.close()
    profile = str(workspace.path)
    code, out, err = run_cli(monkeypatch, capsys, "review", "list", "--profile", profile,
                             "--json")
    assert code == 0 and "withheld" in err
    items = json.loads(out)
    assert {i["kind"] for i in items} == {"case", "subject"}
    assert all(i["label"] is None for i in items) and "Petrovic" not in out
    code, out, _err = run_cli(monkeypatch, capsys, "review", "list", "--profile", profile,
                              "--json", "--justification", "Quarterly retention review")
    assert code == 0 and any("PETROVIC" in str(i["label"]).upper() for i in json.loads(out))
    assert {e.object_ref.split(":")[0] for e in _consultations(workspace)} == {"case",
                                                                              "subject"}
