"""Who takes part in a joint operation and what each update may do: the rules every copy
applies the same way.

The shared record is a set of signed updates in one order: by Lamport clock, then
update id (`order_key`). Every rule here is a function of an update and its *causal
past* (the updates its author's copy held, named by `deps`), never of when or where
it arrived, so each copy that holds the same updates reaches the same verdicts and
the same state (ADR 0026):

- `fold` reads membership (invited, member, declined, left), the lead, the officers,
  the consents and whether the operation is concluded from the control updates;
- `judge` says whether an update may stand given the state of its causal past (a
  refusal's sentence names the rule: `domain.operation_breaches`);
- `addressees` says which agencies the author sends an update to;
- `may_pass_on` applies the forwarding rule (`domain.forwarding`) to a shared item whose
  data another agency provided.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from liaison_app.domain.forwarding import may_forward
from liaison_app.domain.grading import HandlingCode
from liaison_app.domain.operation_breaches import breach
from liaison_app.domain.operation_content_bodies import ShareBody
from liaison_app.domain.operation_control_bodies import AcceptBody, ConsentBody, ProposeBody
from liaison_app.domain.operation_updates import (
    CONTENT_KINDS,
    Body,
    UpdateHeader,
    UpdateKind,
)

VersionVector = Mapping[str, int]
"""Device id -> the highest `seq` of that device's updates in a causal past."""


class MemberState(StrEnum):
    """Where an agency stands in an operation."""

    INVITED = "invited"
    MEMBER = "member"
    DECLINED = "declined"
    LEFT = "left"


class OperationStatus(StrEnum):
    """Proposed (no partner has agreed yet), agreed, active (work recorded), concluded."""

    PROPOSED = "proposed"
    AGREED = "agreed"
    ACTIVE = "active"
    CONCLUDED = "concluded"


class Verdict(StrEnum):
    """Why an update is refused (the quarantine reason codes of protocol §31.6)."""

    NOT_A_PARTICIPANT = "not_a_participant"
    NOT_ALLOWED = "not_allowed"
    OUT_OF_SEQUENCE = "out_of_sequence"
    NOT_SHAREABLE = "not_shareable"


@dataclass(frozen=True, slots=True)
class Held:
    """An update as a copy holds it: the signed header and the body, if this copy has it."""

    header: UpdateHeader
    body: Body | None


def order_key(header: UpdateHeader) -> tuple[int, str]:
    """The shared order: Lamport clock, then update id (unique, so the order is total)."""
    return (header.clock, header.id)


def in_past(header: UpdateHeader, past: VersionVector) -> bool:
    """True if `header` is in the causal past summarised by `past`."""
    return past.get(header.author.device, 0) >= header.seq


def merged(vectors: Iterable[VersionVector]) -> dict[str, int]:
    """The element-wise maximum: the causal past of everything in `vectors` together."""
    out: dict[str, int] = {}
    for vector in vectors:
        for device, seq in vector.items():
            if seq > out.get(device, 0):
                out[device] = seq
    return out


@dataclass(slots=True)
class Membership:
    """The state the control updates of a causal past (or of the whole record) give."""

    operation: str = ""
    proposal: ProposeBody | None = None
    lead: str = ""
    lead_device: str = ""
    states: dict[str, MemberState] = field(default_factory=dict)
    officers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    concluded: bool = False
    consents: set[tuple[str, str]] = field(default_factory=set)
    """(provider agency, agency it consents to pass its restricted items to)."""
    accepted: int = 0

    def state(self, agency: str) -> MemberState | None:
        """The agency's standing, or None if it was never named."""
        return self.states.get(agency)

    def members(self) -> tuple[str, ...]:
        """Agencies in the operation now (the lead and those that agreed and stayed)."""
        return tuple(sorted(a for a, s in self.states.items() if s is MemberState.MEMBER))

    def apply(self, held: Held) -> None:
        """Fold one control update (already judged valid) into the state."""
        h, body, agency = held.header, held.body, held.header.author.agency
        if h.kind is UpdateKind.PROPOSE and isinstance(body, ProposeBody):
            self.operation, self.proposal = h.id, body
            self.lead, self.lead_device = agency, h.author.device
            for p in body.participants:
                self.states[p.agency] = (MemberState.MEMBER if p.agency == agency
                                         else MemberState.INVITED)
                self.officers[p.agency] = p.officers
        elif h.kind is UpdateKind.ACCEPT and isinstance(body, AcceptBody):
            self.states[agency] = MemberState.MEMBER
            self.accepted += 1
            if body.officers:
                self.officers[agency] = body.officers
        elif h.kind is UpdateKind.DECLINE:
            self.states[agency] = MemberState.DECLINED
        elif h.kind is UpdateKind.LEAVE:
            self.states[agency] = MemberState.LEFT
        elif h.kind is UpdateKind.CONCLUDE:
            self.concluded = True
        elif h.kind is UpdateKind.CONSENT and isinstance(body, ConsentBody):
            self.consents.add((agency, body.agency))


def fold(updates: Iterable[Held]) -> Membership:
    """The membership that the control updates among `updates` give, in the shared order."""
    state = Membership()
    for held in sorted(updates, key=lambda u: order_key(u.header)):
        if held.header.kind not in CONTENT_KINDS:
            state.apply(held)
    return state


def status(state: Membership, content_updates: int) -> OperationStatus:
    """The operation's status from its whole record."""
    if state.concluded:
        return OperationStatus.CONCLUDED
    if state.accepted == 0:
        return OperationStatus.PROPOSED
    return OperationStatus.ACTIVE if content_updates else OperationStatus.AGREED


def judge(header: UpdateHeader, body: Body | None, past: Membership,
          task_in_past: bool) -> tuple[Verdict, str] | None:
    """Whether `header` may stand, given the state `past` of its causal past; None if so,
    else the verdict and a sentence. Never looks at arrival, so every copy agrees."""
    kind, agency = header.kind, header.author.agency
    if kind is UpdateKind.PROPOSE:
        if not isinstance(body, ProposeBody) or agency not in body.agencies:
            return Verdict.NOT_ALLOWED, breach("proposer_listed")
        return None
    standing = past.state(agency)
    if standing is None:
        return Verdict.NOT_A_PARTICIPANT, breach("not_named", agency=agency)
    if past.concluded:
        return Verdict.NOT_ALLOWED, breach("concluded")
    if kind is UpdateKind.CONCLUDE and agency != past.lead:
        return Verdict.NOT_ALLOWED, breach("lead_only", lead=past.lead, kind=kind.value)
    if kind in (UpdateKind.ACCEPT, UpdateKind.DECLINE):
        if standing is not MemberState.INVITED:
            return Verdict.NOT_ALLOWED, breach("not_invited", agency=agency,
                                               standing=standing.value)
        if isinstance(body, AcceptBody) and any(
                o.split(".", 1)[0].upper() != agency for o in body.officers):
            return Verdict.NOT_ALLOWED, breach("own_officers")
        return None
    if standing is not MemberState.MEMBER:
        return Verdict.NOT_A_PARTICIPANT, breach("not_member", agency=agency,
                                                 standing=standing.value)
    if kind is UpdateKind.LEAVE and agency == past.lead:
        return Verdict.NOT_ALLOWED, breach("lead_stays")
    if kind is UpdateKind.CONSENT and isinstance(body, ConsentBody) and body.agency == agency:
        return Verdict.NOT_ALLOWED, breach("own_consent")
    if kind is UpdateKind.TASK_STATE and not task_in_past:
        return Verdict.NOT_ALLOWED, breach("unknown_task")
    if kind is UpdateKind.SHARE:
        why = share_refusal(header, body, past)
        if why is not None:
            return Verdict.NOT_SHAREABLE, why
    return None


def addressees(header: UpdateHeader, body: Body | None, after: Membership) -> tuple[str, ...]:
    """The agencies the author sends an update to, from the state `after` of its causal
    past with the update itself: a proposal to the invited partners, an answer to a
    proposal to every agency named in it, a conclusion to the members and the agencies
    still invited, anything else to the members. Never the author's own
    agency (its other devices get it by other means)."""
    own = header.author.agency
    if header.kind is UpdateKind.PROPOSE and isinstance(body, ProposeBody):
        listed = set(body.agencies)
    elif header.kind in (UpdateKind.ACCEPT, UpdateKind.DECLINE):
        listed = set(after.states)
    elif header.kind is UpdateKind.CONCLUDE:
        # the end reaches the agencies still invited too: a proposal the lead withdraws
        # before anyone answered is not agreed to afterwards (ADR 0034)
        listed = {a for a, s in after.states.items()
                  if s in (MemberState.MEMBER, MemberState.INVITED)}
    else:
        listed = set(after.members())
    listed.discard(own)
    return tuple(sorted(listed))


def effective_handling(header: UpdateHeader, body: Body | None,
                       operation_handling: HandlingCode | None) -> HandlingCode | None:
    """The handling code that binds an update's body: a shared item's own code, else the
    operation's."""
    if isinstance(body, ShareBody) and body.handling is not None:
        return body.handling
    return operation_handling


def provider_of(header: UpdateHeader, body: Body | None) -> str:
    """The agency whose data a body is: a shared message's sender, else the author."""
    if isinstance(body, ShareBody) and body.source is not None:
        return body.source.agency
    return header.author.agency


def share_refusal(header: UpdateHeader, body: Body | None, past: Membership) -> str | None:
    """Why a shared item may not enter the record, or None: an author shares its own
    agency's data freely (the share is the provider's choice); another provider's data
    only where the forwarding rule allows passing it to every other member, with that
    provider's recorded consent (`consent` updates) where its handling code forbids
    onward sharing (Europol H2, UK C with no onward sharing)."""
    provider = provider_of(header, body)
    author = header.author.agency
    if provider == author:
        return None
    handling = effective_handling(header, body, past.proposal.handling
                                  if past.proposal else None)
    for agency in past.members():
        if agency in (provider, author):
            continue
        decision = may_forward(handling, provider_consent=(provider, agency) in past.consents)
        if not decision.allowed:
            return breach("not_passable", provider=provider, agency=agency,
                          forwarding=decision.reason)
    return None
