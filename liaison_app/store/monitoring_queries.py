"""The monitoring figures, aggregated in SQL over the exchange record (schema 5).

Every function takes a `Span` (a period [start, end) in UTC and an optional
partner agency) and returns plain tuples of counts; nothing here reads a
message's text or subjects. Response times pair each request with the first
reply from the other side (`in_reply_to`, same partner), straight from the
messages' own record, whatever status the request has reached. Percentiles
are computed in SQL with window functions: the linear interpolation between
closest ranks (Hyndman & Fan type 7, as spreadsheets' PERCENTILE.INC), so the
median of an even count is the mean of the two middle values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from liaison_app.domain.messages import TIME_LIMITS, UrgencyClass
from liaison_app.store.columns import Conn, time_text

LIMIT_SECONDS: dict[str, int] = {u.value: int(TIME_LIMITS[u].total_seconds())
                                 for u in UrgencyClass}
"""Directive (EU) 2023/977 Art. 5 limit per urgency class, in seconds (UTC: days are 24 h)."""

BIN_EDGES: tuple[tuple[str, int], ...] = (
    ("1h", 3600), ("8h", 8 * 3600), ("1d", 86400), ("3d", 3 * 86400), ("7d", 7 * 86400),
    ("14d", 14 * 86400),
)
"""Upper edges (inclusive) of the response-time bins; later answers fall in `more`.
The 8 h, 3 d and 7 d edges are the three legal limits."""
BINS: tuple[str, ...] = (*(name for name, _ in BIN_EDGES), "more", "overdue", "pending")


@dataclass(frozen=True)
class Span:
    """A monitoring period [start, end) in UTC, optionally for one partner agency."""

    start: datetime
    end: datetime
    partner: str | None = None

    @property
    def start_s(self) -> int:
        return int(self.start.timestamp())

    @property
    def end_s(self) -> int:
        return int(self.end.timestamp())

    @property
    def first_day(self) -> date:
        return self.start.date()

    @property
    def end_day(self) -> date:
        """The first day after the period (exclusive bound for dates)."""
        day = self.end.date()
        return day if self.end.time() == datetime.min.time() else day + timedelta(days=1)


def _partner(span: Span, column: str = "partner") -> tuple[str, list[Any]]:
    if span.partner is None:
        return "", []
    return f" AND {column} = ?", [span.partner]


def _index(span: Span) -> str:
    return "exchanges_partner" if span.partner is not None else "exchanges_at"


@dataclass(frozen=True)
class ExchangeGroup:
    """Messages exchanged in the period with one partner, one way, of one type (and for
    replies one outcome), in one month; `messages` counts rows, `lead` each message once."""

    partner: str
    direction: str
    type: str
    outcome: str
    month: str
    messages: int
    lead: int


def exchange_groups(conn: Conn, span: Span) -> list[ExchangeGroup]:
    """One pass over the period's exchanges, grouped by partner, direction, type, reply
    outcome and month: the counts, replies by outcome and the monthly bars all come from
    these groups (at most partners x 2 x 3 x 5 x months rows)."""
    where, params = _partner(span)
    rows = conn.execute(
        f"""SELECT partner, direction, type, COALESCE(outcome, ''),
                   strftime('%Y-%m', at, 'unixepoch'), count(*), sum(lead)
              FROM exchanges INDEXED BY {_index(span)}
             WHERE at >= ? AND at < ?{where}
             GROUP BY 1, 2, 3, 4, 5""",  # noqa: S608
        [span.start_s, span.end_s, *params])
    return [ExchangeGroup(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), int(r[5]),
                          int(r[6])) for r in rows]


_LIMIT_CASE = "CASE urgency " + " ".join(
    f"WHEN '{name}' THEN {seconds}" for name, seconds in LIMIT_SECONDS.items()
) + f" ELSE {LIMIT_SECONDS[UrgencyClass.STANDARD.value]} END"

_BIN_CASE = ("CASE WHEN secs IS NULL THEN (CASE WHEN start + lim < :now THEN 'overdue' "
             "ELSE 'pending' END) "
             + " ".join(f"WHEN secs <= {edge} THEN '{name}'" for name, edge in BIN_EDGES)
             + " ELSE 'more' END")


def _quantile(q: float) -> str:
    """SQL for the type-7 quantile `q` of `secs` over rows ranked `i` (0-based) of `n`."""
    h = f"((n - 1) * {q})"
    lo = f"CAST({h} AS INTEGER)"
    return (f"CASE WHEN count(secs) = 0 THEN NULL ELSE sum(CASE WHEN secs IS NULL THEN 0 "
            f"WHEN i = {lo} THEN secs * (1.0 - ({h} - {lo})) "
            f"WHEN i = {lo} + 1 THEN secs * ({h} - {lo}) ELSE 0 END) END")


@dataclass(frozen=True)
class ResponseRow:
    """Requests of one direction and urgency class in the period, and how they were answered.

    `direction` is the request's: `incoming` requests are answered by this
    office, `outgoing` ones by the partner. Times are seconds.
    """

    direction: str
    urgency: str
    requests: int
    answered: int
    within: int
    late: int
    overdue: int
    pending: int
    median: float | None
    p90: float | None


def response_figures(conn: Conn, span: Span, now: datetime) -> tuple[
        list[ResponseRow], list[tuple[str, str, str, int]], list[tuple[str, str, int]]]:
    """Response times per (direction, urgency), their distribution in bins, and what
    is overdue now per (partner, direction).

    One statement: the pairing of requests with their first reply is materialised
    once and aggregated three ways.
    """
    where, params = _partner(span, "r.partner")
    sql = f"""
    WITH req AS MATERIALIZED (
        SELECT r.direction AS direction, COALESCE(r.urgency, 'standard') AS urgency,
               r.partner AS partner, r.at AS start,
               (SELECT min(CASE WHEN p.direction = 'outgoing' THEN p.at ELSE p.signed_at END)
                  FROM exchanges AS p INDEXED BY exchanges_reply
                 WHERE p.in_reply_to = r.message_id AND p.partner = r.partner
                   AND p.type = 'reply' AND p.direction <> r.direction) AS answered
          FROM exchanges AS r INDEXED BY {_index(span)}
         WHERE r.at >= :start AND r.at < :end AND r.type = 'request'{where.replace('?', ':p')}
    ), judged AS MATERIALIZED (
        SELECT direction, urgency, partner, start, {_LIMIT_CASE} AS lim,
               CASE WHEN answered IS NULL THEN NULL ELSE max(0, answered - start) END AS secs
          FROM req
    ), ranked AS (
        SELECT direction, urgency, start, lim, secs,
               row_number() OVER (PARTITION BY direction, urgency
                                  ORDER BY secs IS NULL, secs) - 1 AS i,
               count(secs) OVER (PARTITION BY direction, urgency) AS n
          FROM judged
    )
    SELECT 'stats', direction, urgency, count(*), count(secs),
           sum(secs IS NOT NULL AND secs <= lim), sum(secs IS NOT NULL AND secs > lim),
           sum(secs IS NULL AND start + lim < :now), sum(secs IS NULL AND start + lim >= :now),
           {_quantile(0.5)}, {_quantile(0.9)}
      FROM ranked GROUP BY direction, urgency
    UNION ALL
    SELECT 'bin', direction, urgency, {_BIN_CASE}, count(*), NULL, NULL, NULL, NULL, NULL, NULL
      FROM judged GROUP BY 2, 3, 4
    UNION ALL
    SELECT 'overdue', direction, partner, NULL, count(*), NULL, NULL, NULL, NULL, NULL, NULL
      FROM judged WHERE secs IS NULL AND start + lim < :now GROUP BY 2, 3
    """  # noqa: S608 - fixed SQL, values bound
    values: dict[str, Any] = {"start": span.start_s, "end": span.end_s,
                              "now": int(now.timestamp())}
    if params:
        values["p"] = params[0]
    stats: list[ResponseRow] = []
    bins: list[tuple[str, str, str, int]] = []
    overdue: list[tuple[str, str, int]] = []
    for r in conn.execute(sql, values):
        if r[0] == "stats":
            stats.append(ResponseRow(
                direction=str(r[1]), urgency=str(r[2]), requests=int(r[3]), answered=int(r[4]),
                within=int(r[5]), late=int(r[6]), overdue=int(r[7]), pending=int(r[8]),
                median=None if r[9] is None else float(r[9]),
                p90=None if r[10] is None else float(r[10])))
        elif r[0] == "bin":
            bins.append((str(r[1]), str(r[2]), str(r[3]), int(r[4])))
        else:
            overdue.append((str(r[2]), str(r[1]), int(r[4])))
    stats.sort(key=lambda s: (s.direction, s.urgency))
    bins.sort()
    overdue.sort()
    return stats, bins, overdue


def _case_partner(span: Span, alias: str) -> tuple[str, list[Any]]:
    if span.partner is None:
        return "", []
    # CROSS JOIN keeps the case's own links as the outer loop (a planner left free
    # may walk every exchange of the partner once per case instead)
    return (f""" AND EXISTS (SELECT 1 FROM case_messages AS cm
                              CROSS JOIN exchanges AS e
                                 ON e.message_id = cm.message_id AND e.partner = ?
                             WHERE cm.case_ref = {alias}.case_ref)""",  # noqa: S608
            [span.partner])


def cases_opened_closed(conn: Conn, span: Span) -> tuple[int, int]:
    """Cases recorded here that were opened, and that were closed, in the period."""
    start, end = time_text(span.start), time_text(span.end)
    where, params = _case_partner(span, "c")
    opened = conn.execute(
        f"SELECT count(*) FROM cases AS c WHERE created_at >= ? AND created_at < ?{where}",  # noqa: S608
        [start, end, *params]).fetchone()[0]
    closed = conn.execute(
        f"SELECT count(*) FROM cases AS c WHERE closed_at >= ? AND closed_at < ?{where}",  # noqa: S608
        [start, end, *params]).fetchone()[0]
    return int(opened), int(closed)


def outcome_totals(conn: Conn, span: Span) -> tuple[
        list[tuple[str, int, int]], list[tuple[str, str, int, int]]]:
    """(kind, records, total count) and (kind, currency, records, total minor units) of the
    outcomes that happened in the period; amounts are summed per currency, never across."""
    days = [span.first_day.isoformat(), span.end_day.isoformat()]
    where, params = _case_partner(span, "o")
    kinds = conn.execute(
        f"""SELECT kind, count(*), sum(count) FROM case_outcomes AS o
             WHERE occurred_on >= ? AND occurred_on < ?{where}
             GROUP BY kind ORDER BY kind""",  # noqa: S608
        [*days, *params])
    amounts = conn.execute(
        f"""SELECT kind, currency, count(*), sum(amount_minor) FROM case_outcomes AS o
             WHERE occurred_on >= ? AND occurred_on < ? AND currency IS NOT NULL{where}
             GROUP BY kind, currency ORDER BY kind, currency""",  # noqa: S608
        [*days, *params])
    return ([(str(r[0]), int(r[1]), int(r[2])) for r in kinds],
            [(str(r[0]), str(r[1]), int(r[2]), int(r[3])) for r in amounts])


def cases_in_period(conn: Conn, span: Span) -> list[str]:
    """Case references with an exchange or an outcome in the period (for the annex that
    names subjects, when the officer asks for it)."""
    where, params = _partner(span, "e.partner")
    days = [span.first_day.isoformat(), span.end_day.isoformat()]
    opart, oparams = _case_partner(span, "o")
    rows = conn.execute(
        f"""SELECT DISTINCT cm.case_ref FROM exchanges AS e
              JOIN case_messages AS cm ON cm.message_id = e.message_id
             WHERE e.at >= ? AND e.at < ?{where}
            UNION
            SELECT case_ref FROM case_outcomes AS o
             WHERE occurred_on >= ? AND occurred_on < ?{opart}
            ORDER BY 1""",  # noqa: S608
        [span.start_s, span.end_s, *params, *days, *oparams])
    return [str(r[0]) for r in rows]
