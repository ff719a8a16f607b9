"""The Cases page: the list of cases over the list form (`lists.ListPage`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from liaison_app.gui.context import AppContext
from liaison_app.gui.models.labels import CASE_STATUSES, label
from liaison_app.gui.models.tables import CaseTableModel
from liaison_app.gui.pages.filter_choices import fill_filter_choices
from liaison_app.gui.pages.lists import ListPage

# Qt's translate under the name lupdate looks for (literal context and text at each call)
translate = QCoreApplication.translate


class CaseListPage(ListPage):
    """Cases, by status, with a text filter on reference and title.

    No message pane beside it (a case is not a message): the list takes the width, and
    Enter or a double-click opens the case view, with the pane beside that."""

    wide = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "cases", CaseTableModel(ctx), parent,
                         on_activate=ctx.open_case.emit)
        fill_filter_choices(self.status_combo, translate("ListPage", "Any status"),
                            [(label(CASE_STATUSES, s), s) for s in CASE_STATUSES])
        self.hide_filter(self.priority_combo)
        self.filter_edit.setPlaceholderText(
            translate("ListPage", "Reference, title or SIENA/INTERPOL reference")
        )

    def accessible_title(self) -> str:
        return translate("ListPage", "Cases")

    def empty_text(self) -> str:
        return translate("ListPage", "No cases yet. A case appears here when you link a "
                         "message to a new case reference, or receive a message about one.")

    def apply_filter(self) -> None:
        model = self.model
        assert isinstance(model, CaseTableModel)
        status = self.status_combo.currentData()
        model.set_filter(status if isinstance(status, str) else None,
                         self.filter_edit.text().strip() or None)
