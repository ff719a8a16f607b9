"""The read models of the monitoring figures (plain, frozen, no Qt).

Codes stay codes (directions, urgency classes, outcome kinds, reply outcomes);
the GUI and the reports turn them into words. Times are seconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from liaison_app.domain.currencies import MINOR_UNITS, format_amount
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.money import CURRENCY_MINOR_UNITS

if TYPE_CHECKING:
    from liaison_app.services.operation_report import OperationSection


@dataclass(frozen=True, slots=True)
class Period:
    """Whole days from `first_day` to `last_day` inclusive, in UTC."""

    first_day: date
    last_day: date

    def __post_init__(self) -> None:
        if self.last_day < self.first_day:
            raise ValidationError("to", "the period ends before it starts")
        if (self.last_day - self.first_day).days > 366 * 10:
            raise ValidationError("to", "the period is longer than ten years")

    @property
    def start(self) -> datetime:
        """The first instant of the period."""
        return datetime.combine(self.first_day, time(0), tzinfo=UTC)

    @property
    def end(self) -> datetime:
        """The first instant after the period."""
        return datetime.combine(self.last_day + timedelta(days=1), time(0), tzinfo=UTC)

    @property
    def label(self) -> str:
        """`2026-01-01 – 2026-03-31`."""
        return f"{self.first_day.isoformat()} – {self.last_day.isoformat()}"

    def months(self) -> tuple[str, ...]:
        """Every month the period touches, `YYYY-MM`, in order."""
        out: list[str] = []
        year, month = self.first_day.year, self.first_day.month
        while (year, month) <= (self.last_day.year, self.last_day.month):
            out.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return tuple(out)

    @classmethod
    def quarter(cls, year: int, q: int) -> Period:
        """Quarter `q` (1-4) of `year`."""
        if q not in (1, 2, 3, 4):
            raise ValidationError("quarter", "must be 1 to 4")
        first = date(year, 3 * q - 2, 1)
        nxt = date(year + 1, 1, 1) if q == 4 else date(year, 3 * q + 1, 1)
        return cls(first, nxt - timedelta(days=1))

    @classmethod
    def quarter_of(cls, day: date) -> Period:
        """The quarter `day` falls in."""
        return cls.quarter(day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def preset(cls, key: str, today: date) -> Period:
        """A named period around `today` (one of PERIOD_PRESETS)."""
        if key == "this_quarter":
            return cls.quarter_of(today)
        if key == "last_quarter":
            return cls.quarter_of(cls.quarter_of(today).first_day - timedelta(days=1))
        if key == "this_year":
            return cls(date(today.year, 1, 1), date(today.year, 12, 31))
        if key == "last_year":
            return cls(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
        if key == "last_12_months":
            first = date(today.year - 1, today.month, 1) + timedelta(days=31)
            return cls(first.replace(day=1), today)
        raise ValidationError("period", "unknown period {key}", key=key)


PERIOD_PRESETS = ("this_quarter", "last_quarter", "this_year", "last_year", "last_12_months")
"""The periods the monitoring page and the report dialog offer (and a custom one)."""


def amount_text(minor: int, currency: str) -> str:
    """`12,500.50 EUR` for an amount in minor units (any ISO 4217 code cash is found in)."""
    if currency in MINOR_UNITS:
        return format_amount(minor, currency)
    places = CURRENCY_MINOR_UNITS.get(currency, 2)
    return f"{Decimal(minor).scaleb(-places):,.{places}f} {currency}"


@dataclass(frozen=True, slots=True)
class ExchangeCounts:
    """Requests, alerts and replies sent to and received from one partner (or all: "")."""

    partner: str
    partner_name: str
    requests_sent: int = 0
    requests_received: int = 0
    alerts_sent: int = 0
    alerts_received: int = 0
    replies_sent: int = 0
    replies_received: int = 0

    @property
    def total(self) -> int:
        """Every message counted in the row."""
        return (self.requests_sent + self.requests_received + self.alerts_sent
                + self.alerts_received + self.replies_sent + self.replies_received)


@dataclass(frozen=True, slots=True)
class ReplyOutcomeCount:
    """How many replies of one outcome this office gave (`sent`) or partners gave
    (`received`) in the period."""

    outcome: str
    sent: int
    received: int


@dataclass(frozen=True, slots=True)
class ResponseTimes:
    """Requests of one urgency class, answered by this office (`incoming` requests) or by
    partners (`outgoing` requests), against the Directive (EU) 2023/977 limit."""

    direction: str
    urgency: str
    limit_seconds: int
    requests: int
    answered: int
    within: int
    late: int
    overdue: int
    pending: int
    median_seconds: float | None
    p90_seconds: float | None

    @property
    def decided(self) -> int:
        """Requests whose fate is known: answered, or past the limit unanswered."""
        return self.answered + self.overdue

    @property
    def share_within(self) -> float | None:
        """Answered within the limit / decided (None when nothing is decided yet)."""
        return None if self.decided == 0 else self.within / self.decided


@dataclass(frozen=True, slots=True)
class ResponseBin:
    """How many requests of a class were answered within a bin (`1h`, `8h`... `more`), or are
    `overdue` / `pending` (unanswered, past or within the limit)."""

    direction: str
    urgency: str
    bin: str
    count: int


@dataclass(frozen=True, slots=True)
class OverdueNow:
    """Requests of the period still unanswered past their limit, per partner and side."""

    partner: str
    partner_name: str
    direction: str
    count: int


@dataclass(frozen=True, slots=True)
class MonthCount:
    """Requests and alerts exchanged with one partner in one month (both ways)."""

    month: str
    partner: str
    count: int


@dataclass(frozen=True, slots=True)
class OutcomeTotal:
    """Outcomes of one kind that happened in the period: records and their total count."""

    kind: str
    records: int
    count: int


@dataclass(frozen=True, slots=True)
class AmountTotal:
    """Cash or assets seized in one currency (never summed across currencies)."""

    kind: str
    currency: str
    records: int
    minor: int

    @property
    def text(self) -> str:
        """`12,500.50 EUR`."""
        return format_amount(self.minor, self.currency)


@dataclass(frozen=True, slots=True)
class CashTotal:
    """Cash reported (found or carried) in the messages exchanged in the period, in one
    currency and one direction (`outgoing`: sent from here), never added across currencies.
    `subjects` counts the cash subjects."""

    direction: str
    currency: str
    subjects: int
    minor: int

    @property
    def text(self) -> str:
        """`12,500.50 EUR`."""
        return amount_text(self.minor, self.currency)


@dataclass(frozen=True, slots=True)
class CheckHitCounts:
    """Cross-check hits found when messages arrived in the period: against the watch lists,
    in the records held here (the same person, account or wallet in another case), how many
    were strong (the officer was notified), and how many messages had one."""

    watchlist: int = 0
    cache: int = 0
    strong: int = 0
    messages: int = 0

    @property
    def total(self) -> int:
        return self.watchlist + self.cache


@dataclass(frozen=True, slots=True)
class AnnexSubject:
    """A subject of a case in the annex (only when the officer asks for names)."""

    label: str
    category: str
    kind: str


@dataclass(frozen=True, slots=True)
class AnnexCase:
    """A case active in the period, with its title and subjects (personal data)."""

    case_ref: str
    title: str
    subjects: tuple[AnnexSubject, ...]


@dataclass(frozen=True, slots=True)
class MonitoringFigures:
    """Everything the monitoring page and the working group's report show for a period."""

    period: Period
    partner: str | None
    partner_name: str
    computed_at: datetime
    officer_id: str
    officer_name: str
    agency_id: str
    agency_name: str
    totals: ExchangeCounts
    by_partner: tuple[ExchangeCounts, ...]
    replies: tuple[ReplyOutcomeCount, ...]
    response_times: tuple[ResponseTimes, ...]
    response_bins: tuple[ResponseBin, ...]
    overdue: tuple[OverdueNow, ...]
    months: tuple[str, ...]
    monthly: tuple[MonthCount, ...]
    cases_opened: int
    cases_closed: int
    outcomes: tuple[OutcomeTotal, ...]
    amounts: tuple[AmountTotal, ...]
    cash: tuple[CashTotal, ...] = ()
    hits: CheckHitCounts = CheckHitCounts()
    annex: tuple[AnnexCase, ...] | None = None
    """Cases with their subjects' names: None unless the officer asked for them."""
    operations: tuple[OperationSection, ...] = ()
    """Joint operations of the period, each computed from its shared record."""

    @property
    def partners(self) -> tuple[str, ...]:
        """Partner agencies in the figures, in order."""
        return tuple(row.partner for row in self.by_partner)

    def response(self, direction: str, urgency: str) -> ResponseTimes | None:
        """The response-time row of one side and class, if there were requests."""
        return next((r for r in self.response_times
                     if r.direction == direction and r.urgency == urgency), None)

    @property
    def holds_personal_data(self) -> bool:
        """True when the annex with subjects' names is included."""
        return self.annex is not None
