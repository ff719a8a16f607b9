"""Cases, subjects and links."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from store_samples import NOW

from liaison_app.domain.errors import ValidationError
from liaison_app.store import cases, messages, search
from liaison_app.store.database import Database
from liaison_app.store.errors import UnknownRecord
from liaison_app.store.messages import NewMessage

PERSON = {"kind": "person", "surname": "Petrov", "given_names": ["Ivan"],
          "aliases": ["Vanko", "Ivo the Driver"], "nationalities": ["BG"]}


def test_case_crud(db: Database) -> None:
    with db.transaction() as tx:
        cases.create_case(tx, case_ref="C-1", title="Sofia cell", crime_area="trafficking",
                          status="open", now=NOW, review_on=date(2027, 5, 1),
                          external_refs=[{"system": "SIENA", "ref": "S-123"}])
        with pytest.raises(ValidationError):
            cases.create_case(tx, case_ref="C-1", title="x", crime_area="other",
                              status="open", now=NOW)
        cases.update_case(tx, "C-1", now=NOW + timedelta(days=1), status="closed",
                          notes="Handed over")
        with pytest.raises(UnknownRecord):
            cases.update_case(tx, "C-404", now=NOW, status="closed")
    case = cases.get_case(db, "C-1")
    assert case is not None
    assert case.status == "closed" and case.notes == "Handed over"
    assert case.external_refs == [{"ref": "S-123", "system": "SIENA"}]
    assert case.review_on == date(2027, 5, 1)
    assert case.updated_at == NOW + timedelta(days=1)
    assert [c.case_ref for c in cases.list_cases(db, status="closed")] == ["C-1"]
    assert cases.cases_due_for_review(db, date(2027, 6, 1))[0].case_ref == "C-1"
    assert cases.cases_due_for_review(db, date(2027, 1, 1)) == []


def test_subjects_and_links(db: Database, make_message: Callable[..., NewMessage]) -> None:
    with db.transaction() as tx:
        cases.create_case(tx, case_ref="C-1", title="t", crime_area="other", status="open",
                          now=NOW)
        cases.add_subject(tx, subject_id="S-1", kind="person", category="suspect",
                          basis="fact", label="PETROV Ivan", data=PERSON, now=NOW,
                          review_on=date(2027, 1, 1))
        messages.insert_outgoing(tx, make_message("m-1", subjects=[PERSON]), now=NOW)
        cases.link_subject(tx, "C-1", "S-1", now=NOW, role="organiser")
        cases.link_subject(tx, "C-1", "S-1", now=NOW, role="driver")
        cases.link_message(tx, "C-1", "m-1", now=NOW)
        cases.link_message(tx, "C-1", "m-1", now=NOW)
        cases.link_message_subject(tx, "m-1", "S-1")
    linked = cases.case_subjects(db, "C-1")
    assert [(s.subject_id, role) for s, role in linked] == [("S-1", "driver")]
    assert cases.case_message_ids(db, "C-1") == ["m-1"]
    assert cases.cases_of_message(db, "m-1") == ["C-1"]
    assert cases.message_subject_ids(db, "m-1") == ["S-1"]
    assert cases.subject_message_ids(db, "S-1") == ["m-1"]
    assert [s.subject_id for s in cases.subjects_due_for_review(db, date(2027, 2, 1))] == ["S-1"]

    with db.transaction() as tx:
        cases.update_subject(tx, "S-1", now=NOW, label="PETROV Ivan",
                             data={**PERSON, "aliases": ["Kapitana"]}, category="convicted")
    subject = cases.get_subject(db, "S-1")
    assert subject is not None and subject.category == "convicted"
    assert search.subject_ids(db, "kapitana") == ["S-1"]
    assert search.subject_ids(db, "vanko") == []

    with db.transaction() as tx:
        cases.unlink_message(tx, "C-1", "m-1")
        assert cases.delete_subject(tx, "S-1")
    assert cases.case_message_ids(db, "C-1") == []
    assert cases.case_subjects(db, "C-1") == []
    assert search.subject_ids(db, "petrov") == []
    assert cases.message_subject_ids(db, "m-1") == []


def test_link_to_a_missing_case_is_refused(db: Database) -> None:
    import sqlcipher3

    with pytest.raises(sqlcipher3.IntegrityError), db.transaction() as tx:
        cases.link_message(tx, "C-missing", "m-missing", now=NOW)
