"""The Drafts page: what the officer was composing, kept until sent or discarded.

Lists `services.drafts.listing` (kind, recipients, priority, the first words,
when last edited). Enter or "Open" reopens the draft in its dialog with every
tab, subject, grading and attachment list as it was (`ctx.open_draft`, handled
by the shell); "Discard…" asks first, then erases it (audited by the service).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from liaison_app.gui.context import AppContext
from liaison_app.gui.errors import describe
from liaison_app.gui.forms import child, embed_form, emphasise_title, set_role
from liaison_app.gui.models.badges import priority_badge
from liaison_app.gui.models.labels import (
    DRAFT_KINDS,
    PRIORITIES,
    english_plural,
    label,
    when,
    when_utc,
)
from liaison_app.gui.pages.empty_state import EmptyState
from liaison_app.services import drafts

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole


class DraftsPage(QWidget):
    """Saved drafts with Open and Discard…."""

    #: the list was re-read: how many drafts
    listed = Signal(int)

    #: refreshed by the shell on ctx.data_changed (when shown, or when next shown)
    refreshes_itself = False
    #: no message pane beside it (a draft opens in its dialog): the list takes the width
    wide = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page-drafts")
        self.form = embed_form(self, "page_drafts")
        emphasise_title(child(self.form, QLabel, "titleLabel"))
        self.count_label = child(self.form, QLabel, "countLabel")
        self.tree = child(self.form, QTreeWidget, "draftTree")
        self.empty = EmptyState(self.tree, lambda: self.tr(
            "No drafts. A request, alert, reply or forward you start and leave unsent is "
            "kept here, encrypted, until you send or discard it."))
        self.open_button = child(self.form, QPushButton, "openButton")
        self.discard_button = child(self.form, QPushButton, "discardButton")
        self.error_label = child(self.form, QLabel, "errorLabel")
        self.explanation = child(self.form, QLabel, "explanationLabel")
        self._kept_here = self.explanation.text()  # the form's sentence, translated
        set_role(self.error_label, "error")
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tree.currentItemChanged.connect(self._selection_changed)
        self.tree.itemActivated.connect(lambda _item, _col: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.setFocusProxy(self.tree)
        ctx.locked.connect(self.tree.clear)
        self.refresh()

    def _explain_retention(self) -> None:
        """Say exactly how long an untouched draft is kept, under the policy in force."""
        session = self.ctx.session
        if session is None:
            return
        try:
            kept = drafts.retention(session)
        except Exception:  # the list matters more than the sentence; the log has it
            log.exception("reading the draft retention failed")
            self.explanation.setText(self._kept_here)
            return
        if kept.confirm:
            rule = self.tr("Drafts nobody edits for %n day(s) are listed under Review due, "
                           "to be erased once you confirm.", "", kept.days)
        else:
            rule = self.tr("Drafts nobody edits for %n day(s) are erased.", "", kept.days)
        self.explanation.setText(f"{self._kept_here} {english_plural(rule, kept.days)}")

    def refresh(self) -> None:
        """Re-read the drafts (after a change), keeping the selection when it is still there."""
        session = self.ctx.session
        kept = self.selected_id()
        self.tree.clear()
        self.error_label.setVisible(False)
        if session is None:
            return
        self._explain_retention()
        try:
            found = drafts.listing(session)
        except Exception as exc:  # shown in plain words; the log has the traceback
            self.error_label.setText(describe(exc)[1])
            self.error_label.setVisible(True)
            found = []
        for d in found:
            to = ", ".join(d.to) or self.tr("(no recipient yet)")
            item = QTreeWidgetItem([label(DRAFT_KINDS, d.kind), to,
                                    label(PRIORITIES, d.priority) if d.priority else "",
                                    d.text or self.tr("(no text yet)"), when(d.updated_at)])
            item.setData(0, ID_ROLE, d.draft_id)
            item.setIcon(2, priority_badge(d.priority))
            item.setToolTip(4, when_utc(d.updated_at))
            self.tree.addTopLevelItem(item)
            if d.draft_id == kept:
                self.tree.setCurrentItem(item)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self.count_label.setText(english_plural(self.tr("%n draft(s)", "", len(found)),
                                                len(found)))
        self._selection_changed()
        self.listed.emit(len(found))

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return str(value) if value else None

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected_id() is not None
        self.open_button.setEnabled(chosen)
        self.discard_button.setEnabled(chosen)

    def open_selected(self) -> None:
        """Reopen the selected draft in its dialog."""
        draft_id = self.selected_id()
        if draft_id is not None:
            self.ctx.open_draft.emit(draft_id)

    def discard_selected(self) -> None:
        """Ask, then erase the selected draft."""
        draft_id = self.selected_id()
        session = self.ctx.session
        if draft_id is None or session is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Discard draft"),
            self.tr("Discard this draft? It is erased and cannot be brought back."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Discard:
            return
        try:
            drafts.discard(session, draft_id)
        except Exception as exc:
            self.ctx.user_error.emit(*describe(exc))
            return
        self.ctx.data_changed.emit()
        self.refresh()
