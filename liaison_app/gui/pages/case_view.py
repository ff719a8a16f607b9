"""The case view: a case's messages as a timeline, its subjects, references, notes, due items,
and the outcomes of the joint action.

A case whose subjects hold personal data is shown after a justification
(remembered for the case for the session, so its messages open without
asking again). Enter on a timeline or due row opens that message. Outcomes
and references in other systems are recorded here (dialogs in
`case_dialogs`), the case is closed or reopened, and its hand-over file made.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from liaison_app.gui.column_fit import keep_fitted
from liaison_app.gui.context import AppContext
from liaison_app.gui.forms import child, embed_form, emphasise_title
from liaison_app.gui.models.badges import priority_badge, state_icon
from liaison_app.gui.models.labels import (
    CASE_STATUSES,
    DELIVERY_STATES,
    PRIORITIES,
    RECALL_STATES,
    TYPES,
    day,
    label,
    when,
    when_utc,
)
from liaison_app.gui.models.paged import URGENT_COLOUR
from liaison_app.gui.pages.follow_up_texts import state_text, step_text
from liaison_app.gui.pages.justification import JustificationDialog, request_justification
from liaison_app.gui.pages.subject_rows import subject_item
from liaison_app.gui.problem_texts import plain_words
from liaison_app.gui.wrapped_cells import tooltip_full_text, wrap_column
from liaison_app.services import case_records, views
from liaison_app.services.detail_types import CaseView as CaseData
from liaison_app.services.errors import ServiceError


class CaseView(QWidget):
    """One case gathered; `show_case(ref)`."""

    #: a case is on screen (ref), after any justification
    shown = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("caseView")
        self.setAccessibleName(self.tr("Case"))
        self.form = embed_form(self, "case_view")
        f = self.form
        self.stack = child(f, QStackedWidget, "stack")
        self.empty_page = child(f, QWidget, "emptyPage")
        self.case_page = child(f, QWidget, "casePage")
        self.title_label = child(f, QLabel, "titleLabel")
        emphasise_title(self.title_label)
        self.values = {name: child(f, QLabel, name) for name in (
            "refValue", "statusValue", "areaValue", "reviewValue", "externalValue")}
        self.timeline_count = child(f, QLabel, "timelineCountLabel")
        self.timeline = child(f, QTreeWidget, "timelineTree")
        self.due_tree = child(f, QTreeWidget, "dueTree")
        self.subjects_tree = child(f, QTreeWidget, "subjectsTree")
        self.subjects_tree.setRootIsDecorated(True)
        wrap_column(self.subjects_tree, 0)  # a long caption wraps rather than elides
        self.notes = child(f, QPlainTextEdit, "notesText")
        self.outcomes_tree = child(f, QTreeWidget, "outcomesTree")
        self.refs_tree = child(f, QTreeWidget, "refsTree")
        self.status_button = child(f, QPushButton, "statusButton")
        self.report_button = child(f, QPushButton, "reportButton")
        self.add_outcome_button = child(f, QPushButton, "addOutcomeButton")
        self.remove_outcome_button = child(f, QPushButton, "removeOutcomeButton")
        self.add_ref_button = child(f, QPushButton, "addRefButton")
        self.remove_ref_button = child(f, QPushButton, "removeRefButton")
        self.add_outcome_button.clicked.connect(self.add_outcome)
        self.remove_outcome_button.clicked.connect(self._remove_outcome_clicked)
        self.add_ref_button.clicked.connect(self.add_reference)
        self.remove_ref_button.clicked.connect(self.remove_reference)
        self.status_button.clicked.connect(self.toggle_status)
        self.report_button.clicked.connect(self.open_report)
        self.outcomes_tree.currentItemChanged.connect(self._selection_changed)
        self.refs_tree.currentItemChanged.connect(self._selection_changed)
        self.timeline.itemActivated.connect(self._open_item)
        self.due_tree.itemActivated.connect(self._open_item)
        self.timeline.currentItemChanged.connect(self._preview_item)
        self.due_tree.currentItemChanged.connect(self._preview_item)
        self.case: CaseData | None = None
        self.pending: JustificationDialog | None = None
        self._pending_ref: str | None = None
        self.setFocusProxy(self.timeline)
        # every column inside its list; the free text (summary, what, note) gives way
        self.fitters = [keep_fitted(tree, give_way=column) for tree, column in (
            (self.due_tree, 1), (self.subjects_tree, 0), (self.outcomes_tree, 4),
            (self.refs_tree, 1))]
        # the timeline reads when, which way, what it says; type, priority, sender, state
        # and due follow (scrolling where the pane is narrow, the summary keeping a third)
        self.timeline.header().moveSection(5, 2)
        self.fitters.append(keep_fitted(self.timeline, give_way=5, keep=1 / 3))
        ctx.locked.connect(self.clear)
        self.clear()

    @property
    def case_ref(self) -> str | None:
        return None if self.case is None else self.case.case_ref

    def clear(self) -> None:
        """Show nothing."""
        self.case = None
        self._pending_ref = None
        for tree in (self.timeline, self.due_tree, self.subjects_tree, self.outcomes_tree,
                     self.refs_tree):
            tree.clear()
        self.notes.clear()
        self.stack.setCurrentWidget(self.empty_page)

    def show_case(self, case_ref: str) -> None:
        """Show a case, asking for a justification first if its subjects hold personal data."""
        session = self.ctx.session
        if session is None:
            self.clear()
            return
        try:
            data = views.case_view(session, case_ref)
        except ServiceError as exc:
            self.clear()
            self.ctx.user_error.emit(self.tr("Cannot show the case"), plain_words(exc))
            return
        if self.pending is not None:
            self.pending.reject()
            self.pending = None
        if not data.holds_personal_data:
            self._render(data)
            return
        self.clear()
        self._pending_ref = case_ref
        what = self.tr("Case %1: %2").replace("%1", case_ref).replace("%2", data.title)
        self.pending = request_justification(
            self.ctx, self, case_ref, f"case:{case_ref}", what,
            on_granted=lambda: self._granted(data), on_refused=self._refused)

    def _granted(self, data: CaseData) -> None:
        self.pending = None
        if self._pending_ref == data.case_ref:
            self._render(data)

    def _refused(self) -> None:
        self.pending = None
        self.clear()

    def refresh(self) -> None:
        """Re-read the case on screen (no new justification asked)."""
        session = self.ctx.session
        if self.case is None or session is None:
            return
        try:
            self._render(views.case_view(session, self.case.case_ref))
        except ServiceError:
            self.clear()

    # -- rendering ---------------------------------------------------------------------

    def _render(self, c: CaseData) -> None:
        self.case = c
        self._pending_ref = None
        self.title_label.setText(c.title)
        self.values["refValue"].setText(c.case_ref)
        status = label(CASE_STATUSES, c.status)
        if not c.recorded:
            status += " — " + self.tr("seen on received messages; no local case record yet")
        self.values["statusValue"].setText(status)
        self.values["areaValue"].setText(
            QCoreApplication.translate("Labels", c.crime_area_label) if c.crime_area else "")
        self.values["reviewValue"].setText(day(c.review_on))
        self.values["externalValue"].setText(
            "; ".join(f"{QCoreApplication.translate('Domain', system)}: {ref}"
                      for system, ref in c.external_refs))
        self._render_timeline(c)
        self._render_due(c)
        self.subjects_tree.clear()
        for subject in c.subjects:
            self.subjects_tree.addTopLevelItem(subject_item(subject, columns=4))
        tooltip_full_text(self.subjects_tree)
        self.notes.setPlainText(c.notes)
        self._render_records(c)
        self.stack.setCurrentWidget(self.case_page)
        for fitter in self.fitters:
            fitter.refit()
        self.shown.emit(c.case_ref)

    def _render_timeline(self, c: CaseData) -> None:
        self.timeline.clear()
        shown = len(c.timeline)
        if shown < c.timeline_total:
            count = self.tr("%1 of %2 messages (oldest first)").replace(
                "%1", str(shown)).replace("%2", str(c.timeline_total))
        else:
            count = self.tr("%1 messages (oldest first)").replace("%1", str(shown))
        self.timeline_count.setText(count)
        steps = {s.message_id: step_text(s) for f in c.follow_ups for s in f.steps
                 if s.kind != "request"}
        states = {f.request_id: state_text(f) for f in c.follow_ups}
        for m in c.timeline:
            direction = self.tr("Received") if m.direction == "incoming" else self.tr("Sent")
            kind = steps.get(m.message_id) or label(TYPES, m.type)
            # a recall mark first, then a request's follow-up; the icon keeps the delivery state
            delivery = label(DELIVERY_STATES, m.state)
            status = label(RECALL_STATES, m.recall) if m.recall else states.get(
                m.message_id, delivery)
            due = when(m.due_at)
            if m.overdue:
                due = self.tr("%1 (overdue)").replace("%1", due)
            item = QTreeWidgetItem([
                when(m.received_at or m.created_at), direction, kind,
                label(PRIORITIES, m.priority), m.sender_agency, m.snippet, status, due])
            item.setToolTip(5, m.snippet)  # the summary gives way when the list is narrow
            item.setToolTip(6, delivery)
            item.setToolTip(0, when_utc(m.received_at or m.created_at))
            item.setData(0, Qt.ItemDataRole.UserRole, m.message_id)
            item.setIcon(3, priority_badge(m.priority))
            item.setIcon(6, state_icon(m.state))
            if m.unread:  # bold means unread; priority has its badge and colour
                font = QFont(item.font(0))
                font.setBold(True)
                for column in range(item.columnCount()):
                    item.setFont(column, font)
            if m.urgent:
                item.setForeground(3, QBrush(URGENT_COLOUR))
            if m.overdue:
                item.setForeground(7, QBrush(URGENT_COLOUR))
            self.timeline.addTopLevelItem(item)

    def _render_due(self, c: CaseData) -> None:
        self.due_tree.clear()
        for d in c.due:
            if d.kind == "review":
                what = self.tr("Case review")
            else:
                what = self.tr("Reply owed: %1").replace("%1", d.text)
            state = self.tr("Overdue") if d.overdue else self.tr("Due")
            item = QTreeWidgetItem([when(d.due_at), what, state])
            item.setToolTip(0, when_utc(d.due_at))
            item.setToolTip(1, what)
            item.setData(0, Qt.ItemDataRole.UserRole, d.message_id or "")
            if d.overdue:
                for column in range(3):
                    item.setForeground(column, QBrush(URGENT_COLOUR))
            self.due_tree.addTopLevelItem(item)
        if not c.due:
            self.due_tree.addTopLevelItem(QTreeWidgetItem(["", self.tr("Nothing is due."), ""]))

    def _render_records(self, c: CaseData) -> None:
        """Outcomes, references in other systems, and the status button."""
        session = self.ctx.session
        self.outcomes_tree.clear()
        self.refs_tree.clear()
        if session is None:
            return
        for o in case_records.outcomes_of(session, c.case_ref):
            item = QTreeWidgetItem([o.occurred_on.isoformat(),
                                    QCoreApplication.translate("Domain", o.kind_label),
                                    str(o.count), o.amount, " ".join(o.note.split())])
            item.setData(0, Qt.ItemDataRole.UserRole, o.outcome_id)
            item.setToolTip(4, o.note)
            self.outcomes_tree.addTopLevelItem(item)
        for r in case_records.external_refs_of(session, c.case_ref):
            item = QTreeWidgetItem([QCoreApplication.translate("Domain", r.system_label),
                                    r.reference])
            item.setData(0, Qt.ItemDataRole.UserRole, (r.system, r.reference))
            self.refs_tree.addTopLevelItem(item)
        closed = c.status == "closed"
        self.status_button.setText(self.tr("Reopen case") if closed else self.tr("Close case"))
        self._selection_changed()

    def _selection_changed(self, *_args: object) -> None:
        self.remove_outcome_button.setEnabled(self.outcomes_tree.currentItem() is not None)
        self.remove_ref_button.setEnabled(self.refs_tree.currentItem() is not None)

    def _changed(self) -> None:
        """Something was recorded: show it, and tell the other pages."""
        self.refresh()
        self.ctx.data_changed.emit()

    def add_outcome(self) -> None:
        """Open the outcome dialog for the case on screen."""
        if self.case is None:
            return
        from liaison_app.gui.pages.case_dialogs import OutcomeDialog

        dialog = OutcomeDialog(self.ctx, self.case.case_ref, self)
        dialog.accepted.connect(self._changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def add_reference(self) -> None:
        """Open the dialog for a reference in another system."""
        if self.case is None:
            return
        from liaison_app.gui.pages.case_dialogs import ExternalRefDialog

        dialog = ExternalRefDialog(self.ctx, self.case.case_ref, self)
        dialog.accepted.connect(self._changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def ask_reason(self, title: str, prompt: str) -> str | None:
        """A short reason from the officer, None if cancelled."""
        text, ok = QInputDialog.getText(self, title, prompt)
        return text if ok else None

    def _remove_outcome_clicked(self) -> None:
        item = self.outcomes_tree.currentItem()
        if item is None:
            return
        reason = self.ask_reason(self.tr("Remove outcome"),
                                 self.tr("Why is this outcome removed? (audited)"))
        if reason is not None:
            self.remove_outcome(str(item.data(0, Qt.ItemDataRole.UserRole)), reason)

    def remove_outcome(self, outcome_id: str, reason: str) -> None:
        """Remove an outcome recorded in error, with the reason."""
        session = self.ctx.session
        if session is None:
            return
        try:
            case_records.remove_outcome(session, outcome_id, reason)
        except ServiceError as exc:
            self.ctx.user_error.emit(self.tr("Cannot remove the outcome"), plain_words(exc))
            return
        self._changed()

    def remove_reference(self) -> None:
        """Remove the chosen reference in another system."""
        item = self.refs_tree.currentItem()
        session = self.ctx.session
        if item is None or session is None or self.case is None:
            return
        system, reference = item.data(0, Qt.ItemDataRole.UserRole)
        try:
            case_records.remove_external_ref(session, self.case.case_ref, system, reference)
        except ServiceError as exc:
            self.ctx.user_error.emit(self.tr("Cannot remove the reference"), plain_words(exc))
            return
        self._changed()

    def toggle_status(self) -> None:
        """Close the case on screen, or reopen it."""
        session = self.ctx.session
        if session is None or self.case is None:
            return
        status = "open" if self.case.status == "closed" else "closed"
        try:
            case_records.set_case_status(session, self.case.case_ref, status)
        except ServiceError as exc:
            self.ctx.user_error.emit(self.tr("Cannot change the case's status"), plain_words(exc))
            return
        self._changed()

    def open_report(self) -> None:
        """File → Report… for this case's hand-over file."""
        if self.case is None:
            return
        from liaison_app.gui.report_dialog import open_report_dialog

        open_report_dialog(self.ctx, self.window(), case_ref=self.case.case_ref)

    def _preview_item(self, item: QTreeWidgetItem | None,
                      _previous: QTreeWidgetItem | None = None) -> None:
        """A message selected in the case: previewed in the pane beside it (not marked
        read; Enter opens it)."""
        message_id = None if item is None else item.data(0, Qt.ItemDataRole.UserRole)
        if message_id and self.isVisible():
            self.ctx.preview_message.emit(str(message_id))

    def _open_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        message_id = item.data(0, Qt.ItemDataRole.UserRole)
        if message_id:
            self.ctx.open_message.emit(str(message_id))
