"""Dialogs of the case view: record an outcome, add a reference in another system.

Each validates through the domain types and records through `services.case_records`
(audited there); a refusal is shown in the dialog in plain words and the
dialog stays open so nothing typed is lost.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from liaison_app.domain.cases import EXTERNAL_SYSTEM_LABELS, ExternalSystem
from liaison_app.domain.currencies import MINOR_UNITS, parse_amount
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.outcomes import (
    MONEY_KINDS,
    OUTCOME_KIND_LABELS,
    Money,
    Outcome,
    OutcomeKind,
)
from liaison_app.gui.context import AppContext
from liaison_app.gui.form_dialog import FormDialog
from liaison_app.gui.forms import child
from liaison_app.gui.models.labels import domain_text
from liaison_app.gui.problem_texts import plain_words
from liaison_app.services import case_records
from liaison_app.services.errors import ServiceError

COMMON_CURRENCIES = ("EUR", "GBP", "RSD", "BGN", "RON", "MKD", "TRY", "HUF", "ALL", "BAM",
                     "MDL", "USD", "CHF")
"""Offered first (the partners' currencies); every ISO 4217 code can be typed."""


class OutcomeDialog(FormDialog):
    """Record an outcome on a case."""

    def __init__(self, ctx: AppContext, case_ref: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record an outcome — %1").replace("%1", case_ref), parent,
                         ui_form="case_outcome")
        self.setObjectName("outcomeDialog")
        self.ctx, self.case_ref = ctx, case_ref
        f = self.form
        self.kind = child(f, QComboBox, "kindCombo")
        for kind in OutcomeKind:
            self.kind.addItem(domain_text(OUTCOME_KIND_LABELS[kind]), kind.value)
        self.date = child(f, QDateEdit, "dateEdit")
        today = datetime.now(UTC).date()
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.date.setMaximumDate(QDate(today.year, today.month, today.day).addDays(1))
        self.count = child(f, QSpinBox, "countSpin")
        self.amount = child(f, QLineEdit, "amountEdit")
        self.currency = child(f, QComboBox, "currencyCombo")
        self.currency.addItems([*COMMON_CURRENCIES,
                                *sorted(set(MINOR_UNITS) - set(COMMON_CURRENCIES))])
        self.note = child(f, QPlainTextEdit, "noteEdit")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.outcome_id: str | None = None
        self._kind_changed()

    def _kind_changed(self) -> None:
        money = OutcomeKind(self.kind.currentData()) in MONEY_KINDS
        self.amount.setEnabled(money)
        self.currency.setEnabled(money)

    def outcome(self) -> Outcome:
        """The outcome as typed (ValidationError names what is wrong)."""
        kind = OutcomeKind(self.kind.currentData())
        qd = self.date.date()
        money = None
        if kind in MONEY_KINDS:
            currency = self.currency.currentText().strip().upper()
            money = Money(parse_amount(self.amount.text(), currency), currency)
        return Outcome(kind, date(qd.year(), qd.month(), qd.day()), self.count.value(), money,
                       self.note.toPlainText().strip())

    def accept(self) -> None:
        session = self.ctx.session
        if session is None:
            self.reject()
            return
        try:
            self.outcome_id = case_records.add_outcome(session, self.case_ref, self.outcome())
        except ValidationError as exc:
            self.show_error(self.tr("Check %1: %2").replace("%1", exc.field).replace(
                "%2", exc.reason))
            return
        except ServiceError as exc:
            self.show_error(plain_words(exc))
            return
        super().accept()


class ExternalRefDialog(FormDialog):
    """Add a reference to the case in SIENA, INTERPOL, SELEC or a national system."""

    def __init__(self, ctx: AppContext, case_ref: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reference in another system — %1").replace("%1", case_ref),
                         parent, ui_form="case_external_ref")
        self.setObjectName("externalRefDialog")
        self.ctx, self.case_ref = ctx, case_ref
        self.system = child(self.form, QComboBox, "systemCombo")
        for system in ExternalSystem:
            self.system.addItem(domain_text(EXTERNAL_SYSTEM_LABELS[system]), system.value)
        self.reference = child(self.form, QLineEdit, "refEdit")

    def accept(self) -> None:
        session = self.ctx.session
        if session is None:
            self.reject()
            return
        try:
            case_records.add_external_ref(session, self.case_ref, str(self.system.currentData()),
                                          self.reference.text().strip())
        except ValidationError as exc:
            self.show_error(self.tr("Check the reference: %1").replace("%1", exc.reason))
            return
        except ServiceError as exc:
            self.show_error(plain_words(exc))
            return
        super().accept()
