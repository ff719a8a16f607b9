"""FTS5 search: subjects by alias, messages by body word, hostile query text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from store_samples import NOW

from liaison_app.store import cases, messages, search
from liaison_app.store.database import Database
from liaison_app.store.messages import NewMessage
from liaison_app.store.search_terms import subject_terms

SUBJECTS: list[tuple[str, str, dict[str, Any]]] = [
    ("S-1", "MARKOVIĆ Dragan", {"kind": "person", "category": "suspect",
                               "surname": "Marković", "given_names": ["Dragan"],
                               "aliases": ["Čičko", "Gaga"]}),
    ("S-2", "Scania R450", {"kind": "vehicle", "registration": "BG 4471-KX",
                            "country": "BG", "make": "Scania"}),
    ("S-3", "Passport", {"kind": "travel_document", "number": "AB 123.456",
                         "status": "false"}),
    ("S-4", "Иван Петров", {"kind": "person", "surname": "Петров",
                           "aliases": ["Ваньо"]}),
]


@pytest.fixture
def filled(db: Database, make_message: Callable[..., NewMessage]) -> Database:
    with db.transaction() as tx:
        for subject_id, label, data in SUBJECTS:
            cases.add_subject(tx, subject_id=subject_id, kind=str(data["kind"]),
                              category="suspect", basis="fact", label=label, data=data, now=NOW)
        messages.insert_incoming(
            tx, make_message("m-1", body="Lorry crossed at Kapitan Andreevo with 14 migrants",
                             subjects=[SUBJECTS[0][2]]), received_at=NOW)
        messages.insert_outgoing(
            tx, make_message("m-2", body="Request: registered keeper of the Scania",
                             subjects=[SUBJECTS[1][2]]), now=NOW)
        messages.insert_outgoing(tx, make_message("m-3", body="Nothing relevant here"), now=NOW)
    return db


def test_subject_found_by_alias(filled: Database) -> None:
    assert search.subject_ids(filled, "gaga") == ["S-1"]
    assert search.subject_ids(filled, "cicko") == ["S-1"]  # diacritics folded
    assert search.subject_ids(filled, "Marković Dragan") == ["S-1"]
    assert search.subject_ids(filled, "ваньо") == ["S-4"]  # Cyrillic, case folded


def test_subject_found_by_registration_and_document_number(filled: Database) -> None:
    assert search.subject_ids(filled, "BG4471KX") == ["S-2"]
    assert search.subject_ids(filled, "4471") == ["S-2"]
    assert search.subject_ids(filled, "AB123456") == ["S-3"]
    assert search.subject_ids(filled, "ab 123") == ["S-3"]
    assert search.subject_ids(filled, "false") == []  # coded fields are not terms


def test_message_found_by_body_word_and_by_its_subjects(filled: Database) -> None:
    assert search.message_ids(filled, "andreevo") == ["m-1"]
    assert search.message_ids(filled, "migr") == ["m-1"]  # last word is a prefix
    assert search.message_ids(filled, "migr", prefix=False) == []
    assert search.message_ids(filled, "gaga") == ["m-1"]  # alias of a carried subject
    assert search.message_ids(filled, "scania keeper") == ["m-2"]
    assert search.message_ids(filled, "scania nothing") == []


@pytest.mark.parametrize("hostile", [
    '"', "'", "*", "NEAR(a b)", "a OR b", "NOT", "body:lorry", "-lorry", "^lorry",
    "lorry)", "(((", '"lorry" OR "x', "\x00", "a AND", "{body}: x", "💥",
])
def test_query_syntax_cannot_be_injected(filled: Database, hostile: str) -> None:
    search.message_ids(filled, hostile)  # no FTS syntax error escapes
    search.subject_ids(filled, hostile)
    messages.count(filled, messages.MessageFilter(text=hostile))


def test_operators_are_plain_words(filled: Database) -> None:
    assert search.message_ids(filled, "lorry OR nothing") == []
    assert search.fts_query('say "hi"') == (
        '("say" OR search_folded : ("say")) AND ("hi" * OR search_folded : ("hi" *))')
    assert search.fts_query("   ") is None


def test_index_follows_updates_and_erasure(filled: Database) -> None:
    with filled.transaction() as tx:
        tx.execute("UPDATE messages SET body = 'rewritten text' WHERE message_id = 'm-3'")
        messages.delete(tx, "m-1")
        search.compact(tx)
    assert search.message_ids(filled, "rewritten") == ["m-3"]
    assert search.message_ids(filled, "andreevo") == []
    assert search.message_ids(filled, "gaga") == []
    with filled.transaction() as tx:  # raises if the index disagrees with its content table
        tx.execute("INSERT INTO message_fts(message_fts, rank) VALUES ('integrity-check', 1)")
        tx.execute("INSERT INTO subject_fts(subject_fts, rank) VALUES ('integrity-check', 1)")


def test_subject_terms() -> None:
    terms = subject_terms({"kind": "person", "surname": "Ilić", "aliases": ["A-1 B"],
                           "documents": [{"number": "X 1-2", "type": "passport"}]}).split("\n")
    assert terms == ["Ilić", "A-1 B", "A1B", "X 1-2", "X12"]


def test_short_prefixes_use_the_prefix_index_and_one_letter_is_a_whole_word(
        filled: Database) -> None:
    for table in ("message_fts", "subject_fts"):
        sql = filled.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                             (table,)).fetchone()[0]
        assert "prefix='2'" in sql and "search_folded" in sql, sql
    assert search.fts_query("kapitan an") == (
        '("kapitan" OR search_folded : ("kapitan")) AND ("an" * OR search_folded : ("an" *))')
    assert search.fts_query("kapitan a") == (
        '("kapitan" OR search_folded : ("kapitan")) AND ("a" OR search_folded : ("a"))')
    assert search.message_ids(filled, "Kapitan An") == ["m-1"]
    assert search.message_ids(filled, "Kapitan A") == []  # no word "a" in m-1
    assert search.message_ids(filled, "registered ke") == ["m-2"]
    assert search.message_ids(filled, "lorry", by_relevance=True) == ["m-1"]
