"""Dialogs of the Operations page: propose an operation, add a task, record a decision or
an outcome. Each only collects and checks what the officer typed; the page calls the
service (`services.operations`) and shows its refusal in plain words."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from liaison_app.domain.grading import GradingScheme, HandlingCode
from liaison_app.domain.outcomes import MONEY_KINDS, OUTCOME_KIND_LABELS, OutcomeKind
from liaison_app.gui.form_dialog import FormDialog
from liaison_app.gui.models.labels import domain_text

translate = QCoreApplication.translate

HANDLING_CHOICES: tuple[tuple[str, HandlingCode | None], ...] = (
    (str(QT_TRANSLATE_NOOP("Operations", "None")), None),
    (str(QT_TRANSLATE_NOOP("Operations", "Europol H0")),
     HandlingCode(GradingScheme.EUROPOL_4X4, "H0")),
    (str(QT_TRANSLATE_NOOP("Operations", "Europol H1")),
     HandlingCode(GradingScheme.EUROPOL_4X4, "H1")),
    (str(QT_TRANSLATE_NOOP("Operations", "Europol H2 (no onward sharing)")),
     HandlingCode(GradingScheme.EUROPOL_4X4, "H2")),
    (str(QT_TRANSLATE_NOOP("Operations", "UK P")), HandlingCode(GradingScheme.UK_3X5X2, "P")),
)


def _today() -> date:
    return datetime.now(UTC).date()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


class ProposeDialog(FormDialog):
    """Reference, title, partner agencies, objectives (one a line), handling code."""

    def __init__(self, agencies: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(translate("Operations", "Propose a joint operation"),
                         parent, ok_text=translate("Operations", "&Propose"))
        self.setObjectName("proposeOperationDialog")
        self.ref_edit = QLineEdit(self)
        self.ref_edit.setPlaceholderText(translate("Operations", "e.g. OP-HORGOS-26"))
        self.title_edit = QLineEdit(self)
        self.partners = QListWidget(self)
        self.partners.setMaximumHeight(120)
        for agency_id, name in agencies:
            item = QListWidgetItem(f"{agency_id} — {name}")
            item.setData(Qt.ItemDataRole.UserRole, agency_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.partners.addItem(item)
        self.objectives = QPlainTextEdit(self)
        self.objectives.setPlaceholderText(translate("Operations", "One objective a line"))
        self.objectives.setMaximumHeight(90)
        self.handling = QComboBox(self)
        for text, code in HANDLING_CHOICES:
            self.handling.addItem(translate("Operations", text), code)
        self.fields.addRow(translate("Operations", "&Reference:"), self.ref_edit)
        self.fields.addRow(translate("Operations", "&Title:"), self.title_edit)
        self.fields.addRow(translate("Operations", "P&artners:"), self.partners)
        self.fields.addRow(translate("Operations", "&Objectives:"), self.objectives)
        self.fields.addRow(translate("Operations", "&Handling:"), self.handling)
        for signal in (self.ref_edit.textChanged, self.title_edit.textChanged,
                       self.objectives.textChanged, self.partners.itemChanged):
            signal.connect(self.check)
        self.check()

    def chosen_partners(self) -> tuple[str, ...]:
        items = (self.partners.item(i) for i in range(self.partners.count()))
        return tuple(str(i.data(Qt.ItemDataRole.UserRole)) for i in items
                     if i is not None and i.checkState() is Qt.CheckState.Checked)

    def chosen_objectives(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.objectives.toPlainText().splitlines()
                     if line.strip())

    def chosen_handling(self) -> HandlingCode | None:
        value = self.handling.currentData()
        return value if isinstance(value, HandlingCode) else None

    def valid(self) -> bool:
        return bool(self.ref_edit.text().strip() and self.title_edit.text().strip()
                    and self.chosen_partners() and self.chosen_objectives())


class TaskDialog(FormDialog):
    """A task for a participating agency, due on a day."""

    def __init__(self, members: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(translate("Operations", "Add a task"), parent,
                         ok_text=translate("Operations", "&Add"))
        self.setObjectName("operationTaskDialog")
        self.title_edit = QLineEdit(self)
        self.agency = QComboBox(self)
        self.agency.addItems(list(members))
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setDate(_qdate(_today()))
        self.details = QPlainTextEdit(self)
        self.details.setMaximumHeight(80)
        self.fields.addRow(translate("Operations", "&Task:"), self.title_edit)
        self.fields.addRow(translate("Operations", "&For agency:"), self.agency)
        self.fields.addRow(translate("Operations", "D&ue:"), self.due)
        self.fields.addRow(translate("Operations", "Deta&ils:"), self.details)
        self.title_edit.textChanged.connect(self.check)
        self.check()

    def valid(self) -> bool:
        return bool(self.title_edit.text().strip() and self.agency.currentText())

    def due_on(self) -> date:
        return _day(self.due)


class DecisionDialog(FormDialog):
    """What the participants agreed, and when."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Operations", "Record a decision"),
                         parent, ok_text=translate("Operations", "&Record"))
        self.setObjectName("operationDecisionDialog")
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(translate("Operations",
                                               "e.g. controlled delivery at Horgoš on 12 March"))
        self.text.setMaximumHeight(100)
        self.when = QDateEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd")
        self.when.setDate(_qdate(_today()))
        self.fields.addRow(translate("Operations", "&Decision:"), self.text)
        self.fields.addRow(translate("Operations", "Decided o&n:"), self.when)
        self.text.textChanged.connect(self.check)
        self.check()

    def valid(self) -> bool:
        return bool(self.text.toPlainText().strip())

    def decided_on(self) -> date:
        return _day(self.when)


class OutcomeDialog(FormDialog):
    """An outcome of the joint action, counted for this agency (amounts: on the case)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Operations", "Record an outcome"),
                         parent, ok_text=translate("Operations", "&Record"))
        self.setObjectName("operationOutcomeDialog")
        self.kind = QComboBox(self)
        for kind in OutcomeKind:
            if kind not in MONEY_KINDS:
                self.kind.addItem(domain_text(OUTCOME_KIND_LABELS[kind]), kind.value)
        self.count = QSpinBox(self)
        self.count.setRange(1, 100_000)
        self.when = QDateEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd")
        self.when.setDate(_qdate(_today()))
        self.note = QLineEdit(self)
        self.fields.addRow(translate("Operations", "&Outcome:"), self.kind)
        self.fields.addRow(translate("Operations", "&How many:"), self.count)
        self.fields.addRow(translate("Operations", "&Date:"), self.when)
        self.fields.addRow(translate("Operations", "&Note:"), self.note)
        hint = QLabel(translate("Operations", "Cash and assets seized are recorded with their "
                                "amount on the case."), self)
        hint.setWordWrap(True)
        self.fields.addRow(hint)
        self.check()

    def kind_value(self) -> OutcomeKind:
        return OutcomeKind(str(self.kind.currentData()))

    def occurred_on(self) -> date:
        return _day(self.when)
