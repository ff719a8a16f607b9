"""Schema 9: watch lists, the match keys of list entries and cached subjects, arrival hits.

`watchlists` holds each verified snapshot (the signed bytes as received, for
re-verification) and `watchlist_index` the newest verified index (rollback
guard); `watch_entries` one row per entry (its wire form) and `watch_keys`
its blocking keys; `subject_match_keys` the blocking keys of every cached subject
(filled here for the subjects already held); `check_hits` the hits found
when messages arrived. Keys come from `liaison_app.matching.keys`.
"""

from __future__ import annotations

import json

from liaison_app.store.columns import Conn

STATEMENTS = (
    """CREATE TABLE watchlists (
        name          TEXT PRIMARY KEY,
        title         TEXT NOT NULL,
        format        TEXT NOT NULL,
        version       INTEGER NOT NULL,
        issued_at     TEXT NOT NULL,
        expires_at    TEXT NOT NULL,
        fetched_at    TEXT NOT NULL,
        entries       INTEGER NOT NULL,
        sha256        TEXT NOT NULL,
        raw           BLOB NOT NULL
    )""",
    """CREATE TABLE watchlist_index (
        id            INTEGER PRIMARY KEY CHECK (id = 1),
        version       INTEGER NOT NULL,
        issued_at     TEXT NOT NULL,
        expires_at    TEXT NOT NULL,
        raw           BLOB NOT NULL,
        fetched_at    TEXT NOT NULL
    )""",
    """CREATE TABLE watch_entries (
        row_id        INTEGER PRIMARY KEY,
        list_name     TEXT NOT NULL REFERENCES watchlists(name) ON DELETE CASCADE,
        entry_id      TEXT NOT NULL,
        kind          TEXT NOT NULL,
        label         TEXT NOT NULL,
        data          TEXT NOT NULL,
        UNIQUE (list_name, entry_id)
    )""",
    """CREATE TABLE watch_keys (
        key           TEXT NOT NULL,
        entry_row     INTEGER NOT NULL REFERENCES watch_entries(row_id) ON DELETE CASCADE,
        PRIMARY KEY (key, entry_row)
    ) WITHOUT ROWID""",
    "CREATE INDEX watch_keys_entry ON watch_keys(entry_row)",
    """CREATE TABLE subject_match_keys (
        key           TEXT NOT NULL,
        subject_row   INTEGER NOT NULL REFERENCES subjects(row_id) ON DELETE CASCADE,
        PRIMARY KEY (key, subject_row)
    ) WITHOUT ROWID""",
    "CREATE INDEX subject_match_keys_subject ON subject_match_keys(subject_row)",
    """CREATE TABLE check_hits (
        hit_id        INTEGER PRIMARY KEY,
        message_id    TEXT NOT NULL REFERENCES messages(message_id) ON DELETE CASCADE,
        subject_index INTEGER NOT NULL,
        source        TEXT NOT NULL CHECK (source IN ('watchlist', 'cache')),
        list_name     TEXT NOT NULL,
        list_version  INTEGER,
        entry_id      TEXT NOT NULL,
        matched       TEXT NOT NULL,
        score         REAL NOT NULL,
        strong        INTEGER NOT NULL,
        reasons       TEXT NOT NULL,
        found_at      TEXT NOT NULL
    )""",
    "CREATE INDEX check_hits_message ON check_hits(message_id)",
)


def apply(conn: Conn) -> None:
    """Create the tables and key the subjects already in the cache."""
    from liaison_app.store.match_index import subject_key_rows

    for statement in STATEMENTS:
        conn.execute(statement)
    rows = conn.execute("SELECT row_id, data, label FROM subjects").fetchall()
    for row in rows:
        conn.executemany(
            "INSERT OR IGNORE INTO subject_match_keys (key, subject_row) VALUES (?, ?)",
            subject_key_rows(int(row[0]), json.loads(row[1]), str(row[2])))
