"""Names across scripts and orders, with reasons; keys find what the scorer would."""

from __future__ import annotations

import pytest

from liaison_app.matching.keys import index_keys, query_keys
from liaison_app.matching.names import NameForm, compare_names, parse_name
from liaison_app.matching.records import Record, record_from_entry, record_from_subject
from liaison_app.matching.scoring import HIT, compare_records


def person(name: str, dob: str = "", nat: str = "", sex: str = "") -> Record:
    record = record_from_subject({"kind": "person", "surname": "", "given_names": "",
                                  "aliases": [name], "date_of_birth": dob,
                                  "nationalities": [nat] if nat else [], "sex": sex})
    assert record is not None
    return record


def entry(name: str, dob: str = "", nat: str = "", sex: str = "") -> Record:
    return record_from_entry({
        "entry_id": "E", "kind": "person", "names": [{"text": name, "surname": "",
                                                      "given": "", "alias": False}],
        "dates_of_birth": [dob] if dob else [], "nationalities": [nat] if nat else [],
        "sex": sex, "identifiers": [], "note": "", "listed_on": ""})


def found(q: Record, e: Record) -> float:
    assert index_keys(e) & query_keys(q), "no shared key: the lookup would miss it"
    return compare_records(q, e).score


@pytest.mark.parametrize(("query", "listed"), [
    ("Dragan Petrović", "ПЕТРОВИЋ, Драган"), ("Petrovic Dragan", "PETROVIĆ, Dragan"),
    ("Dmitrii Ivanov", "Дмитрий Иванов"), ("Georgi Shterev", "Георги Щерев"),
    ("Djordje Nikolic", "Đorđe Nikolić"), ("Yuri Zhukov", "Юрий Жуков"),
    ("Saša Jovanović", "JOVANOVIĆ, Aleksandar"), ("Dargan Petrovic", "Dragan Petrović"),
    ("Hamid Karim Rahimi", "HAMID RAHIMI"),
])
def test_true_matches_score_as_hits(query: str, listed: str) -> None:
    assert found(person(query), entry(listed)) >= HIT


def test_reasons_name_each_part_and_the_qualifiers() -> None:
    q = person("Dragan Petrović", "1979")
    got = compare_records(q, entry("ПЕТРОВИЋ, Драган", "1979", "RS"))
    assert got.reasons == ("given name Cyrillic→Latin exact", "surname Cyrillic→Latin exact",
                           "year of birth equal")
    assert got.score == 1.0
    swapped = compare_records(
        record_from_subject({"kind": "person", "surname": "Dragan", "given_names": "Petrović",
                             "aliases": []}),  # type: ignore[arg-type]
        entry("PETROVIĆ, Dragan"))
    assert "surname and given name swapped" in swapped.reasons


@pytest.mark.parametrize(("query", "listed", "dob_q", "dob_e", "nat_q", "nat_e", "sex_q",
                          "sex_e"), [
    ("Marko Petrović", "Dragan Petrović", "", "", "", "", "", ""),
    ("Dragan Petrović", "Dragan Petrović", "1979", "1961", "", "", "", ""),
    ("Dragan Petrović", "Dragan Petrović", "", "", "", "", "male", "female"),
])
def test_hard_non_matches_stay_below_a_hit(query: str, listed: str, dob_q: str, dob_e: str,
                                           nat_q: str, nat_e: str, sex_q: str,
                                           sex_e: str) -> None:
    score = compare_records(person(query, dob_q, nat_q, sex_q),
                            entry(listed, dob_e, nat_e, sex_e)).score
    assert score < HIT


def test_penalties_are_named() -> None:
    got = compare_records(person("Dragan Petrović", "1980", "BG"),
                          entry("Dragan Petrović", "1979", "RS"))
    assert "year of birth differs (1980 against 1979)" in got.reasons
    assert "nationality differs (BG against RS)" in got.reasons
    assert HIT <= got.score < 1.0


def _name(text: str) -> tuple[NameForm, ...]:
    form = parse_name(text, organisation=True)
    assert form is not None
    return (form,)


def test_equal_reasons_are_said_once_with_their_count() -> None:
    """A company's name has no surname or given name: its words match as "name" each, and
    the officer reads that once ("name exact (2 parts)"), not "name exact" twice."""
    company = compare_names(_name("Demo Tours d.o.o."), _name("DEMO TOURS DOO"))
    assert company.reasons == ("name exact (2 parts)",)
    assert company.score == 1.0
    one_off = compare_names(_name("Demo Tours"), _name("Demo Turs"))
    assert "name exact" in one_off.reasons
    assert len(set(one_off.reasons)) == len(one_off.reasons)
