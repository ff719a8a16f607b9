"""The selected operation's shared record, as the Operations page shows it beside the
list: a header (reference, status, lead, handling, participants, objectives), the
timeline of signed updates in the shared order (each read whole: its Details wrap), and
the updates refused and kept aside,
each with the rule it broke in the officer's language (the same sentences as an own
refused update: `services.operations.refusal`).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from liaison_app.gui.column_fit import keep_fitted
from liaison_app.gui.models.labels import domain_text, when, when_utc
from liaison_app.gui.problem_texts import plain_words
from liaison_app.services.operation_views import OperationDetail, TimelineEntry

translate = QCoreApplication.translate
CONTEXT = "Operations"
#: refused updates listed one by one; beyond this, how many more
REFUSED_LISTED = 5
#: the timeline's free-text column: it takes the spare width and wraps
DETAILS = 4

STATUS = {
    "proposed": str(QT_TRANSLATE_NOOP("Operations", "Proposed")),
    "agreed": str(QT_TRANSLATE_NOOP("Operations", "Agreed")),
    "active": str(QT_TRANSLATE_NOOP("Operations", "Active")),
    "concluded": str(QT_TRANSLATE_NOOP("Operations", "Concluded")),
}
STANDING = {
    "invited": str(QT_TRANSLATE_NOOP("Operations", "Invited")),
    "member": str(QT_TRANSLATE_NOOP("Operations", "Taking part")),
    "declined": str(QT_TRANSLATE_NOOP("Operations", "Declined")),
    "left": str(QT_TRANSLATE_NOOP("Operations", "Left")),
    "none": str(QT_TRANSLATE_NOOP("Operations", "Not named")),
}
KINDS = {
    "propose": str(QT_TRANSLATE_NOOP("Operations", "Proposed")),
    "accept": str(QT_TRANSLATE_NOOP("Operations", "Agreed")),
    "decline": str(QT_TRANSLATE_NOOP("Operations", "Declined")),
    "leave": str(QT_TRANSLATE_NOOP("Operations", "Left")),
    "conclude": str(QT_TRANSLATE_NOOP("Operations", "Concluded")),
    "consent": str(QT_TRANSLATE_NOOP("Operations", "Consent to share with")),
    "share": str(QT_TRANSLATE_NOOP("Operations", "Shared item")),
    "decision": str(QT_TRANSLATE_NOOP("Operations", "Decision")),
    "task": str(QT_TRANSLATE_NOOP("Operations", "Task")),
    "task_state": str(QT_TRANSLATE_NOOP("Operations", "Task done")),
    "outcome": str(QT_TRANSLATE_NOOP("Operations", "Outcome")),
}
TASK_STATES = {
    "open": str(QT_TRANSLATE_NOOP("Operations", "Open")),
    "done": str(QT_TRANSLATE_NOOP("Operations", "Done")),
    "overdue": str(QT_TRANSLATE_NOOP("Operations", "Overdue")),
}


def operation_label(table: dict[str, str], code: str) -> str:
    """`code` in the officer's language from one of the tables above (the code itself if
    it is not in the table: a value from a newer version)."""
    text = table.get(code)
    return translate(CONTEXT, text) if text else code


def row_item(text: str, tip: str = "") -> QStandardItem:
    """A read-only cell with an optional tooltip."""
    item = QStandardItem(text)
    item.setEditable(False)
    if tip:
        item.setToolTip(tip)
    return item


def table_view(view: QTableView, model: QStandardItemModel) -> None:
    """A read-only list of rows: one row selected at a time, no row numbers."""
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


class OperationRecord(QWidget):
    """The header, the timeline and the refused updates of one operation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rlay = QVBoxLayout(self)
        rlay.setContentsMargins(6, 0, 0, 0)
        self.header = QLabel(self)
        self.header.setObjectName("operationHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        rlay.addWidget(self.header)
        self.timeline = QTableView(self)
        self.timeline.setObjectName("operationTimeline")
        self.timeline.setAccessibleName(translate(
            "OperationsPage", "Shared record of the selected operation"))
        self.timeline_model = QStandardItemModel(0, 5, self)
        self.timeline_model.setHorizontalHeaderLabels([
            translate("OperationsPage", "When"), translate("OperationsPage", "Agency"),
            translate("OperationsPage", "Update"), translate("OperationsPage", "State"),
            translate("OperationsPage", "Details")])
        table_view(self.timeline, self.timeline_model)
        # each entry read whole: When, Agency, Update and State whole, Details takes the
        # rest and wraps, its row as tall as the wrapped text (laid out again whenever
        # the column changes width: the window, the splitter, the header dragged)
        self.timeline.setWordWrap(True)
        self.timeline_columns = keep_fitted(self.timeline, give_way=DETAILS, keep=0.25)
        self._rows = QTimer(self)
        self._rows.setSingleShot(True)
        self._rows.setInterval(0)
        self._rows.timeout.connect(self.timeline.resizeRowsToContents)
        self.timeline_columns.fitted.connect(self._rows.start)
        self.timeline.horizontalHeader().sectionResized.connect(
            lambda column, _old, _new: self._rows.start() if column == DETAILS else None)
        rlay.addWidget(self.timeline, 1)
        self.refused = QLabel(self)
        self.refused.setObjectName("operationRefused")
        self.refused.setWordWrap(True)
        self.refused.setTextFormat(Qt.TextFormat.PlainText)
        self.refused.setStyleSheet("color: #8a4b00;")
        self.refused.setAccessibleName(translate("OperationsPage",
                                                 "Updates refused and kept aside"))
        rlay.addWidget(self.refused)

    def show_operation(self, detail: OperationDetail | None, *, prompt: bool = False) -> None:
        """Show `detail`'s record; None: nothing (with the prompt to select or propose
        one when `prompt`)."""
        self.timeline_model.removeRows(0, self.timeline_model.rowCount())
        if detail is None:
            self.header.setText(translate(
                "OperationsPage", "Select an operation, or propose one to partner agencies.")
                if prompt else "")
            self.refused.clear()
            return
        s = detail.summary
        people = ", ".join(f"{a} ({operation_label(STANDING, st)})"
                           for a, st in detail.participants)
        objectives = "".join(f"<li>{_esc(o)}</li>" for o in detail.objectives)
        objectives_label = translate("OperationsPage", "Objectives:")
        self.header.setText(
            f"<b>{_esc(s.ref)}</b> — {_esc(s.title)}<br>"
            + translate("OperationsPage", "Status: %1 · Lead: %2 · Handling: %3").replace(
                "%1", operation_label(STATUS, s.status)).replace("%2", s.lead).replace(
                "%3", detail.handling or translate("OperationsPage", "none"))
            + "<br>" + translate("OperationsPage", "Participants: %1").replace("%1", _esc(people))
            + f"<br>{objectives_label}<ul style='margin:0'>{objectives}</ul>")
        for e in detail.timeline:
            self.timeline_model.appendRow([
                row_item(when(e.created_at), when_utc(e.created_at)),
                row_item(e.author_agency, e.author_officer),
                row_item(operation_label(KINDS, e.kind)),
                row_item(operation_label(TASK_STATES, e.state) if e.kind == "task" else e.state),
                row_item(_words(e, detail), _words(e, detail))])
        self.timeline_columns.refit()
        self.timeline.resizeRowsToContents()
        self.refused.setText(refused_text(detail))

    def show_withheld(self, ref: str, title: str) -> None:
        """The operation `ref` is selected but its record, which may name people, waits
        for the officer's reason: say so, and how to give it."""
        self.timeline_model.removeRows(0, self.timeline_model.rowCount())
        self.refused.clear()
        self.header.setText(f"<b>{_esc(ref)}</b> — {_esc(title)}<br>" + _esc(translate(
            "OperationsPage", "Its shared record may name people: it opens once you give "
            "your reason for consulting it (kept in the audit log). Press Enter on the "
            "operation to give it.")))


def refused_text(detail: OperationDetail) -> str:
    """The updates refused and kept aside, one line each: what, from whom, when, and the
    rule it broke in the officer's language; "" when none was."""
    if not detail.quarantine:
        return ""
    lines = [translate("OperationsPage", "%1 update(s) refused and kept aside:").replace(
        "%1", str(len(detail.quarantine)))]
    for q in detail.quarantine[:REFUSED_LISTED]:
        lines.append(translate("OperationsPage", "%1 from %2, %3: %4").replace(
            "%1", operation_label(KINDS, q.kind)).replace("%2", q.author_agency).replace(
            "%3", when(q.received_at)).replace("%4", plain_words(q.refusal)))
    more = len(detail.quarantine) - REFUSED_LISTED
    if more > 0:
        lines.append(translate("OperationsPage", "and %1 more").replace("%1", str(more)))
    return "\n".join(lines)


def _words(e: TimelineEntry, detail: OperationDetail) -> str:
    """The update's own words in the Details column."""
    if e.kind == "task_state":
        task = next((t for t in detail.timeline if t.update_id == e.about), None)
        name = task.text if task is not None else ""
        return f"{name} — {e.text}" if e.text else name
    if e.kind == "task":
        return translate("OperationsPage", "For %1, due %2: %3").replace("%1", e.assignee).replace(
            "%2", e.due_on.isoformat() if e.due_on else "").replace("%3", e.text)
    if e.kind == "outcome" and e.outcome:
        what = f"{e.count} × {domain_text(e.outcome)}"
        return f"{what} ({e.note})" if e.note else what
    if e.kind == "share" and e.subjects:
        return translate("OperationsPage", "%1 (%2 subject(s))").replace("%1", e.text).replace(
            "%2", str(e.subjects))
    return e.text


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
