"""The Operations page: joint operations shared with partner agencies, and the shared
timeline of the one selected (the same order on every participant's copy).

The list shows each operation with its status and this agency's standing; the timeline
every signed update with its author, agency and state (tasks open, done or overdue).
Shared items and outcome notes may name people, so an operation holding them is shown
after a justification (a consultation, as for a case). Every action calls
`services.operations`; a refusal is shown in plain words.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from liaison_app.domain.outcomes import Outcome
from liaison_app.gui.column_fit import columns_width, keep_fitted
from liaison_app.gui.context import AppContext
from liaison_app.gui.pages.empty_state import EmptyState
from liaison_app.gui.pages.justification import is_justified, request_justification
from liaison_app.gui.pages.operation_actions import (
    ConcludeDialog,
    ConsentDialog,
    LeaveDialog,
    WithdrawProposalDialog,
)
from liaison_app.gui.pages.operation_dialogs import (
    DecisionDialog,
    OutcomeDialog,
    ProposeDialog,
    TaskDialog,
)
from liaison_app.gui.pages.operation_record import (
    STANDING,
    STATUS,
    OperationRecord,
    operation_label,
    row_item,
    table_view,
)
from liaison_app.gui.pages.operation_share import ShareMessageDialog
from liaison_app.gui.problem_texts import plain_words
from liaison_app.services import operation_views, operations
from liaison_app.services.errors import ServiceError
from liaison_app.services.operation_views import OperationDetail
from liaison_app.services.recipients import recipient_agencies

#: the most of the page's width the operations list takes by itself (its Title elides
#: beyond it); the selected operation's record beside it gets the rest
LIST_SHARE = 0.3
#: the list's share while it is empty (it says what would be there; the record is empty)
EMPTY_SHARE = 0.5


def list_status(status: str, own_state: str) -> str:
    """The list's Status cell: the operation's status, and this agency's standing when it
    is not taking part in an operation still running ("Proposed · Invited")."""
    text = operation_label(STATUS, status)
    if own_state != "member" and status != "concluded":
        text += " · " + operation_label(STANDING, own_state)
    return text


class OperationsPage(QWidget):
    """Operations on the left, the selected one's shared timeline on the right."""

    # the shell gives this page the detail pane's width (the timeline needs it)
    wide = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page-operations")
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        heading = QLabel(self.tr("Joint operations"), self)
        heading.setObjectName("pageHeading")
        heading.setStyleSheet("font-weight: bold; font-size: 14pt;")
        # two rows of buttons (eleven on one line are cut in Serbian and Bulgarian): the
        # operation itself beside the heading, the shared record below
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        layout.addLayout(top)
        bar.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for row, key, text, slot in (
                (top, "propose", self.tr("&Propose…"), self.propose),
                (top, "accept", self.tr("&Agree"), self.accept_operation),
                (top, "decline", self.tr("Dec&line"), self.decline_operation),
                (top, "leave", self.tr("Lea&ve…"), self.leave_operation),
                (top, "conclude", self.tr("&Conclude…"), self.conclude_operation),
                (top, "consent", self.tr("Co&nsent…"), self.consent),
                (bar, "task", self.tr("Add &task…"), self.add_task),
                (bar, "done", self.tr("Mark task d&one"), self.mark_done),
                (bar, "decision", self.tr("&Decision…"), self.add_decision),
                (bar, "outcome", self.tr("O&utcome…"), self.add_outcome),
                (bar, "share", self.tr("&Share message…"), self.share_message)):
            button = QPushButton(text, self)
            button.setObjectName(f"operation-{key}")
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        self.buttons["leave"].setToolTip(self.tr(
            "Stop taking part in the selected operation (not for the lead agency)"))
        self._name_conclusion(False)
        self.buttons["consent"].setToolTip(self.tr(
            "Let your agency's items restricted from onward sharing reach one participant"))
        self.buttons["share"].setToolTip(self.tr(
            "Put one of your requests, alerts or replies into the shared record"))
        layout.addLayout(bar)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.list = QTableView(split)
        self.list.setObjectName("operationList")
        self.list.setAccessibleName(self.tr("Joint operations"))
        # three columns: this agency's standing joins the status when it is not taking
        # part ("Proposed · Invited"), so the record beside the list gets the width
        self.list_model = QStandardItemModel(0, 3, self)
        self.list_model.setHorizontalHeaderLabels([
            self.tr("Reference"), self.tr("Title"), self.tr("Status")])
        table_view(self.list, self.list_model)
        self.empty = EmptyState(self.list, lambda: self.tr(
            "No joint operation yet. An operation a partner agency proposes to yours arrives "
            "with the next sync; to start one, choose Propose… above the list. Each "
            "operation's shared record of tasks, decisions and outcomes opens beside it."))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # every column inside the list in every language (it has no scroll bar): the
        # title gives way, its full text in the tooltip
        self.list_columns = keep_fitted(self.list, give_way=1, shrink_others=True)
        self.record = OperationRecord(split)
        # the record's parts, by the names the page's callers know
        self.header = self.record.header
        self.timeline = self.record.timeline
        self.timeline_model = self.record.timeline_model
        self.refused = self.record.refused
        split.addWidget(self.list)
        split.addWidget(self.record)
        split.setSizes([300, 890])
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        self.split = split
        # the list as wide as its columns need, at most LIST_SHARE of the split, until
        # the officer drags the handle; the record beside it gets the rest
        self._list_placed = QTimer(self)
        self._list_placed.setSingleShot(True)
        self._list_placed.setInterval(0)
        self._list_placed.timeout.connect(self.place_list)
        self._dragged = False
        split.splitterMoved.connect(self._split_dragged)
        split.installEventFilter(self)

        self.rows: list[operation_views.OperationSummary] = []
        self.detail: OperationDetail | None = None
        self.dialog: QDialog | None = None
        #: the justification asked for before a record naming people is shown
        self.justification: QDialog | None = None
        selection = self.list.selectionModel()
        assert selection is not None
        selection.currentRowChanged.connect(lambda cur, _prev: self._select(cur.row()))
        # Enter or a double-click: the operation again (its record, once the reason is given)
        self.list.activated.connect(lambda index: self._select(index.row()))
        ctx.data_changed.connect(self._changed)
        ctx.locked.connect(self._clear)
        self.refresh()

    # -- reading --------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the list, keeping the selected operation."""
        session = self.ctx.session
        if session is None:
            return
        keep = self.detail.summary.operation_id if self.detail else None
        self.rows = operation_views.operation_list(session)
        self.list_model.removeRows(0, self.list_model.rowCount())
        for r in self.rows:
            status = list_status(r.status, r.own_state)
            self.list_model.appendRow([
                row_item(r.ref, r.ref), row_item(r.title, r.title), row_item(status, status)])
        self.list_columns.refit()
        self._list_placed.start()
        row = next((i for i, r in enumerate(self.rows) if r.operation_id == keep), 0)
        if self.rows:
            self.list.selectRow(row)
            self._select(row)
        else:
            self._show(None)

    def list_width(self) -> int:
        """The list's width: its columns whole, but at most LIST_SHARE of the split (the
        Title then elides, whole in its tooltip), never less than the column titles."""
        room = self.split.width() - self.split.handleWidth()
        bar = self.list.verticalScrollBar()
        extra = bar.sizeHint().width() if bar.isVisible() else 0
        least = columns_width(self.list, whole=False) + extra
        if not self.rows:  # nothing to show beside it: room for the empty list's words
            return max(least, int(room * EMPTY_SHARE))
        return max(least, min(columns_width(self.list) + extra, int(room * LIST_SHARE)))

    def place_list(self) -> None:
        """Give the list its width and the record the rest (not once the officer has
        dragged the handle between them)."""
        if self._dragged:
            return
        room = self.split.width() - self.split.handleWidth()
        width = self.list_width()
        if room > 0 and self.split.sizes()[0] != width:
            self.split.setSizes([width, room - width])

    def _split_dragged(self, _pos: int, _index: int) -> None:
        self._dragged = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.split and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._list_placed.start()
        return False

    def _changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def _clear(self) -> None:
        self.rows = []
        self.list_model.removeRows(0, self.list_model.rowCount())
        self._list_placed.start()
        self._show(None)

    def _select(self, row: int) -> None:
        session = self.ctx.session
        if session is None or not 0 <= row < len(self.rows):
            return
        op = self.rows[row]
        try:
            detail = operation_views.operation_detail(
                session, op.operation_id, today=datetime.now(UTC).date())
        except ServiceError as exc:
            self.ctx.user_error.emit(self.tr("Cannot show the operation"), str(exc))
            return
        obj = f"operation:{op.operation_id}"
        case_ref = detail.summary.ref if op.own_state == "member" else None
        if detail.holds_personal_data and not is_justified(self.ctx, case_ref, obj):
            self._show(None)
            self.record.show_withheld(op.ref, op.title)  # says why, and how to open it
            if self.justification is not None and self.justification.isVisible():
                return  # asked already (the list re-read meanwhile)
            what = self.tr("Joint operation %1: %2").replace("%1", op.ref).replace("%2",
                                                                                  op.title)
            self.justification = request_justification(self.ctx, self, case_ref, obj, what,
                                                       on_granted=lambda: self._show(detail))
            return
        self._show(detail)

    def _show(self, detail: OperationDetail | None) -> None:
        self.detail = detail
        own = "none" if detail is None else detail.summary.own_state
        status = "" if detail is None else detail.summary.status
        member = own == "member" and status != "concluded"
        session = self.ctx.session
        lead = detail is not None and session is not None \
            and detail.summary.lead == session.identity.agency_id
        answer = own == "invited" and status != "concluded"  # not a withdrawn proposal
        self.buttons["accept"].setEnabled(answer)
        self.buttons["decline"].setEnabled(answer)
        for key in ("task", "done", "decision", "outcome", "share", "consent"):
            self.buttons[key].setEnabled(member)
        self.buttons["leave"].setEnabled(member and not lead)  # the lead concludes instead
        self.buttons["conclude"].setEnabled(member and lead)
        self._name_conclusion(status == "proposed" and lead)
        self.record.show_operation(detail, prompt=not self.rows)

    # -- acting ---------------------------------------------------------------------

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except (ServiceError, ValueError) as exc:
            self.ctx.user_error.emit(self.tr("Not recorded"), plain_words(exc))
            return False
        self.ctx.data_changed.emit()
        self.ctx.sync_requested.emit()
        return True

    def _key(self) -> str | None:
        return None if self.detail is None else self.detail.summary.operation_id

    def propose(self) -> None:
        session = self.ctx.session
        if session is None:
            return
        own = session.identity.agency_id
        agencies = [(a.agency_id, a.name) for a in recipient_agencies(session)
                    if a.agency_id != own]
        dialog = ProposeDialog(agencies, self)
        self.dialog = dialog

        def done() -> None:
            self._run(lambda: operations.propose(session, operations.Proposal(
                ref=dialog.ref_edit.text().strip(), title=dialog.title_edit.text().strip(),
                partners=dialog.chosen_partners(), objectives=dialog.chosen_objectives(),
                handling=dialog.chosen_handling())))
        dialog.accepted.connect(done)
        dialog.open()

    def accept_operation(self) -> None:
        session, key = self.ctx.session, self._key()
        if session is not None and key is not None:
            self._run(lambda: operations.accept(session, key))

    def decline_operation(self) -> None:
        session, key = self.ctx.session, self._key()
        if session is not None and key is not None:
            self._run(lambda: operations.decline(session, key))

    def add_task(self) -> None:
        session, key, detail = self.ctx.session, self._key(), self.detail
        if session is None or key is None or detail is None:
            return
        dialog = TaskDialog(detail.members, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._run(lambda: operations.add_task(
            session, key, dialog.title_edit.text().strip(),
            agency=dialog.agency.currentText(), due_on=dialog.due_on(),
            details=dialog.details.toPlainText().strip())))
        dialog.open()

    def mark_done(self) -> None:
        session, key, detail = self.ctx.session, self._key(), self.detail
        if session is None or key is None or detail is None:
            return
        index = self.timeline.currentIndex()
        entry = detail.timeline[index.row()] if index.isValid() else None
        if entry is None or entry.kind != "task":
            self.ctx.user_error.emit(self.tr("Choose a task"),
                                     self.tr("Select the task in the timeline first."))
            return
        self._run(lambda: operations.set_task_done(session, key, entry.update_id))

    def add_decision(self) -> None:
        session, key = self.ctx.session, self._key()
        if session is None or key is None:
            return
        dialog = DecisionDialog(self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._run(lambda: operations.decide(
            session, key, dialog.text.toPlainText().strip(),
            decided_on=dialog.decided_on())))
        dialog.open()

    def add_outcome(self) -> None:
        session, key = self.ctx.session, self._key()
        if session is None or key is None:
            return
        dialog = OutcomeDialog(self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._run(lambda: operations.record_outcome(
            session, key, Outcome(dialog.kind_value(), dialog.occurred_on(),
                                  dialog.count.value(), None, dialog.note.text().strip()))))
        dialog.open()

    def leave_operation(self) -> None:
        session, key, detail = self.ctx.session, self._key(), self.detail
        if session is None or key is None or detail is None:
            return
        dialog = LeaveDialog(detail.summary.ref, detail.summary.lead, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._run(lambda: operations.leave(
            session, key, dialog.words())))
        dialog.open()

    def _name_conclusion(self, withdraw: bool) -> None:
        """The lead ends an operation no partner has agreed to yet by withdrawing the
        proposal (a `conclude` in the shared record, §32.3): the button says which."""
        button = self.buttons["conclude"]
        if withdraw:
            button.setText(self.tr("&Withdraw proposal…"))
            button.setToolTip(self.tr(
                "No partner has agreed yet: withdraw the proposal, so that none of the "
                "invited agencies can agree to it any more (the lead agency only)"))
        else:
            button.setText(self.tr("&Conclude…"))
            button.setToolTip(self.tr(
                "End the operation for every participant (the lead agency only)"))

    def conclude_operation(self) -> None:
        """Conclude the operation, or withdraw it while it is only proposed (the lead)."""
        session, key, detail = self.ctx.session, self._key(), self.detail
        if session is None or key is None or detail is None:
            return
        dialog: ConcludeDialog | WithdrawProposalDialog = (
            WithdrawProposalDialog(detail.summary.ref, self)
            if detail.summary.status == "proposed" else ConcludeDialog(detail.summary.ref, self))
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._run(lambda: operations.conclude(
            session, key, dialog.words())))
        dialog.open()

    def consent(self) -> None:
        session, key, detail = self.ctx.session, self._key(), self.detail
        if session is None or key is None or detail is None:
            return
        own = session.identity.agency_id
        others = [(a, operation_label(STANDING, st)) for a, st in detail.participants
                  if a != own and st in ("member", "invited")]
        dialog = ConsentDialog(detail.summary.ref, own, others, self)
        self.dialog = dialog

        def done() -> None:
            agency = dialog.chosen()
            if agency is not None:
                self._run(lambda: operations.consent(session, key, agency))
        dialog.accepted.connect(done)
        dialog.open()

    def share_message(self) -> None:
        session, key, detail = self.ctx.session, self._key(), self.detail
        if session is None or key is None or detail is None:
            return

        def share(message_id: str) -> str | None:
            try:
                operations.share_message(session, key, message_id)
            except (ServiceError, ValueError) as exc:
                return plain_words(exc)
            self.ctx.data_changed.emit()
            self.ctx.sync_requested.emit()
            return None

        dialog = ShareMessageDialog(self.ctx, detail.summary.ref, share, self)
        self.dialog = dialog
        dialog.open()

