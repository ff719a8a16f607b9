"""Disclosures are recorded with their reason and a summary of the data, and listed for
the data-protection officer (DPA 2018 s.62, s.75(3)): `liaison transfers --json|--csv`
lists a request, a forward and a reply with justification, receiving authority, country
and categories; the listing is itself audited as an export; a request or a forward
without a justification is refused."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

import pytest

from liaison_app.domain.disclosure import DisclosureReason, LegalBasis
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.messages import MessageType, ReplyOutcome
from liaison_app.domain.subject_kinds import Basis, DataSubjectCategory, Person, Vehicle
from liaison_app.domain.subjects import VehicleKind
from liaison_app.services.actions import forward, reply
from liaison_app.services.compose import queue_message
from liaison_app.services.session import Session
from liaison_app.store import audit, disclosures
from liaison_app.store.audit import AuditKind
from tests.services.accountability_support import receive_from_b, run_cli
from tests.services.test_compose import _request
from tests.services.workspace import Workspace

VICTIM = Person(category=DataSubjectCategory.VICTIM, basis=Basis.FACT, surname="Kovač",
                given_names="Ana")
LORRY = Vehicle(category=DataSubjectCategory.SUSPECT, basis=Basis.ASSESSMENT,
                vehicle_kind=VehicleKind.LORRY, registration="NS123AB",
                registration_country="RS")
TO_BG = DisclosureReason(LegalBasis.DIRECTIVE_2023_977, "Kalotina crossing may be next")


def _three_disclosures(session: Session, ws: Workspace) -> tuple[str, str, str]:
    request = queue_message(session, _request(case_ref="OP-DANUBE"))
    received = receive_from_b(session, ws, kind=MessageType.ALERT, case_ref="OP-DANUBE",
                              subjects=(VICTIM, LORRY))
    fwd = forward(session, received, ("BG-BP",), disclosure_reason=TO_BG)
    asked = receive_from_b(session, ws, case_ref="OP-DANUBE")
    answer = reply(session, asked, ReplyOutcome.PROVIDED, "Registered to a Novi Sad haulier",
                   disclosure_reason=DisclosureReason(LegalBasis.AGREEMENT,
                                                      "Answering RS-BP under the UK-RS "
                                                      "agreement"))
    return request, fwd, answer


def test_transfers_list_request_forward_and_reply(
        workspace: Workspace, session: Session, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    request, fwd, answer = _three_disclosures(session, workspace)
    session.close()
    today = datetime.now(UTC).date().isoformat()
    code, out, _err = run_cli(monkeypatch, capsys, "transfers", "--profile",
                              str(workspace.path), "--from", today, "--to", today, "--json")
    assert code == 0
    rows = {r["message_id"]: r for r in json.loads(out)}
    assert set(rows) == {request, fwd, answer}  # acknowledgements are not transfers
    r = rows[request]
    assert (r["kind"], r["officer"], r["agency"]) == ("request", "gb-nca.lo-belgrade", "GB-NCA")
    assert r["recipients"] == [{"agency": "RS-BP", "name": "Border Police Directorate",
                                "country": "RS"}]
    assert (r["legal_basis"], r["reason_source"]) == ("agreement", "officer")
    assert r["justification"] == "Operation Danube: identify the lorry's keeper"
    assert r["subject_categories"] == ["suspect"]
    assert r["data_categories"] == ["identity", "free_text"]
    assert r["at"].endswith("Z") and r["sent_at"] is None  # queued, not sent yet
    f = rows[fwd]
    assert (f["kind"], f["message_type"]) == ("forward", "alert")
    assert f["recipients"] == [{"agency": "BG-BP", "name": "Border Police", "country": "BG"}]
    assert (f["legal_basis"], f["justification"]) == ("directive-2023-977",
                                                      "Kalotina crossing may be next")
    assert f["subject_categories"] == ["suspect", "victim"]
    assert f["data_categories"] == ["identity", "vehicles", "assessments", "free_text"]
    a = rows[answer]
    assert (a["kind"], a["recipients"][0]["country"], a["legal_basis"]) == (
        "reply", "RS", "agreement")
    assert a["justification"] == "Answering RS-BP under the UK-RS agreement"

    code, out, _err = run_cli(monkeypatch, capsys, "transfers", "--profile",
                              str(workspace.path), "--from", today, "--to", today, "--csv",
                              "--justification", "Quarterly check by the DPO")
    assert code == 0
    table = list(csv.DictReader(io.StringIO(out)))
    assert {(t["message_id"], t["receiving_authority"], t["country"]) for t in table} == {
        (request, "RS-BP", "RS"), (fwd, "BG-BP", "BG"), (answer, "RS-BP", "RS")}
    with workspace.open() as again:
        exports = audit.entries(again.db, kind=AuditKind.EXPORT, newest_first=False)
        assert [e.object_ref for e in exports] == ["transfers", "transfers"]
        assert isinstance(exports[1].details, dict)
        assert exports[1].details["justification"] == "Quarterly check by the DPO"
        assert exports[1].details["count"] == 3
        assert audit.verify_chain(again.db, again.keys.sign_key).ok


def test_the_reason_is_remembered_per_case_and_required(
        workspace: Workspace, session: Session, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ValidationError, match="justification"):
        queue_message(session, _request(case_ref="OP-X", reason=None))
    received = receive_from_b(session, workspace, kind=MessageType.ALERT, case_ref="OP-X")
    with pytest.raises(ValidationError, match="forward must record its legal basis"):
        forward(session, received, ("BG-BP",))
    queue_message(session, _request(case_ref="OP-X", reason=TO_BG))
    assert disclosures.remembered_for_case(session.db, "OP-X") == TO_BG
    session.close()
    code, _out, err = run_cli(monkeypatch, capsys, "send", "request", "--profile",
                              str(workspace.path), "--to", "RS-BP", "--body", "Keeper?")
    assert code == 1 and "--justification" in err
    code, out, err = run_cli(monkeypatch, capsys, "forward", "--profile", str(workspace.path),
                             "--message", received, "--to", "BG-BP", "--justification",
                             "Lookout for Kalotina", "--legal-basis", "agreement")
    assert code == 0, err
    with workspace.open() as again:
        assert disclosures.recorded_reason(again.db, out.strip()) == DisclosureReason(
            LegalBasis.AGREEMENT, "Lookout for Kalotina")
