"""The cached watch lists: each verified snapshot, its entries and their match keys.

Only a snapshot that `crypto.watchlist.verify_watchlist` accepted is stored,
with its signed bytes, so it can be verified again later. A list is
replaced whole in one transaction (a lower version is refused: a second
rollback guard behind the crypto layer's); the newest verified index is
kept for its rollback guard too.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from liaison_app.matching.records import Record, record_from_entry
from liaison_app.protocol.watchlist import WatchList, WatchListIndex, entry_to_wire
from liaison_app.store.columns import (
    Conn,
    from_time_text,
    json_text,
    require_transaction,
    time_text,
)
from liaison_app.store.errors import StoreError
from liaison_app.store.match_index import entry_key_rows

__all__ = [
    "EntryRow", "HeldList", "WatchlistRollback", "entries_by_rows", "held_lists",
    "index_version", "put_index", "remove_list", "replace_list",
]


class WatchlistRollback(StoreError):
    """A list version lower than the one cached was offered."""


@dataclass(frozen=True, slots=True)
class HeldList:
    """A list in the cache."""

    name: str
    title: str
    format: str
    version: int
    issued_at: datetime
    expires_at: datetime
    fetched_at: datetime
    entries: int
    sha256: str


@dataclass(frozen=True, slots=True)
class EntryRow:
    """One cached entry: where it is listed and its data (wire form)."""

    row_id: int
    list_name: str
    list_version: int
    entry_id: str
    label: str
    data: dict[str, Any]

    def record(self) -> Record:
        return _entry_record(self.row_id, self.list_version, self.data)


_RECORDS: dict[tuple[int, int], Record] = {}
_RECORDS_MAX = 30_000
"""About 30 MB at most: the entries met most often stay parsed."""


def _entry_record(row_id: int, version: int, data: dict[str, Any]) -> Record:
    """The entry's record, remembered by row and list version (entries recur in checks;
    a new list version gives new rows)."""
    found = _RECORDS.get((row_id, version))
    if found is None:
        if len(_RECORDS) >= _RECORDS_MAX:
            _RECORDS.clear()
        found = _RECORDS[(row_id, version)] = record_from_entry(data)
    return found


def index_version(conn: Conn) -> int:
    """The version of the newest verified index (0 before the first)."""
    row = conn.execute("SELECT version FROM watchlist_index WHERE id = 1").fetchone()
    return 0 if row is None else int(row[0])


def put_index(conn: Conn, index: WatchListIndex, raw: bytes, *, now: datetime) -> None:
    """Keep a verified index (refuses one older than the one held)."""
    require_transaction(conn)
    held = index_version(conn)
    if index.version < held:
        raise WatchlistRollback(f"watch-list index version {index.version} is older than "
                                f"the version {held} held")
    conn.execute(
        """INSERT INTO watchlist_index (id, version, issued_at, expires_at, raw, fetched_at)
           VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET
               version = excluded.version, issued_at = excluded.issued_at,
               expires_at = excluded.expires_at, raw = excluded.raw,
               fetched_at = excluded.fetched_at""",
        (index.version, time_text(index.issued_at, "issued_at"),
         time_text(index.expires_at, "expires_at"), bytes(raw), time_text(now, "now")))


def held_lists(conn: Conn) -> dict[str, HeldList]:
    """Every cached list, by name."""
    rows = conn.execute(
        "SELECT name, title, format, version, issued_at, expires_at, fetched_at, entries, "
        "sha256 FROM watchlists ORDER BY name").fetchall()
    return {r[0]: HeldList(r[0], r[1], r[2], int(r[3]), from_time_text(r[4]),
                           from_time_text(r[5]), from_time_text(r[6]), int(r[7]), r[8])
            for r in rows}


def replace_list(conn: Conn, w: WatchList, raw: bytes, sha256: str, *, now: datetime) -> None:
    """Swap in a whole verified snapshot: entries and their match keys."""
    require_transaction(conn)
    held = held_lists(conn).get(w.name)
    if held is not None and w.version < held.version:
        raise WatchlistRollback(f"list {w.name} version {w.version} is older than the "
                                f"version {held.version} held")
    conn.execute("DELETE FROM watch_keys WHERE entry_row IN "
                 "(SELECT row_id FROM watch_entries WHERE list_name = ?)", (w.name,))
    conn.execute("DELETE FROM watch_entries WHERE list_name = ?", (w.name,))
    conn.execute("DELETE FROM watchlists WHERE name = ?", (w.name,))
    conn.execute(
        """INSERT INTO watchlists (name, title, format, version, issued_at, expires_at,
               fetched_at, entries, sha256, raw) VALUES (?,?,?,?,?,?,?,?,?,?)""",
        (w.name, w.title, w.format, w.version, time_text(w.issued_at, "issued_at"),
         time_text(w.expires_at, "expires_at"), time_text(now, "now"), len(w.entries),
         sha256, bytes(raw)))
    keys: list[tuple[str, int]] = []
    for entry in w.entries:
        wire = entry_to_wire(entry)
        cursor = conn.execute(
            "INSERT INTO watch_entries (list_name, entry_id, kind, label, data) "
            "VALUES (?, ?, ?, ?, ?)",
            (w.name, entry.entry_id, entry.kind, entry.label, json_text(wire, "data")))
        keys.extend(entry_key_rows(int(cursor.lastrowid or 0), record_from_entry(wire)))
        if len(keys) > 50_000:
            conn.executemany("INSERT OR IGNORE INTO watch_keys (key, entry_row) VALUES (?, ?)",
                             keys)
            keys.clear()
    conn.executemany("INSERT OR IGNORE INTO watch_keys (key, entry_row) VALUES (?, ?)", keys)


def remove_list(conn: Conn, name: str) -> bool:
    """Drop a list the hub no longer names; True if it was held."""
    require_transaction(conn)
    conn.execute("DELETE FROM watch_keys WHERE entry_row IN "
                 "(SELECT row_id FROM watch_entries WHERE list_name = ?)", (name,))
    conn.execute("DELETE FROM watch_entries WHERE list_name = ?", (name,))
    return conn.execute("DELETE FROM watchlists WHERE name = ?", (name,)).rowcount == 1


def entries_by_rows(conn: Conn, rows: Sequence[int]) -> list[EntryRow]:
    """The entries with these row ids (any order)."""
    out: list[EntryRow] = []
    for start in range(0, len(rows), 400):
        chunk = list(rows[start:start + 400])
        marks = ",".join("?" * len(chunk))
        found = conn.execute(
            "SELECT e.row_id, e.list_name, w.version, e.entry_id, e.label, e.data "  # noqa: S608
            f"FROM watch_entries e JOIN watchlists w ON w.name = e.list_name "
            f"WHERE e.row_id IN ({marks})", chunk).fetchall()
        out.extend(EntryRow(int(r[0]), r[1], int(r[2]), r[3], r[4], json.loads(r[5]))
                   for r in found)
    return out
