"""Read models of joint operations: the list, one operation with its shared timeline, and
the working-group report's per-operation section.

Everything here is computed from the shared record alone (the signed updates in the
shared order, their signed times), never from when this copy received them, so the
timeline and the report section are identical on every participant's copy that holds
the same updates.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from liaison_app.domain.operation_bodies import (
    AcceptBody,
    ConsentBody,
    DecisionBody,
    OutcomeBody,
    ReasonBody,
    ShareBody,
    TaskBody,
    TaskStateBody,
)
from liaison_app.domain.operation_state import Membership, fold, status
from liaison_app.domain.operation_updates import UpdateKind
from liaison_app.domain.timefmt import format_time
from liaison_app.services.operations import resolve
from liaison_app.services.session import Session
from liaison_app.store import operations
from liaison_app.store.operations import UpdateRow


@dataclass(frozen=True, slots=True)
class OperationSummary:
    """One line of the Operations list."""

    operation_id: str
    ref: str
    title: str
    lead: str
    status: str
    own_state: str
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One update of the shared timeline, in words."""

    update_id: str
    kind: str
    author_officer: str
    author_agency: str
    created_at: datetime
    text: str
    state: str = ""
    """Tasks: open, done or overdue; shared items: their handling code."""


@dataclass(frozen=True, slots=True)
class QuarantineEntry:
    """A refused update and why (kept for the officer and the auditor)."""

    update_id: str | None
    kind: str
    author_agency: str
    reason: str
    detail: str
    received_at: datetime


@dataclass(frozen=True, slots=True)
class OperationDetail:
    """One operation: who takes part, the objectives, the timeline, what was refused."""

    summary: OperationSummary
    objectives: tuple[str, ...]
    handling: str
    participants: tuple[tuple[str, str], ...]
    timeline: tuple[TimelineEntry, ...]
    quarantine: tuple[QuarantineEntry, ...]


def operation_list(session: Session) -> list[OperationSummary]:
    """Every operation this copy knows, the most recently changed first."""
    return [OperationSummary(r.operation_id, r.ref, r.title, r.lead, r.status, r.own_state,
                             r.updated_at) for r in operations.all_operations(session.db)]


def _task_states(rows: list[UpdateRow]) -> dict[str, bool]:
    done: dict[str, bool] = {}
    for r in rows:
        body = r.item.body
        if r.item.header.kind is UpdateKind.TASK:
            done.setdefault(r.item.header.id, False)
        elif isinstance(body, TaskStateBody) and r.item.header.about is not None:
            done[r.item.header.about] = body.done
    return done


def _words(r: UpdateRow, state: Membership) -> str:
    body, kind = r.item.body, r.item.header.kind
    if body is None:
        return "(erased on this copy)"
    if kind is UpdateKind.PROPOSE and state.proposal is not None:
        return f"Proposed {state.proposal.title} to {', '.join(state.proposal.agencies)}"
    if isinstance(body, AcceptBody):
        return "Agreed to take part"
    if isinstance(body, ReasonBody):
        verb = {UpdateKind.DECLINE: "Declined", UpdateKind.LEAVE: "Left the operation",
                UpdateKind.CONCLUDE: "Concluded the operation"}.get(kind, kind.value)
        return f"{verb}: {body.reason}" if body.reason else verb
    if isinstance(body, ConsentBody):
        return f"Consented to its restricted items reaching {body.agency}"
    if isinstance(body, TaskBody):
        who = body.assignee.officer or body.assignee.agency
        return f"Task for {who}, due {body.due_on.isoformat()}: {body.title}"
    if isinstance(body, TaskStateBody):
        return ("Task done" if body.done else "Task open again") + (
            f": {body.note}" if body.note else "")
    if isinstance(body, DecisionBody):
        return f"Decision: {body.text}"
    if isinstance(body, OutcomeBody):
        o = body.outcome
        return f"Outcome: {o.count} × {o.kind.value.replace('_', ' ')}" + (
            f" ({o.note})" if o.note else "")
    if isinstance(body, ShareBody):
        return f"Shared: {body.title}" + (f" — {len(body.subjects)} subject(s)"
                                          if body.subjects else "")
    return kind.value


def _state(r: UpdateRow, done: dict[str, bool], today: date) -> str:
    body = r.item.body
    if isinstance(body, TaskBody):
        if done.get(r.item.header.id):
            return "done"
        return "overdue" if body.due_on < today else "open"
    if isinstance(body, ShareBody) and body.handling is not None:
        return body.handling.code
    return ""


def operation_detail(session: Session, key: str, *, today: date) -> OperationDetail:
    """One operation with its shared timeline (the shared order) and its refusals."""
    op = resolve(session.db, key)
    rows = operations.updates(session.db, op.operation_id)
    state = fold(r.held for r in rows)
    done = _task_states(rows)
    timeline = tuple(TimelineEntry(
        r.item.header.id, r.item.header.kind.value, r.item.header.author.officer,
        r.item.header.author.agency, r.item.header.created_at, _words(r, state),
        _state(r, done, today)) for r in rows)
    refused = tuple(QuarantineEntry(q.update_id, q.kind, q.author_agency, q.reason, q.detail,
                                    q.received_at)
                    for q in operations.quarantined(session.db, op.operation_id))
    proposal = state.proposal
    handling = "" if proposal is None or proposal.handling is None else proposal.handling.code
    return OperationDetail(
        OperationSummary(op.operation_id, op.ref, op.title, op.lead, op.status, op.own_state,
                         op.updated_at),
        proposal.objectives if proposal is not None else (), handling,
        tuple(sorted((a, s.value) for a, s in state.states.items())), timeline, refused)


def _hours(start: datetime, end: datetime) -> float:
    return round((end - start).total_seconds() / 3600, 1)


def report_section(session: Session, key: str, *, as_of: date) -> dict[str, Any]:
    """The working-group report's section for one operation: participants, objectives,
    tasks done/open/overdue on `as_of`, outcomes by agency and in total, and response
    times within the operation, from the signed record only (identical on every copy)."""
    op = resolve(session.db, key)
    rows = operations.updates(session.db, op.operation_id)
    state = fold(r.held for r in rows)
    proposal = state.proposal
    done = _task_states(rows)
    tasks = [r for r in rows if isinstance(r.item.body, TaskBody)]
    overdue = sum(1 for r in tasks if not done.get(r.item.header.id)
                  and isinstance(r.item.body, TaskBody) and r.item.body.due_on < as_of)
    by_agency: dict[str, Counter[str]] = {}
    total: Counter[str] = Counter()
    for r in rows:
        if isinstance(r.item.body, OutcomeBody):
            o = r.item.body.outcome
            by_agency.setdefault(r.item.header.author.agency, Counter())[o.kind.value] += o.count
            total[o.kind.value] += o.count
    start = rows[0].item.header.created_at if rows else None
    accepted = {r.item.header.author.agency: _hours(start, r.item.header.created_at)
                for r in rows if r.item.header.kind is UpdateKind.ACCEPT and start is not None}
    created = {r.item.header.id: r.item.header.created_at for r in tasks}
    completion = [_hours(created[r.item.header.about], r.item.header.created_at)
                  for r in rows if isinstance(r.item.body, TaskStateBody) and r.item.body.done
                  and r.item.header.about in created]
    return {
        "operation": op.operation_id, "ref": op.ref, "title": op.title, "lead": state.lead,
        "status": status(state, sum(1 for r in rows if r.item.header.is_content)).value,
        "proposed_at": None if start is None else format_time(start),
        "participants": [{"agency": a, "state": s.value}
                         for a, s in sorted(state.states.items())],
        "objectives": list(proposal.objectives) if proposal else [],
        "tasks": {"total": len(tasks), "done": sum(1 for v in done.values() if v),
                  "overdue": overdue, "as_of": as_of.isoformat()},
        "decisions": sum(1 for r in rows if r.item.header.kind is UpdateKind.DECISION),
        "outcomes": {"by_agency": {a: dict(sorted(c.items()))
                                   for a, c in sorted(by_agency.items())},
                     "total": dict(sorted(total.items()))},
        "response_times": {"acceptance_hours": dict(sorted(accepted.items())),
                           "task_completion_hours": sorted(completion)},
        "updates": len(rows),
    }
