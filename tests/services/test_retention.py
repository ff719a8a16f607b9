"""Retention: due records are listed; erasure and keeping are audited; erased data leaves."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from liaison_app.services.compose import queue_message
from liaison_app.services.errors import ServiceError
from liaison_app.services.retention import (
    SubjectStillCarried,
    check_reason,
    due_count,
    due_for_review,
    erase_message,
    erase_subject,
    keep_until,
    subject_message_count,
)
from liaison_app.services.session import Session
from liaison_app.store import audit, cases, messages, search
from tests.services.test_compose import _request
from tests.services.workspace import PASSPHRASE, Workspace

ROOT = Path(__file__).resolve().parents[2]


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


def test_due_count_and_subject_message_count_match_the_list(session: Session) -> None:
    mid = queue_message(session, _request(case_ref="OP-COUNT"))
    (subject_id,) = search.subject_ids(session.db, "Gagi")
    later = (datetime.now(UTC) + timedelta(days=400)).date()
    assert due_count(session) == 0
    due = due_for_review(session, later)
    assert due_count(session, later) == len(due) == 2
    assert subject_message_count(session, subject_id) == 1
    assert [i.days_overdue(later) for i in due] == [35, 35]
    with pytest.raises(SubjectStillCarried) as refused:
        erase_subject(session, subject_id, "no longer needed")
    assert refused.value.count == 1 and "1 message(s)" in str(refused.value)
    assert messages.get(session.db, mid) is not None
    erase_subject(session, subject_id, "no longer needed", with_messages=True)
    assert subject_message_count(session, subject_id) == 0
    assert due_count(session, later) == 1


def test_check_reason_refuses_an_empty_reason() -> None:
    with pytest.raises(ServiceError, match="reason"):
        check_reason("  ok ")
    assert check_reason("  evidence kept  ") == "evidence kept"


def test_cli_refusal_names_the_with_messages_option(workspace: Workspace) -> None:
    with workspace.open() as s:
        queue_message(s, _request())
        (subject_id,) = search.subject_ids(s.db, "Gagi")
    done = subprocess.run(
        [sys.executable, "-m", "liaison_app", "review", "erase-subject", subject_id,
         "--reason", "no longer needed", "--profile", str(workspace.path),
         "--passphrase-stdin"], input=PASSPHRASE + "\n", capture_output=True, text=True,
        timeout=120, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "still carry this subject" in done.stderr and "--with-messages" in done.stderr
    with workspace.open() as s:
        assert cases.get_subject(s.db, subject_id) is not None
