"""The Directory page: agencies → officers → devices with status (read-only)."""

from __future__ import annotations

from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeView, QWidget

from liaison_app.gui.context import AppContext
from liaison_app.gui.forms import child, embed_form
from liaison_app.gui.models.directory import DirectoryModel
from liaison_app.gui.pages.empty_state import EmptyState


class DirectoryPage(QWidget):
    """The cached directory as a tree, with its version and validity."""

    wide = True
    """No message to read beside it: the shell gives it the detail pane's width."""

    #: the model re-reads itself on ctx.data_changed (coalesced, and when shown)
    refreshes_itself = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page-directory")
        self.form = embed_form(self, "page_directory")
        self.summary_label = child(self.form, QLabel, "summaryLabel")
        self.tree = child(self.form, QTreeView, "tree")
        self.model = DirectoryModel(ctx, self)
        self.tree.setModel(self.model)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.model.modelReset.connect(self._after_reset)
        self.setFocusProxy(self.tree)
        self.empty = EmptyState(self.tree, lambda: self.tr(
            "No directory yet. The signed directory of partner agencies, their officers and "
            "devices arrives with enrolment and is refreshed at every sync."))
        self.model.set_paused(not self.isVisible())
        self._after_reset()

    def showEvent(self, event: QShowEvent) -> None:
        self.model.set_paused(False)  # re-reads now if the cache changed while hidden
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.model.set_paused(True)
        super().hideEvent(event)

    def refresh(self) -> None:
        """Re-read the cached directory."""
        self.model.refresh()
        self._after_reset()

    def _after_reset(self) -> None:
        self.tree.expandToDepth(0)
        self.summary_label.setText(self.model.summary())
