"""FTS5 search over message text and subject terms, safe against query syntax.

User text is never passed to MATCH as syntax: it is split into words and each
word becomes a quoted FTS5 string, so `"`, `*`, `NEAR`, `OR`, `-` and column
filters are just characters. All words must match; the last one may be a prefix
when it has two characters or more (one letter would match most of the index:
it is matched as a whole word). Two-letter prefixes have their own index
(migration `search_prefix`). Each word also matches its folded Latin spellings in the
`search_folded` column, so a search in one script finds text in the other.
"""

from __future__ import annotations

import re

from liaison_app.store.columns import Conn
from liaison_app.store.search_terms import word_spellings

_WORD = re.compile(r"\w+", re.UNICODE)
MIN_PREFIX = 2


def _quoted(word: str, star: str) -> str:
    return '"' + word.replace('"', '""') + '"' + star


def fts_query(text: str, *, prefix: bool = True) -> str | None:
    """A MATCH expression for user `text`, or None when it holds no searchable word.

    Each word matches as written (case and diacritics folded by the tokenizer)
    or, in any of its folded Latin spellings, in the `search_folded` column:
    "Петровић" finds "Petrović", and "PETROVIC" finds "Петровић".
    """
    words = _WORD.findall(text)
    if not words:
        return None
    parts = []
    for i, word in enumerate(words):
        last = i == len(words) - 1
        star = " *" if prefix and last and len(word) >= MIN_PREFIX else ""
        spellings = " OR ".join(_quoted(s, star) for s in word_spellings(word))
        parts.append(f"({_quoted(word, star)} OR search_folded : ({spellings}))")
    return " AND ".join(parts)


def message_ids(
    conn: Conn, text: str, *, limit: int = 200, prefix: bool = True,
    by_relevance: bool = False,
) -> list[str]:
    """Ids of messages whose body or subject terms match: newest first, or best first.

    Newest-first walks the index backwards and stops after `limit` hits, without
    computing any rank (bm25 per hit was most of its time at a million messages);
    relevance (bm25) ranks every hit, so it is slower for common words.
    """
    query = fts_query(text, prefix=prefix)
    if query is None:
        return []
    if by_relevance:
        sql = """SELECT m.message_id FROM (SELECT rowid AS hit, rank FROM message_fts
                     WHERE message_fts MATCH ? ORDER BY rank, rowid LIMIT ?) f
                 JOIN messages m ON m.row_id = f.hit ORDER BY f.rank, f.hit"""
    else:
        sql = """SELECT m.message_id FROM (SELECT rowid AS hit FROM message_fts
                     WHERE message_fts MATCH ? ORDER BY rowid DESC LIMIT ?) f
                 JOIN messages m ON m.row_id = f.hit ORDER BY f.hit DESC"""
    rows = conn.execute(sql, (query, int(limit)))
    return [str(row[0]) for row in rows]


def subject_ids(conn: Conn, text: str, *, limit: int = 200, prefix: bool = True) -> list[str]:
    """Ids of subjects whose label, names, aliases or numbers match, best first."""
    query = fts_query(text, prefix=prefix)
    if query is None:
        return []
    rows = conn.execute(
        """SELECT s.subject_id FROM subject_fts f JOIN subjects s ON s.row_id = f.rowid
           WHERE subject_fts MATCH ? ORDER BY f.rank, s.row_id LIMIT ?""",
        (query, int(limit)),
    )
    return [str(row[0]) for row in rows]


def message_match_clause(text: str, *, prefix: bool = True) -> tuple[str, list[object]] | None:
    """A WHERE fragment (over `messages`) restricting to rows matching `text`."""
    query = fts_query(text, prefix=prefix)
    if query is None:
        return None
    return "row_id IN (SELECT rowid FROM message_fts WHERE message_fts MATCH ?)", [query]


def compact(conn: Conn) -> None:
    """Merge index segments so erased terms leave the index files (run after erasure)."""
    conn.execute("INSERT INTO message_fts(message_fts) VALUES ('optimize')")
    conn.execute("INSERT INTO subject_fts(subject_fts) VALUES ('optimize')")
