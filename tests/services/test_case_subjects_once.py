"""A subject is one row per case however many messages carry it: after a forward (and a
reply quoting it) the case view lists each subject once, and the case holds one record."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from liaison_app.domain.messages import MessageType
from liaison_app.domain.subject_kinds import Basis, DataSubjectCategory, Person
from liaison_app.services import views
from liaison_app.services.actions import forward
from liaison_app.services.session import Session
from liaison_app.store import cases
from tests.services.accountability_support import receive_from_b, run_cli
from tests.services.test_compose import SUSPECT, WHY
from tests.services.workspace import Workspace

NAMESAKE = Person(category=DataSubjectCategory.SUSPECT, basis=Basis.FACT, surname="Petrovic",
                  given_names="Dragan", date_of_birth="1979")


def test_forwarded_subjects_appear_once(workspace: Workspace, session: Session) -> None:
    received = receive_from_b(session, workspace, kind=MessageType.ALERT, case_ref="OP-ONCE",
                              subjects=(SUSPECT, NAMESAKE))
    forward(session, received, ("BG-BP",), disclosure_reason=WHY)
    receive_from_b(session, workspace, kind=MessageType.ALERT, case_ref="OP-ONCE",
                   subjects=(SUSPECT,))
    view = views.case_view(session, "OP-ONCE")
    assert len(view.timeline) == 3
    labels = sorted(s.label for s in view.subjects)
    # the namesake born in 1979 is another person: listed apart, not merged
    assert len(labels) == 2 and len(cases.case_subjects(session.db, "OP-ONCE")) == 2
    (record,) = [s for s, _ in cases.case_subjects(session.db, "OP-ONCE")
                 if isinstance(s.data, dict) and not s.data.get("date_of_birth")]
    assert len(cases.subject_message_ids(session.db, record.subject_id)) == 3


def test_records_stored_twice_before_the_fix_are_shown_once(workspace: Workspace,
                                                            session: Session) -> None:
    received = receive_from_b(session, workspace, kind=MessageType.ALERT, case_ref="OP-OLD",
                              subjects=(SUSPECT,))
    (record, _role) = cases.case_subjects(session.db, "OP-OLD")[0]
    now = datetime.now(UTC).replace(microsecond=0)
    with session.db.transaction() as conn:  # what a forward used to leave behind
        cases.add_subject(conn, subject_id="dup", kind=record.kind, category=record.category,
                          basis=record.basis, label=record.label,
                          data=dict(record.data) if isinstance(record.data, dict) else {},
                          now=now)
        cases.link_subject(conn, "OP-OLD", "dup", now=now)
    assert len(cases.case_subjects(session.db, "OP-OLD")) == 2
    assert len(views.case_view(session, "OP-OLD").subjects) == 1
    assert received


def test_case_references_entered_by_cli_show_in_the_case_view(
        workspace: Workspace, session: Session, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    received = receive_from_b(session, workspace, kind=MessageType.ALERT, case_ref="OP-REF",
                              subjects=(SUSPECT,))
    forward(session, received, ("BG-BP",), disclosure_reason=WHY)
    session.close()
    code, _out, err = run_cli(monkeypatch, capsys, "case", "ref", "add", "--profile",
                              str(workspace.path), "--case", "OP-REF", "--system", "SIENA",
                              "--ref", "SIENA-2026-000777")
    assert code == 0, err
    with workspace.open() as again:
        view = views.case_view(again, "OP-REF")
    assert [ref for _system, ref in view.external_refs] == ["SIENA-2026-000777"]
    assert len(view.subjects) == 1  # the forward's copy of the subject is the same one
