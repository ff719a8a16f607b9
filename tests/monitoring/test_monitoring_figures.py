"""The monitoring figures for Q1 2026 equal the figures worked out by hand (fixture.py)."""

from __future__ import annotations

from dataclasses import astuple

import pytest

from liaison_app.services.monitoring import monitoring_figures
from liaison_app.services.monitoring_types import MonitoringFigures, Period
from liaison_app.services.session import Session
from tests.monitoring.fixture import NOW, build_quarter

Q1 = Period.quarter(2026, 1)


@pytest.fixture
def q1(session: Session) -> Session:
    session.ids = build_quarter(session)  # type: ignore[attr-defined]
    return session


def _rt(f: MonitoringFigures) -> dict[tuple[str, str], tuple[object, ...]]:
    return {(r.direction, r.urgency): (r.requests, r.answered, r.within, r.late, r.overdue,
                                       r.pending, r.median_seconds, r.p90_seconds,
                                       r.share_within)
            for r in f.response_times}


def test_quarter_all_partners(q1: Session) -> None:
    f = monitoring_figures(q1, Q1, now=NOW)
    t = f.totals
    assert (t.requests_received, t.requests_sent, t.alerts_received, t.alerts_sent,
            t.replies_sent, t.replies_received) == (7, 3, 1, 1, 6, 4)
    rows = {r.partner: astuple(r)[2:] for r in f.by_partner}
    assert rows == {"BG-BP": (2, 3, 1, 0, 3, 1), "RS-BP": (2, 4, 1, 1, 3, 3)}
    assert {r.partner: r.partner_name for r in f.by_partner} == {
        "BG-BP": "Border Police", "RS-BP": "Border Police Directorate"}
    assert [(r.outcome, r.sent, r.received) for r in f.replies] == [
        ("provided", 3, 2), ("partial", 1, 1), ("refused", 1, 1), ("clarification", 1, 0)]
    assert _rt(f) == {
        ("incoming", "standard"): (3, 2, 2, 0, 0, 1, 172800.0, 241920.0, 1.0),
        ("incoming", "urgent-direct"): (4, 3, 2, 1, 1, 0, 21600.0, 38880.0, 0.5),
        ("outgoing", "standard"): (2, 2, 1, 1, 0, 0, 648000.0, 889920.0, 0.5),
        ("outgoing", "urgent-indirect"): (2, 1, 1, 0, 1, 0, 86400.0, 86400.0, 0.5),
    }
    assert {(b.direction, b.urgency, b.bin): b.count for b in f.response_bins} == {
        ("incoming", "standard", "1d"): 1, ("incoming", "standard", "3d"): 1,
        ("incoming", "standard", "pending"): 1,
        ("incoming", "urgent-direct", "8h"): 2, ("incoming", "urgent-direct", "1d"): 1,
        ("incoming", "urgent-direct", "overdue"): 1,
        ("outgoing", "standard", "7d"): 1, ("outgoing", "standard", "14d"): 1,
        ("outgoing", "urgent-indirect", "1d"): 1, ("outgoing", "urgent-indirect", "overdue"): 1,
    }
    assert [(o.partner, o.direction, o.count) for o in f.overdue] == [
        ("BG-BP", "outgoing", 1), ("RS-BP", "incoming", 1)]
    assert f.months == ("2026-01", "2026-02", "2026-03")
    assert [(m.month, m.partner, m.count) for m in f.monthly] == [
        ("2026-01", "BG-BP", 1), ("2026-01", "RS-BP", 3), ("2026-02", "BG-BP", 2),
        ("2026-02", "RS-BP", 3), ("2026-03", "BG-BP", 3), ("2026-03", "RS-BP", 2)]
    assert (f.cases_opened, f.cases_closed) == (2, 1)
    assert [(o.kind, o.records, o.count) for o in f.outcomes] == [
        ("arrest", 1, 2), ("vehicle_stopped", 1, 1), ("cash_seized", 2, 2)]
    assert [(a.kind, a.currency, a.records, a.minor, a.text) for a in f.amounts] == [
        ("cash_seized", "EUR", 1, 1250050, "12,500.50 EUR"),
        ("cash_seized", "RSD", 1, 100000, "1,000.00 RSD")]
    assert f.annex is None and not f.holds_personal_data


def test_quarter_one_partner(q1: Session) -> None:
    f = monitoring_figures(q1, Q1, "RS-BP", now=NOW)
    assert f.partner_name == "Border Police Directorate"
    t = f.totals
    assert (t.requests_received, t.requests_sent, t.alerts_received, t.alerts_sent,
            t.replies_sent, t.replies_received) == (4, 2, 1, 1, 3, 3)
    assert [r.partner for r in f.by_partner] == ["RS-BP"]
    assert [(r.outcome, r.sent, r.received) for r in f.replies] == [
        ("provided", 1, 1), ("partial", 1, 1), ("refused", 1, 1), ("clarification", 0, 0)]
    assert _rt(f) == {
        ("incoming", "urgent-direct"): (4, 3, 2, 1, 1, 0, 21600.0, 38880.0, 0.5),
        ("outgoing", "standard"): (1, 1, 1, 0, 0, 0, 345600.0, 345600.0, 1.0),
        ("outgoing", "urgent-indirect"): (1, 1, 1, 0, 0, 0, 86400.0, 86400.0, 1.0),
    }
    assert [(o.partner, o.direction, o.count) for o in f.overdue] == [("RS-BP", "incoming", 1)]
    assert (f.cases_opened, f.cases_closed) == (1, 1)
    assert [(o.kind, o.records, o.count) for o in f.outcomes] == [
        ("arrest", 1, 2), ("cash_seized", 2, 2)]


def test_other_periods_count_only_their_own(q1: Session) -> None:
    f = monitoring_figures(q1, Period.quarter(2025, 4), now=NOW)
    assert f.totals.requests_sent == 1 and f.totals.replies_received == 0
    # S5: sent 2025-12-31 23:00, answered (signed) 2026-01-02 00:00: 25 h, within 7 days
    assert _rt(f) == {("outgoing", "standard"): (1, 1, 1, 0, 0, 0, 90000.0, 90000.0, 1.0)}
    empty = monitoring_figures(q1, Period.quarter(2024, 1), now=NOW)
    assert empty.totals.total == 0 and empty.response_times == () and empty.outcomes == ()


def test_erasing_a_reply_reopens_its_request(q1: Session) -> None:
    from liaison_app.services.retention import erase_message
    from liaison_app.store import messages

    (reply_id,) = messages.replies_to(q1.db, q1.ids["R1"])  # type: ignore[attr-defined]
    erase_message(q1, reply_id, "recorded against the wrong request")
    f = monitoring_figures(q1, Q1, now=NOW)
    assert f.totals.replies_sent == 5
    row = f.response("incoming", "urgent-direct")
    assert row is not None and (row.answered, row.overdue) == (2, 2)


def test_the_record_follows_any_order_of_arrival_and_a_failed_send(session: Session) -> None:
    """A reply stored before its request still answers it; a message that fails after it
    was sent leaves the counts; both kept by the schema's triggers, not by the services."""
    from liaison_app.store import messages
    from liaison_app.store.messages import MessageStatus
    from tests.monitoring.fixture import received, sent, t

    request_id = "00000000-0000-7000-8000-0000000fffff"
    received(session, "reply", "RS-BP", "2026-02-02 10:00", signed="2026-02-02 08:00",
             reply_to=request_id)
    sent(session, "request", ("RS-BP",), "2026-02-01 08:00", urgency="urgent-indirect",
         message_id=request_id)
    f = monitoring_figures(session, Q1, now=NOW)
    row = f.response("outgoing", "urgent-indirect")
    assert row is not None and (row.answered, row.median_seconds) == (1, 86400.0)
    assert (f.totals.requests_sent, f.totals.replies_received) == (1, 1)
    with session.db.transaction() as conn:
        messages.set_status(conn, request_id, MessageStatus.FAILED,
                            now=t("2026-02-01 09:00"), failure_reason="rejected")
    f = monitoring_figures(session, Q1, now=NOW)
    assert f.totals.requests_sent == 0 and f.response_times == ()
    assert f.totals.replies_received == 1


@pytest.mark.parametrize(("first", "last"), [
    ("2026-01-01", "2026-03-31"), ("2026-01-15", "2026-03-31"), ("2026-01-10", "2026-01-10"),
    ("2026-01-20", "2026-03-10"), ("2025-12-31", "2026-02-01"), ("2026-02-05", "2026-04-02")])
def test_the_day_and_month_counts_equal_a_count_of_every_exchange(q1: Session, first: str,
                                                                   last: str) -> None:
    """The rollups kept by triggers (through inserts, sends, a closed case, an erasure)
    give what counting every exchange row of the period gives."""
    from datetime import date

    from liaison_app.services.retention import erase_message
    from liaison_app.store import messages
    from liaison_app.store import monitoring_queries as mq

    (reply_id,) = messages.replies_to(q1.db, q1.ids["R3"])  # type: ignore[attr-defined]
    erase_message(q1, reply_id, "test of the rollups")
    period = Period(date.fromisoformat(first), date.fromisoformat(last))
    for partner in (None, "RS-BP"):
        span = mq.Span(period.start, period.end, partner)
        got = sorted((g.partner, g.direction, g.type, g.outcome, g.month, g.messages)
                     for g in mq.exchange_groups(q1.db, span))
        rows = q1.db.execute(
            """SELECT partner, direction, type, COALESCE(outcome, ''),
                      strftime('%Y-%m', at, 'unixepoch'), count(*) FROM exchanges
                WHERE at >= ? AND at < ? AND (? IS NULL OR partner = ?)
                GROUP BY 1, 2, 3, 4, 5""",
            (span.start_s, span.end_s, partner, partner)).fetchall()
        assert got == sorted(tuple(r) for r in rows)
