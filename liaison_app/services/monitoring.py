"""Monitoring the joint action: the figures for a period and a partner, from the cache alone.

Aggregates run in SQL over the exchange record (`store/monitoring_queries.py`):
one grouped pass for the counts, replies and monthly bars, one statement for
the response times; this module only adds up the few groups into the read
models of `monitoring_types`.
No personal data is read unless the officer asks for the annex of subjects.
"""

from __future__ import annotations

from datetime import UTC, datetime

from liaison_app.domain.messages import ReplyOutcome
from liaison_app.domain.outcomes import OutcomeKind
from liaison_app.services import views
from liaison_app.services.monitoring_types import (
    AmountTotal,
    AnnexCase,
    AnnexSubject,
    CashTotal,
    CheckHitCounts,
    ExchangeCounts,
    MonitoringFigures,
    MonthCount,
    OutcomeTotal,
    OverdueNow,
    Period,
    ReplyOutcomeCount,
    ResponseBin,
    ResponseTimes,
)
from liaison_app.services.operation_report import operation_sections
from liaison_app.services.session import Session
from liaison_app.store import directory_cache
from liaison_app.store import monitoring_queries as mq
from liaison_app.store.monitoring_queries import BINS as BINS  # the charts' delay bins

_COUNT_FIELDS = {
    ("outgoing", "request"): "requests_sent", ("incoming", "request"): "requests_received",
    ("outgoing", "alert"): "alerts_sent", ("incoming", "alert"): "alerts_received",
    ("outgoing", "reply"): "replies_sent", ("incoming", "reply"): "replies_received",
}


def _counts(partner: str, name: str, rows: list[tuple[str, str, int]]) -> ExchangeCounts:
    values = {_COUNT_FIELDS[(d, t)]: n for d, t, n in rows if (d, t) in _COUNT_FIELDS}
    return ExchangeCounts(partner, name, **values)


def partner_names(session: Session) -> dict[str, str]:
    """Agency id -> name, from the cached directory."""
    return {a.agency_id: a.name for a in directory_cache.agencies(session.db)}


def monitoring_figures(session: Session, period: Period, partner: str | None = None, *,
                       with_subjects: bool = False,
                       now: datetime | None = None) -> MonitoringFigures:
    """The figures for `period` (and one partner agency, or all), as of `now`."""
    moment = (now or datetime.now(UTC)).replace(microsecond=0)
    db = session.db
    span = mq.Span(period.start, period.end, partner or None)
    names = partner_names(session)

    groups = mq.exchange_groups(db, span)
    per_partner: dict[str, dict[tuple[str, str], int]] = {}
    totals_by: dict[tuple[str, str], int] = {}
    sent: dict[str, int] = {}
    received: dict[str, int] = {}
    months: dict[tuple[str, str], int] = {}
    for g in groups:
        key = (g.direction, g.type)
        by = per_partner.setdefault(g.partner, {})
        by[key] = by.get(key, 0) + g.messages
        # for one partner each message is one row; across partners, its lead row only
        totals_by[key] = totals_by.get(key, 0) + (g.messages if span.partner else g.lead)
        if g.type == "reply":
            bucket = sent if g.direction == "outgoing" else received
            bucket[g.outcome] = bucket.get(g.outcome, 0) + g.messages
        elif g.type in ("request", "alert"):
            months[(g.month, g.partner)] = months.get((g.month, g.partner), 0) + g.messages
    by_partner = tuple(_counts(a, names.get(a, ""), [(d, t, n) for (d, t), n in rows.items()])
                       for a, rows in sorted(per_partner.items()))
    totals = _counts("", "", [(d, t, n) for (d, t), n in totals_by.items()])
    known = [o.value for o in ReplyOutcome]
    extra = sorted((set(sent) | set(received)) - set(known))
    replies = tuple(ReplyOutcomeCount(o, sent.get(o, 0), received.get(o, 0))
                    for o in [*known, *extra])

    stats, bins, overdue = mq.response_figures(db, span, moment)
    response_times = tuple(ResponseTimes(
        direction=s.direction, urgency=s.urgency,
        limit_seconds=mq.LIMIT_SECONDS.get(s.urgency, mq.LIMIT_SECONDS["standard"]),
        requests=s.requests, answered=s.answered, within=s.within, late=s.late,
        overdue=s.overdue, pending=s.pending, median_seconds=s.median, p90_seconds=s.p90,
    ) for s in stats)
    response_bins = tuple(ResponseBin(d, u, b, n) for d, u, b, n in bins)
    overdue_now = tuple(OverdueNow(a, names.get(a, ""), d, n) for a, d, n in overdue)

    monthly = tuple(MonthCount(m, a, n) for (m, a), n in sorted(months.items()))
    opened, closed = mq.cases_opened_closed(db, span)
    kinds, amounts = mq.outcome_totals(db, span)
    order = {k.value: i for i, k in enumerate(OutcomeKind)}
    outcomes = tuple(OutcomeTotal(k, r, c) for k, r, c in
                     sorted(kinds, key=lambda row: (order.get(row[0], 99), row[0])))
    amount_totals = tuple(AmountTotal(k, cur, r, m) for k, cur, r, m in
                          sorted(amounts, key=lambda row: (order.get(row[0], 99), row[1])))
    cash = tuple(CashTotal(d, cur, n, m) for d, cur, n, m in mq.cash_totals(db, span))
    hits = CheckHitCounts(*mq.check_hit_counts(db, span))
    ident = session.identity
    return MonitoringFigures(
        period=period, partner=partner or None,
        partner_name=names.get(partner or "", ""), computed_at=moment,
        officer_id=ident.officer_id, officer_name=ident.officer_name,
        agency_id=ident.agency_id, agency_name=names.get(ident.agency_id, ""),
        totals=totals, by_partner=by_partner, replies=replies,
        response_times=response_times, response_bins=response_bins, overdue=overdue_now,
        months=period.months(), monthly=monthly, cases_opened=opened, cases_closed=closed,
        outcomes=outcomes, amounts=amount_totals, cash=cash, hits=hits,
        annex=_annex(session, span) if with_subjects else None,
        operations=operation_sections(session, first_day=period.first_day,
                                      last_day=period.last_day, partner=partner or None,
                                      as_of=min(period.last_day, moment.date())))


def _annex(session: Session, span: mq.Span) -> tuple[AnnexCase, ...]:
    """Cases active in the period with their subjects' names (personal data: asked for);
    the subjects are those the case view shows (recorded, and carried by its messages)."""
    out: list[AnnexCase] = []
    for case_ref in mq.cases_in_period(session.db, span):
        case = views.case_view(session, case_ref)
        out.append(AnnexCase(case_ref, case.title, tuple(
            AnnexSubject(s.label, s.category_label, s.kind) for s in case.subjects)))
    return tuple(out)
