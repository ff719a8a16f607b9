"""The monitoring figures as CSV, for the working group's own spreadsheets.

One long table (`section, metric, partner, direction, category, value, unit`),
so every figure is one row a spreadsheet can filter and pivot, with the
period, the issuer and the method's paragraphs in it too. UTF-8 with a byte
order mark, which spreadsheet programs need to read agency names in Cyrillic.
"""

from __future__ import annotations

import csv
import io

from liaison_app.domain.timefmt import format_time
from liaison_app.services.monitoring_method import METHOD, METHOD_VERSION
from liaison_app.services.monitoring_types import ExchangeCounts, MonitoringFigures

HEADER = ("section", "metric", "partner", "direction", "category", "value", "unit")
_COUNTS = ("requests_sent", "requests_received", "alerts_sent", "alerts_received",
           "replies_sent", "replies_received")


def _exchange_rows(c: ExchangeCounts, partner: str) -> list[tuple[object, ...]]:
    return [("exchanges", name, partner, "", "", getattr(c, name), "messages")
            for name in _COUNTS]


def monitoring_csv(f: MonitoringFigures) -> bytes:
    """The figures as CSV bytes."""
    rows: list[tuple[object, ...]] = [
        ("report", "period_from", "", "", "", f.period.first_day.isoformat(), "date"),
        ("report", "period_to", "", "", "", f.period.last_day.isoformat(), "date"),
        ("report", "partner", f.partner or "", "", "", f.partner_name or "all", ""),
        ("report", "computed_at", "", "", "", format_time(f.computed_at), "UTC"),
        ("report", "issued_by", "", "", "", f"{f.officer_name} ({f.officer_id})", ""),
        ("report", "agency", f.agency_id, "", "", f.agency_name, ""),
        ("report", "method_version", "", "", "", METHOD_VERSION, ""),
        ("report", "personal_data", "", "", "", "annex" if f.holds_personal_data else "none",
         ""),
    ]
    for c in f.by_partner:
        rows += _exchange_rows(c, c.partner)
    rows += _exchange_rows(f.totals, "all")
    for r in f.replies:
        rows.append(("replies", "replies", "", "given", r.outcome, r.sent, "replies"))
        rows.append(("replies", "replies", "", "received", r.outcome, r.received, "replies"))
    for t in f.response_times:
        side = "this_office" if t.direction == "incoming" else "partners"
        for name, value, unit in (
                ("requests", t.requests, "requests"), ("answered", t.answered, "requests"),
                ("within_limit", t.within, "requests"), ("late", t.late, "requests"),
                ("overdue", t.overdue, "requests"), ("pending", t.pending, "requests"),
                ("limit", t.limit_seconds, "seconds"),
                ("median", "" if t.median_seconds is None else t.median_seconds, "seconds"),
                ("p90", "" if t.p90_seconds is None else t.p90_seconds, "seconds"),
                ("share_within_limit", "" if t.share_within is None
                 else round(t.share_within, 4), "fraction")):
            rows.append(("response_times", name, f.partner or "all", side, t.urgency, value,
                         unit))
    for b in f.response_bins:
        side = "this_office" if b.direction == "incoming" else "partners"
        rows.append(("response_distribution", b.bin, f.partner or "all", side, b.urgency,
                     b.count, "requests"))
    for o in f.overdue:
        side = "this_office" if o.direction == "incoming" else "partners"
        rows.append(("overdue_now", "requests", o.partner, side, "", o.count, "requests"))
    for m in f.monthly:
        rows.append(("monthly", m.month, m.partner, "both", "requests_and_alerts", m.count,
                     "messages"))
    rows += [("cases", "opened", f.partner or "all", "", "", f.cases_opened, "cases"),
             ("cases", "closed", f.partner or "all", "", "", f.cases_closed, "cases")]
    for t2 in f.outcomes:
        rows.append(("outcomes", "records", f.partner or "all", "", t2.kind, t2.records,
                     "records"))
        rows.append(("outcomes", "count", f.partner or "all", "", t2.kind, t2.count, "count"))
    for a in f.amounts:
        rows.append(("amounts", a.kind, f.partner or "all", "", a.currency, a.minor,
                     "minor_units"))
    for cash in f.cash:
        side = "received" if cash.direction == "incoming" else "sent"
        rows.append(("cash_in_messages", "subjects", f.partner or "all", side, cash.currency,
                     cash.subjects, "subjects"))
        rows.append(("cash_in_messages", "amount", f.partner or "all", side, cash.currency,
                     cash.minor, "minor_units"))
    for name, value in (("watchlist", f.hits.watchlist), ("cache", f.hits.cache),
                        ("strong", f.hits.strong)):
        rows.append(("crosscheck_hits", name, f.partner or "all", "received", "", value,
                     "hits"))
    rows.append(("crosscheck_hits", "messages", f.partner or "all", "received", "",
                 f.hits.messages, "messages"))
    for case in f.annex or ():
        for s in case.subjects or ():
            rows.append(("annex", "subject", "", case.case_ref, s.kind, s.label, case.title))
    for i, paragraph in enumerate(METHOD, start=1):
        rows.append(("method", f"paragraph_{i}", "", "", "", paragraph, ""))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")
