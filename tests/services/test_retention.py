"""Retention: due records are listed; erasure and keeping are audited; erased data leaves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from liaison_app.services.compose import queue_message
from liaison_app.services.errors import ServiceError
from liaison_app.services.retention import (
    due_for_review,
    erase_message,
    erase_subject,
    keep_until,
)
from liaison_app.services.session import Session
from liaison_app.store import audit, cases, messages, search
from tests.services.test_compose import _request


def _latest(session: Session) -> audit.AuditEntry:
    return audit.entries(session.db, limit=1)[0]


def test_due_subject_is_listed_then_erased_with_its_messages(session: Session) -> None:
    mid = queue_message(session, _request(case_ref="OP-REVIEW"))
    (subject_id,) = search.subject_ids(session.db, "Gagi")
    later = (datetime.now(UTC) + timedelta(days=400)).date()
    due = due_for_review(session, later)
    assert {(i.kind, i.ref) for i in due} >= {("subject", subject_id), ("case", "OP-REVIEW")}
    with pytest.raises(ServiceError, match="carry this subject"):
        erase_subject(session, subject_id, "no longer needed for the investigation")
    erased = erase_subject(session, subject_id, "no longer needed for the investigation",
                           with_messages=True)
    assert erased == [mid]
    assert cases.get_subject(session.db, subject_id) is None
    assert messages.get(session.db, mid) is None
    assert search.subject_ids(session.db, "Gagi") == []
    assert search.message_ids(session.db, "Gagi") == []
    last = _latest(session)
    assert last.kind.value == "erase" and last.object_ref == f"subject:{subject_id}"
    assert audit.verify_chain(session.db, session.keys.sign_key).ok


def test_keep_longer_needs_a_reason_and_moves_the_review_date(session: Session) -> None:
    queue_message(session, _request(case_ref="OP-KEEP"))
    later = (datetime.now(UTC) + timedelta(days=400)).date()
    with pytest.raises(ServiceError):
        keep_until(session, "case", "OP-KEEP", later, " ")
    keep_until(session, "case", "OP-KEEP", later + timedelta(days=365),
               "evidence for proceedings at Belgrade court")
    assert "OP-KEEP" not in {i.ref for i in due_for_review(session, later)}
    details = _latest(session).details
    assert isinstance(details, dict) and details["retention"] == "kept"


def test_erase_message_is_audited(session: Session) -> None:
    mid = queue_message(session, _request())
    erase_message(session, mid, "sent in error, recalled")
    assert messages.get(session.db, mid) is None
    assert _latest(session).object_ref == mid
    with pytest.raises(ServiceError):
        erase_message(session, mid, "again")
