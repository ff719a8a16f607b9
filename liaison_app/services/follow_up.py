"""Follow-up of requests (Directive (EU) 2023/977 Art. 16): where each request stands
after its answers, and the sequence that got it there — for the detail pane, the case
view and `liaison inbox|outbox --json`.

A request answered "clarification requested" stays open until the partner answers
again, whoever wrote last; `waiting_on_us` says whose move it is. The officer's-day
work keeps the same state in a table for its Awaiting-reply view; this reads it from
the conversation itself (`store.request_sequence`), so both agree by construction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from liaison_app.services.session import Session
from liaison_app.store import request_sequence
from liaison_app.store.request_sequence import RequestRecord


@dataclass(frozen=True, slots=True)
class FollowUpStep:
    """One step of the request's record, as shown."""

    message_id: str
    at: datetime
    kind: str
    outcome: str
    reason: str
    agency: str


@dataclass(frozen=True, slots=True)
class FollowUpView:
    """A request's follow-up: state, whether it is open and whose move it is, the steps."""

    request_id: str
    direction: str
    state: str
    open: bool
    waiting_on_us: bool
    answered_at: datetime | None
    steps: tuple[FollowUpStep, ...]

    def to_json(self) -> dict[str, object]:
        """The `follow_up` key of `liaison inbox|outbox --json` (no personal data)."""
        return {"request": self.request_id, "state": self.state, "open": self.open,
                "waiting_on_us": self.waiting_on_us,
                "steps": [{"message_id": s.message_id, "at": s.at.isoformat(),
                           "kind": s.kind, "outcome": s.outcome, "agency": s.agency}
                          for s in self.steps]}


def _view(rec: RequestRecord) -> FollowUpView:
    return FollowUpView(
        rec.request_id, rec.direction, rec.state.state.value, rec.state.open,
        rec.waiting_on_us, rec.state.answered_at,
        tuple(FollowUpStep(e.message_id, e.at, e.kind, e.outcome, e.reason, e.agency)
              for e in rec.events))


def follow_up_of(session: Session, message_id: str) -> FollowUpView | None:
    """The follow-up of the request `message_id` belongs to (itself, or the request its
    conversation answers); None when it is not part of a request's conversation."""
    request_id = request_sequence.request_of(session.db, message_id)
    if request_id is None:
        return None
    rec = request_sequence.record(session.db, request_id)
    return None if rec is None else _view(rec)


def case_follow_ups(session: Session, case_ref: str) -> list[FollowUpView]:
    """Every request of a case with its follow-up, oldest first (the case record)."""
    out: list[FollowUpView] = []
    for request_id in request_sequence.case_requests(session.db, case_ref):
        rec = request_sequence.record(session.db, request_id)
        if rec is not None:
            out.append(_view(rec))
    return out
