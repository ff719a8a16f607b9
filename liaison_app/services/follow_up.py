"""Follow-up of requests (Directive (EU) 2023/977 Art. 16): where each request stands
after its answers, and the sequence that got it there — for the detail pane, the case
view and `liaison inbox|outbox --json`.

A request answered "clarification requested" stays open until the partner answers
again, whoever wrote last; `waiting_on_us` says whose move it is. The state is the
stored one (`store.follow_up`, the same the Awaiting reply view, its count and every
list row read); the steps are the conversation read as a sequence
(`store.follow_up.record`), which is also what that state was computed from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from liaison_app.domain.follow_up import FollowUpRecord
from liaison_app.services.session import Session
from liaison_app.store import follow_up
from liaison_app.store.columns import Conn
from liaison_app.store.follow_up import RequestRecord


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


def _view(rec: RequestRecord, state: FollowUpRecord) -> FollowUpView:
    return FollowUpView(
        rec.request_id, rec.direction, state.state.value, state.open,
        rec.waiting_on_us(state), state.answered_at,
        tuple(FollowUpStep(e.message_id, e.at, e.kind, e.outcome, e.reason, e.agency)
              for e in rec.events))


def _read(conn: Conn, request_id: str) -> FollowUpView | None:
    """The stored state of a request with the steps of its record (None: no such
    request, or none followed up)."""
    state = follow_up.get(conn, request_id)
    rec = follow_up.record(conn, request_id) if state is not None else None
    return None if rec is None or state is None else _view(rec, state)


def follow_up_of(session: Session, message_id: str) -> FollowUpView | None:
    """The follow-up of the request `message_id` belongs to (itself, or the request its
    conversation answers); None when it is not part of a request's conversation."""
    request_id = follow_up.request_of(session.db, message_id)
    return None if request_id is None else _read(session.db, request_id)


def case_follow_ups(session: Session, case_ref: str) -> list[FollowUpView]:
    """Every request of a case with its follow-up, oldest first (the case record)."""
    out: list[FollowUpView] = []
    for request_id in follow_up.case_requests(session.db, case_ref):
        view = _read(session.db, request_id)
        if view is not None:
            out.append(view)
    return out
