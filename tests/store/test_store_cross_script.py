"""Search and match keys across scripts: the folded column (schema 6) and subject keys (5)."""

from __future__ import annotations

from pathlib import Path

from store_samples import NOW, new_message

from liaison_app.store import cases, match_index, messages, search
from liaison_app.store.database import Database
from liaison_app.store.migrations import upgrade
from liaison_app.store.search_terms import message_terms, subject_terms

PERSON = {"kind": "person", "surname": "Petrović", "given_names": "Dragan", "aliases": [],
          "date_of_birth": "1979", "nationalities": ["RS"], "sex": "male"}


def test_search_finds_either_script(db: Database) -> None:
    with db.transaction() as tx:
        messages.insert_outgoing(tx, new_message("m-lat", body="Driver Dragan Petrović, "
                                                 "lorry to Horgoš", subjects=[PERSON]), now=NOW)
        messages.insert_outgoing(tx, new_message("m-cyr", body="Возач Ненад Ђорђевић"),
                                 now=NOW)
        cases.add_subject(tx, subject_id="S-cyr", kind="person", category="suspect",
                          basis="fact", label="ЖУКОВ, Юрий", now=NOW,
                          data={**PERSON, "surname": "Жуков", "given_names": "Юрий"})
    assert search.message_ids(db, "Петровић") == ["m-lat"]
    assert search.message_ids(db, "PETROVIC") == ["m-lat"]
    for spelling in ("Djordjevic", "Dordevic", "Đorđević", "ђорђевић"):
        assert search.message_ids(db, spelling) == ["m-cyr"], spelling
    for spelling in ("Zhukov", "Žukov", "zhuk"):
        assert search.subject_ids(db, spelling) == ["S-cyr"], spelling
    keys = {k for (k,) in db.execute("SELECT key FROM subject_match_keys")}
    assert "np:iuri|zukov" in keys and "np:iuri|zukov@1979" in keys


def test_schema_4_data_gets_folded_terms_and_keys(tmp_path: Path, raw_key: bytes) -> None:
    db = Database.open(tmp_path / "v4.db", raw_key, migrate=False)
    upgrade(db, target=4)
    stamp = "2026-01-01T00:00:00Z"
    with db.transaction() as tx:  # rows as version-4 code wrote them
        tx.execute(
            """INSERT INTO messages (message_id, direction, type, status, sender_officer,
                   sender_agency, sender_device, recipients, priority, handling, grading,
                   subjects, body, created_at, lang, status_changed_at, search_terms)
               VALUES ('m-old', 'incoming', 'alert', 'delivered', 'o', 'A', 'd', '[]',
                       'routine', 'null', 'null', '[]', 'Возач Петровић', ?, 'sr', ?, ?)""",
            (stamp, stamp, message_terms([])))
        tx.execute(
            """INSERT INTO subjects (subject_id, kind, category, basis, label, data,
                   created_at, updated_at, search_terms) VALUES (?,?,?,?,?,?,?,?,?)""",
            ("S-old", "person", "suspect", "fact", "Petrović, Dragan",
             '{"kind":"person","surname":"Petrović","given_names":"Dragan"}', stamp, stamp,
             subject_terms(PERSON)))
    db.close()
    db = Database.open(tmp_path / "v4.db", raw_key)
    try:
        assert search.message_ids(db, "Petrovic") == ["m-old"]
        assert search.subject_ids(db, "Петровић") == ["S-old"]
        (row_id,) = db.execute("SELECT row_id FROM subjects").fetchone()
        assert match_index.subject_candidates(db, {"np:dragan|petrovic"}) == [row_id]
    finally:
        db.close()
