"""The case record of one request (Directive (EU) 2023/977 Art. 16): its sequence of
answers, clarifications and recalls, and the follow-up state they put it in.

Read from the messages themselves: the conversation below the request (everything
naming it, or naming a message that does, in `in_reply_to`). An answer counts only
from the side that received the request (our replies to a request we received, the
partner's replies to one we sent); a reply from the requesting side is a
clarification given. The state is `domain.follow_up`'s: the latest answer decides,
"clarification requested" stays open until the partner answers again, a withdrawal
by the requester closes it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from liaison_app.domain.follow_up import Answer, FollowUpRecord, follow_up
from liaison_app.domain.messages import RecallAction, ReplyOutcome
from liaison_app.store.columns import Conn, from_time_text

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

    @property
    def waiting_on_us(self) -> bool:
        """Open and the next move is ours: a request we received and have not answered
        since the requester last wrote, or ours after the partner asked to clarify."""
        if not self.state.open:
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
