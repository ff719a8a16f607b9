"""Read models of joint operations: the list, and one operation with its shared timeline
(the report section is `operation_report`).

Everything here is computed from the shared record alone (the signed updates in the
shared order, their signed times), never from when this copy received them, so the
timeline and the report section are identical on every participant's copy that holds
the same updates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from liaison_app.domain.operation_content_bodies import (
    DecisionBody,
    OutcomeBody,
    ShareBody,
    TaskBody,
    TaskStateBody,
)
from liaison_app.domain.operation_control_bodies import ConsentBody, ProposeBody, ReasonBody
from liaison_app.domain.operation_state import fold
from liaison_app.domain.operation_updates import UpdateKind
from liaison_app.domain.outcomes import OUTCOME_KIND_LABELS
from liaison_app.services.errors import ServiceError
from liaison_app.services.operations import refusal, resolve
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
    """The update's own words: a task's title, a decision, an outcome, a reason."""
    state: str = ""
    """Tasks: open, done or overdue; shared items: their handling code."""
    assignee: str = ""
    """Tasks: the agency or officer it is for."""
    due_on: date | None = None
    subjects: int = 0
    """Shared items: how many subjects they carry."""
    about: str | None = None
    """Task states: the task they mark."""
    personal: bool = False
    """Shared items and outcome notes may name people (shown after a justification)."""
    outcome: str = ""
    """Outcomes: the kind's label in English ("Persons arrested"; the GUI translates it)."""
    count: int = 0
    """Outcomes: how many."""
    note: str = ""
    """Outcomes: the officer's note."""


@dataclass(frozen=True, slots=True)
class QuarantineEntry:
    """A refused update and why (kept for the officer and the auditor)."""

    update_id: str | None
    kind: str
    author_agency: str
    reason: str
    detail: str
    received_at: datetime

    @property
    def refusal(self) -> ServiceError:
        """Why it was refused, as a translatable sentence (`operations.refusal`): the
        reason code and the record's English sentence are never shown as they are."""
        return refusal(self.reason, self.detail)


@dataclass(frozen=True, slots=True)
class OperationDetail:
    """One operation: who takes part, the objectives, the timeline, what was refused."""

    summary: OperationSummary
    objectives: tuple[str, ...]
    handling: str
    participants: tuple[tuple[str, str], ...]
    """(agency, invited|member|declined|left), by agency."""
    timeline: tuple[TimelineEntry, ...]
    quarantine: tuple[QuarantineEntry, ...]

    @property
    def holds_personal_data(self) -> bool:
        """True when shared items or outcome notes may name people (a consultation first)."""
        return any(e.personal for e in self.timeline)

    @property
    def members(self) -> tuple[str, ...]:
        """The agencies taking part now."""
        return tuple(a for a, s in self.participants if s == "member")


def operation_list(session: Session) -> list[OperationSummary]:
    """Every operation this copy knows, the most recently changed first."""
    return [OperationSummary(r.operation_id, r.ref, r.title, r.lead, r.status, r.own_state,
                             r.updated_at) for r in operations.all_operations(session.db)]


def task_states(rows: list[UpdateRow]) -> dict[str, bool]:
    done: dict[str, bool] = {}
    for r in rows:
        body = r.item.body
        if r.item.header.kind is UpdateKind.TASK:
            done.setdefault(r.item.header.id, False)
        elif isinstance(body, TaskStateBody) and r.item.header.about is not None:
            done[r.item.header.about] = body.done
    return done


def _words(r: UpdateRow) -> str:
    """The update's own words (the officer's text; labels are the caller's, translated)."""
    body = r.item.body
    if body is None:
        return ""
    if isinstance(body, ProposeBody):
        return body.title
    if isinstance(body, ReasonBody):
        return body.reason
    if isinstance(body, ConsentBody):
        return body.agency
    if isinstance(body, TaskBody):
        return body.title
    if isinstance(body, TaskStateBody):
        return body.note
    if isinstance(body, DecisionBody):
        return body.text
    if isinstance(body, OutcomeBody):
        o = body.outcome
        return f"{o.count} × {o.kind.value.replace('_', ' ')}" + (f" ({o.note})" if o.note
                                                                   else "")
    if isinstance(body, ShareBody):
        return body.title
    return ""


def _state(r: UpdateRow, done: dict[str, bool], today: date) -> str:
    body = r.item.body
    if isinstance(body, TaskBody):
        if done.get(r.item.header.id):
            return "done"
        return "overdue" if body.due_on < today else "open"
    if isinstance(body, ShareBody) and body.handling is not None:
        return body.handling.code
    return ""


def _entry(r: UpdateRow, done: dict[str, bool], today: date) -> TimelineEntry:
    h, body = r.item.header, r.item.body
    task = body if isinstance(body, TaskBody) else None
    outcome = body.outcome if isinstance(body, OutcomeBody) else None
    return TimelineEntry(
        h.id, h.kind.value, h.author.officer, h.author.agency, h.created_at, _words(r),
        _state(r, done, today),
        assignee="" if task is None else task.assignee.officer or task.assignee.agency,
        due_on=None if task is None else task.due_on,
        subjects=len(body.subjects) if isinstance(body, ShareBody) else 0, about=h.about,
        personal=isinstance(body, ShareBody)
        or (isinstance(body, OutcomeBody) and bool(body.outcome.note)),
        outcome=OUTCOME_KIND_LABELS[outcome.kind] if outcome else "",
        count=outcome.count if outcome else 0, note=outcome.note if outcome else "")


def operation_detail(session: Session, key: str, *, today: date) -> OperationDetail:
    """One operation with its shared timeline (the shared order) and its refusals."""
    op = resolve(session.db, key)
    rows = operations.updates(session.db, op.operation_id)
    state = fold(r.held for r in rows)
    done = task_states(rows)
    timeline = tuple(_entry(r, done, today) for r in rows)
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
