"""Schema 10: search across scripts. Messages and subjects get a folded, transliterated column.

`search_folded` holds every non-ASCII word of the body (messages) or label
(subjects) and of the search terms, written in folded Latin by each system
that can write it (`store.search_terms.folded_terms`): "Петровић" is also
"petrovic", "Đorđević" also "djordjevic" and "dordevic". The FTS indexes are
rebuilt with it as a third column; `store.search.fts_query` looks each word
up in the original columns or, folded, in this one.
"""

from __future__ import annotations

from liaison_app.store.columns import Conn
from liaison_app.store.migrations.m0002_search import TOKENIZER
from liaison_app.store.search_terms import folded_terms

DROPS = (
    "DROP TRIGGER IF EXISTS messages_fts_insert", "DROP TRIGGER IF EXISTS messages_fts_delete",
    "DROP TRIGGER IF EXISTS messages_fts_update", "DROP TRIGGER IF EXISTS subjects_fts_insert",
    "DROP TRIGGER IF EXISTS subjects_fts_delete", "DROP TRIGGER IF EXISTS subjects_fts_update",
    "DROP TABLE IF EXISTS message_fts", "DROP TABLE IF EXISTS subject_fts",
)


STATEMENTS = (
    f"""CREATE VIRTUAL TABLE message_fts USING fts5(
        body, search_terms, search_folded, content='messages', content_rowid='row_id',
        tokenize='{TOKENIZER}')""",
    f"""CREATE VIRTUAL TABLE subject_fts USING fts5(
        label, search_terms, search_folded, content='subjects', content_rowid='row_id',
        tokenize='{TOKENIZER}')""",
    "INSERT INTO message_fts(message_fts) VALUES ('rebuild')",
    "INSERT INTO subject_fts(subject_fts) VALUES ('rebuild')",
)

TRIGGERS = (
    """CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
        INSERT INTO message_fts(rowid, body, search_terms, search_folded)
        VALUES (new.row_id, new.body, new.search_terms, new.search_folded);
    END""",
    """CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
        INSERT INTO message_fts(message_fts, rowid, body, search_terms, search_folded)
        VALUES ('delete', old.row_id, old.body, old.search_terms, old.search_folded);
    END""",
    """CREATE TRIGGER messages_fts_update AFTER UPDATE OF body, search_terms, search_folded
       ON messages BEGIN
        INSERT INTO message_fts(message_fts, rowid, body, search_terms, search_folded)
        VALUES ('delete', old.row_id, old.body, old.search_terms, old.search_folded);
        INSERT INTO message_fts(rowid, body, search_terms, search_folded)
        VALUES (new.row_id, new.body, new.search_terms, new.search_folded);
    END""",
    """CREATE TRIGGER subjects_fts_insert AFTER INSERT ON subjects BEGIN
        INSERT INTO subject_fts(rowid, label, search_terms, search_folded)
        VALUES (new.row_id, new.label, new.search_terms, new.search_folded);
    END""",
    """CREATE TRIGGER subjects_fts_delete AFTER DELETE ON subjects BEGIN
        INSERT INTO subject_fts(subject_fts, rowid, label, search_terms, search_folded)
        VALUES ('delete', old.row_id, old.label, old.search_terms, old.search_folded);
    END""",
    """CREATE TRIGGER subjects_fts_update AFTER UPDATE OF label, search_terms, search_folded
       ON subjects BEGIN
        INSERT INTO subject_fts(subject_fts, rowid, label, search_terms, search_folded)
        VALUES ('delete', old.row_id, old.label, old.search_terms, old.search_folded);
        INSERT INTO subject_fts(rowid, label, search_terms, search_folded)
        VALUES (new.row_id, new.label, new.search_terms, new.search_folded);
    END""",
)


def apply(conn: Conn) -> None:
    """Add and fill the folded columns, rebuild both FTS indexes with them."""
    for statement in DROPS:
        conn.execute(statement)
    conn.execute("ALTER TABLE messages ADD COLUMN search_folded TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE subjects ADD COLUMN search_folded TEXT NOT NULL DEFAULT ''")
    rows = conn.execute("SELECT row_id, body, search_terms FROM messages").fetchall()
    conn.executemany("UPDATE messages SET search_folded = ? WHERE row_id = ?",
                     [(folded_terms(r[1], r[2]), r[0]) for r in rows])
    rows = conn.execute("SELECT row_id, label, search_terms FROM subjects").fetchall()
    conn.executemany("UPDATE subjects SET search_folded = ? WHERE row_id = ?",
                     [(folded_terms(r[1], r[2]), r[0]) for r in rows])
    for statement in (*STATEMENTS, *TRIGGERS):
        conn.execute(statement)
