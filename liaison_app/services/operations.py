"""Joint operations: propose, answer, and add to the shared record (tasks, decisions,
outcomes, shared messages), each update signed by this device and sent to the other
participants end to end encrypted.

Every use case is one transaction: the update is applied to this copy by the same
rules a partner's copy applies (`store.operation_apply`), then queued like any
message (`compose.queue_message`, type `operation`, sealed at push). An update the
rules refuse here (a task for an agency that is not a member, another agency's H2 item
passed on without its consent) is refused with the reason in plain words and nothing
is stored or sent.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from liaison_app.crypto.operation import new_salt, sign_update
from liaison_app.domain.cases import CrimeArea
from liaison_app.domain.grading import Grading, HandlingCode
from liaison_app.domain.messages import RecallAction
from liaison_app.domain.operation_breaches import breach_of
from liaison_app.domain.operation_content_bodies import (
    Assignee,
    DecisionBody,
    OutcomeBody,
    ShareBody,
    ShareSource,
    TaskBody,
    TaskStateBody,
)
from liaison_app.domain.operation_control_bodies import (
    AcceptBody,
    ConsentBody,
    Participant,
    ProposeBody,
    ReasonBody,
)
from liaison_app.domain.operation_state import merged
from liaison_app.domain.operation_updates import (
    Author,
    Body,
    OperationContent,
    OperationItem,
    UpdateKind,
)
from liaison_app.domain.outcomes import Outcome
from liaison_app.domain.subjects import subjects_from_wire
from liaison_app.protocol.ids import new_message_id
from liaison_app.services.compose import Draft, queue_message
from liaison_app.services.errors import ServiceError
from liaison_app.services.session import Session
from liaison_app.store import messages, operations, recalls
from liaison_app.store.columns import Conn
from liaison_app.store.operation_apply import APPLIED, Carrier, apply_item

log = logging.getLogger(__name__)


#: the officer's sentence for each rule an own update broke (`domain.operation_breaches`),
#: where the verdict alone says too little; every one is listed for translation
#: (`gui.models.service_texts`) and names only codes (agencies, operations) as values
BROKEN_RULES: dict[str, str] = {
    "concluded": "This cannot be added to the operation: it has been concluded.",
    "lead_only": "This cannot be added to the operation: only the lead agency, {lead}, may "
                 "do this.",
    "not_invited": "This cannot be added to the operation: {agency} has already answered "
                   "the proposal.",
    "own_officers": "This cannot be added to the operation: an agency names only its own "
                    "officers.",
    "lead_stays": "The lead agency cannot leave the operation: conclude it instead.",
    "own_consent": "This cannot be added to the operation: your agency needs no consent to "
                   "share its own items.",
    "unknown_task": "This cannot be added to the operation: the task it marks is not one of "
                    "the operation's tasks.",
    "proposer_listed": "This proposal cannot be made: the proposing agency must be among "
                       "the participants.",
    "not_passable": "This cannot be shared in the operation: {provider}'s item may not be "
                    "passed to {agency} without {provider}'s consent (its handling code "
                    "forbids passing it on). Ask {provider} for consent first.",
}


#: quarantine reasons of an update whose signature or author does not check out
#: (`store.operation_apply.Refusal`): one sentence for the officer
UNVERIFIED = ("not_from_author", "unknown_author", "bad_signature", "body_mismatch")


def refusal(reason: str, detail: str) -> ServiceError:
    """Why an update cannot be added to the operation (the officer's own, or one received
    and kept aside), in a translatable template: one per quarantine reason (protocol
    §32.2), and for `not_allowed` and `not_shareable` one per rule the record's sentence
    (`detail`, from `domain.operation_state`) names, with its agencies as values; the
    English sentence itself is never shown."""
    broken = breach_of(detail)
    rule, values = broken if broken is not None else ("", {})
    if reason in ("not_allowed", "not_shareable") and rule in BROKEN_RULES:
        wanted = {k: v for k, v in values.items() if "{" + k + "}" in BROKEN_RULES[rule]}
        return ServiceError(BROKEN_RULES[rule], **wanted)
    if reason == "not_a_participant":
        return ServiceError("This cannot be added to the operation: your agency is not a "
                            "member of it.")
    if reason == "not_allowed":
        return ServiceError("This cannot be added to the operation: its rules do not allow "
                            "it.")
    if reason == "not_shareable":
        return ServiceError("This cannot be added to the operation: the provider's handling "
                            "code does not allow passing it on. Ask the provider for consent "
                            "first.")
    if reason == "out_of_sequence":
        return ServiceError("This cannot be added to the operation: your copy of the "
                            "operation is out of order. Sync, then try again.")
    if reason == "follows_refused":
        return ServiceError("This cannot be added to the operation: it follows an update "
                            "that was refused.")
    if reason == "replayed":
        return ServiceError("This cannot be added to the operation: the same update had "
                            "already arrived.")
    if reason in UNVERIFIED:
        return ServiceError("This cannot be added to the operation: its author's signature "
                            "could not be checked against your directory. Sync; if it "
                            "happens again, tell IT.")
    return ServiceError("This cannot be added to the operation (reason: {reason}). Sync, "
                        "then try again; if it happens again, tell IT.", reason=reason)


@dataclass(frozen=True, slots=True)
class Proposal:
    """What the lead fills in to propose an operation."""

    ref: str
    title: str
    partners: tuple[str, ...]
    objectives: tuple[str, ...]
    crime_area: CrimeArea = CrimeArea.MIGRANT_SMUGGLING
    handling: HandlingCode | None = None
    summary: str = ""


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).replace(microsecond=0)


def resolve(conn: Conn, key: str) -> operations.OperationRow:
    """An operation by its id or its reference, or a plain error."""
    row = operations.get(conn, key)
    if row is not None:
        return row
    found = operations.by_ref(conn, key)
    if len(found) == 1:
        return found[0]
    if not found:
        raise ServiceError("There is no joint operation {key} in this profile. Sync to "
                           "receive proposals, or check the reference.", key=key)
    raise ServiceError("Several operations use the reference {key}; give the operation "
                       "id instead.", key=key)


def _sign(session: Session, conn: Conn, operation_id: str | None, kind: UpdateKind,
          body: Body, about: str | None, now: datetime) -> OperationItem:
    ident = session.identity
    update_id = new_message_id()
    deps: tuple[str, ...] = ()
    if operation_id is None:
        op, seq, clock = update_id, 1, 1
    else:
        op = operation_id
        heads = operations.applied(conn, operations.heads(conn, operation_id))
        vv = merged(v for _c, v, _k in heads.values())
        seq = vv.get(ident.device_id, 0) + 1
        clock = max(c for c, _v, _k in heads.values()) + 1
        deps = tuple(sorted(heads))
    return sign_update(session.keys, update_id=update_id, operation=op, kind=kind,
                       author=Author(ident.officer_id, ident.agency_id, ident.device_id),
                       seq=seq, clock=clock, deps=deps, about=about, created_at=now,
                       body=body)


def _submit(session: Session, operation_id: str | None, kind: UpdateKind, body: Body, *,
            about: str | None = None, now: datetime | None = None) -> str:
    """Sign, apply here and queue one update; return its id."""
    at = _now(now)
    ident = session.identity
    with session.db.transaction() as conn:
        item = _sign(session, conn, operation_id, kind, body, about, at)
        result = apply_item(conn, item, Carrier(None, ident.device_id, ident.agency_id),
                            own_agency=ident.agency_id, now=at)
        if result != APPLIED:
            detail = next((q.detail for q in operations.quarantined(conn, item.header.operation)
                           if q.update_id == item.header.id), "")
            log.info("own %s update refused: %s (%s)", kind.value, result, detail)
            raise refusal(result, detail or result)
        row = operations.get_update(conn, item.header.id)
        addressed = row.addressed if row is not None else ()
        for agency in addressed:  # one carrier each: a partner not enrolled yet holds
            queue_message(session, Draft(  # back only its own copy
                content=OperationContent(item.header.operation, (item,)),
                to_agencies=(agency,),
                audit_details={"operation": item.header.operation, "update": kind.value}),
                now=at)
    return item.header.id


def propose(session: Session, proposal: Proposal, *, now: datetime | None = None) -> str:
    """Propose a joint operation to partner agencies; return the operation id."""
    own = session.identity.agency_id
    agencies = sorted({own, *proposal.partners})
    if len(agencies) < 2:
        raise ServiceError("Name at least one partner agency for a joint operation.")
    parts = tuple(Participant(a, (session.identity.officer_id,) if a == own else ())
                  for a in agencies)
    body = ProposeBody(ref=proposal.ref, title=proposal.title, crime_area=proposal.crime_area,
                       participants=parts, handling=proposal.handling,
                       objectives=proposal.objectives, summary=proposal.summary,
                       salt=new_salt())
    return _submit(session, None, UpdateKind.PROPOSE, body, now=now)


def accept(session: Session, key: str, *, now: datetime | None = None) -> str:
    """Agree to a proposed operation as proposed (this officer named in it)."""
    op = resolve(session.db, key)
    body = AcceptBody((session.identity.officer_id,), new_salt())
    return _submit(session, op.operation_id, UpdateKind.ACCEPT, body, now=now)


def decline(session: Session, key: str, reason: str = "", *,
            now: datetime | None = None) -> str:
    """Decline a proposed operation."""
    op = resolve(session.db, key)
    return _submit(session, op.operation_id, UpdateKind.DECLINE, ReasonBody(reason, new_salt()),
                   now=now)


def leave(session: Session, key: str, reason: str = "", *, now: datetime | None = None) -> str:
    """Leave an operation (not the lead: the lead concludes it)."""
    op = resolve(session.db, key)
    return _submit(session, op.operation_id, UpdateKind.LEAVE, ReasonBody(reason, new_salt()),
                   now=now)


def conclude(session: Session, key: str, summary: str = "", *,
             now: datetime | None = None) -> str:
    """Conclude the operation (the lead only)."""
    op = resolve(session.db, key)
    return _submit(session, op.operation_id, UpdateKind.CONCLUDE,
                   ReasonBody(summary, new_salt()), now=now)


def add_task(session: Session, key: str, title: str, *, agency: str, officer: str = "",
             due_on: date, details: str = "", now: datetime | None = None) -> str:
    """Assign a task to a participating agency (or one of its officers), due on a day."""
    op = resolve(session.db, key)
    body = TaskBody(title, details, Assignee(agency, officer), due_on, new_salt())
    return _submit(session, op.operation_id, UpdateKind.TASK, body, now=now)


def set_task_done(session: Session, key: str, task_id: str, *, done: bool = True,
                  note: str = "", now: datetime | None = None) -> str:
    """Mark a task done (or open again)."""
    op = resolve(session.db, key)
    return _submit(session, op.operation_id, UpdateKind.TASK_STATE,
                   TaskStateBody(done, note, new_salt()), about=task_id, now=now)


def decide(session: Session, key: str, text: str, *, decided_on: date | None = None,
           now: datetime | None = None) -> str:
    """Record what the participants agreed."""
    op = resolve(session.db, key)
    return _submit(session, op.operation_id, UpdateKind.DECISION,
                   DecisionBody(text, decided_on, new_salt()), now=now)


def record_outcome(session: Session, key: str, outcome: Outcome, *,
                   now: datetime | None = None) -> str:
    """Record an outcome of the joint action, counted for this agency."""
    op = resolve(session.db, key)
    outcome.check_not_future(_now(now).date())
    return _submit(session, op.operation_id, UpdateKind.OUTCOME,
                   OutcomeBody(outcome, new_salt()), now=now)


def consent(session: Session, key: str, agency: str, *, now: datetime | None = None) -> str:
    """Consent, as provider, to this agency's restricted items reaching `agency`."""
    op = resolve(session.db, key)
    return _submit(session, op.operation_id, UpdateKind.CONSENT,
                   ConsentBody(agency, new_salt()), now=now)


def share_message(session: Session, key: str, message_id: str, *,
                  now: datetime | None = None) -> str:
    """Put a message (its words and subjects, with its handling code and grading) into the
    shared record. Another agency's message needs the forwarding rule's consent."""
    op = resolve(session.db, key)
    row = messages.get(session.db, message_id)
    if row is None or row.type not in ("request", "alert", "reply"):
        raise ServiceError("There is no request, alert or reply {message_id} to share.",
                           message_id=message_id)
    mark = recalls.mark_of(session.db, message_id)
    if mark is not None and mark.action is RecallAction.WITHDRAW:  # as for forwarding
        raise ServiceError("{agency} withdrew this message; it cannot be shared.",
                           agency=mark.sender_agency)
    handling = None if row.handling is None else HandlingCode.from_wire(row.handling,
                                                                        "handling")
    grading = None if row.grading is None else Grading.from_wire(row.grading, "grading")
    subjects = subjects_from_wire(row.subjects if isinstance(row.subjects, list) else [],
                                  "subjects")
    title = f"{row.type.capitalize()} from {row.sender_agency}"
    body = ShareBody(title=title, text=row.body, subjects=subjects, handling=handling,
                     grading=grading, source=ShareSource(row.message_id, row.type,
                                                         row.sender_agency, row.created_at),
                     salt=new_salt())
    return _submit(session, op.operation_id, UpdateKind.SHARE, body, now=now)


def share_note(session: Session, key: str, title: str, text: str, *,
               handling: HandlingCode | None = None,
               now: datetime | None = None) -> str:
    """Put this agency's own words into the shared record, under its handling code."""
    op = resolve(session.db, key)
    body = ShareBody(title=title, text=text, subjects=(), handling=handling, grading=None,
                     source=None, salt=new_salt())
    return _submit(session, op.operation_id, UpdateKind.SHARE, body, now=now)


def tasks_of(session: Session, key: str) -> Sequence[str]:
    """Ids of the operation's tasks, in the shared order."""
    op = resolve(session.db, key)
    return [r.item.header.id for r in operations.updates(session.db, op.operation_id)
            if r.item.header.kind is UpdateKind.TASK]
