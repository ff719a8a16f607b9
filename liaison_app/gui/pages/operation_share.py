"""Share a message into a joint operation's shared record: pick one of the requests,
alerts and replies this profile holds (the operation's case first, or any recent one,
with a search), then sign the share.

The list comes from `services.views.message_page`; the share itself is the page's
callback (`services.operations.share_message`). When the rules refuse it (another
agency's item whose handling code forbids passing it on, without that agency's consent)
the dialog stays open and says why in plain words, so the officer can pick another.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from liaison_app.gui.context import AppContext
from liaison_app.gui.models.labels import TYPES, label, when, when_utc
from liaison_app.gui.problem_texts import plain_words
from liaison_app.services import views
from liaison_app.services.errors import ServiceError
from liaison_app.services.view_types import MessageQuery, MessageSummary

translate = QCoreApplication.translate
SHAREABLE_TYPES = ("request", "alert", "reply")
LIST_LIMIT = 200

#: the callback: share this message id; None when done, else the refusal in plain words
Share = Callable[[str], str | None]


def _cell(text: str, tip: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if tip:
        item.setToolTip(tip)
    return item


class ShareMessageDialog(QDialog):
    """Messages that could enter the shared record, a search, and why a share was refused."""

    def __init__(self, ctx: AppContext, ref: str, share: Share,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.ref, self.share = ctx, ref, share
        self.setObjectName("operationShareDialog")
        self.setWindowTitle(translate("Operations", "Share a message into %1").replace(
            "%1", ref))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "Operations", "The message's words and subjects enter the shared record of %1 "
            "with its handling code and grading, and reach every participating agency. "
            "Another agency's message that may not be passed on (Europol H2, UK C with no "
            "onward sharing) needs that agency's consent first.").replace("%1", ref), self)
        intro.setObjectName("operationShareIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.scope = QComboBox(self)
        self.scope.setObjectName("operationShareScope")
        self.scope.addItem(translate("Operations", "Messages of case %1").replace("%1", ref),
                           ref)
        self.scope.addItem(translate("Operations", "All recent messages"), None)
        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("operationShareFind")
        self.find_edit.setPlaceholderText(translate("Operations", "Words, a name, a reference"))
        self.find_edit.setClearButtonEnabled(True)
        form.addRow(translate("Operations", "&Show:"), self.scope)
        form.addRow(translate("Operations", "&Find:"), self.find_edit)
        layout.addLayout(form)
        self.list = QTableView(self)
        self.list.setObjectName("operationShareList")
        self.list.setAccessibleName(translate("Operations", "Messages that could be shared"))
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels([
            translate("Operations", "When"), translate("Operations", "From"),
            translate("Operations", "Kind"), translate("Operations", "Handling"),
            translate("Operations", "Summary")])
        self.list.setModel(self.model)
        self.list.verticalHeader().setVisible(False)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(False)
        self.list.setAlternatingRowColors(True)
        header = self.list.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.list, 1)
        self.status = QLabel(self)
        self.status.setObjectName("operationShareRefusal")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Close, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setText(translate("Operations", "S&hare"))
        self.ok = ok
        self.buttons.accepted.connect(self.share_chosen)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.rows: list[MessageSummary] = []
        self.scope.currentIndexChanged.connect(self.reload)
        self.find_edit.textChanged.connect(self.reload)
        self.list.doubleClicked.connect(lambda _index: self.share_chosen())
        selection = self.list.selectionModel()
        assert selection is not None
        selection.currentRowChanged.connect(lambda _cur, _prev: self._chosen_changed())
        self.reload()
        if not self.rows and self.scope.currentIndex() == 0:
            self.scope.setCurrentIndex(1)  # nothing in the case yet: the recent messages

    def reload(self) -> None:
        """List the messages of the chosen scope that match the search."""
        session = self.ctx.session
        self.model.removeRows(0, self.model.rowCount())
        self.rows = []
        if session is None:
            return
        case = self.scope.currentData()
        query = MessageQuery(types=SHAREABLE_TYPES,
                             case_ref=case if isinstance(case, str) else None,
                             text=self.find_edit.text().strip() or None)
        try:
            self.rows = views.message_page(session, query, limit=LIST_LIMIT)
        except ServiceError as exc:
            self._say(plain_words(exc))
            return
        for m in self.rows:
            self.model.appendRow([
                _cell(when(m.created_at), when_utc(m.created_at)),
                _cell(m.sender_agency, m.sender_officer), _cell(self._kind(m)),
                _cell(m.handling_code or translate("Operations", "none")),
                _cell(m.snippet, m.snippet)])
        header = self.list.horizontalHeader()
        for col, width in ((0, 132), (1, 72), (2, 80), (3, 80)):  # at least the heading's
            self.list.setColumnWidth(col, max(width, header.sectionSizeHint(col)))
        if self.rows:
            self.list.selectRow(0)
            self._say("")
        else:
            self._say(translate("Operations", "No request, alert or reply matches. Choose "
                                "All recent messages, or search for other words."))
        self._chosen_changed()

    @staticmethod
    def _kind(m: MessageSummary) -> str:
        kind = label(TYPES, m.type)
        if m.recall == "withdrawn":
            return translate("Operations", "%1 (withdrawn)").replace("%1", kind)
        return kind

    def chosen(self) -> MessageSummary | None:
        """The message selected in the list."""
        index = self.list.currentIndex()
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) \
            else None

    def _chosen_changed(self) -> None:
        self.ok.setEnabled(self.chosen() is not None)

    def _say(self, text: str, *, refused: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #8a4b00;" if refused else "")

    def share_chosen(self) -> None:
        """Share the selected message; close when done, else say why not and stay open."""
        message = self.chosen()
        if message is None:
            return
        refusal = self.share(message.message_id)
        if refusal is None:
            self.accept()
            return
        self._say(translate("Operations", "Not shared: %1").replace("%1", refusal),
                  refused=True)
