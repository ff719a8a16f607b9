"""Hits found when messages arrived: which subject of which message matched what.

Written by the sync engine in the transaction that stores the message
(`sync.arrival_checks`); erased with the message (foreign-key cascade).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from liaison_app.store.columns import (
    Conn,
    from_time_text,
    json_text,
    require_transaction,
    time_text,
)
from liaison_app.store.crosscheck import Hit

__all__ = ["ArrivalHit", "add", "for_message", "last_hit_id", "listed", "strong_since"]


@dataclass(frozen=True, slots=True)
class ArrivalHit:
    """A stored hit and the message subject it was found for."""

    hit_id: int
    message_id: str
    subject_index: int
    hit: Hit
    found_at: datetime

    def to_json(self) -> dict[str, Any]:
        """The CLI's `hits` object: the `check` hit plus where it was found."""
        return {"message_id": self.message_id, "subject_index": self.subject_index,
                "found_at": self.found_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "strong": self.hit.strong, **self.hit.to_json()}


def add(conn: Conn, message_id: str, subject_index: int, hits: Sequence[Hit], *,
        now: datetime) -> None:
    """Store the hits found for one subject of a received message."""
    require_transaction(conn)
    conn.executemany(
        """INSERT INTO check_hits (message_id, subject_index, source, list_name, list_version,
               entry_id, matched, score, strong, reasons, found_at)
           VALUES (?,?,?,?,?,?,?,?,?,?,?)""",
        [(message_id, subject_index, h.source, h.list_name, h.list_version, h.entry_id,
          h.matched, float(h.score), int(h.strong), json_text(list(h.reasons), "reasons"),
          time_text(now, "now")) for h in hits])


_SELECT = """SELECT hit_id, message_id, subject_index, source, list_name, list_version,
                    entry_id, matched, score, reasons, found_at FROM check_hits"""


def _row(r: Any) -> ArrivalHit:
    hit = Hit(r[3], r[4], None if r[5] is None else int(r[5]), r[6], r[7], float(r[8]),
              tuple(json.loads(r[9])))
    return ArrivalHit(int(r[0]), r[1], int(r[2]), hit, from_time_text(r[10]))


def for_message(conn: Conn, message_id: str) -> list[ArrivalHit]:
    """The hits of one message, by subject then best first."""
    rows = conn.execute(_SELECT + " WHERE message_id = ? ORDER BY subject_index, score DESC, "
                        "hit_id", (message_id,)).fetchall()
    return [_row(r) for r in rows]


def listed(conn: Conn, *, limit: int = 1000) -> list[ArrivalHit]:
    """The newest hits first."""
    rows = conn.execute(_SELECT + " ORDER BY hit_id DESC LIMIT ?", (int(limit),)).fetchall()
    return [_row(r) for r in rows]


def last_hit_id(conn: Conn) -> int:
    """The newest hit's id (0 when none): the mark to notify after."""
    return int(conn.execute("SELECT coalesce(max(hit_id), 0) FROM check_hits").fetchone()[0])


def strong_since(conn: Conn, hit_id: int, *, limit: int = 50) -> list[ArrivalHit]:
    """Strong hits stored after `hit_id`, oldest first."""
    rows = conn.execute(_SELECT + " WHERE hit_id > ? AND strong = 1 ORDER BY hit_id LIMIT ?",
                        (int(hit_id), int(limit))).fetchall()
    return [_row(r) for r in rows]
