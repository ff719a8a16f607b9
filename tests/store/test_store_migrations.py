"""Schema migrations: empty to head, and each earlier version upgrades with its data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from store_samples import NOW

from liaison_app.protocol.errors import RejectReason
from liaison_app.store import cases, messages, quarantine, search
from liaison_app.store.database import Database
from liaison_app.store.errors import SchemaTooNew
from liaison_app.store.migrations import HEAD, MIGRATIONS, upgrade
from liaison_app.store.search_terms import subject_terms

T = "2026-11-23T03:45:00Z"


def _tables(db: Database) -> set[str]:
    rows = db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")
    return {str(row[0]) for row in rows}


def _seed_v1(db: Database) -> None:
    """Rows written the way a version-1 client wrote them."""
    subject = {"kind": "person", "surname": "Jovanović", "given_names": ["Marko"],
               "aliases": ["Kum"], "documents": [{"number": "RS 0099-123"}]}
    with db.transaction() as tx:
        tx.execute(
            """INSERT INTO cases VALUES ('C-1', 'Balkan route', 'migrant_smuggling', 'open',
               '2027-01-01', '[]', '', ?, ?)""", (T, T))
        tx.execute(
            """INSERT INTO subjects (subject_id, kind, category, basis, label, data, review_on,
               created_at, updated_at) VALUES ('S-1', 'person', 'suspect', 'fact',
               'JOVANOVIĆ Marko', ?, NULL, ?, ?)""", (json.dumps(subject), T, T))
        tx.execute(
            """INSERT INTO messages (message_id, direction, type, status, sender_officer,
               sender_agency, sender_device, recipients, case_ref, priority, handling, grading,
               subjects, body, content, created_at, lang, status_changed_at)
               VALUES ('M-1', 'incoming', 'alert', 'delivered', 'rs-1', 'rs-mup', 'dev-r',
               '[]', 'C-1', 'urgent', '{}', '{}', ?, 'Minibus seen near Preševo crossing',
               '{}', ?, 'sr', ?)""", (json.dumps([subject]), T, T))
        tx.execute("INSERT INTO case_messages VALUES ('C-1', 'M-1', ?)", (T,))
        tx.execute("INSERT INTO case_subjects VALUES ('C-1', 'S-1', 'driver', ?)", (T,))
        tx.execute(
            """INSERT INTO outbox (message_id, envelope, state, next_attempt_at, enqueued_at)
               VALUES ('M-1', x'00ff', 'sent', ?, ?)""", (T, T))
        tx.execute("INSERT INTO sync_state VALUES ('inbox_cursor', 'c-42')")


def _check_v1_data(db: Database) -> None:
    msg = messages.get(db, "M-1")
    assert msg is not None and msg.body.startswith("Minibus") and msg.lang == "sr"
    assert cases.case_message_ids(db, "C-1") == ["M-1"]
    assert [s.subject_id for s, _ in cases.case_subjects(db, "C-1")] == ["S-1"]
    assert db.execute("SELECT value FROM sync_state").fetchone()[0] == "c-42"
    # the search index was built for rows that predate it
    assert search.message_ids(db, "presevo") == ["M-1"]
    assert search.message_ids(db, "kum") == ["M-1"]
    assert search.subject_ids(db, "jovanovic") == ["S-1"]
    assert search.subject_ids(db, "RS0099123") == ["S-1"]


def test_migrations_are_numbered_in_order() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, HEAD + 1))
    assert HEAD >= 3


def test_empty_to_head(tmp_path: Path, raw_key: bytes) -> None:
    db = Database.open(tmp_path / "new.db", raw_key, migrate=False)
    try:
        assert db.schema_version() == 0
        assert upgrade(db) == HEAD
        assert {"messages", "outbox", "audit", "message_fts", "subject_fts",
                "quarantine"} <= _tables(db)
        assert db.integrity_check() == ["ok"]
        assert upgrade(db) == HEAD  # idempotent
    finally:
        db.close()


@pytest.mark.parametrize("start", range(1, HEAD))
def test_each_earlier_version_upgrades_with_its_data(
    tmp_path: Path, raw_key: bytes, start: int,
) -> None:
    path = tmp_path / f"v{start}.db"
    db = Database.open(path, raw_key, migrate=False)
    upgrade(db, target=1)
    _seed_v1(db)
    upgrade(db, target=start)
    assert db.schema_version() == start
    db.close()

    db = Database.open(path, raw_key)  # opening upgrades to head
    try:
        assert db.schema_version() == HEAD
        _check_v1_data(db)
        with db.transaction() as tx:
            quarantine.add(tx, b"junk", RejectReason.MALFORMED, received_at=NOW)
        assert quarantine.count(db) == 1
        assert db.integrity_check() == ["ok"]
    finally:
        db.close()


def test_version_two_data_upgrades(tmp_path: Path, raw_key: bytes) -> None:
    """Rows written at version 2 (search columns present) survive the step to 3."""
    path = tmp_path / "v2.db"
    db = Database.open(path, raw_key, migrate=False)
    upgrade(db, target=2)
    with db.transaction() as tx:  # the row as version-2 code wrote it
        tx.execute(
            """INSERT INTO subjects (subject_id, kind, category, basis, label, data,
                   created_at, updated_at, search_terms) VALUES (?,?,?,?,?,?,?,?,?)""",
            ("S-9", "vehicle", "other", "fact", "Mercedes Sprinter",
             '{"registration":"PZ 123-AB"}', "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z",
             subject_terms({"registration": "PZ 123-AB"})))
    db.close()
    db = Database.open(path, raw_key)
    try:
        assert search.subject_ids(db, "PZ123AB") == ["S-9"]
        assert search.subject_ids(db, "sprinter") == ["S-9"]
    finally:
        db.close()


def test_a_failed_migration_leaves_the_previous_version(
    tmp_path: Path, raw_key: bytes, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from liaison_app.store.migrations import m0003_quarantine

    db = Database.open(tmp_path / "f.db", raw_key, migrate=False)
    try:
        upgrade(db, target=2)
        original = m0003_quarantine.apply

        def broken(conn: object) -> None:
            original(conn)  # type: ignore[arg-type]
            raise RuntimeError("power cut")

        monkeypatch.setattr(m0003_quarantine, "apply", broken)
        with pytest.raises(RuntimeError):
            upgrade(db)
        assert db.schema_version() == 2
        assert "quarantine" not in _tables(db)
    finally:
        db.close()


def test_newer_schema_is_refused(tmp_path: Path, raw_key: bytes) -> None:
    db = Database.open(tmp_path / "n.db", raw_key)
    db.execute(f"PRAGMA user_version = {HEAD + 1}")
    db.close()
    with pytest.raises(SchemaTooNew):
        Database.open(tmp_path / "n.db", raw_key)


def test_version_four_financial_subjects_get_their_keys(tmp_path: Path, raw_key: bytes) -> None:
    """A bank account stored before subject keys existed is keyed by migration 5 and its
    IBAN indexed in groups of four; an unreadable subject is left as it is, unkeyed."""
    from liaison_app.domain.examples import FINANCIAL_SUBJECTS
    from liaison_app.domain.subjects import subject_to_wire
    from liaison_app.store import subject_keys
    from liaison_app.store.search_terms import subject_terms

    path = tmp_path / "v4.db"
    db = Database.open(path, raw_key, migrate=False)
    upgrade(db, target=4)
    _seed_v1(db)  # S-1: an old, unreadable person
    account = subject_to_wire(FINANCIAL_SUBJECTS[0])
    with db.transaction() as tx:
        tx.execute(
            """INSERT INTO subjects (subject_id, kind, category, basis, label, data, review_on,
               created_at, updated_at, search_terms) VALUES ('S-2', 'bank_account', 'suspect',
               'fact', 'IBAN', ?, NULL, ?, ?, ?)""",
            (json.dumps(account), T, T, "GB82WEST12345698765432"))
    db.close()
    db = Database.open(path, raw_key)
    try:
        assert db.schema_version() == HEAD
        assert subject_keys.keys_of(db, "S-2") == {"iban:GB82WEST12345698765432"}
        assert subject_keys.keys_of(db, "S-1") == set()
        assert search.subject_ids(db, "GB82 WEST 1234") == ["S-2"]
        assert "GB82 WEST 1234 5698 7654 32" in subject_terms(account)
        assert db.integrity_check() == ["ok"]
    finally:
        db.close()


def test_financial_checks_migration_keys_financial_subjects_and_list_entries(
        tmp_path: Path, raw_key: bytes) -> None:
    """The `financial_checks` migration keys the financial subjects held (and the entries
    that carry accounts or wallets, kept unmatched before) for the cross-checks, and files
    each cash amount a message reported."""
    from liaison_app.domain.examples import FINANCIAL_SUBJECTS
    from liaison_app.domain.subjects import subject_to_wire

    before = next(m.version for m in MIGRATIONS if m.name == "financial_checks") - 1
    path = tmp_path / "before-financial-checks.db"
    db = Database.open(path, raw_key, migrate=False)
    upgrade(db, target=before)
    cash = next(s for s in FINANCIAL_SUBJECTS if s.kind == "cash")  # 48500 EUR
    account = subject_to_wire(FINANCIAL_SUBJECTS[0])
    entry = {"entry_id": "E-1", "kind": "person", "names": [], "dates_of_birth": [],
             "nationalities": [], "sex": "", "note": "", "listed_on": "",
             "identifiers": [{"kind": "iban", "value": "gb82 west 1234 5698 7654 32",
                              "country": ""}]}
    with db.transaction() as tx:
        for sid, kind, data in (("S-2", "bank_account", account),
                                ("S-3", "cash", subject_to_wire(cash))):
            tx.execute(
                """INSERT INTO subjects (subject_id, kind, category, basis, label, data,
                   created_at, updated_at) VALUES (?, ?, 'suspect', 'fact', 'x', ?, ?, ?)""",
                (sid, kind, json.dumps(data), T, T))
        tx.execute(
            """INSERT INTO messages (message_id, direction, type, status, sender_officer,
               sender_agency, sender_device, recipients, priority, handling, grading, subjects,
               body, content, created_at, received_at, lang, status_changed_at)
               VALUES ('M-2', 'incoming', 'alert', 'delivered', 'rs-bp.desk', 'RS-BP', 'dev',
               '{"agencies": ["GB-NCA"], "devices": []}', 'urgent', '{}', '{}', '[]', 'Cash',
               '{}', ?, ?, 'en', ?)""", (T, T, T))
        tx.execute("INSERT INTO message_subjects VALUES ('M-2', 'S-3')")
        tx.execute("""INSERT INTO watchlists VALUES ('w', 'W', 'liaison-csv', 1, ?, ?, ?, 1,
                      ?, x'00')""", (T, T, T, "0" * 64))
        tx.execute("INSERT INTO watch_entries VALUES (1, 'w', 'E-1', 'person', 'E-1', ?)",
                   (json.dumps(entry),))
    db.close()
    db = Database.open(path, raw_key)
    try:
        assert db.schema_version() == HEAD
        key = "id:iban:GB82WEST12345698765432"
        assert db.execute("SELECT count(*) FROM subject_match_keys WHERE key = ?",
                          (key,)).fetchone()[0] == 1
        assert db.execute("SELECT entry_row FROM watch_keys WHERE key = ?",
                          (key,)).fetchone()[0] == 1
        row = db.execute("SELECT c.message_id, c.direction, c.at, c.currency, c.amount_minor "
                         "FROM cash_amounts c JOIN subjects s ON s.row_id = c.subject_row "
                         "WHERE s.subject_id = 'S-3'").fetchone()
        assert tuple(row) == ("M-2", "incoming", 1795405500, "EUR", 4_850_000)  # T; cents
        assert db.integrity_check() == ["ok"]
    finally:
        db.close()
