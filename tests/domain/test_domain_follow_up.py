"""domain.follow_up: the latest answer from the receiving side decides; clarification stays open."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from liaison_app.domain.follow_up import OPEN_STATES, Answer, FollowUp, follow_up
from liaison_app.domain.messages import ReplyOutcome

T0 = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


def _answer(n: int, outcome: ReplyOutcome) -> Answer:
    return Answer(f"00000000-0000-7000-8000-{n:012x}", outcome, T0 + timedelta(hours=n))


def test_no_answer_is_awaiting_and_open() -> None:
    record = follow_up([])
    assert record.state is FollowUp.AWAITING and record.open
    assert record.answered_at is None and record.last_answer is None


def test_clarification_stays_open_until_answered_again() -> None:
    asked = _answer(1, ReplyOutcome.CLARIFICATION)
    assert follow_up([asked]).state is FollowUp.CLARIFICATION
    assert follow_up([asked]).open
    answered = _answer(2, ReplyOutcome.PROVIDED)
    record = follow_up([answered, asked])  # any order: the latest decides
    assert record.state is FollowUp.PROVIDED and not record.open
    assert record.last_answer == answered.message_id and record.answered_at == answered.at


def test_each_outcome_maps_to_its_state() -> None:
    for outcome, state in ((ReplyOutcome.PARTIAL, FollowUp.PARTIAL),
                           (ReplyOutcome.REFUSED, FollowUp.REFUSED),
                           (ReplyOutcome.PROVIDED, FollowUp.PROVIDED)):
        assert follow_up([_answer(1, outcome)]).state is state
    assert {s for s in FollowUp if follow_up([]).state is s} <= OPEN_STATES


def test_a_later_clarification_reopens_and_a_withdrawal_closes() -> None:
    reopened = follow_up([_answer(1, ReplyOutcome.PARTIAL), _answer(2, ReplyOutcome.CLARIFICATION)])
    assert reopened.state is FollowUp.CLARIFICATION
    withdrawn = follow_up([_answer(1, ReplyOutcome.CLARIFICATION)], withdrawn=True)
    assert withdrawn.state is FollowUp.WITHDRAWN and not withdrawn.open
