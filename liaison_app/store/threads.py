"""Conversations: a request or alert with everything that answers it, in order.

A message's conversation is found from its root: follow `in_reply_to` (and, for
a forward we sent, the message it passed on) up to the first message whose
parent is not stored, then every message below it, through replies (answers,
clarifications, recalls, acknowledgements, which all name what they answer)
and forwards (the links `store.forwards` writes). Technical and read
acknowledgements are state of the message they name, never members of a
conversation; a business acknowledgement ("being acted on") is one. A
restricted message (kept for evidence) is left out, as from every normal view.
"""

from __future__ import annotations

from dataclasses import dataclass

from liaison_app.store.columns import Conn
from liaison_app.store.follow_up import MAX_DEPTH

MAX_MEMBERS = 500

_DOWN_SQL = f"""
WITH RECURSIVE thread(id, parent, relation, depth) AS (
    SELECT ?, NULL, 'root', 0
    UNION
    SELECT m.message_id, t.id, 'reply', t.depth + 1
      FROM messages m JOIN thread t ON m.in_reply_to = t.id WHERE t.depth < {MAX_DEPTH}
    UNION
    SELECT f.message_id, t.id, 'forward', t.depth + 1
      FROM message_forwards f JOIN thread t ON f.of_message = t.id WHERE t.depth < {MAX_DEPTH}
)
SELECT t.id, t.parent, t.relation, t.depth FROM thread t JOIN messages m ON m.message_id = t.id
 WHERE (m.type != 'ack' OR json_extract(m.content, '$.ack_kind') = 'business')
   AND (m.restricted_at IS NULL OR t.depth = 0)
 ORDER BY m.created_at, m.row_id LIMIT ?
"""  # noqa: S608 - constants only


@dataclass(frozen=True, slots=True)
class Member:
    """One message of a conversation and how it hangs on its parent."""

    message_id: str
    parent: str | None
    relation: str
    """`root`, `reply` (anything naming it in in_reply_to) or `forward`."""
    depth: int


def root_of(conn: Conn, message_id: str) -> str:
    """The first message of the conversation `message_id` belongs to."""
    current = message_id
    for _ in range(MAX_DEPTH):
        row = conn.execute(
            """SELECT coalesce(m.in_reply_to, f.of_message) FROM messages m
               LEFT JOIN message_forwards f ON f.message_id = m.message_id
               WHERE m.message_id = ?""", (current,)).fetchone()
        parent = None if row is None else row[0]
        if parent is None or conn.execute("SELECT 1 FROM messages WHERE message_id = ?",
                                          (parent,)).fetchone() is None:
            return current
        current = str(parent)
    return current


def members(conn: Conn, root_id: str, *, limit: int = MAX_MEMBERS) -> list[Member]:
    """The conversation under `root_id` (itself first), oldest first; acks left out."""
    rows = conn.execute(_DOWN_SQL, (root_id, int(limit)))
    seen: set[str] = set()
    out: list[Member] = []
    for message_id, parent, relation, depth in rows:
        if message_id in seen:  # reachable twice (a reply to a forward...): first path wins
            continue
        seen.add(message_id)
        out.append(Member(str(message_id), parent, str(relation), int(depth)))
    return out
