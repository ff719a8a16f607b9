"""The booth check, compose warnings and arrival hits against a real profile (no network)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from liaison_app.domain.subject_kinds import (
    Basis,
    DataSubjectCategory,
    Person,
    Vehicle,
    VehicleKind,
)
from liaison_app.hub.watchlist_formats import FORMATS
from liaison_app.protocol.watchlist import WatchList
from liaison_app.services.compose import queue_message
from liaison_app.services.crosscheck import CheckQuery, booth_check, check_subjects
from liaison_app.services.errors import ServiceError
from liaison_app.services.session import Session
from liaison_app.store import audit, watchlists
from tests.services.test_compose import _request

DATA = Path(__file__).resolve().parents[1] / "data" / "watchlists"
MRZ = (DATA / "passport-td3.mrz").read_text(encoding="ascii")
NOW = datetime.now(UTC).replace(microsecond=0)


def load_list(session: Session) -> None:
    """The sample agency list, as a verified snapshot would be stored."""
    entries = FORMATS["liaison-csv"](DATA / "agency-list.csv").entries
    w = WatchList("rs-bp", "Agency watch list", "liaison-csv", 4, NOW, NOW + timedelta(days=30),
                  "0" * 64, entries)
    with session.db.transaction() as conn:
        watchlists.replace_list(conn, w, b"{}", "0" * 64, now=NOW)


def _details(session: Session, kind: str) -> list[dict[str, Any]]:
    return [e.details for e in audit.entries(session.db, kind=audit.AuditKind(kind))
            if isinstance(e.details, dict)]


def test_booth_check_finds_across_scripts_and_audits(session: Session) -> None:
    load_list(session)
    result = booth_check(session, CheckQuery(name="Petrovic Dragan", date_of_birth="1979"),
                         "driver at booth 3")
    top = result.hits[0]
    assert (top.list_name, top.list_version, top.entry_id) == ("rs-bp", 4, "RS-BP-0001")
    assert "surname Cyrillic→Latin exact" in top.reasons and result.lists_held == 1
    consult = _details(session, "consult")[-1]
    assert consult["justification"] == "driver at booth 3"
    assert consult["asked"] == ["name", "date_of_birth"] and "Petrovic" not in str(consult)
    combo = _details(session, "combination")[-1]
    assert combo == {"purpose": "check", "source": "watchlist", "list": "rs-bp", "version": 4,
                     "entry": "RS-BP-0001", "score": 1000}


def test_plates_documents_mrz_and_phones(session: Session) -> None:
    load_list(session)

    def first(query: CheckQuery) -> str:
        return booth_check(session, query, "booth 3").hits[0].entry_id

    assert first(CheckQuery(plate="СА 1234 ВХ", plate_country="BG")) == "RS-BP-0002"
    assert first(CheckQuery(document="014 478 326")) == "RS-BP-0001"
    assert first(CheckQuery(mrz=MRZ)) == "RS-BP-0001"
    assert first(CheckQuery(phone="00381 65 987-6543")) == "RS-BP-0005"
    by_mrz = booth_check(session, CheckQuery(mrz=MRZ), "booth 3")
    assert by_mrz.mrz is not None and by_mrz.mrz.document_number == "014478326"


@pytest.mark.parametrize(("query", "reason", "words"), [
    (CheckQuery(name="Dragan Petrović"), "", "give the reason"),
    (CheckQuery(), "booth 3", "Give something to check"),
    (CheckQuery(plate="CA1234BX"), "booth 3", "plate's country"),
    (CheckQuery(mrz=MRZ.replace("0144783267SRB", "0144783268SRB")), "booth 3",
     "wrong MRZ check digit for the document number: computed 7, the MRZ says 8"),
    (CheckQuery(name="X Y", date_of_birth="79"), "booth 3", "date_of_birth"),
])
def test_refusals_say_what_to_do(session: Session, query: CheckQuery, reason: str,
                                 words: str) -> None:
    before = len(_details(session, "consult"))
    with pytest.raises(ServiceError, match=words):
        booth_check(session, query, reason)
    assert len(_details(session, "consult")) == before  # nothing consulted, nothing logged


def test_compose_warning_and_the_cache(session: Session) -> None:
    load_list(session)
    lorry = Vehicle(category=DataSubjectCategory.SUSPECT, basis=Basis.FACT,
                    vehicle_kind=VehicleKind.LORRY, registration="CA 1234 BX",
                    registration_country="BG")
    found = check_subjects(session, (lorry,))
    assert [(f.index, f.hits[0].entry_id) for f in found] == [(0, "RS-BP-0002")]
    assert _details(session, "combination")[-1]["purpose"] == "compose"
    person = Person(category=DataSubjectCategory.SUSPECT, basis=Basis.FACT,
                    surname="Kostić", given_names="Marija", date_of_birth="1991")
    assert check_subjects(session, (person,)) == []
    queue_message(session, _request(subjects=(person,), case_ref="GB-NCA/2026/0042"))
    again = check_subjects(session, (Person(category=DataSubjectCategory.SUSPECT,
                                            basis=Basis.FACT, surname="Костић",
                                            given_names="Марија"),))
    [cached] = again[0].hits
    assert cached.source == "cache" and cached.entry_id == "GB-NCA/2026/0042"
    assert "seen in case GB-NCA/2026/0042, 1 message" in cached.reasons
