"""Outcomes of the joint action recorded on a case: arrests, charges, seizures...

These are the impact measures the agreements' working groups count (UK-Serbia,
UK-Bulgaria, SELEC): each outcome has a kind, the day it happened, how many
(persons, vehicles, documents...), for cash and assets the amount and its
ISO 4217 currency, and a note. Amounts are never added across currencies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from liaison_app.domain.checks import TEXT_MAX, check_text, parse_enum
from liaison_app.domain.currencies import check_currency, check_minor
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.timefmt import check_date

NOTE_MAX = TEXT_MAX
MAX_COUNT = 1_000_000
EARLIEST = date(2000, 1, 1)


class OutcomeKind(StrEnum):
    """What came of the joint action."""

    ARREST = "arrest"
    CHARGE = "charge"
    CONVICTION = "conviction"
    VEHICLE_STOPPED = "vehicle_stopped"
    DOCUMENT_SEIZED_GENUINE = "document_seized_genuine"
    DOCUMENT_SEIZED_FALSE = "document_seized_false"
    VICTIM_SAFEGUARDED = "victim_safeguarded"
    CASH_SEIZED = "cash_seized"
    ASSETS_SEIZED = "assets_seized"
    ATTEMPT_PREVENTED = "attempt_prevented"
    NO_FURTHER_ACTION = "no_further_action"


OUTCOME_KIND_LABELS: dict[OutcomeKind, str] = {
    OutcomeKind.ARREST: "Persons arrested",
    OutcomeKind.CHARGE: "Persons charged",
    OutcomeKind.CONVICTION: "Convictions",
    OutcomeKind.VEHICLE_STOPPED: "Vehicles stopped",
    OutcomeKind.DOCUMENT_SEIZED_GENUINE: "Documents seized (genuine)",
    OutcomeKind.DOCUMENT_SEIZED_FALSE: "Documents seized (false)",
    OutcomeKind.VICTIM_SAFEGUARDED: "Victims safeguarded",
    OutcomeKind.CASH_SEIZED: "Cash seized",
    OutcomeKind.ASSETS_SEIZED: "Assets seized",
    OutcomeKind.ATTEMPT_PREVENTED: "Smuggling attempts prevented",
    OutcomeKind.NO_FURTHER_ACTION: "No further action",
}

MONEY_KINDS = frozenset({OutcomeKind.CASH_SEIZED, OutcomeKind.ASSETS_SEIZED})
"""Kinds that carry an amount and currency (and need one)."""


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in the minor unit of an ISO 4217 currency (1250050 EUR = 12,500.50 EUR)."""

    minor: int
    currency: str

    def __post_init__(self) -> None:
        check_minor(self.minor, "amount")
        check_currency(self.currency, "currency")


@dataclass(frozen=True, slots=True)
class Outcome:
    """One recorded outcome; `amount` only (and always) for cash and assets seized."""

    kind: OutcomeKind
    occurred_on: date
    count: int = 1
    amount: Money | None = None
    note: str = ""

    def __post_init__(self) -> None:
        kind = parse_enum(OutcomeKind, self.kind, "kind")
        object.__setattr__(self, "kind", kind)
        check_date(self.occurred_on, "date")
        if self.occurred_on < EARLIEST:
            raise ValidationError("date", "is before {earliest}", earliest=EARLIEST.isoformat())
        if type(self.count) is not int or not 1 <= self.count <= MAX_COUNT:
            raise ValidationError("count", "must be a whole number from 1 to {limit}",
                                  limit=f"{MAX_COUNT:,}")
        if kind in MONEY_KINDS:
            if not isinstance(self.amount, Money):
                raise ValidationError("amount", "cash and assets seized need an amount and "
                                      "its currency")
        elif self.amount is not None:
            raise ValidationError("amount", "only cash and assets seized carry an amount")
        check_text(self.note, "note", max_len=NOTE_MAX, required=False, multiline=True)

    def check_not_future(self, today: date) -> None:
        """Refuse a day after `today` (a day's grace for time zones)."""
        if (self.occurred_on - today).days > 1:
            raise ValidationError("date", "is in the future")
