"""The Outbox page: everything sent from here over the list form (`lists.ListPage`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from liaison_app.gui.context import AppContext
from liaison_app.gui.forms import child
from liaison_app.gui.models.labels import DELIVERY_STATES, label
from liaison_app.gui.models.paged import ITEM_ROLE
from liaison_app.gui.models.tables import OutboxTableModel
from liaison_app.gui.pages.filter_choices import fill_filter_choices
from liaison_app.gui.pages.lists import ListPage
from liaison_app.services.view_types import OutboxSummary

# Qt's translate under the name lupdate looks for (literal context and text at each call)
translate = QCoreApplication.translate


class OutboxPage(ListPage):
    """Everything sent from here, with the real state; Retry on what the hub refused. The
    selected message shows in the detail pane (it is a message like any other: what was
    signed, to whom, and its state)."""

    previews = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "outbox", OutboxTableModel(ctx), parent,
                         on_activate=ctx.open_message.emit)
        fill_filter_choices(self.status_combo, translate("ListPage", "Any state"),
                            [(label(DELIVERY_STATES, s), (s,)) for s in DELIVERY_STATES
                             if s != "unread"])
        self.hide_filter(self.priority_combo)
        self.filter_edit.setVisible(False)
        self.form.findChild(QLabel, "filterEditLabel").setVisible(False)  # type: ignore[union-attr]
        self.retry_button = child(self.form, QPushButton, "actionButton")
        self.retry_button.setText(translate("ListPage", "&Retry"))
        self.retry_button.setAccessibleName(translate("ListPage", "Send the refused message again"))
        self.retry_button.setToolTip(translate(
            "ListPage", "Queue the selected message again: the hub refused it"))
        self.retry_button.setVisible(True)
        self.retry_button.clicked.connect(self.retry_selected)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)

    def accessible_title(self) -> str:
        return translate("ListPage", "Outbox")

    def empty_text(self) -> str:
        return translate("ListPage", "The outbox is empty. What you sign and queue waits "
                         "here until the hub accepts it, then stays listed as sent.")

    def selected(self) -> OutboxSummary | None:
        index = self.table.currentIndex()
        item = self.model.data(index, ITEM_ROLE) if index.isValid() else None
        return item if isinstance(item, OutboxSummary) else None

    def _selection_changed(self, *_args: object) -> None:
        """Retry follows the row."""
        item = self.selected()
        self.retry_button.setEnabled(item is not None and item.can_retry)

    def retry_selected(self) -> None:
        """Ask the sync worker to queue the selected refused message again and sync."""
        item = self.selected()
        if item is not None and item.can_retry:
            self.retry_button.setEnabled(False)
            self.ctx.retry_requested.emit(item.message_id)

    def apply_filter(self) -> None:
        model = self.model
        assert isinstance(model, OutboxTableModel)
        states = self.status_combo.currentData()
        model.set_statuses(tuple(states) if isinstance(states, tuple) else None)
