"""Which columns a list shows: a few by default, the officer chooses the rest.

At 1366 pixels beside the detail pane a list has about 640 pixels: the sender
(officer and agency), priority, state, the time and the summary fit there; the
type, due date, case, recipients, grading and handling are in the detail pane,
and each can be added back from View → Columns or the list header's context
menu. The choice is remembered per list (`services.display`). The Outbox and
Cases lists work the same way (their defaults below).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QTableView

from liaison_app.gui.context import AppContext
from liaison_app.services.display import hidden_columns, save_hidden_columns

_DETAIL_ONLY = frozenset({"case", "to", "grading", "handling"})
HIDDEN_BY_DEFAULT: dict[str, frozenset[str]] = {
    "inbox": _DETAIL_ONLY | {"type", "due"},
    "alerts": _DETAIL_ONLY | {"type", "due"},
    # awaiting reply: the follow-up says where each stands (read or not is in bold and in
    # the pane), so the sender keeps its width
    "awaiting": _DETAIL_ONLY | {"date", "state"},
    # the outbox: state, priority, to, queued and the summary; how the sending went in
    # detail (sent, attempts, next attempt, last error) is in the state's tooltip
    "outbox": frozenset({"type", "case", "sent", "attempts", "next_attempt", "last_error"}),
    # cases: reference, status, next due and the title (the case view has the rest);
    # in Serbian and Bulgarian more would push the title out of sight
    "cases": frozenset({"messages", "updated", "crime_area", "review_on"}),
    # transfers: when, what, to whom, where, on what basis and why; the data subjects,
    # data, officer and message id are in the record under the table and the CSV export
    "transfers": frozenset({"subjects", "data", "officer", "message"}),
}
"""Per list: the named columns it hides until the officer chooses (others show all)."""


class ColumnChooser(QObject):
    """Shows and hides `table`'s named columns, from the header's menu or View → Columns."""

    def __init__(self, ctx: AppContext, page: str, table: QTableView,
                 names: Sequence[str], refit: Callable[[], None]) -> None:
        super().__init__(table)
        self.ctx, self.page, self.table = ctx, page, table
        self._refit = refit
        self.names = list(names)
        """Each column's name ("" for one that always shows)."""
        session = ctx.session
        chosen = hidden_columns(session.profile.path, page) if session is not None else None
        self.hidden = set(chosen if chosen is not None
                          else HIDDEN_BY_DEFAULT.get(page, frozenset()))
        self.apply()
        self.menu = QMenu(table)
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)

    def apply(self) -> None:
        """Hide the hidden columns again (after a model that was cleared and refilled)."""
        for column, name in enumerate(self.names):
            self.table.setColumnHidden(column, bool(name) and name in self.hidden)

    @property
    def choosable(self) -> bool:
        """True when the list has columns the officer may show or hide."""
        return any(self.names)

    def fill(self, menu: QMenu) -> None:
        """`menu` lists the columns that may be shown or hidden, each checked if shown."""
        menu.clear()
        for column, name in enumerate(self.names):
            if not name:
                continue
            model = self.table.model()
            title = model.headerData(column, Qt.Orientation.Horizontal) if model else name
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(name not in self.hidden)
            action.toggled.connect(partial(self.show_column, name))

    def _header_menu(self, pos: QPoint) -> None:
        if not self.choosable:
            return
        self.fill(self.menu)
        self.menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def show_column(self, name: str, shown: bool) -> None:
        """Show or hide the column called `name`; remembered for this list."""
        column = self.names.index(name)
        if shown:
            self.hidden.discard(name)
        else:
            self.hidden.add(name)
        self.table.setColumnHidden(column, not shown)
        session = self.ctx.session
        if session is not None:
            save_hidden_columns(session.profile.path, self.page, frozenset(self.hidden))
        self._refit()
