"""Where a request stands (Directive (EU) 2023/977 Art. 16): answered, refused, or still open.

A contact point keeps a record of requests, replies, refusals and requests for
clarification, and follows them up. The follow-up state of one request comes
from the answers given to it by the side that received it, in the order they
were given: the latest answer decides. A request answered "clarification
needed" stays open until it is answered again (provided, partly answered or
refused); a request its sender withdrew is closed. Plain logic, no storage:
`store.follow_up` keeps the result per request and the monitoring views read it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from liaison_app.domain.messages import ReplyOutcome


class FollowUp(StrEnum):
    """The follow-up state of one request."""

    AWAITING = "awaiting"
    """No answer yet."""
    CLARIFICATION = "clarification"
    """The latest answer asks for clarification: open until answered again."""
    PROVIDED = "provided"
    PARTIAL = "partial"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    """Its sender withdrew it (a recall): nothing more is owed."""


OPEN_STATES: frozenset[FollowUp] = frozenset({FollowUp.AWAITING, FollowUp.CLARIFICATION})
"""States in which a request still waits for an answer (the Awaiting reply view)."""

FOLLOW_UP_LABELS: dict[FollowUp, str] = {
    FollowUp.AWAITING: "Awaiting reply",
    FollowUp.CLARIFICATION: "Clarification requested",
    FollowUp.PROVIDED: "Provided",
    FollowUp.PARTIAL: "Partly answered",
    FollowUp.REFUSED: "Refused",
    FollowUp.WITHDRAWN: "Withdrawn",
}

_BY_OUTCOME = {
    ReplyOutcome.PROVIDED: FollowUp.PROVIDED,
    ReplyOutcome.PARTIAL: FollowUp.PARTIAL,
    ReplyOutcome.REFUSED: FollowUp.REFUSED,
    ReplyOutcome.CLARIFICATION: FollowUp.CLARIFICATION,
}


@dataclass(frozen=True, slots=True)
class Answer:
    """One reply given to the request (or to a reply in its thread) by the answering side."""

    message_id: str
    outcome: ReplyOutcome
    at: datetime


@dataclass(frozen=True, slots=True)
class FollowUpRecord:
    """The state of a request and the answer that set it (None while unanswered)."""

    state: FollowUp
    answered_at: datetime | None = None
    last_answer: str | None = None

    @property
    def open(self) -> bool:
        """Still waiting for an answer."""
        return self.state in OPEN_STATES


def follow_up(answers: Iterable[Answer], *, withdrawn: bool = False) -> FollowUpRecord:
    """The state given every answer from the receiving side (any order) and a withdrawal.

    The latest answer decides (ties broken by message id, which is time-ordered);
    a withdrawal by the request's sender closes it whatever was answered.
    """
    latest: Answer | None = None
    for answer in answers:
        if latest is None or (answer.at, answer.message_id) > (latest.at, latest.message_id):
            latest = answer
    if withdrawn:
        return FollowUpRecord(FollowUp.WITHDRAWN,
                              None if latest is None else latest.at,
                              None if latest is None else latest.message_id)
    if latest is None:
        return FollowUpRecord(FollowUp.AWAITING)
    return FollowUpRecord(_BY_OUTCOME[ReplyOutcome(latest.outcome)], latest.at,
                          latest.message_id)
