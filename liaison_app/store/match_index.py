"""The match-key tables: every cached subject and list entry under its blocking keys.

`subject_match_keys` is kept in step with `subjects` (a subject is keyed when it is
stored or changed; its keys go with it by cascade), `watch_keys` with
`watch_entries`. Lookups return the rows sharing a key with a query, at
most `MAX_CANDIDATES` of them; scoring happens in `crosscheck`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from liaison_app.matching.keys import LOOKUP_ORDER, index_keys
from liaison_app.matching.records import Record, record_from_subject
from liaison_app.store.columns import Conn

__all__ = [
    "MAX_CANDIDATES", "SUBJECTS", "WATCH", "Postings", "choose", "index_subject", "postings",
    "reindex_subject", "subject_candidates", "subject_key_rows", "watch_candidates",
]

MAX_CANDIDATES = 400
LOOSE_POSTING = 40
"""A loose key shared by more rows than this finds a row only with a second key."""
MAX_POSTINGS = 20_000
_CHUNK = 400


def subject_key_rows(row_id: int, data: Mapping[str, Any], label: str = "") -> list[
        tuple[str, int]]:
    """(key, row) pairs for one subject (none for kinds that are not matched)."""
    record = record_from_subject(data, label)
    return [] if record is None else [(k, row_id) for k in sorted(index_keys(record))]


def index_subject(conn: Conn, row_id: int, data: Mapping[str, Any], label: str = "") -> None:
    """Key a newly stored subject."""
    rows = subject_key_rows(row_id, data, label)
    if rows:
        conn.executemany(
            "INSERT OR IGNORE INTO subject_match_keys (key, subject_row) VALUES (?, ?)", rows)


def reindex_subject(conn: Conn, row_id: int, data: Mapping[str, Any], label: str = "") -> None:
    """Replace a changed subject's keys."""
    conn.execute("DELETE FROM subject_match_keys WHERE subject_row = ?", (row_id,))
    index_subject(conn, row_id, data, label)


def entry_key_rows(entry_row: int, record: Record) -> list[tuple[str, int]]:
    """(key, row) pairs for one list entry."""
    return [(k, entry_row) for k in sorted(index_keys(record))]


Postings = dict[str, list[int]]
"""Key -> the rows stored under it (as far as they were read)."""


def postings(conn: Conn, table: str, column: str, keys: Iterable[str]) -> Postings:
    """The rows under each of `keys` in one key table, read in as few statements as can be
    (a page of arriving messages looks all its subjects up at once)."""
    wanted = sorted(set(keys))
    found: Postings = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for key, row in conn.execute(
                f"SELECT key, {column} FROM {table} WHERE key IN ({marks}) LIMIT ?",  # noqa: S608
                [*chunk, MAX_POSTINGS]):
            found.setdefault(key, []).append(int(row))
    return found


def choose(found: Postings, keys: Iterable[str], limit: int = MAX_CANDIDATES) -> list[int]:
    """The rows worth scoring for one query, the most telling first.

    A row found only under one loose key (`ns:`, `nh:`, `n1:`) whose posting is
    large (a common given name with the start of a common surname) is skipped
    unless it shares a second key: such a row is almost never the person, and
    scoring thousands of them would make every check slow.
    """
    shared: dict[int, int] = {}
    rank: dict[int, int] = {}
    for key in keys:
        rows = found.get(key)
        if not rows:
            continue
        order = next((i for i, p in enumerate(LOOKUP_ORDER) if key.startswith(p)),
                     len(LOOKUP_ORDER))
        telling = order <= 1 or len(rows) <= LOOSE_POSTING
        for row in rows:
            shared[row] = shared.get(row, 0) + 1
            rank[row] = min(rank.get(row, 99), order if telling else 99)
    chosen = [row for row, n in shared.items() if n >= 2 or rank[row] < 99]
    chosen.sort(key=lambda row: (rank[row], -shared[row], row))
    return chosen[:limit]


WATCH = ("watch_keys", "entry_row")
SUBJECTS = ("subject_match_keys", "subject_row")


def watch_candidates(conn: Conn, keys: Iterable[str], limit: int = MAX_CANDIDATES) -> list[int]:
    """Rows of `watch_entries` sharing a key with `keys`."""
    wanted = set(keys)
    return choose(postings(conn, *WATCH, wanted), wanted, limit)


def subject_candidates(conn: Conn, keys: Iterable[str],
                       limit: int = MAX_CANDIDATES) -> list[int]:
    """Rows of `subjects` sharing a key with `keys`."""
    wanted = set(keys)
    return choose(postings(conn, *SUBJECTS, wanted), wanted, limit)
