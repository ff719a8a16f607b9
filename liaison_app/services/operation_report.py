"""The working-group report's section for each joint operation.

Computed from the shared record only (the signed updates and their signed times, in the
shared order), never from when this copy received them, so every participant's copy
holding the same updates gives the same section, byte for byte in its JSON form
(protocol §32.4). The monitoring report prints one per operation of its period.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from liaison_app.domain.operation_content_bodies import OutcomeBody, TaskBody, TaskStateBody
from liaison_app.domain.operation_state import fold, status
from liaison_app.domain.operation_updates import UpdateKind
from liaison_app.domain.timefmt import format_time
from liaison_app.services.operation_views import task_states
from liaison_app.services.operations import resolve
from liaison_app.services.session import Session
from liaison_app.store import operations


@dataclass(frozen=True, slots=True)
class OperationSection:
    """One operation's figures for the working group."""

    operation_id: str
    ref: str
    title: str
    lead: str
    status: str
    proposed_at: datetime | None
    participants: tuple[tuple[str, str], ...]
    objectives: tuple[str, ...]
    tasks_total: int
    tasks_done: int
    tasks_overdue: int
    as_of: date
    decisions: int
    outcomes_by_agency: tuple[tuple[str, str, int], ...]
    """(agency, outcome kind, count), by agency then kind."""
    outcomes_total: tuple[tuple[str, int], ...]
    acceptance_hours: tuple[tuple[str, float], ...]
    """Hours from the proposal to each partner's agreement."""
    task_completion_hours: tuple[float, ...]
    """Hours from each task to its being marked done, shortest first."""
    updates: int

    def to_json(self) -> dict[str, Any]:
        """The section as JSON-ready data (`liaison operation show --json`, key `report`)."""
        by_agency: dict[str, dict[str, int]] = {}
        for agency, kind, count in self.outcomes_by_agency:
            by_agency.setdefault(agency, {})[kind] = count
        return {
            "operation": self.operation_id, "ref": self.ref, "title": self.title,
            "lead": self.lead, "status": self.status,
            "proposed_at": None if self.proposed_at is None else format_time(self.proposed_at),
            "participants": [{"agency": a, "state": s} for a, s in self.participants],
            "objectives": list(self.objectives),
            "tasks": {"total": self.tasks_total, "done": self.tasks_done,
                      "overdue": self.tasks_overdue, "as_of": self.as_of.isoformat()},
            "decisions": self.decisions,
            "outcomes": {"by_agency": by_agency, "total": dict(self.outcomes_total)},
            "response_times": {"acceptance_hours": dict(self.acceptance_hours),
                               "task_completion_hours": list(self.task_completion_hours)},
            "updates": self.updates,
        }


def _hours(start: datetime, end: datetime) -> float:
    return round((end - start).total_seconds() / 3600, 1)


def operation_section(session: Session, key: str, *, as_of: date) -> OperationSection:
    """The section for one operation (by id or reference); tasks overdue on `as_of`."""
    op = resolve(session.db, key)
    rows = operations.updates(session.db, op.operation_id)
    state = fold(r.held for r in rows)
    done = task_states(rows)
    tasks = [(r.item.header, r.item.body) for r in rows if isinstance(r.item.body, TaskBody)]
    overdue = sum(1 for h, b in tasks if not done.get(h.id) and b.due_on < as_of)
    by_agency: Counter[tuple[str, str]] = Counter()
    total: Counter[str] = Counter()
    for r in rows:
        if isinstance(r.item.body, OutcomeBody):
            o = r.item.body.outcome
            by_agency[(r.item.header.author.agency, o.kind.value)] += o.count
            total[o.kind.value] += o.count
    start = rows[0].item.header.created_at if rows else None
    accepted = tuple(sorted((r.item.header.author.agency, _hours(start, r.item.header.created_at))
                            for r in rows if r.item.header.kind is UpdateKind.ACCEPT
                            and start is not None))
    created = {h.id: h.created_at for h, _b in tasks}
    completion = sorted(_hours(created[r.item.header.about], r.item.header.created_at)
                        for r in rows if isinstance(r.item.body, TaskStateBody)
                        and r.item.body.done and r.item.header.about in created)
    proposal = state.proposal
    return OperationSection(
        operation_id=op.operation_id, ref=op.ref, title=op.title, lead=state.lead,
        status=status(state, sum(1 for r in rows if r.item.header.is_content)).value,
        proposed_at=start,
        participants=tuple(sorted((a, s.value) for a, s in state.states.items())),
        objectives=proposal.objectives if proposal else (), tasks_total=len(tasks),
        tasks_done=sum(1 for h, _b in tasks if done.get(h.id)), tasks_overdue=overdue,
        as_of=as_of, decisions=sum(1 for r in rows if r.item.header.kind is UpdateKind.DECISION),
        outcomes_by_agency=tuple((a, k, n) for (a, k), n in sorted(by_agency.items())),
        outcomes_total=tuple(sorted(total.items())), acceptance_hours=accepted,
        task_completion_hours=tuple(completion), updates=len(rows))


def operation_sections(session: Session, *, first_day: date, last_day: date,
                       partner: str | None, as_of: date) -> tuple[OperationSection, ...]:
    """A section for each operation proposed by `last_day` and not concluded before
    `first_day` in which this agency took part (with `partner`, if one is chosen)."""
    out: list[OperationSection] = []
    for row in sorted(operations.all_operations(session.db), key=lambda r: r.ref):
        if row.own_state not in ("member", "left") or row.proposed_at.date() > last_day:
            continue
        section = operation_section(session, row.operation_id, as_of=as_of)
        if partner and partner not in {a for a, _s in section.participants}:
            continue
        if row.status == "concluded" and row.updated_at.date() < first_day:
            continue
        out.append(section)
    return tuple(out)
