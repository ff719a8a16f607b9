"""Cross-checks against the cache: a record against the watch lists and the subjects held.

Candidates come from the match-key tables (`match_index`), are scored by
`matching.scoring`, and those from `HIT` up are returned as `Hit`s, best
first. Hits in the cache are grouped by case: one hit per case (or one for
the subjects filed under no case) naming the best-matching subject and
saying where it was seen ("seen in case GB-NCA/2026/0042, 3 messages").
No audit here: the caller records the combination (services, sync).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from liaison_app.matching.keys import query_keys
from liaison_app.matching.records import Record, record_from_subject
from liaison_app.matching.scoring import HIT, STRONG, Match, compare_records
from liaison_app.store import match_index, watchlists
from liaison_app.store.columns import Conn

__all__ = [
    "CACHE", "SOURCE_CACHE", "SOURCE_WATCHLIST", "Hit", "check_record", "check_records",
]

SOURCE_WATCHLIST = "watchlist"
SOURCE_CACHE = "cache"
CACHE = "cache"
"""The `list` a cache hit names."""


@dataclass(frozen=True, slots=True)
class Hit:
    """One hit: where (list and entry, or the cache), what matched, how well, why."""

    source: str
    list_name: str
    list_version: int | None
    entry_id: str
    matched: str
    score: float
    reasons: tuple[str, ...]
    case_refs: tuple[str, ...] = ()
    subject_ids: tuple[str, ...] = field(default=())
    messages: int = 0

    @property
    def strong(self) -> bool:
        """Strong enough to notify the officer."""
        return self.score >= STRONG

    def audit_details(self, purpose: str, **where: Any) -> dict[str, Any]:
        """The `combination` audit entry's details: which sources, entry and score (no
        names: the audit says what was combined, the hit itself stays in the cache)."""
        details: dict[str, Any] = {
            "purpose": purpose, "source": self.source, "list": self.list_name,
            "version": self.list_version, "entry": self.entry_id,
            "score": round(self.score * 1000)}
        if self.source == SOURCE_CACHE:
            details["subjects"] = list(self.subject_ids[:20])
        return {**details, **where}

    def to_json(self) -> dict[str, Any]:
        """The CLI contract's hit object."""
        return {"source": self.source, "list": self.list_name,
                "list_version": self.list_version, "entry_id": self.entry_id,
                "matched": self.matched, "score": round(self.score, 3),
                "reasons": list(self.reasons)}


def _list_hits(conn: Conn, queries: Sequence[tuple[Record, set[str]]]) -> list[list[Hit]]:
    found = match_index.postings(conn, *match_index.WATCH,
                                 set().union(*(keys for _, keys in queries)))
    chosen = [match_index.choose(found, keys) for _, keys in queries]
    entries = {e.row_id: e for e in watchlists.entries_by_rows(
        conn, sorted(set().union(*chosen)))}
    out: list[list[Hit]] = []
    for (record, _), rows in zip(queries, chosen, strict=True):
        hits = []
        for row in rows:
            entry = entries.get(row)
            if entry is None:
                continue
            scored = compare_records(record, entry.record())
            if scored.score >= HIT:
                hits.append(Hit(SOURCE_WATCHLIST, entry.list_name, entry.list_version,
                                entry.entry_id, entry.label, scored.score, scored.reasons))
        out.append(hits)
    return out


def _subject_rows(conn: Conn, rows: Sequence[int]) -> dict[int, Any]:
    out: dict[int, Any] = {}
    for start in range(0, len(rows), 400):
        chunk = list(rows[start:start + 400])
        marks = ",".join("?" * len(chunk))
        out.update((int(r[0]), r) for r in conn.execute(
            f"SELECT row_id, subject_id, label, data FROM subjects WHERE row_id IN ({marks})",  # noqa: S608
            chunk))
    return out


def _carried_by(conn: Conn, message_ids: set[str]) -> dict[str, set[str]]:
    """The subject ids each of these messages carries (left out of its own cache check)."""
    out: dict[str, set[str]] = {}
    ids = sorted(message_ids)
    for start in range(0, len(ids), 400):
        chunk = ids[start:start + 400]
        marks = ",".join("?" * len(chunk))
        sql = ("SELECT message_id, subject_id FROM message_subjects "  # noqa: S608
               f"WHERE message_id IN ({marks})")
        for mid, sid in conn.execute(sql, chunk):
            out.setdefault(mid, set()).add(sid)
    return out


Seen = tuple[dict[str, list[str]], dict[str, set[str]]]
"""Subject id -> the cases it is filed under, and the messages that carry it."""


def _where_seen(conn: Conn, subject_ids: Sequence[str]) -> Seen:
    """Where each of the subjects was seen, for a whole page's hits at once."""
    cases: dict[str, list[str]] = {}
    carried: dict[str, set[str]] = {}
    ids = sorted(set(subject_ids))
    for start in range(0, len(ids), 400):
        chunk = ids[start:start + 400]
        marks = ",".join("?" * len(chunk))
        for sid, ref in conn.execute(
                f"SELECT subject_id, case_ref FROM case_subjects WHERE subject_id IN ({marks})",  # noqa: S608
                chunk):
            cases.setdefault(sid, []).append(ref)
        for sid, mid in conn.execute(
                "SELECT subject_id, message_id FROM message_subjects "  # noqa: S608
                f"WHERE subject_id IN ({marks})", chunk):
            carried.setdefault(sid, set()).add(mid)
    return cases, carried


def _grouped(seen: Seen, scored: list[tuple[str, str, Match]]) -> list[Hit]:
    """Cache hits, one per case (or one for subjects under no case)."""
    cases, carried = seen
    groups: dict[str, list[tuple[str, str, Match]]] = {}
    for item in scored:
        for ref in cases.get(item[0]) or [""]:
            groups.setdefault(ref, []).append(item)
    hits = []
    for ref, items in groups.items():
        best = max(items, key=lambda i: i[2].score)
        messages = set().union(*(carried.get(sid, set()) for sid, _, _ in items))
        count = f"{len(messages)} message{'s' if len(messages) != 1 else ''}"
        where = f"seen in case {ref}, {count}" if ref else f"seen in {count} (no case)"
        hits.append(Hit(SOURCE_CACHE, CACHE, None, ref or best[0], best[1], best[2].score,
                        (*best[2].reasons, where), (ref,) if ref else (),
                        tuple(sid for sid, _, _ in items), len(messages)))
    return hits


_SUBJECT_RECORDS: dict[tuple[int, int, int], Record | None] = {}
_SUBJECT_RECORDS_MAX = 30_000
"""About 30 MB at most: the subjects met most often stay parsed."""


def _subject_record(row_id: int, label: str, data: str) -> Record | None:
    """A cached subject's record, remembered by row and data (the same people come up
    check after check; a changed subject has other data, so it is read again)."""
    key = (row_id, len(data), hash(data))
    if key in _SUBJECT_RECORDS:
        return _SUBJECT_RECORDS[key]
    if len(_SUBJECT_RECORDS) >= _SUBJECT_RECORDS_MAX:
        _SUBJECT_RECORDS.clear()
    found = _SUBJECT_RECORDS[key] = record_from_subject(json.loads(data), label)
    return found


def _cache_hits(conn: Conn, queries: Sequence[tuple[Record, set[str]]],
                excluded: Sequence[str | None]) -> list[list[Hit]]:
    found = match_index.postings(conn, *match_index.SUBJECTS,
                                 set().union(*(keys for _, keys in queries)))
    chosen = [match_index.choose(found, keys) for _, keys in queries]
    rows = _subject_rows(conn, sorted(set().union(*chosen)))
    own = _carried_by(conn, {m for m in excluded if m is not None}) if rows else {}
    found_per_query: list[list[tuple[str, str, Match]]] = []
    for (record, _), picked, message in zip(queries, chosen, excluded, strict=True):
        skip = own.get(message, set()) if message is not None else set()
        scored: list[tuple[str, str, Match]] = []
        seen: dict[str, Match | None] = {}  # one person in many messages: score each once
        for row_id in picked:
            row = rows.get(row_id)
            if row is None or row[1] in skip:
                continue
            if row[3] in seen:
                result = seen[row[3]]
            else:
                candidate = _subject_record(row_id, row[2], row[3])
                result = seen[row[3]] = (None if candidate is None
                                         else compare_records(record, candidate))
            if result is not None and result.score >= HIT:
                scored.append((row[1], row[2], result))
        found_per_query.append(scored)
    hit_ids = [sid for scored in found_per_query for sid, _, _ in scored]
    where = _where_seen(conn, hit_ids) if hit_ids else ({}, {})
    return [_grouped(where, scored) if scored else [] for scored in found_per_query]


def check_records(conn: Conn, queries: Sequence[tuple[Record, str | None]], *,
                  lists: bool = True, cache: bool = True) -> list[list[Hit]]:
    """The hits of each (record, message to leave out of the cache check), best first.

    All the records' keys are looked up together: a page of arriving messages
    costs a few statements, not a few per subject."""
    keyed = [(record, query_keys(record)) for record, _ in queries]
    results: list[list[Hit]] = [[] for _ in queries]
    todo = [i for i, (_, keys) in enumerate(keyed) if keys]
    if not todo:
        return results
    subset = [keyed[i] for i in todo]
    parts = []
    if lists:
        parts.append(_list_hits(conn, subset))
    if cache:
        parts.append(_cache_hits(conn, subset, [queries[i][1] for i in todo]))
    for n, i in enumerate(todo):
        hits = [h for part in parts for h in part[n]]
        hits.sort(key=lambda h: (-h.score, h.source != SOURCE_WATCHLIST, h.list_name,
                                 h.entry_id))
        results[i] = hits
    return results


def check_record(conn: Conn, record: Record, *, lists: bool = True, cache: bool = True,
                 exclude_message: str | None = None) -> list[Hit]:
    """Every hit for `record`, best first (`exclude_message`: skip that message's subjects)."""
    return check_records(conn, [(record, exclude_message)], lists=lists, cache=cache)[0]
