"""The follow-up of requests (Directive (EU) 2023/977 Art. 16): each request's record of
answers, clarifications and recalls, and the state they put it in — the one place the
rules of `domain.follow_up` are applied to stored messages, and the one stored answer
to "where does it stand?".

`record` reads a request's conversation (everything naming it, or naming a message
that does, in `in_reply_to`) as its sequence of steps. An answer counts only from
the side that received the request (our replies to a request we received, the
partner's replies to one we sent); a reply from the requesting side is a
clarification given, so it never closes its own request. The latest answer decides,
"clarification requested" stays open until the partner answers again, a withdrawal
by the requester closes it.

The state that record gives is stored, one row per request in `follow_ups`, so every
reader (the Awaiting reply view and its count, list rows, the detail pane, the case
view, `liaison inbox|outbox --json`) reads the same fact with one index lookup.
`note_messages` is called in the transaction that stores messages (compose and sync
alike): a new request starts `awaiting`; a reply or a recall finds the request its
conversation started from and recomputes that request's state. Erasing a message
(`note_erasing` before, `refresh` after) recomputes the request it answered, so an
erased answer no longer counts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from liaison_app.domain.follow_up import (
    OPEN_STATES,
    Answer,
    FollowUp,
    FollowUpRecord,
    follow_up,
)
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
MAX_EVENTS = 500

_THREAD_SQL = f"""
WITH RECURSIVE thread(id, depth) AS (
    SELECT ?, 0
    UNION
    SELECT m.message_id, t.depth + 1 FROM messages m JOIN thread t ON m.in_reply_to = t.id
     WHERE t.depth < {MAX_DEPTH}
)
SELECT m.message_id, m.direction, m.type, m.content, m.created_at, m.sender_agency, t.depth
  FROM messages m JOIN thread t ON m.message_id = t.id
 WHERE m.type != 'ack'
 ORDER BY m.created_at, m.row_id LIMIT {MAX_EVENTS}
"""  # noqa: S608 - constants only


@dataclass(frozen=True, slots=True)
class SequenceEvent:
    """One step of a request's record."""

    message_id: str
    at: datetime
    kind: str
    """`request`, `answer` (provided, partial, refused or clarification from the side
    that received it), `clarification` (a reply from the requesting side), `recall`."""
    outcome: str
    """The answer's outcome, the recall's action, "" otherwise."""
    reason: str
    agency: str
    direction: str


@dataclass(frozen=True, slots=True)
class RequestRecord:
    """A request's follow-up state and the sequence that led to it."""

    request_id: str
    direction: str
    state: FollowUpRecord
    events: tuple[SequenceEvent, ...]

    def waiting_on_us(self, state: FollowUpRecord) -> bool:
        """Open in `state` (the stored one) and the next move is ours: a request we
        received and have not answered since the requester last wrote, or ours after
        the partner asked to clarify."""
        if not state.open:
            return False
        last = self.events[-1]
        if self.direction == "incoming":
            return last.kind in ("request", "clarification")
        return last.kind == "answer" and last.outcome == ReplyOutcome.CLARIFICATION.value


def _content(text: str) -> dict[str, object]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def request_of(conn: Conn, message_id: str) -> str | None:
    """The request a message's conversation starts from (itself if it is one), or None."""
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


def record(conn: Conn, request_id: str) -> RequestRecord | None:
    """The record of a stored request (None: not a stored request)."""
    head = conn.execute(
        "SELECT direction, type, created_at, sender_agency FROM messages WHERE message_id = ?",
        (request_id,)).fetchone()
    if head is None or head[1] != "request":
        return None
    direction = str(head[0])
    events = [SequenceEvent(request_id, from_time_text(head[2]), "request", "", "",
                            str(head[3]), direction)]
    answers: list[Answer] = []
    withdrawn = False
    for mid, msg_dir, msg_type, content_text, created, agency, depth in conn.execute(
            _THREAD_SQL, (request_id,)):
        if depth == 0:
            continue
        content = _content(str(content_text))
        at = from_time_text(created)
        if msg_type == "reply":
            outcome = str(content.get("outcome", ""))
            reason = str(content.get("reason", ""))
            if msg_dir != direction:
                try:
                    answers.append(Answer(str(mid), ReplyOutcome(outcome), at))
                except ValueError:
                    continue
                events.append(SequenceEvent(str(mid), at, "answer", outcome, reason,
                                            str(agency), str(msg_dir)))
            else:
                events.append(SequenceEvent(str(mid), at, "clarification", outcome, reason,
                                            str(agency), str(msg_dir)))
        elif msg_type == "recall" and msg_dir == direction \
                and content.get("of_message") == request_id:
            action = str(content.get("action", ""))
            withdrawn = withdrawn or action == RecallAction.WITHDRAW.value
            events.append(SequenceEvent(str(mid), at, "recall", action,
                                        str(content.get("reason", "")), str(agency),
                                        str(msg_dir)))
    return RequestRecord(request_id, direction, follow_up(answers, withdrawn=withdrawn),
                         tuple(events))


def case_requests(conn: Conn, case_ref: str) -> list[str]:
    """The requests filed in a case, oldest first."""
    rows = conn.execute(
        """SELECT m.message_id FROM messages m
            WHERE m.type = 'request' AND m.restricted_at IS NULL
              AND (m.case_ref = ? OR m.message_id IN
                   (SELECT message_id FROM case_messages WHERE case_ref = ?))
            ORDER BY m.created_at, m.row_id""", (case_ref, case_ref))
    return [str(r[0]) for r in rows]


# -- the stored state ---------------------------------------------------------------


def refresh(conn: Conn, request_ids: Iterable[str], *, now: datetime) -> None:
    """Recompute and store the state of these requests."""
    require_transaction(conn)
    stamp = time_text(now, "now")
    for request_id in dict.fromkeys(request_ids):
        sequence = record(conn, request_id)
        if sequence is None:
            continue
        state = sequence.state
        conn.execute(
            """INSERT INTO follow_ups (request_id, state, answered_at, last_answer, updated_at)
               VALUES (?, ?, ?, ?, ?)
               ON CONFLICT (request_id) DO UPDATE SET state = excluded.state,
                   answered_at = excluded.answered_at, last_answer = excluded.last_answer,
                   updated_at = excluded.updated_at""",
            (request_id, state.state.value, opt_time_text(state.answered_at),
             state.last_answer, stamp))


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


def note_erasing(conn: Conn, message_id: str) -> str | None:
    """A message is about to be erased: the request whose state it may have set (to
    `refresh` once it is gone), None when it answers no other request."""
    request_id = request_of(conn, message_id)
    return None if request_id in (None, message_id) else request_id


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
