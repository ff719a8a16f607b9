"""A joint operation shared end to end, with a real hub process over TLS on 127.0.0.1.

GB-NCA proposes an operation to RS-BP and BG-BP; both agree. Each adds a task, a
decision and an outcome, RS-BP while offline; after the syncs the three copies hold
the same timeline in the same order and the same report section. BG-BP's H2 alert
to GB-NCA does not reach RS-BP through the operation until BG-BP shares it itself.
Forged updates (a non-participant's, a replay, one out of sequence) are refused with
a reason on every copy, and the copies stay equal.
"""

from __future__ import annotations

import io
import json
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from liaison_app.cli import common as cli_common
from liaison_app.cli import main as cli_main
from liaison_app.crypto.operation import new_salt, sign_update
from liaison_app.crypto.passphrase import INSECURE_TEST_KDF
from liaison_app.domain.grading import GradingScheme, HandlingCode
from liaison_app.domain.messages import AlertContent, AlertKind
from liaison_app.domain.operation_content_bodies import DecisionBody
from liaison_app.domain.operation_updates import Author, OperationContent, UpdateKind
from liaison_app.domain.outcomes import Outcome, OutcomeKind
from liaison_app.domain.subject_kinds import Basis, DataSubjectCategory, Vehicle, VehicleKind
from liaison_app.protocol.ids import new_message_id
from liaison_app.services import attention, operation_views, operations, views
from liaison_app.services.compose import Draft, queue_message
from liaison_app.services.enrolment import prepare_profile
from liaison_app.services.errors import ServiceError
from liaison_app.services.monitoring import monitoring_figures
from liaison_app.services.monitoring_types import Period
from liaison_app.services.operation_report import operation_section
from liaison_app.services.session import Session
from liaison_app.services.sync_runner import build_sync, enrol_now
from liaison_app.store import cases
from liaison_app.store import operations as op_store
from liaison_app.sync.engine import SyncReport
from tests.support.hub_process import HubProcess, init_hub_dir, start_hub

PASSPHRASE = "correct horse battery staple"
AGENCIES = (("GB-NCA", "National Crime Agency", "GB"),
            ("RS-BP", "Border Police Directorate", "RS"),
            ("BG-BP", "Border Police", "BG"),
            ("MK-BP", "Border Police", "MK"))
LORRY = Vehicle(category=DataSubjectCategory.SUSPECT, basis=Basis.FACT,
                vehicle_kind=VehicleKind.LORRY, registration="CA1234KX",
                registration_country="BG")
H2 = HandlingCode(GradingScheme.EUROPOL_4X4, "H2")
TODAY = datetime.now(UTC).date()


@pytest.fixture
def hub(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[HubProcess]:
    monkeypatch.setenv("LIAISON_POLICY_FILE", str(tmp_path / "no-policy.toml"))
    proc = start_hub(init_hub_dir(tmp_path / "hub", agencies=AGENCIES))
    yield proc
    proc.stop()


def _officer(hub: HubProcess, where: Path, agency: str, officer_id: str) -> Session:
    prov = hub.provision(agency, officer_id, officer_id)
    session = prepare_profile(where, prov.read_bytes(), PASSPHRASE, kdf=INSECURE_TEST_KDF)
    enrol_now(session)
    return session


def _sync(*sessions: Session) -> None:
    for session in sessions:
        runner = build_sync(session)
        try:
            report: SyncReport = runner.engine.run_once()
        finally:
            runner.close()
        assert report.ok, report.summary()


def _timeline(session: Session, ref: str) -> list[tuple[str, str, str, str]]:
    detail = operation_views.operation_detail(session, ref, today=TODAY)
    return [(e.update_id, e.kind, e.author_agency, e.text) for e in detail.timeline]


def _cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], where: Path,
         *args: str) -> str:
    """`liaison operation ARGS` on a profile, in this process; its standard output."""
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    monkeypatch.setattr(cli_common, "_stdin_lines", [])
    code = cli_main.main(["operation", *args, "--profile", str(where), "--passphrase-stdin"])
    out = capsys.readouterr().out
    assert code == 0, out
    return out


def _operation_pages(figures: Any, pdf: Path) -> str:
    """The text of the monitoring report's joint-operations section (pdftotext), without
    the page furniture that names the issuing officer. Drawn under pytest-qt's
    QApplication (`qapp`), which later GUI tests in the same process need."""
    from liaison_app.reports.monitoring_pdf import render_monitoring_pdf

    pdf.write_bytes(render_monitoring_pdf(figures))
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True, timeout=120).stdout
    section = text[text.index("9. Joint operations"):]
    furniture = ("Issued by", "Page ", "Liaison", "Aggregate", "verify", "computed")
    return "\n".join(line for line in section.splitlines()
                     if line.strip() and not any(f in line for f in furniture))


def _reasons(session: Session) -> list[str]:
    return sorted(q.reason for q in op_store.quarantined(session.db))


def _work(session: Session, ref: str, agency: str, what: str) -> None:
    operations.add_task(session, ref, f"{what}: watch the lorry route", agency=agency,
                        due_on=TODAY + timedelta(days=3))
    operations.decide(session, ref, f"{what}: controlled delivery at Horgoš",
                      decided_on=TODAY)
    operations.record_outcome(session, ref, Outcome(OutcomeKind.ARREST, TODAY, 2,
                                                    note=what))


def test_three_copies_converge_and_refuse_forgeries(
        hub: HubProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], qapp: Any) -> None:
    a = _officer(hub, tmp_path / "a", "GB-NCA", "gb-nca.lo-belgrade")
    b = _officer(hub, tmp_path / "b", "RS-BP", "rs-bp.horgos-desk")
    c = _officer(hub, tmp_path / "c", "BG-BP", "bg-bp.kapitan-andreevo")
    d = _officer(hub, tmp_path / "d", "MK-BP", "mk-bp.tabanovce")
    everyone = (a, b, c, d)
    try:
        _sync(*everyone)  # each learns the others' devices
        ref = "OP-HORGOS-26"
        op_id = operations.propose(a, operations.Proposal(
            ref=ref, title="Horgoš lorry route", partners=("RS-BP", "BG-BP"),
            objectives=("Identify the facilitators", "Safeguard the people carried")))
        _sync(a, b, c)
        assert operation_views.operation_list(b)[0].status == "proposed"
        operations.accept(b, ref)
        accepted = json.loads(_cli(monkeypatch, capsys, tmp_path / "c", "accept", "--op", ref,
                                   "--json"))
        assert accepted["kind"] == "accept" and accepted["state"] == "queued"
        _sync(b, c, a, b, c)
        for s in (a, b, c):
            row = op_store.get(s.db, op_id)
            assert row is not None and row.status == "agreed" and row.case_ref == ref
            assert cases.get_case(s.db, ref) is not None

        _work(a, ref, "RS-BP", "GB")
        _sync(a)
        _work(b, ref, "BG-BP", "RS")  # RS-BP is offline: nothing synced yet
        _work(c, ref, "GB-NCA", "BG")
        _sync(c, a)
        gb_task = operations.tasks_of(a, ref)[0]
        operations.set_task_done(c, ref, gb_task, note="route watched")
        _sync(c, b, a, c, b, a)  # RS-BP comes back online
        lines = _timeline(a, ref)
        assert len(lines) == 3 + 9 + 1
        assert _timeline(b, ref) == lines and _timeline(c, ref) == lines
        for s in (a, b, c):  # carriers live on the Operations page, not in the mail lists
            assert all(o.type != "operation" for o in views.outbox_page(s, limit=500))
            assert attention.counts(s).unread == 0
        sections = [operation_section(s, ref, as_of=TODAY).to_json() for s in (a, b, c)]
        assert sections[0] == sections[1] == sections[2]
        figures = [monitoring_figures(s, Period(TODAY - timedelta(days=30), TODAY))
                   for s in (a, b, c)]
        assert [f.operations for f in figures] == [figures[0].operations] * 3
        assert [o.ref for o in figures[0].operations] == [ref]
        texts = [_operation_pages(f, tmp_path / f"{f.agency_id}.pdf") for f in figures]
        assert "9. Joint operations" in texts[0] and ref in texts[0]
        assert texts[0] == texts[1] == texts[2]  # the section reads the same on every side
        assert sections[0]["outcomes"]["total"] == {"arrest": 6}
        assert sections[0]["tasks"]["done"] == 1 and sections[0]["tasks"]["total"] == 3
        assert sections[0]["status"] == "active"

        # H2: BG-BP's alert to GB-NCA does not reach RS-BP unless BG-BP shares it
        alert = queue_message(c, Draft(
            content=AlertContent(alert_kind=AlertKind.LOOKOUT), to_agencies=("GB-NCA",),
            body="Lorry CA1234KX crosses at Kalotina", subjects=(LORRY,), handling=H2,
            case_ref=ref))
        _sync(c, a)
        with pytest.raises(ServiceError, match="handling"):
            operations.share_message(a, ref, alert)
        _sync(a, b)
        assert not any("CA1234KX" in str(line) or "Kalotina" in str(line)
                       for line in _timeline(b, ref))
        assert [t for t in _timeline(b, ref) if t[1] == "share"] == []
        operations.share_message(c, ref, alert)  # the provider's own choice
        _sync(c, a, b)
        shared = [e for e in operation_views.operation_detail(b, ref, today=TODAY).timeline
                  if e.kind == "share"]
        assert len(shared) == 1 and shared[0].state == "H2" \
            and shared[0].author_agency == "BG-BP"

        # forgeries: a non-participant, a replay, an update out of sequence
        heads = op_store.applied(a.db, op_store.heads(a.db, op_id))
        deps = tuple(sorted(heads))
        clock = max(cl for cl, _v, _k in heads.values()) + 1
        stranger = sign_update(
            d.keys, update_id=new_message_id(), operation=op_id, kind=UpdateKind.DECISION,
            author=Author(d.identity.officer_id, "MK-BP", d.identity.device_id), seq=1,
            clock=clock, deps=deps, about=None, created_at=datetime.now(UTC),
            body=DecisionBody("MK-BP takes over", None, new_salt()))
        queue_message(d, Draft(content=OperationContent(op_id, (stranger,)),
                               to_agencies=("GB-NCA", "RS-BP", "BG-BP")))
        own_seq = op_store.device_seq(a.db, op_id, a.identity.device_id)
        skipped = sign_update(
            a.keys, update_id=new_message_id(), operation=op_id, kind=UpdateKind.DECISION,
            author=Author(a.identity.officer_id, "GB-NCA", a.identity.device_id),
            seq=own_seq + 5, clock=clock, deps=deps, about=None,
            created_at=datetime.now(UTC), body=DecisionBody("Skip ahead", None, new_salt()))
        queue_message(a, Draft(content=OperationContent(op_id, (skipped,)),
                               to_agencies=("RS-BP", "BG-BP")))
        first = op_store.updates(b.db, op_id)[3].item  # GB-NCA's, replayed by RS-BP
        queue_message(b, Draft(content=OperationContent(op_id, (first,)),
                               to_agencies=("GB-NCA", "BG-BP")))
        _sync(d, a, b, c, a, b)
        assert _reasons(a) == ["not_a_participant", "replayed"]
        assert _reasons(b) == ["not_a_participant", "out_of_sequence"]
        assert _reasons(c) == ["not_a_participant", "out_of_sequence", "replayed"]
        final = _timeline(a, ref)
        assert len(final) == len(lines) + 1
        assert _timeline(b, ref) == final and _timeline(c, ref) == final
        assert op_store.all_operations(d.db) == []
        shown = [json.loads(_cli(monkeypatch, capsys, tmp_path / w, "show", "--op", ref,
                                 "--as-of", TODAY.isoformat(), "--json"))
                 for w in ("a", "b", "c")]
        assert shown[0]["report"] == shown[1]["report"] == shown[2]["report"]
        assert [e["update"] for e in shown[1]["timeline"]] == [t[0] for t in final]
        assert "text" not in shown[0]["timeline"][0]  # no justification, no words
        assert {q["reason"] for q in shown[2]["quarantine"]} == {
            "not_a_participant", "out_of_sequence", "replayed"}
    finally:
        for session in everyone:
            session.close()
