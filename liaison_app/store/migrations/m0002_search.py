"""Schema 2: FTS5 search over message text and subject terms, backfilled.

Both indexes are external-content tables over `messages` and `subjects`;
triggers keep them in step inside the writing transaction. The tokenizer folds
case and diacritics, so `petrovic` finds `Petrović` (Latin, Cyrillic, Bulgarian).
"""

from __future__ import annotations

import json

from liaison_app.store.columns import Conn
from liaison_app.store.search_terms import message_terms, subject_terms

TOKENIZER = "unicode61 remove_diacritics 2"

STATEMENTS = (
    f"""CREATE VIRTUAL TABLE message_fts USING fts5(
        body, search_terms, content='messages', content_rowid='row_id',
        tokenize='{TOKENIZER}')""",
    f"""CREATE VIRTUAL TABLE subject_fts USING fts5(
        label, search_terms, content='subjects', content_rowid='row_id',
        tokenize='{TOKENIZER}')""",
    "INSERT INTO message_fts(message_fts) VALUES ('rebuild')",
    "INSERT INTO subject_fts(subject_fts) VALUES ('rebuild')",
    """CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
        INSERT INTO message_fts(rowid, body, search_terms)
        VALUES (new.row_id, new.body, new.search_terms);
    END""",
    """CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
        INSERT INTO message_fts(message_fts, rowid, body, search_terms)
        VALUES ('delete', old.row_id, old.body, old.search_terms);
    END""",
    """CREATE TRIGGER messages_fts_update AFTER UPDATE OF body, search_terms ON messages BEGIN
        INSERT INTO message_fts(message_fts, rowid, body, search_terms)
        VALUES ('delete', old.row_id, old.body, old.search_terms);
        INSERT INTO message_fts(rowid, body, search_terms)
        VALUES (new.row_id, new.body, new.search_terms);
    END""",
    """CREATE TRIGGER subjects_fts_insert AFTER INSERT ON subjects BEGIN
        INSERT INTO subject_fts(rowid, label, search_terms)
        VALUES (new.row_id, new.label, new.search_terms);
    END""",
    """CREATE TRIGGER subjects_fts_delete AFTER DELETE ON subjects BEGIN
        INSERT INTO subject_fts(subject_fts, rowid, label, search_terms)
        VALUES ('delete', old.row_id, old.label, old.search_terms);
    END""",
    """CREATE TRIGGER subjects_fts_update AFTER UPDATE OF label, search_terms ON subjects BEGIN
        INSERT INTO subject_fts(subject_fts, rowid, label, search_terms)
        VALUES ('delete', old.row_id, old.label, old.search_terms);
        INSERT INTO subject_fts(rowid, label, search_terms)
        VALUES (new.row_id, new.label, new.search_terms);
    END""",
)


def apply(conn: Conn) -> None:
    """Add the search-term columns, fill them from existing rows, build the indexes."""
    conn.execute("ALTER TABLE messages ADD COLUMN search_terms TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE subjects ADD COLUMN search_terms TEXT NOT NULL DEFAULT ''")
    rows = conn.execute("SELECT row_id, subjects FROM messages").fetchall()
    conn.executemany(
        "UPDATE messages SET search_terms = ? WHERE row_id = ?",
        [(message_terms(json.loads(row[1])), row[0]) for row in rows],
    )
    rows = conn.execute("SELECT row_id, data FROM subjects").fetchall()
    conn.executemany(
        "UPDATE subjects SET search_terms = ? WHERE row_id = ?",
        [(subject_terms(json.loads(row[1])), row[0]) for row in rows],
    )
    for statement in STATEMENTS:
        conn.execute(statement)
