"""Apply a joint-operation update to this copy: check it, keep it waiting, or refuse it.

Every update, this device's own included, goes through `apply_item`, so the author's
copy judges an update exactly as its partners' copies do. The checks, in order
(protocol §31.6):

1. an update id already applied, waiting or refused here is a replay (`replayed`);
2. the carrier must come from the author's own device (`not_from_author`);
3. the author's device must be in the directory under the author's officer and
   agency, and its signature must verify (`unknown_author`, `bad_signature`);
4. the body must be present and match the header's digest (`body_mismatch`);
5. an update that follows a refused one is refused (`follows_refused`); one whose
   dependencies have not all arrived waits in `operation_pending`;
6. the Lamport clock must be one more than the highest of its dependencies, and the
   device's sequence number one more than the highest of that device in its causal
   past, never used twice (`out_of_sequence`);
7. the rules of `domain.operation_state.judge` on the state of its causal past
   (`not_a_participant`, `not_allowed`, `not_shareable`).

Steps 5 to 7 depend only on the update and its causal past, never on arrival order, so
every copy that holds the same updates holds the same record (ADR 0026).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from liaison_app.crypto.operation import verify_update
from liaison_app.domain.operation_control_bodies import ProposeBody
from liaison_app.domain.operation_state import (
    Held,
    Membership,
    MemberState,
    addressees,
    fold,
    in_past,
    judge,
    merged,
    status,
)
from liaison_app.domain.operation_updates import OperationItem, UpdateKind
from liaison_app.protocol.operation import item_body_matches
from liaison_app.store import cases, directory_cache, operations
from liaison_app.store.columns import Conn, require_transaction
from liaison_app.store.review_dates import review_date


class Refusal(StrEnum):
    """Quarantine reasons besides the rule verdicts (`operation_state.Verdict`)."""

    REPLAYED = "replayed"
    NOT_FROM_AUTHOR = "not_from_author"
    UNKNOWN_AUTHOR = "unknown_author"
    BAD_SIGNATURE = "bad_signature"
    BODY_MISMATCH = "body_mismatch"
    FOLLOWS_REFUSED = "follows_refused"
    OUT_OF_SEQUENCE = "out_of_sequence"


RULE_REASONS = ("follows_refused", "out_of_sequence", "not_a_participant", "not_allowed",
                "not_shareable")
"""Refusals every copy makes alike from the signed record (what follows them is refused)."""

APPLIED = "applied"
WAITING = "waiting"


@dataclass(frozen=True, slots=True)
class Carrier:
    """Who brought an update here: the carrying message and its sender."""

    message_id: str | None
    device: str
    agency: str


def _refuse(conn: Conn, item: OperationItem, carrier: Carrier, reason: str, detail: str,
            *, signed: bool, now: datetime) -> str:
    h = item.header
    operations.add_quarantine(
        conn, operation_id=h.operation, update_id=h.id, kind=h.kind.value,
        author_agency=h.author.agency, author_device=h.author.device, reason=reason,
        detail=detail, signed=signed, carrier_message=carrier.message_id,
        carrier_agency=carrier.agency, now=now)
    return reason


def _signature_refusal(conn: Conn, item: OperationItem) -> tuple[str, str] | None:
    a = item.header.author
    device = directory_cache.device(conn, a.device)
    officer = directory_cache.officer(conn, a.officer)
    if device is None or officer is None or device.officer_id != a.officer \
            or officer.agency_id != a.agency:
        return Refusal.UNKNOWN_AUTHOR, (f"device {a.device} is not a device of {a.officer} "
                                        f"({a.agency}) in the directory")
    if not verify_update(item, device.sign_key):
        return Refusal.BAD_SIGNATURE, "the author's signature does not verify"
    return None


def past_membership(conn: Conn, operation_id: str, vv: dict[str, int]) -> Membership:
    """The membership given by the control updates in the causal past summarised by `vv`."""
    rows = operations.control_updates(conn, operation_id)
    return fold(r.held for r in rows if in_past(r.item.header, vv))


def apply_item(conn: Conn, item: OperationItem, carrier: Carrier, *, own_agency: str,
               now: datetime) -> str:
    """Apply, keep waiting or refuse one update; return "applied", "waiting" or the
    refusal reason. Updates waiting on this one are retried after it is applied."""
    require_transaction(conn)
    result = _apply_one(conn, item, carrier, own_agency=own_agency, now=now)
    if result == APPLIED:
        _retry_pending(conn, item.header.operation, own_agency=own_agency, now=now)
    return result


def _apply_one(conn: Conn, item: OperationItem, carrier: Carrier, *, own_agency: str,
               now: datetime, retry: bool = False) -> str:
    h = item.header
    seen = operations.get_update(conn, h.id) is not None or (
        not retry and (operations.is_pending(conn, h.id)
                       or bool(operations.quarantined_ids(conn, [h.id]))))
    if seen:
        return _refuse(conn, item, carrier, Refusal.REPLAYED,
                       "this update was received before", signed=False, now=now)
    if carrier.device != h.author.device:
        return _refuse(conn, item, carrier, Refusal.NOT_FROM_AUTHOR,
                       f"carried by {carrier.agency}, not by the author's device",
                       signed=False, now=now)
    bad = _signature_refusal(conn, item)
    if bad is not None:
        return _refuse(conn, item, carrier, bad[0], bad[1], signed=False, now=now)
    if item.body is None or not item_body_matches(item):
        return _refuse(conn, item, carrier, Refusal.BODY_MISMATCH,
                       "the body is missing or does not match the signed digest",
                       signed=True, now=now)
    if operations.refused_by_rule(conn, h.deps, RULE_REASONS):
        return _refuse(conn, item, carrier, Refusal.FOLLOWS_REFUSED,
                       "it follows an update that was refused", signed=True, now=now)
    deps = operations.applied(conn, h.deps)
    if len(deps) < len(h.deps):
        if not retry:
            operations.add_pending(conn, item, carrier_message=carrier.message_id,
                                   carrier_device=carrier.device,
                                   carrier_agency=carrier.agency, now=now)
        return WAITING
    return _apply_in_order(conn, item, carrier, deps, own_agency=own_agency, now=now)


def _apply_in_order(conn: Conn, item: OperationItem, carrier: Carrier,
                    deps: dict[str, tuple[int, dict[str, int], str]], *, own_agency: str,
                    now: datetime) -> str:
    h = item.header
    vv = merged(v for _c, v, _k in deps.values())
    clock = max((c for c, _v, _k in deps.values()), default=0) + 1
    if h.clock != clock or vv.get(h.author.device, 0) != h.seq - 1 \
            or operations.seq_used(conn, h.operation, h.author.device, h.seq):
        return _refuse(conn, item, carrier, Refusal.OUT_OF_SEQUENCE,
                       f"clock {h.clock} and sequence {h.seq} do not follow the updates it "
                       f"names (expected clock {clock}, sequence "
                       f"{vv.get(h.author.device, 0) + 1})", signed=True, now=now)
    past = past_membership(conn, h.operation, vv) if h.kind is not UpdateKind.PROPOSE \
        else Membership()
    verdict = judge(h, item.body, past, _task_in_past(conn, h.about, vv))
    if verdict is not None:
        return _refuse(conn, item, carrier, verdict[0].value, verdict[1], signed=True, now=now)
    own_vv = {**vv, h.author.device: h.seq}
    after = fold([*(r.held for r in operations.control_updates(conn, h.operation)
                    if in_past(r.item.header, vv)), Held(h, item.body)])
    if h.kind is UpdateKind.PROPOSE and isinstance(item.body, ProposeBody):
        operations.insert(conn, operation_id=h.id, ref=item.body.ref, title=item.body.title,
                          lead=h.author.agency, lead_device=h.author.device,
                          proposed_at=h.created_at, now=now)
    operations.insert_update(conn, item, body_state="held", vv=own_vv,
                             addressed=addressees(h, item.body, after),
                             message_id=carrier.message_id, now=now)
    refresh(conn, h.operation, own_agency=own_agency, now=now)
    return APPLIED


def _task_in_past(conn: Conn, about: str | None, vv: dict[str, int]) -> bool:
    if about is None:
        return False
    row = operations.get_update(conn, about)
    return row is not None and row.item.header.kind is UpdateKind.TASK \
        and in_past(row.item.header, vv)


def _retry_pending(conn: Conn, operation_id: str, *, own_agency: str, now: datetime) -> None:
    progress = True
    while progress:
        progress = False
        for row in operations.pending(conn, operation_id):
            carrier = Carrier(row.carrier_message, row.carrier_device, row.carrier_agency)
            result = _apply_one(conn, row.item, carrier, own_agency=own_agency, now=now,
                                retry=True)
            if result != WAITING:
                operations.drop_pending(conn, row.item.header.id)
                progress = True


def refresh(conn: Conn, operation_id: str, *, own_agency: str, now: datetime) -> None:
    """Cache status and this agency's standing; open the local case once this agency is a
    member of an agreed operation (the case takes the operation's reference)."""
    row = operations.get(conn, operation_id)
    if row is None:
        return
    state = fold(r.held for r in operations.control_updates(conn, operation_id))
    standing = state.state(own_agency)
    own = standing.value if standing is not None else "none"
    st = status(state, operations.count_content(conn, operation_id))
    case_ref = row.case_ref
    proposal = state.proposal
    if case_ref is None and standing is MemberState.MEMBER and state.accepted \
            and proposal is not None:
        case_ref = proposal.ref
        if cases.get_case(conn, case_ref) is None:
            cases.create_case(conn, case_ref=case_ref, title=proposal.title,
                              crime_area=proposal.crime_area.value, status="open", now=now,
                              review_on=review_date(conn, now))
    operations.set_state(conn, operation_id, status=st.value, own_state=own,
                         case_ref=case_ref, now=now)


__all__ = ["APPLIED", "WAITING", "Carrier", "Refusal", "apply_item",
           "past_membership", "refresh"]
