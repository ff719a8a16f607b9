"""Migration search_prefix: the message and subject FTS indexes gain a prefix index.

The search box makes the last word a prefix (`"bo" *`). Without a prefix index,
FTS5 answers a short prefix by merging the doclists of every term that starts
with it (`bo` → border, booking, boris, …: much of the corpus), which made a
registration search like `HK-1992-BO` take 100+ ms at a million messages. With
`prefix='2'` a two-letter prefix is one precomputed doclist. Measured (ADR
0024): longer prefix indexes ('2 3 4') halve the worst query again but make
every insert 80 % dearer; '2' costs about a quarter more per insert and a
tenth more file. Same three columns (schema 10's folded one included),
tokenizer, content tables and triggers as schema 10; the indexes are rebuilt
from their content tables here.
"""

from __future__ import annotations

from liaison_app.store.columns import Conn
from liaison_app.store.migrations.m0002_search import TOKENIZER
from liaison_app.store.migrations.m0010_search_folded import DROPS, TRIGGERS

PREFIX = "2"

STATEMENTS = (
    *DROPS,
    f"""CREATE VIRTUAL TABLE message_fts USING fts5(
        body, search_terms, search_folded, content='messages', content_rowid='row_id',
        tokenize='{TOKENIZER}', prefix='{PREFIX}')""",
    f"""CREATE VIRTUAL TABLE subject_fts USING fts5(
        label, search_terms, search_folded, content='subjects', content_rowid='row_id',
        tokenize='{TOKENIZER}', prefix='{PREFIX}')""",
    "INSERT INTO message_fts(message_fts) VALUES ('rebuild')",
    "INSERT INTO subject_fts(subject_fts) VALUES ('rebuild')",
    *TRIGGERS,
)


def apply(conn: Conn) -> None:
    """Recreate both FTS indexes with the prefix index, fill them, restore the triggers."""
    for statement in STATEMENTS:
        conn.execute(statement)
