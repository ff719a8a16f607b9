"""Schema 5: the message and subject FTS indexes gain 2-, 3- and 4-character prefix indexes.

The search box makes the last word a prefix (`"bo" *`). Without a prefix index,
FTS5 answers a short prefix by merging the doclists of every term that starts
with it (`bo` → border, booking, boris, …: much of the corpus), which made a
registration search like `HK-1992-BO` take 100+ ms at a million messages (and
`Vienna car` or a surname start like `Petr` 20-40 ms). With `prefix='2 3 4'` a
prefix of two to four letters is one precomputed doclist; longer prefixes match
few enough terms. Measured at 1M messages (plain twin, interleaved): worst query
37 ms with '2', 38 ms with '2 3', 17 ms with '2 3 4'; the message index grows
from about 0.3 GB to 0.95 GB (the file by about a quarter), inserts cost about
a third more.
Same columns, tokenizer, content tables and triggers as schema 2 (the triggers
name the tables, so they carry over); the indexes are rebuilt from their
content tables here.
"""

from __future__ import annotations

from liaison_app.store.columns import Conn
from liaison_app.store.migrations.m0002_search import TOKENIZER

PREFIX = "2 3 4"

STATEMENTS = (
    "DROP TABLE message_fts",
    "DROP TABLE subject_fts",
    f"""CREATE VIRTUAL TABLE message_fts USING fts5(
        body, search_terms, content='messages', content_rowid='row_id',
        tokenize='{TOKENIZER}', prefix='{PREFIX}')""",
    f"""CREATE VIRTUAL TABLE subject_fts USING fts5(
        label, search_terms, content='subjects', content_rowid='row_id',
        tokenize='{TOKENIZER}', prefix='{PREFIX}')""",
    "INSERT INTO message_fts(message_fts) VALUES ('rebuild')",
    "INSERT INTO subject_fts(subject_fts) VALUES ('rebuild')",
)


def apply(conn: Conn) -> None:
    """Recreate both FTS indexes with the prefix index and fill them."""
    for statement in STATEMENTS:
        conn.execute(statement)
