"""Recall marks on stored messages, and the recalls still to pass on.

A message is "rectified" or "withdrawn" when a recall naming it (`content.of_message`)
is stored — received, or sent by this device — and comes from the agency that sent the
message: nobody else can recall it. The marks are read from the recall messages
themselves (an index on the recalled id), so they appear wherever the message is
shown, in either order of arrival. A withdrawal outweighs any rectification.

LED Art. 7(3): recipients are told without delay. A recall of a message this profile
forwarded is passed on to each forward's recipients once (`recall_relays`), by
`sync.recall_relay`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from liaison_app.domain.messages import RecallAction
from liaison_app.store.columns import Conn, from_time_text, require_transaction, time_text

_CHUNK = 500


@dataclass(frozen=True, slots=True)
class Correction:
    """One recall of a message: what was done, why, and the corrected text."""

    recall_id: str
    action: RecallAction
    reason: str
    text: str
    at: datetime
    sender_agency: str
    direction: str


@dataclass(frozen=True, slots=True)
class RecallMark:
    """Where a message stands after its recalls (oldest first in `corrections`)."""

    action: RecallAction
    corrections: tuple[Correction, ...]

    @property
    def latest(self) -> Correction:
        """The most recent recall."""
        return self.corrections[-1]

    @property
    def reason(self) -> str:
        """The reason of the recall that decides the mark."""
        deciding = [c for c in self.corrections if c.action is self.action]
        return deciding[-1].reason

    @property
    def sender_agency(self) -> str:
        """The agency that recalled the message."""
        return self.latest.sender_agency


_MARKS_SQL = """
SELECT m.message_id AS of_message, r.message_id AS recall_id, r.content, r.body,
       r.created_at, r.sender_agency, r.direction
  FROM messages m JOIN messages r
    ON r.type = 'recall' AND json_extract(r.content, '$.of_message') = m.message_id
   AND r.sender_agency = m.sender_agency
 WHERE m.message_id IN ({marks})
 ORDER BY r.created_at, r.row_id
"""


def _correction(row: Any) -> Correction | None:
    try:
        content = json.loads(row["content"])
        action = RecallAction(str(content.get("action")))
    except (ValueError, AttributeError):
        return None
    return Correction(str(row["recall_id"]), action, str(content.get("reason", "")),
                      str(row["body"] or ""), from_time_text(row["created_at"]),
                      str(row["sender_agency"]), str(row["direction"]))


def marks_of(conn: Conn, message_ids: Sequence[str]) -> dict[str, RecallMark]:
    """The recall mark of each of these messages that has one."""
    found: dict[str, list[Correction]] = {}
    ids = list(dict.fromkeys(message_ids))
    for start in range(0, len(ids), _CHUNK):
        part = ids[start:start + _CHUNK]
        sql = _MARKS_SQL.format(marks=",".join("?" * len(part)))
        for row in conn.execute(sql, part):
            correction = _correction(row)
            if correction is not None:
                found.setdefault(str(row["of_message"]), []).append(correction)
    out: dict[str, RecallMark] = {}
    for message_id, corrections in found.items():
        withdrawn = any(c.action is RecallAction.WITHDRAW for c in corrections)
        out[message_id] = RecallMark(
            RecallAction.WITHDRAW if withdrawn else RecallAction.RECTIFY, tuple(corrections))
    return out


def mark_of(conn: Conn, message_id: str) -> RecallMark | None:
    """The recall mark of one message (None: not recalled)."""
    return marks_of(conn, [message_id]).get(message_id)


@dataclass(frozen=True, slots=True)
class RelayDue:
    """A recall of `original_id` not yet passed on to the recipients of `forward_id`."""

    recall_id: str
    original_id: str
    forward_id: str


def relays_due(conn: Conn) -> list[RelayDue]:
    """Every valid recall of a message this profile forwarded, per forward not yet told."""
    rows = conn.execute(
        """SELECT r.message_id, x.message_id, f.message_id
             FROM messages r
             JOIN messages x ON x.message_id = json_extract(r.content, '$.of_message')
                            AND x.sender_agency = r.sender_agency
             JOIN message_forwards f ON f.of_message = x.message_id
             JOIN messages fm ON fm.message_id = f.message_id
                             AND fm.direction = 'outgoing'
             LEFT JOIN recall_relays rr ON rr.recall_id = r.message_id
                                       AND rr.forward_id = f.message_id
            WHERE r.type = 'recall' AND rr.recall_id IS NULL
            ORDER BY r.created_at, r.row_id, fm.created_at""")
    return [RelayDue(str(row[0]), str(row[1]), str(row[2])) for row in rows]


def record_relay(conn: Conn, recall_id: str, forward_id: str, relay_id: str, *,
                 now: datetime) -> bool:
    """Note that `relay_id` passed `recall_id` on for `forward_id`; False if it already was."""
    require_transaction(conn)
    cursor = conn.execute(
        """INSERT OR IGNORE INTO recall_relays (recall_id, forward_id, relay_id, relayed_at)
           VALUES (?, ?, ?, ?)""", (recall_id, forward_id, relay_id, time_text(now, "now")))
    return cursor.rowcount == 1


def relayed(conn: Conn, recall_id: str) -> list[tuple[str, str]]:
    """(forward id, relay id) for each forward `recall_id` was passed on to."""
    rows = conn.execute(
        "SELECT forward_id, relay_id FROM recall_relays WHERE recall_id = ? ORDER BY relayed_at",
        (recall_id,))
    return [(str(r[0]), str(r[1])) for r in rows]
