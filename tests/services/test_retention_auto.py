"""Retention that runs itself: review dates from the effective policy, automatic erasure
at unlock past review plus grace (audited with its rule), kept and restricted records
spared, restricted ones hidden from search; confirmation instead when policy says so.
The clock is moved, never waited for."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from liaison_app.domain.messages import MessageType
from liaison_app.services import retention, retention_auto, views
from liaison_app.services.compose import NewCase, queue_message
from liaison_app.services.session import Session, open_session
from liaison_app.services.view_types import MessageQuery
from liaison_app.store import audit, cases, erasures, messages, outbox, retention_due
from liaison_app.store.audit import AuditKind
from tests.services.accountability_support import receive_from_b
from tests.services.test_compose import _request
from tests.services.workspace import PASSPHRASE, Workspace

TODAY = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "policy.toml"
    path.write_text("retention_days = 30\nretention_grace_days = 7\n", encoding="utf-8")
    monkeypatch.setenv("LIAISON_POLICY_FILE", str(path))
    yield path


def _found(session: Session, word: str) -> set[str]:
    return {m.message_id for m in views.search(session, word).messages}


def test_review_dates_follow_the_policy_and_expired_records_go_at_unlock(
        policy: Path, workspace: Workspace) -> None:
    with workspace.open() as session:  # unlocking applies retention_days = 30
        request = queue_message(session, _request(new_case=NewCase("OP-THIRTY",
                                                                   "Thirty days")))
        with session.db.transaction() as conn:  # the hub took it (still queued: kept)
            outbox.mark_sent(conn, [request], now=TODAY)
        case = cases.get_case(session.db, "OP-THIRTY")
        assert case is not None and case.review_on == (TODAY + timedelta(days=30)).date()
        plain = receive_from_b(session, workspace, kind=MessageType.ALERT, body="Convoy one")
        kept = receive_from_b(session, workspace, kind=MessageType.ALERT, body="Convoy two")
        hidden = receive_from_b(session, workspace, kind=MessageType.ALERT,
                                body="Convoy three")
        # a message in no case gets a review date too
        assert retention_due.message_review_on(session.db, plain) == case.review_on
        retention.keep_until(session, "message", kept, (TODAY + timedelta(days=200)).date(),
                             "evidence for the Subotica trial")
        retention.restrict(session, "message", hidden, "contested accuracy, kept as evidence")
        assert _found(session, "Convoy") == {plain, kept}  # restricted: not found
        inbox = views.message_page(session, MessageQuery(direction="incoming"))
        assert hidden not in {m.message_id for m in inbox}
        before = audit.count(session.db)

    within_grace = TODAY + timedelta(days=30 + 7)
    with open_session(workspace.path, PASSPHRASE, now=within_grace) as session:
        assert messages.get(session.db, plain) is not None  # grace not over yet
        assert not [e for e in audit.entries(session.db, offset=0, limit=1000)
                    if e.seq > before and e.kind is AuditKind.ERASE]

    past = TODAY + timedelta(days=30 + 7 + 1)
    with open_session(workspace.path, PASSPHRASE, now=past) as session:
        assert messages.get(session.db, plain) is None
        assert messages.get(session.db, kept) is not None
        assert messages.get(session.db, hidden) is not None  # restricted: kept
        assert messages.get(session.db, request) is None
        assert cases.get_case(session.db, "OP-THIRTY") is None  # its message went first
        assert plain in erasures.erased(session.db, [plain])  # a replay stays refused
        erased = {e.object_ref: e.details for e in audit.entries(
            session.db, kind=AuditKind.ERASE, limit=100)}
        rule = erased[plain]
        assert isinstance(rule, dict) and rule["automatic"] is True
        assert rule["retention_days"] == 30 and rule["grace_days"] == 7
        assert f"policy file {policy}" in str(rule["rule"]) and "7 days' grace" in str(
            rule["rule"])
        assert "case:OP-THIRTY" in erased
        assert _found(session, "Convoy") == {kept}
        assert audit.verify_chain(session.db, session.keys.sign_key).ok
        assert retention_auto.run_if_due(session, now=past) is None  # once a day


def test_confirmation_instead_of_automatic_erasure(
        policy: Path, workspace: Workspace) -> None:
    policy.write_text("retention_days = 30\nretention_grace_days = 0\n"
                      "retention_confirm_erasure = true\n", encoding="utf-8")
    with workspace.open() as session:
        mid = receive_from_b(session, workspace, kind=MessageType.ALERT, body="Lookout")
    later = TODAY + timedelta(days=31)
    with open_session(workspace.path, PASSPHRASE, now=later) as session:
        assert messages.get(session.db, mid) is not None
        assert retention_auto.last_result(session) == {
            "at": later.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "cutoff": (later - timedelta(days=1)).date().isoformat(),
            "awaiting_confirmation": 1,
            "erased": {"case": 0, "draft": 0, "message": 0, "subject": 0}}
        due = retention.due_for_review(session, later.date())
        assert ("message", mid) in {(i.kind, i.ref) for i in due}
        retention.erase_message(session, mid, "confirmed: no longer needed", now=later)
        assert messages.get(session.db, mid) is None


def test_a_restriction_can_be_lifted_with_a_reason(workspace: Workspace,
                                                   session: Session) -> None:
    mid = queue_message(session, _request(case_ref="OP-EVIDENCE"))
    hidden = retention.restrict(session, "case", "OP-EVIDENCE", "needed for proceedings")
    assert hidden == 1
    assert "OP-EVIDENCE" not in {c.case_ref for c in views.case_page(session)}
    assert _found(session, "SU") == set()
    with pytest.raises(Exception, match="restricted"):
        views.case_view(session, "OP-EVIDENCE")
    retention.lift_restriction(session, "case", "OP-EVIDENCE", "proceedings ended")
    assert mid in _found(session, "keeper")
    assert views.case_view(session, "OP-EVIDENCE").timeline[0].message_id == mid
