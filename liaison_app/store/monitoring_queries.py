"""The monitoring figures, aggregated in SQL over the exchange record (schema 5).

Every function takes a `Span` (a period [start, end) in UTC and an optional
partner agency) and returns plain tuples of counts; nothing here reads a
message's text or subjects. Counts add up the per-day table `exchange_days`;
response times pair each request with the first reply from the other side
(`in_reply_to`, same partner; kept on the request as `answered_at`), straight
from the messages' own record, whatever status the request has reached. Percentiles
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


def _month_split(span: Span) -> tuple[str, str, list[tuple[str, str]]]:
    """The whole months inside the period [first, after) as `YYYY-MM` bounds, and the day
    ranges [from, to) at its ends that fall outside whole months."""
    first, after = span.first_day, span.end_day
    month_start = first if first.day == 1 else (first.replace(day=1) + timedelta(days=32)
                                                ).replace(day=1)
    month_end = after.replace(day=1)
    if month_start >= month_end:
        return "", "", [(first.isoformat(), after.isoformat())]
    ends = [(first.isoformat(), month_start.isoformat()),
            (month_end.isoformat(), after.isoformat())]
    return (month_start.isoformat()[:7], month_end.isoformat()[:7],
            [(a, b) for a, b in ends if a < b])


def exchange_groups(conn: Conn, span: Span) -> list[ExchangeGroup]:
    """The period's exchanges grouped by partner, direction, type, reply outcome and month,
    added up from the per-month counts of its whole months and the per-day counts of the
    days at its ends (`exchange_months`, `exchange_days`): the counts, replies by outcome
    and the monthly bars all come from these groups."""
    where, params = _partner(span)
    m0, m1, edges = _month_split(span)
    days = " OR ".join("(day >= ? AND day < ?)" for _ in edges) or "0"
    rows = conn.execute(
        f"""SELECT partner, direction, type, outcome, month, sum(messages), sum(lead) FROM (
                SELECT partner, direction, type, outcome, month, messages, lead
                  FROM exchange_months WHERE month >= ? AND month < ?{where}
                UNION ALL
                SELECT partner, direction, type, outcome, substr(day, 1, 7), messages, lead
                  FROM exchange_days WHERE ({days}){where})
             GROUP BY 1, 2, 3, 4, 5 HAVING sum(messages) > 0""",  # noqa: S608
        [m0, m1, *params, *(d for edge in edges for d in edge), *params])
    return [ExchangeGroup(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), int(r[5]),
                          int(r[6])) for r in rows]


_BIN_SQL = ("CASE WHEN response_s IS NULL THEN (CASE WHEN at + {lim} < :now THEN 'overdue' "
            "ELSE 'pending' END) "
            + " ".join(f"WHEN response_s <= {edge} THEN '{name}'" for name, edge in BIN_EDGES)
            + " ELSE 'more' END")
_LIMIT_SQL = "CASE urgency " + " ".join(
    f"WHEN '{name}' THEN {seconds}" for name, seconds in LIMIT_SECONDS.items()
) + f" ELSE {LIMIT_SECONDS[UrgencyClass.STANDARD.value]} END"


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


WALK_SHARE = 0.35
"""Above this share of the cache's time span, a quantile is read by walking the class's
response-time index in order; below it, by sorting the period's own answers."""


def _span_share(conn: Conn, span: Span) -> float:
    """How much of the time over which requests were exchanged the period covers."""
    row = conn.execute(
        """SELECT (SELECT min(at) FROM exchanges INDEXED BY exchanges_at
                    WHERE type = 'request' AND at IS NOT NULL),
                  (SELECT max(at) FROM exchanges INDEXED BY exchanges_at
                    WHERE type = 'request' AND at IS NOT NULL)""").fetchone()
    if row is None or row[0] is None:
        return 0.0
    first, last = int(row[0]), int(row[1])
    covered = min(span.end_s, last + 1) - max(span.start_s, first)
    return max(0.0, covered / max(1, last + 1 - first))


def _quantile(conn: Conn, span: Span, direction: str, urgency: str, answered: int,
              q: float, walk: bool) -> float | None:
    """The type-7 quantile `q` of the response times of one class's answered requests:
    SQL returns the two values around rank (n - 1) q in order (walking the response-time
    index when `walk`, else sorting the period's answers), interpolated here."""
    if answered == 0:
        return None
    h = (answered - 1) * q
    lo = int(h)
    where, params = _partner(span)
    index = "exchanges_response" if walk else "exchanges_at"
    rows = conn.execute(
        f"""SELECT response_s FROM exchanges INDEXED BY {index}
             WHERE type = 'request' AND direction = ? AND urgency = ?
               AND response_s IS NOT NULL AND at >= ? AND at < ?{where}
             ORDER BY response_s LIMIT 2 OFFSET ?""",  # noqa: S608
        [direction, urgency, span.start_s, span.end_s, *params, lo]).fetchall()
    values = [float(r[0]) for r in rows]
    if not values:
        return None
    if len(values) == 1 or h == lo:
        return values[0]
    return values[0] + (h - lo) * (values[1] - values[0])


def response_figures(conn: Conn, span: Span, now: datetime) -> tuple[
        list[ResponseRow], list[tuple[str, str, str, int]], list[tuple[str, str, int]]]:
    """Response times per (direction, urgency), their distribution in bins, and what
    is overdue now per (partner, direction).

    One grouped pass over the period's requests (each carries its response time,
    kept by the schema's triggers) counts them by class, partner and bin; the
    bins' edges are the legal limits, so within/late/overdue/pending are sums of
    bins. The median and 90th percentile are read in SQL order (`_quantile`).
    """
    where, params = _partner(span)
    sql = f"""SELECT direction, urgency, partner, {_BIN_SQL.format(lim=_LIMIT_SQL)}, count(*)
                FROM exchanges INDEXED BY exchanges_at
               WHERE type = 'request' AND at >= :start AND at < :end
                 AND urgency IS NOT NULL{where.replace('?', ':p')}
               GROUP BY 1, 2, 3, 4"""  # noqa: S608 - fixed SQL, values bound
    values: dict[str, Any] = {"start": span.start_s, "end": span.end_s,
                              "now": int(now.timestamp())}
    if params:
        values["p"] = params[0]
    groups = [(str(r[0]), str(r[1]), str(r[2]), str(r[3]), int(r[4]))
              for r in conn.execute(sql, values)]
    answered_bins = {name for name, _ in BIN_EDGES} | {"more"}
    classes: dict[tuple[str, str], dict[str, int]] = {}
    bins: dict[tuple[str, str, str], int] = {}
    overdue: dict[tuple[str, str], int] = {}
    for direction, urgency, partner, name, n in groups:
        c = classes.setdefault((direction, urgency), {})
        c[name] = c.get(name, 0) + n
        bins[(direction, urgency, name)] = bins.get((direction, urgency, name), 0) + n
        if name == "overdue":
            overdue[(partner, direction)] = overdue.get((partner, direction), 0) + n
    walk = span.partner is None and _span_share(conn, span) > WALK_SHARE
    stats: list[ResponseRow] = []
    for (direction, urgency), counts in sorted(classes.items()):
        limit = LIMIT_SECONDS.get(urgency, LIMIT_SECONDS[UrgencyClass.STANDARD.value])
        answered = sum(n for b, n in counts.items() if b in answered_bins)
        within = sum(n for b, n in counts.items()
                     if b in answered_bins and b != "more" and dict(BIN_EDGES)[b] <= limit)
        stats.append(ResponseRow(
            direction=direction, urgency=urgency, requests=sum(counts.values()),
            answered=answered, within=within, late=answered - within,
            overdue=counts.get("overdue", 0), pending=counts.get("pending", 0),
            median=_quantile(conn, span, direction, urgency, answered, 0.5, walk),
            p90=_quantile(conn, span, direction, urgency, answered, 0.9, walk)))
    return (stats, sorted((d, u, b, n) for (d, u, b), n in bins.items()),
            sorted((p, d, n) for (p, d), n in overdue.items()))


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
             WHERE e.type IN ('request', 'alert', 'reply') AND e.at >= ? AND e.at < ?{where}
            UNION
            SELECT case_ref FROM case_outcomes AS o
             WHERE occurred_on >= ? AND occurred_on < ?{opart}
            ORDER BY 1""",  # noqa: S608
        [span.start_s, span.end_s, *params, *days, *oparams])
    return [str(r[0]) for r in rows]


def cash_totals(conn: Conn, span: Span) -> list[tuple[str, str, int, int]]:
    """(direction, currency, cash subjects, total minor units) of the cash reported in the
    messages exchanged in the period (`cash_amounts`), per currency, never across: read
    from the exchange-time index (all partners), or with each message's row for the
    partner asked about."""
    if span.partner is None:
        sql = """SELECT direction, currency, count(*), sum(amount_minor)
                   FROM cash_amounts INDEXED BY cash_amounts_at
                  WHERE at >= ? AND at < ? GROUP BY 1, 2 ORDER BY 1, 2"""
        params: list[Any] = [span.start_s, span.end_s]
    else:
        sql = """SELECT c.direction, c.currency, count(*), sum(c.amount_minor)
                   FROM cash_amounts AS c INDEXED BY cash_amounts_at
                  CROSS JOIN exchanges AS e ON e.message_id = c.message_id AND e.partner = ?
                  WHERE c.at >= ? AND c.at < ? GROUP BY 1, 2 ORDER BY 1, 2"""
        params = [span.partner, span.start_s, span.end_s]
    return [(str(r[0]), str(r[1]), int(r[2]), int(r[3])) for r in conn.execute(sql, params)]


def check_hit_counts(conn: Conn, span: Span) -> tuple[int, int, int, int]:
    """(hits against the watch lists, hits in the cache, strong hits, messages with a hit)
    found when messages arrived in the period (from the partner asked about)."""
    join = (" CROSS JOIN messages AS m ON m.message_id = h.message_id AND m.sender_agency = ?"
            if span.partner is not None else "")
    params = [*([span.partner] if span.partner is not None else []),
              time_text(span.start), time_text(span.end)]
    row = conn.execute(
        f"""SELECT coalesce(sum(h.source = 'watchlist'), 0), coalesce(sum(h.source = 'cache'), 0),
                   coalesce(sum(h.strong), 0), count(DISTINCT h.message_id)
              FROM check_hits AS h INDEXED BY check_hits_found{join}
             WHERE h.found_at >= ? AND h.found_at < ?""",  # noqa: S608 - fixed SQL
        params).fetchone()
    return int(row[0]), int(row[1]), int(row[2]), int(row[3])
