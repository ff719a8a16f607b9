"""The Review due page: cases and subjects whose review date has come (LED Art. 5).

Lists `services.retention.due_for_review` (kind, reference, label, review
date, how overdue). "Keep until…" and "Erase…" open the decision dialogs
(`review_dialogs.py`); every decision is audited by the service with the
officer's reason, then the list re-reads and `ctx.data_changed` tells the
rest of the window (the nav badge recounts). Erasing a whole case is not a
service the client offers: a case is kept, or opened (Enter) to review its
subjects and messages.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from liaison_app.gui.context import AppContext
from liaison_app.gui.errors import describe
from liaison_app.gui.forms import child, embed_form, emphasise_title
from liaison_app.gui.models.caption_texts import caption_text
from liaison_app.gui.pages.empty_state import EmptyState
from liaison_app.gui.pages.review_dialogs import EraseDialog, KeepDialog
from liaison_app.services.retention import ReviewItem, due_for_review, subject_message_count

ITEM_ROLE = Qt.ItemDataRole.UserRole


class ReviewPage(QWidget):
    """Records due for review, with Keep until… and Erase…."""

    #: the list was re-read: how many records are due
    listed = Signal(int)
    #: a decision was made and audited (what was done, in words)
    decided = Signal(str)

    #: refreshed by the shell on ctx.data_changed (when shown, or when next shown)
    refreshes_itself = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page-review")
        self.form = embed_form(self, "page_review")
        emphasise_title(child(self.form, QLabel, "titleLabel"))
        self.count_label = child(self.form, QLabel, "countLabel")
        self.tree = child(self.form, QTreeWidget, "reviewTree")
        self.keep_button = child(self.form, QPushButton, "keepButton")
        self.erase_button = child(self.form, QPushButton, "eraseButton")
        self.hint_label = child(self.form, QLabel, "hintLabel")
        self.result_label = child(self.form, QLabel, "resultLabel")
        self.error_label = child(self.form, QLabel, "errorLabel")
        self.error_label.setProperty("role", "error")
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # subject ids are long: elide them in the middle and let the label have the room
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header.resizeSection(1, self.fontMetrics().horizontalAdvance("0" * 18))
        # the label column stretches, but never below its own title
        header.setMinimumSectionSize(
            header.fontMetrics().horizontalAdvance(self.tree.headerItem().text(2)) + 24)
        self.tree.currentItemChanged.connect(lambda *_a: self._selection_changed())
        self.tree.itemActivated.connect(lambda *_a: self._activated())
        self.keep_button.clicked.connect(self.keep_selected)
        self.erase_button.clicked.connect(self.erase_selected)
        self.setFocusProxy(self.tree)
        self.empty = EmptyState(self.tree, lambda: self.tr(
            "Nothing is due for review. Cases and subjects whose review date has come appear "
            "here: keep each one longer with a reason, or erase it."))
        #: the decision dialog while it is open (tests fill it in)
        self.pending: KeepDialog | EraseDialog | None = None
        ctx.locked.connect(self._clear)
        self.refresh()

    # -- the list ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read what is due; keep the selection (or its row) where possible."""
        session = self.ctx.session
        if session is None:
            self._clear()
            return
        try:
            due = due_for_review(session)
        except Exception as exc:  # plain words in the page, never a traceback
            self._show_error(describe(exc)[1])
            return
        self.error_label.setVisible(False)
        kept = self.selected()
        current = self.tree.currentItem()
        row = 0 if current is None else max(0, self.tree.indexOfTopLevelItem(current))
        self.tree.clear()
        today = datetime.now(UTC).date()
        for item in due:
            self.tree.addTopLevelItem(self._row(item, today))
        if due:
            keys = [(i.kind, i.ref) for i in due]
            if kept is not None and (kept.kind, kept.ref) in keys:
                row = keys.index((kept.kind, kept.ref))
            self._set_current(min(row, len(due) - 1))
        self.count_label.setText(
            self.tr("%n record(s) due for review", "", len(due)) if due
            else self.tr("Nothing is due for review."))
        self._selection_changed()
        self.listed.emit(len(due))

    def _row(self, item: ReviewItem, today: date) -> QTreeWidgetItem:
        days = item.days_overdue(today)
        overdue = (self.tr("Due today") if days <= 0
                   else self.tr("%n day(s) overdue", "", days))
        kind = self.tr("Case") if item.kind == "case" else self.tr("Subject")
        shown = caption_text(item.caption, item.label)
        row = QTreeWidgetItem([kind, item.ref, shown, item.review_on.isoformat(), overdue])
        row.setData(0, ITEM_ROLE, item)
        row.setToolTip(1, item.ref)
        row.setToolTip(2, shown)
        return row

    def items(self) -> list[ReviewItem]:
        """What the list shows, top to bottom."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            row = self.tree.topLevelItem(i)
            value = None if row is None else row.data(0, ITEM_ROLE)
            if isinstance(value, ReviewItem):
                out.append(value)
        return out

    def selected(self) -> ReviewItem | None:
        row = self.tree.currentItem()
        value = None if row is None else row.data(0, ITEM_ROLE)
        return value if isinstance(value, ReviewItem) else None

    def select(self, kind: str, ref: str) -> bool:
        """Make the row of (kind, ref) current; False if it is not listed."""
        for i, item in enumerate(self.items()):
            if (item.kind, item.ref) == (kind, ref):
                self._set_current(i)
                return True
        return False

    def _set_current(self, row: int) -> None:
        found = self.tree.topLevelItem(row)
        if found is not None:
            self.tree.setCurrentItem(found)

    def _selection_changed(self) -> None:
        item = self.selected()
        self.keep_button.setEnabled(item is not None)
        self.erase_button.setEnabled(item is not None and item.kind == "subject")
        if item is None:
            self.hint_label.setText("")
        elif item.kind == "case":
            self.hint_label.setText(self.tr(
                "A whole case cannot be erased here. Keep it with a reason, or press Enter to "
                "open the case and review its subjects and messages."))
        else:
            self.hint_label.setText(self._carried_text(item))

    def _carried_text(self, item: ReviewItem) -> str:
        session = self.ctx.session
        if session is None:
            return ""
        try:
            carried = subject_message_count(session, item.ref)
        except Exception:  # the hint is optional; the erase dialog checks again
            return ""
        if not carried:
            return self.tr("No message carries this subject.")
        return self.tr("%n message(s) carry this subject: erasing it means erasing them too.",
                       "", carried)

    def _activated(self) -> None:
        item = self.selected()
        if item is not None and item.kind == "case":
            self.ctx.open_case.emit(item.ref)

    # -- decisions --------------------------------------------------------------------

    def keep_selected(self) -> KeepDialog | None:
        """Open "Keep until…" for the selected record."""
        item = self.selected()
        if item is None or self.ctx.session is None or self.pending is not None:
            return None
        dialog = KeepDialog(self.ctx, item, self)
        self._open(dialog)
        return dialog

    def erase_selected(self) -> EraseDialog | None:
        """Open "Erase…" for the selected subject."""
        item = self.selected()
        session = self.ctx.session
        if item is None or item.kind != "subject" or session is None or self.pending is not None:
            return None
        try:
            carried = subject_message_count(session, item.ref)
        except Exception as exc:  # plain words in the page, never a traceback
            self._show_error(describe(exc)[1])
            return None
        dialog = EraseDialog(self.ctx, item, carried, self)
        self._open(dialog)
        return dialog

    def _open(self, dialog: KeepDialog | EraseDialog) -> None:
        self.pending = dialog
        dialog.accepted.connect(lambda: self._done(dialog.result_text))
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: KeepDialog | EraseDialog) -> None:
        if self.pending is dialog:
            self.pending = None
        dialog.deleteLater()

    def _done(self, text: str) -> None:
        self.result_label.setText(text)
        self.refresh()
        self.decided.emit(text)
        self.ctx.data_changed.emit()

    # -- state ------------------------------------------------------------------------

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def _clear(self) -> None:
        """The profile locked: show nothing of it."""
        if self.pending is not None:
            self.pending.reject()
        self.tree.clear()
        self.count_label.setText("")
        self.hint_label.setText("")
        self.result_label.setText("")
        self._selection_changed()
