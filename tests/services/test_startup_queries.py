"""What the first window asks of a large cache is answered from indexes or the tally.

The unlock opens the main window on the Inbox of up to 100k cached messages: its
total, first page, the counts beside the navigation and the review prompt run
before or right after the first paint (bench P5). A count that reads every
encrypted row costs ~0.5 s there, so each of those statements is planned here
with `EXPLAIN QUERY PLAN` on a real cache and must search an index; the Inbox
total and the unread counts read `message_tally` (migration 19), not messages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from liaison_app.services import attention, retention, views
from liaison_app.services.session import Session
from liaison_app.services.view_types import MessageQuery

INBOX = MessageQuery(direction="incoming", exclude_types=("ack",), sort="created_at")
FULL_SCAN = re.compile(r"^SCAN (messages|m)(?!.* INDEX )")  # a table scan, not an index scan


@contextmanager
def _traced(session: Session) -> Iterator[list[str]]:
    seen: list[str] = []
    conn = session.db._conn  # the statements as SQLite runs them
    conn.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        conn.set_trace_callback(None)


@pytest.fixture
def first_window_sql(session: Session) -> list[str]:
    """Every statement the first window's figures run, parameters inlined."""
    with _traced(session) as seen:
        views.message_count(session, INBOX)
        views.message_page(session, INBOX, 0, 100)
        attention.counts(session)
        retention.due_count(session)
    return [s for s in seen if s.lstrip().upper().startswith(("SELECT", "WITH"))]


def _plan(session: Session, sql: str) -> list[str]:
    return [str(row[3]) for row in session.db.execute("EXPLAIN QUERY PLAN " + sql)]


def test_no_statement_of_the_first_window_reads_every_message(
        session: Session, first_window_sql: list[str]) -> None:
    on_messages = [s for s in first_window_sql if "FROM messages" in s]
    assert len(on_messages) >= 5
    for sql in on_messages:
        steps = _plan(session, sql)
        assert not [s for s in steps if FULL_SCAN.match(s)], (sql, steps)


def test_the_inbox_total_reads_the_tally_and_the_review_count_its_index(
        session: Session, first_window_sql: list[str]) -> None:
    total = [s for s in first_window_sql if s.startswith("SELECT coalesce(sum(n), 0) FROM "
                                                          "message_tally WHERE restricted = 0 "
                                                          "AND direction = 'incoming'")]
    assert total, first_window_sql
    assert not [s for s in first_window_sql
                if s.startswith("SELECT count(*) FROM messages WHERE restricted_at IS NULL "
                                "AND direction = 'incoming'")], first_window_sql
    due = [s for s in first_window_sql if "m.review_on <=" in s]
    assert due, first_window_sql
    for sql in due:  # not messages_case: every message filed in no case matches it
        assert any("messages_review" in step for step in _plan(session, sql)), sql


def test_the_unread_counts_read_the_tally_and_count_restricted_messages_too(
        session: Session, first_window_sql: list[str]) -> None:
    """The counts beside the navigation are one statement on `message_tally`, none on
    the messages; a restricted unread message still counts, as before."""
    from tests.services.test_views import incoming, store

    unread = [s for s in first_window_sql if "status = 'delivered'" in s]
    assert len(unread) == 1, first_window_sql
    assert "FROM message_tally" in unread[0], unread[0]
    store(session, incoming(1), incoming(2, type="alert"), incoming(3, type="ack"))
    before = attention.counts(session)
    assert (before.unread, before.unread_alerts) == (2, 1)
    retention.restrict(session, "message", incoming(2).message_id, "kept for the trial")
    after = attention.counts(session)
    assert (after.unread, after.unread_alerts) == (2, 1)
