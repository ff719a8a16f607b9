"""The Review due page: cases, subjects and messages whose review date has come (LED Art. 5).

Lists `services.retention.due_for_review` (kind, reference, label, review
date, how overdue). "Keep until…", "Erase…" and "Restrict…" open the decision
dialogs (`review_dialogs.py`); every decision is audited by the service with
the officer's reason, then the list re-reads and `ctx.data_changed` tells the
rest of the window (the nav badge recounts). "Show restricted" lists the
records kept for evidence instead, to lift a restriction or erase them. A line
says what the retention policy erases by itself (`services.retention_auto`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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
from liaison_app.gui.pages.review_dialogs import EraseDialog, KeepDialog, RestrictDialog
from liaison_app.services.retention import (
    ReviewItem,
    due_for_review,
    restricted_records,
    subject_message_count,
)
from liaison_app.services.retention_auto import current_policy, last_result
from liaison_app.services.session import Session

ITEM_ROLE = Qt.ItemDataRole.UserRole


class ReviewPage(QWidget):
    """Records due for review, with Keep until… and Erase…."""

    wide = True
    """No message to read beside it: the shell gives it the detail pane's width."""

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
        self.restrict_button = child(self.form, QPushButton, "restrictButton")
        self.restricted_check = child(self.form, QCheckBox, "restrictedCheck")
        self.auto_label = child(self.form, QLabel, "autoLabel")
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
        self.restrict_button.clicked.connect(self.restrict_selected)
        self.restricted_check.toggled.connect(lambda _on: self.refresh())
        self.setFocusProxy(self.tree)
        self.empty = EmptyState(self.tree, lambda: self.tr(
            "Nothing is due for review. Cases and subjects whose review date has come appear "
            "here: keep each one longer with a reason, or erase it."))
        #: the decision dialog while it is open (tests fill it in)
        self.pending: KeepDialog | EraseDialog | RestrictDialog | None = None
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
            due = self._restricted(session) if self.showing_restricted else \
                due_for_review(session)
            self.auto_label.setText(self._auto_text(session))
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
        if self.showing_restricted:
            self.count_label.setText(self.tr("%n restricted record(s)", "", len(due)))
            self._selection_changed()
            return
        self.count_label.setText(
            self.tr("%n record(s) due for review", "", len(due)) if due
            else self.tr("Nothing is due for review."))
        self._selection_changed()
        self.listed.emit(len(due))

    @property
    def showing_restricted(self) -> bool:
        """The list shows the restricted records instead of those due."""
        return self.restricted_check.isChecked()

    def _restricted(self, session: Session) -> list[ReviewItem]:
        return [ReviewItem(r.kind, r.ref, r.reason, r.restricted_at.date(), restricted=True)
                for r in restricted_records(session)]

    def _auto_text(self, session: Session) -> str:
        """What the retention policy erases by itself, and what its last run did."""
        policy = current_policy(session)
        last = last_result(session) or {}
        erased = last.get("erased")
        count = sum(int(v) for v in erased.values()) if isinstance(erased, dict) else 0
        if policy.confirm:
            waiting = int(str(last.get("awaiting_confirmation", 0)))
            return self.tr("Policy: records %1 days past their review date are erased only "
                           "when you confirm; %n wait for you.", "", waiting).replace(
                "%1", str(policy.grace_days))
        text = self.tr("Policy: records %1 days past their review date are erased "
                       "automatically (at unlock and daily) unless kept or restricted.").replace(
            "%1", str(policy.grace_days))
        if last:
            text += " " + self.tr("Last run %1: %n erased.", "", count).replace(
                "%1", str(last.get("at", ""))[:10])
        return text

    def _row(self, item: ReviewItem, today: date) -> QTreeWidgetItem:
        days = item.days_overdue(today)
        overdue = (self.tr("Due today") if days <= 0
                   else self.tr("%n day(s) overdue", "", days))
        if item.restricted:
            overdue = self.tr("Restricted")
        kind = {"case": self.tr("Case"), "message": self.tr("Message"),
                "draft": self.tr("Draft")}.get(item.kind, self.tr("Subject"))
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
        restricted = self.showing_restricted
        self.keep_button.setEnabled(item is not None and not restricted)
        self.erase_button.setEnabled(item is not None)
        # a draft is working material, never evidence: it is erased or kept, not restricted
        self.restrict_button.setEnabled(item is not None and item.kind != "draft")
        self.restrict_button.setText(self.tr("&Lift restriction…") if restricted
                                     else self.tr("&Restrict…"))
        if item is None:
            self.hint_label.setText("")
        elif restricted:
            self.hint_label.setText(self.tr("Restricted on %1: %2").replace(
                "%1", item.review_on.isoformat()).replace("%2", item.label))
        elif item.kind == "case":
            self.hint_label.setText(self.tr(
                "Erasing a case erases the messages and subjects filed only in it. Press "
                "Enter to open the case and review them first."))
        elif item.kind == "message":
            self.hint_label.setText(self.tr("A message filed in no case."))
        elif item.kind == "draft":
            self.hint_label.setText(self.tr(
                "A draft nobody has edited since; reopen it from Drafts to go on with it."))
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
        """Open "Erase…" for the selected record."""
        item = self.selected()
        session = self.ctx.session
        if item is None or session is None or self.pending is not None:
            return None
        try:
            carried = subject_message_count(session, item.ref) if item.kind == "subject" \
                else 0
        except Exception as exc:  # plain words in the page, never a traceback
            self._show_error(describe(exc)[1])
            return None
        dialog = EraseDialog(self.ctx, item, carried, self)
        self._open(dialog)
        return dialog

    def restrict_selected(self) -> RestrictDialog | None:
        """Open "Restrict…" (or "Lift restriction…" in the restricted list)."""
        item = self.selected()
        if item is None or self.ctx.session is None or self.pending is not None:
            return None
        dialog = RestrictDialog(self.ctx, item, lift=self.showing_restricted, parent=self)
        self._open(dialog)
        return dialog

    def _open(self, dialog: KeepDialog | EraseDialog | RestrictDialog) -> None:
        self.pending = dialog
        dialog.accepted.connect(lambda: self._done(dialog.result_text))
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: KeepDialog | EraseDialog | RestrictDialog) -> None:
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
