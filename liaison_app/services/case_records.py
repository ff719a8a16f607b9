"""What an officer records on a case beside its messages: outcomes, other systems' references,
and its status.

Each change is one transaction with its audit entry (`create`, `alter` or
`erase`). A case seen only on messages gets its local record when the first
thing is recorded on it. Notes on outcomes may name people, so the audit
entry records the kind, day and count, never the note.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from liaison_app.domain.cases import (
    EXTERNAL_SYSTEM_LABELS,
    CaseStatus,
    ExternalRef,
    ExternalSystem,
)
from liaison_app.domain.checks import MAX_ITEMS, parse_enum
from liaison_app.domain.currencies import format_amount
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.outcomes import OUTCOME_KIND_LABELS, Money, Outcome, OutcomeKind
from liaison_app.services.errors import ServiceError
from liaison_app.services.session import Session
from liaison_app.store import case_outcomes, cases
from liaison_app.store import view_queries as vq
from liaison_app.store.audit import AuditKind
from liaison_app.store.columns import Conn
from liaison_app.store.message_links import ensure_case


@dataclass(frozen=True, slots=True)
class OutcomeView:
    """An outcome as shown in the case view and the hand-over file."""

    outcome_id: str
    case_ref: str
    kind: str
    kind_label: str
    occurred_on: date
    count: int
    amount: str
    """`12,500.50 EUR`, or "" for kinds without an amount."""
    amount_minor: int | None
    currency: str | None
    note: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class ExternalRefView:
    """A reference to the same matter in another system."""

    system: str
    system_label: str
    reference: str


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).replace(microsecond=0)


def _record(conn: Conn, case_ref: str, now: datetime) -> cases.CaseRow:
    """The case's local record, made now if the case is only seen on messages."""
    record = cases.get_case(conn, case_ref)
    if record is not None:
        return record
    if vq.case_row(conn, case_ref) is None:
        raise ServiceError("There is no case {case_ref} in this profile.", case_ref=case_ref)
    ensure_case(conn, case_ref, now)
    made = cases.get_case(conn, case_ref)
    assert made is not None
    return made


def _view(row: case_outcomes.OutcomeRow) -> OutcomeView:
    try:
        label = OUTCOME_KIND_LABELS[OutcomeKind(row.kind)]
    except ValueError:
        label = row.kind
    amount = ("" if row.amount_minor is None or row.currency is None
              else format_amount(row.amount_minor, row.currency))
    return OutcomeView(row.outcome_id, row.case_ref, row.kind, label, row.occurred_on, row.count,
                       amount, row.amount_minor, row.currency, row.note, row.recorded_by,
                       row.recorded_at)


# -- outcomes ----------------------------------------------------------------------------


def add_outcome(session: Session, case_ref: str, outcome: Outcome, *,
                now: datetime | None = None) -> str:
    """Record an outcome on a case; return its id."""
    moment = _now(now)
    if not isinstance(outcome, Outcome):
        raise ValidationError("outcome", "must be an Outcome")
    outcome.check_not_future(moment.date())
    outcome_id = str(uuid.uuid4())
    money: Money | None = outcome.amount
    with session.db.transaction() as conn:
        _record(conn, case_ref, moment)
        case_outcomes.add(
            conn, outcome_id=outcome_id, case_ref=case_ref, kind=outcome.kind.value,
            occurred_on=outcome.occurred_on, count=outcome.count,
            amount_minor=None if money is None else money.minor,
            currency=None if money is None else money.currency, note=outcome.note,
            recorded_by=session.identity.officer_id, now=moment)
        cases.update_case(conn, case_ref, now=moment)
        details: dict[str, object] = {"what": "outcome", "outcome": outcome_id,
                                      "kind": outcome.kind.value,
                                      "date": outcome.occurred_on.isoformat(),
                                      "count": outcome.count}
        if money is not None:
            details.update(amount_minor=money.minor, currency=money.currency)
        session.audit(conn, AuditKind.CREATE, f"case:{case_ref}", details, now=moment)
    return outcome_id


def outcomes_of(session: Session, case_ref: str) -> tuple[OutcomeView, ...]:
    """A case's outcomes, oldest first."""
    return tuple(_view(r) for r in case_outcomes.of_case(session.db, case_ref))


def remove_outcome(session: Session, outcome_id: str, reason: str, *,
                   now: datetime | None = None) -> None:
    """Erase an outcome recorded in error, with the reason (audited)."""
    why = reason.strip()
    if len(why) < 3:
        raise ServiceError("Say why the outcome is removed (a few words at least).")
    moment = _now(now)
    with session.db.transaction() as conn:
        row = case_outcomes.get(conn, outcome_id)
        if row is None:
            raise ServiceError("There is no outcome {outcome_id} in this profile.",
                               outcome_id=outcome_id)
        case_outcomes.delete(conn, outcome_id)
        cases.update_case(conn, row.case_ref, now=moment)
        session.audit(conn, AuditKind.ERASE, f"case:{row.case_ref}",
                      {"what": "outcome", "outcome": outcome_id, "kind": row.kind,
                       "reason": why[:500]}, now=moment)


# -- references to other systems ------------------------------------------------------


def _refs(record: cases.CaseRow) -> list[ExternalRef]:
    out: list[ExternalRef] = []
    for i, item in enumerate(record.external_refs if isinstance(record.external_refs, list)
                             else []):
        out.append(ExternalRef.from_wire(item, f"external_refs[{i}]"))
    return out


def external_refs_of(session: Session, case_ref: str) -> tuple[ExternalRefView, ...]:
    """A case's references in SIENA, INTERPOL, SELEC and national systems."""
    record = cases.get_case(session.db, case_ref)
    if record is None:
        return ()
    return tuple(ExternalRefView(r.system.value, EXTERNAL_SYSTEM_LABELS[r.system], r.reference)
                 for r in _refs(record))


def add_external_ref(session: Session, case_ref: str, system: str | ExternalSystem,
                     reference: str, *, now: datetime | None = None) -> None:
    """Add a reference to the same matter in another system (audited)."""
    moment = _now(now)
    ref = ExternalRef(system=parse_enum(ExternalSystem, str(system).lower(), "system"),
                      reference=reference)
    with session.db.transaction() as conn:
        existing = _refs(_record(conn, case_ref, moment))
        if ref in existing:
            raise ServiceError("Case {case_ref} already has the {system} reference {reference}.",
                               case_ref=case_ref, system=ref.system.value.upper(),
                               reference=ref.reference)
        if len(existing) >= MAX_ITEMS:
            raise ServiceError("Case {case_ref} already has {count} references; "
                               "remove one first.", case_ref=case_ref, count=MAX_ITEMS)
        cases.update_case(conn, case_ref, now=moment,
                          external_refs=[r.to_wire() for r in (*existing, ref)])
        session.audit(conn, AuditKind.ALTER, f"case:{case_ref}",
                      {"external_ref": "added", **ref.to_wire()}, now=moment)


def remove_external_ref(session: Session, case_ref: str, system: str | ExternalSystem,
                        reference: str, *, now: datetime | None = None) -> None:
    """Remove a reference (audited); ServiceError if the case has no such reference."""
    moment = _now(now)
    ref = ExternalRef(system=parse_enum(ExternalSystem, str(system).lower(), "system"),
                      reference=reference)
    with session.db.transaction() as conn:
        record = cases.get_case(conn, case_ref)
        existing = [] if record is None else _refs(record)
        if ref not in existing:
            raise ServiceError("Case {case_ref} has no {system} reference {reference}.",
                               case_ref=case_ref, system=ref.system.value.upper(),
                               reference=ref.reference)
        cases.update_case(conn, case_ref, now=moment,
                          external_refs=[r.to_wire() for r in existing if r != ref])
        session.audit(conn, AuditKind.ALTER, f"case:{case_ref}",
                      {"external_ref": "removed", **ref.to_wire()}, now=moment)


# -- status --------------------------------------------------------------------------------


def set_case_status(session: Session, case_ref: str, status: str | CaseStatus, *,
                    now: datetime | None = None) -> bool:
    """Open, make dormant or close a case (audited); False if it already had that status."""
    moment = _now(now)
    new = parse_enum(CaseStatus, str(status).lower(), "status")
    with session.db.transaction() as conn:
        record = _record(conn, case_ref, moment)
        if record.status == new.value:
            return False
        cases.update_case(conn, case_ref, now=moment, status=new.value)
        session.audit(conn, AuditKind.ALTER, f"case:{case_ref}",
                      {"status": new.value, "was": record.status}, now=moment)
    return True
