"""The follow-up state of each stored request, kept current as its conversation grows.

`note_messages` is called in the transaction that stores messages (compose and
sync alike): a new request starts `awaiting`; a reply or a recall finds the
request its conversation started from and recomputes that request's state
(`domain.follow_up`). Answers count only from the side that received the
request (our replies to a request we received, the partner's replies to one we
sent), so a clarification the requester sends back never closes its own
request. Lists read the state with one index lookup per row.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime

from liaison_app.domain.follow_up import OPEN_STATES, Answer, FollowUp, FollowUpRecord, follow_up
from liaison_app.domain.messages import RecallAction, ReplyOutcome
from liaison_app.store.columns import (
    Conn,
    from_time_text,
    opt_from_time_text,
    opt_time_text,
    require_transaction,
    time_text,
)

MAX_DEPTH = 50
"""How far a conversation is followed (replies to replies...)."""

_THREAD_SQL = f"""
WITH RECURSIVE thread(id, depth) AS (
    SELECT ?, 0
    UNION
    SELECT m.message_id, t.depth + 1 FROM messages m JOIN thread t ON m.in_reply_to = t.id
     WHERE t.depth < {MAX_DEPTH}
)
SELECT m.message_id, m.direction, m.type, m.content, m.created_at
  FROM messages m JOIN thread t ON m.message_id = t.id WHERE t.depth > 0
"""  # noqa: S608 - a constant depth only


def _content(text: str) -> dict[str, object]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def compute(conn: Conn, request_id: str) -> FollowUpRecord | None:
    """The state of a stored request from the messages of its conversation (None: no such
    request)."""
    row = conn.execute("SELECT direction, type FROM messages WHERE message_id = ?",
                       (request_id,)).fetchone()
    if row is None or row[1] != "request":
        return None
    direction = str(row[0])
    answers: list[Answer] = []
    withdrawn = False
    for message_id, msg_direction, msg_type, content_text, created in conn.execute(
            _THREAD_SQL, (request_id,)):
        content = _content(content_text)
        if msg_type == "reply" and msg_direction != direction:
            try:
                outcome = ReplyOutcome(str(content.get("outcome")))
            except ValueError:
                continue
            answers.append(Answer(str(message_id), outcome, from_time_text(created)))
        elif (msg_type == "recall" and msg_direction == direction
              and content.get("of_message") == request_id
              and content.get("action") == RecallAction.WITHDRAW.value):
            withdrawn = True
    return follow_up(answers, withdrawn=withdrawn)


def refresh(conn: Conn, request_ids: Iterable[str], *, now: datetime) -> None:
    """Recompute and store the state of these requests."""
    require_transaction(conn)
    stamp = time_text(now, "now")
    for request_id in dict.fromkeys(request_ids):
        record = compute(conn, request_id)
        if record is None:
            continue
        conn.execute(
            """INSERT INTO follow_ups (request_id, state, answered_at, last_answer, updated_at)
               VALUES (?, ?, ?, ?, ?)
               ON CONFLICT (request_id) DO UPDATE SET state = excluded.state,
                   answered_at = excluded.answered_at, last_answer = excluded.last_answer,
                   updated_at = excluded.updated_at""",
            (request_id, record.state.value, opt_time_text(record.answered_at),
             record.last_answer, stamp))


def request_of(conn: Conn, message_id: str) -> str | None:
    """The request a message's conversation started from (itself if it is one), or None."""
    current: str | None = message_id
    for _ in range(MAX_DEPTH + 1):
        if current is None:
            return None
        row = conn.execute("SELECT type, in_reply_to FROM messages WHERE message_id = ?",
                           (current,)).fetchone()
        if row is None:
            return None
        if row[0] == "request":
            return current
        current = row[1]
    return None


def note_messages(conn: Conn, message_ids: Sequence[str], *, now: datetime) -> None:
    """Messages were just stored: bring the requests they start or answer up to date."""
    require_transaction(conn)
    touched: list[str] = []
    for start in range(0, len(message_ids), 500):
        part = list(message_ids[start:start + 500])
        marks = ",".join("?" * len(part))
        rows = conn.execute(
            f"SELECT message_id, type FROM messages WHERE message_id IN ({marks}) "  # noqa: S608
            "AND type IN ('request', 'reply', 'recall')", part).fetchall()
        for message_id, msg_type in rows:
            found = message_id if msg_type == "request" else request_of(conn, message_id)
            if found is not None:
                touched.append(found)
    refresh(conn, touched, now=now)


def get(conn: Conn, request_id: str) -> FollowUpRecord | None:
    """The stored state of a request (None for anything that is not a stored request)."""
    row = conn.execute(
        "SELECT state, answered_at, last_answer FROM follow_ups WHERE request_id = ?",
        (request_id,)).fetchone()
    if row is None:
        return None
    return FollowUpRecord(FollowUp(row[0]), opt_from_time_text(row[1]), row[2])


def open_count(conn: Conn, *, direction: str | None = None) -> int:
    """How many requests still wait for an answer (optionally sent or received only)."""
    states = sorted(s.value for s in OPEN_STATES)
    marks = ",".join("?" * len(states))
    if direction is None:
        row = conn.execute(
            f"SELECT count(*) FROM follow_ups WHERE state IN ({marks})",  # noqa: S608
            states).fetchone()
    else:
        row = conn.execute(
            f"""SELECT count(*) FROM follow_ups f JOIN messages m ON m.message_id = f.request_id
                WHERE f.state IN ({marks}) AND m.direction = ?""",  # noqa: S608
            [*states, direction]).fetchone()
    return int(row[0])
