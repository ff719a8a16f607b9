"""The list pages: Inbox, Alerts, Awaiting reply, and the base of Cases, Outbox, Quarantine,
Audit (one form, `page_list.ui`; Cases in `case_list`, Outbox in `outbox_list`).

Each is a filter bar over a paged table model; Enter or a double-click on a
row emits `ctx.open_message` / `ctx.open_case`. In a message list, a row the
officer selects is previewed in the detail pane (`ctx.preview_message`: not
marked read, no justification asked). The selection survives a refresh when the
selected row can still be found (restoring it previews nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QWidget,
)

from liaison_app.gui.column_fit import share_room
from liaison_app.gui.context import AppContext
from liaison_app.gui.forms import child, embed_form
from liaison_app.gui.models.labels import (
    DELIVERY_STATES,
    FOLLOW_UPS,
    PRIORITIES,
    STATUSES,
    label,
)
from liaison_app.gui.models.paged import KEY_ROLE, PagedTableModel
from liaison_app.gui.models.tables import (
    MessageTableModel,
)
from liaison_app.gui.pages.empty_state import EmptyState
from liaison_app.gui.pages.filter_choices import fill_filter_choices
from liaison_app.gui.pages.list_columns import ColumnChooser
from liaison_app.services.view_types import MessageQuery

FILTER_DELAY_MS = 300
#: the least a message list's Summary keeps, in average characters, before the names
#: beside it (From, To, Case) give way
SUMMARY_MIN_CHARACTERS = 25


# Qt's translate under the name lupdate looks for (literal context and text at each call)
translate = QCoreApplication.translate


class WidthWatch(QObject):
    """Calls `resized(width)` when `view`'s viewport is resized. A child of the view (not
    the page itself as the filter), so it goes before the viewport when a page is torn
    down, and no event reaches a half-destroyed page."""

    def __init__(self, view: QTableView, resized: Callable[[int], None]) -> None:
        super().__init__(view)
        self.view, self.resized = view, resized
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.resized(self.view.viewport().width())
        return False


class ListPage(QWidget):
    """A filter bar and a table over one paged model."""

    #: the model re-reads itself on ctx.data_changed (coalesced, and when shown)
    refreshes_itself = True
    #: a row the officer selects shows in the detail pane (`ctx.preview_message`)
    previews = False

    def __init__(self, ctx: AppContext, key: str, model: PagedTableModel[Any],
                 parent: QWidget | None = None, *,
                 on_activate: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.key, self.model = ctx, key, model
        model.setParent(self)
        self.setObjectName(f"page-{key}")
        self.form = embed_form(self, "page_list")
        self.filter_edit = child(self.form, QLineEdit, "filterEdit")
        self.status_combo = child(self.form, QComboBox, "statusCombo")
        self.priority_combo = child(self.form, QComboBox, "priorityCombo")
        for combo in (self.status_combo, self.priority_combo):  # never cut, in any language
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count_label = child(self.form, QLabel, "countLabel")
        self.error_label = child(self.form, QLabel, "errorLabel")
        self.table = child(self.form, QTableView, "table")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        if model.sort_column() >= 0:
            self.table.horizontalHeader().setSortIndicator(
                model.sort_column(), Qt.SortOrder.DescendingOrder if model.descending
                else Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.columns = ColumnChooser(ctx, key, self.table, model.column_names(),
                                    self._refit_columns)
        self._on_activate = on_activate
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self._kept: tuple[str, int] | None = None
        self._restoring = False
        model.modelAboutToBeReset.connect(self._remember_selection)
        model.modelReset.connect(self._restore_selection)
        model.modelReset.connect(self._update_count)
        self._resets = 0
        model.modelReset.connect(self._count_reset)
        model.modelReset.connect(self._fit_columns)
        model.rowsInserted.connect(self._update_count)
        self._fitted = False
        self._fitted_width = -1
        #: what the columns were last fitted to (see `showEvent`)
        self._fit_inputs: tuple[int, int, int, int] | None = None
        WidthWatch(self.table, self._list_resized)
        #: the width this page gave each column (one the officer resized is left alone)
        self._widths: dict[int, int] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _t: self._timer.start())
        self.filter_edit.returnPressed.connect(self.apply_filter)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.priority_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.table.setAccessibleName(self.accessible_title())
        self.setFocusProxy(self.table)
        self.empty = EmptyState(self.table, self.empty_text, filtered=self.filters_active,
                                filtered_text=self.filtered_text)
        model.set_paused(not self.isVisible())
        self._update_count()

    def showEvent(self, event: QShowEvent) -> None:
        self.model.set_paused(False)  # re-reads now if the cache changed while hidden
        super().showEvent(event)
        # the resize that comes with a first show has just fitted the same rows to the
        # same width: measuring them again would change nothing (ADR 0029)
        if self._fit_inputs != self._current_fit_inputs():
            self._fit_columns()

    def _count_reset(self) -> None:
        self._resets += 1

    def _current_fit_inputs(self) -> tuple[int, int, int, int]:
        viewport = self.table.viewport()
        return viewport.width(), viewport.height(), self.model.rowCount(), self._resets

    def _refit_columns(self) -> None:
        """A column shown or hidden: every shown one fitted again."""
        self._fitted = False
        self._fit_inputs = None
        self._widths.clear()
        self._fit_columns()

    def _list_resized(self, width: int) -> None:
        """The list resized (the window, the splitter, the detail pane collapsed): the
        columns fitted again to the new width."""
        if width != self._fitted_width:
            self._fit_columns(resized=True)

    def _fit_columns(self, resized: bool = False) -> None:
        """Once there are rows on screen: each column as wide as what the rows in view
        show (measured here, not by asking every row), none wider than a third of the
        table (a name half of it), so State, Due and Summary are all in sight on a
        1366-pixel screen. Later (the list re-read), a column widens when its rows in view
        need more, such as a message now "Handed to carrier", unless the officer has
        resized it; when the list itself is resized, every column the officer left alone
        is fitted again."""
        if not self.isVisible():
            return
        header = self.table.horizontalHeader()
        if self.model.rowCount() == 0:  # no rows yet: every title readable meanwhile
            if not self._fitted:
                for column in range(self.model.columnCount()):
                    header.resizeSection(column,
                                         header.sectionSizeFromContents(column).width())
            return
        first = not self._fitted
        self._fitted = True
        self._fitted_width = self.table.viewport().width()
        row_height = max(self.table.verticalHeader().defaultSectionSize(), 1)
        rows = range(min(self.model.rowCount(), self.table.viewport().height() // row_height + 1))
        bold = QFont(self.table.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)  # the widest a cell's text gets (unread rows are bold)
        size = self.table.iconSize()
        icon = size.width() if size.width() > 0 else \
            self.table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        margin = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + \
            metrics.averageCharWidth()
        widest = max(self.table.viewport().width() // 3, 1)
        names = self.model.columns_giving_way()
        widened = False
        for column in range(self.model.columnCount() - 1):
            if self.table.isColumnHidden(column):
                continue
            title = width = header.sectionSizeFromContents(column).width()
            for row in rows:
                index = self.model.index(row, column)
                text = self.model.data(index, Qt.ItemDataRole.DisplayRole) or ""
                picture = self.model.data(index, Qt.ItemDataRole.DecorationRole)
                extra = icon + margin if picture is not None and not picture.isNull() else 0
                width = max(width, metrics.horizontalAdvance(str(text)) + margin + extra)
            # the title in full; a name (From: agency and officer) up to half the list,
            # the summary then gives way before it (`_summary_keeps_a_share`)
            fitted = max(title, min(width, 3 * widest // 2 if column in names else widest))
            current = header.sectionSize(column)
            if first or (current == self._widths.get(column)
                         and (fitted > current or (resized and fitted != current))):
                header.resizeSection(column, fitted)
                self._widths[column] = fitted
                widened = True
        last = self.model.columnCount() - 1
        if first and last >= 0:
            header.resizeSection(last, max(header.sectionSize(last),
                                           header.sectionSizeFromContents(last).width()))
        if last >= 0 and (widened or resized):
            if any(self.model.column_names()):
                self._summary_keeps_a_share(last)
            elif first:
                self._give_back_padding(last, margin)
        self._fit_inputs = self._current_fit_inputs()

    def _summary_keeps_a_share(self, last: int) -> None:
        """A message list does not scroll sideways: the summary (last) gives way first,
        down to `SUMMARY_MIN_CHARACTERS`; only then do the names (sender, recipients,
        case) shrink towards their titles to leave it that (they elide; the tooltip and
        the detail pane have them whole). Dates, states and priorities stay whole."""
        header = self.table.horizontalHeader()
        shown = [c for c in range(last + 1) if not self.table.isColumnHidden(c)]
        room = self.table.viewport().width()
        wanted = {c: header.sectionSize(c) for c in shown}
        cut = self.model.columns_giving_way()
        floor = {c: header.sectionSizeFromContents(c).width() if c in cut or c == last
                 else wanted[c] for c in shown}
        least = SUMMARY_MIN_CHARACTERS * self.table.fontMetrics().averageCharWidth()
        floor[last] = max(floor[last], min(room, least))
        wanted[last] = room
        sizes = share_room(room, wanted, floor, last, True)
        for column in shown[:-1]:
            header.resizeSection(column, sizes[column])
            self._widths[column] = sizes[column]

    def _give_back_padding(self, last: int, margin: int) -> None:
        """Where the columns overrun the list by no more than the padding measured into
        them, each gives a little of it back (never below its title): the last column's
        title stays whole and nothing scrolls sideways for a few pixels."""
        header = self.table.horizontalHeader()
        others = [c for c in range(last) if not self.table.isColumnHidden(c)]
        over = (sum(header.sectionSize(c) for c in others)
                + header.sectionSizeFromContents(last).width() - self.table.viewport().width())
        if not others or over <= 0 or over > margin * len(others):
            return
        each = -(-over // len(others))  # rounded up
        for column in others:
            size = max(header.sectionSizeFromContents(column).width(),
                       header.sectionSize(column) - each)
            header.resizeSection(column, size)
            self._widths[column] = size

    def hideEvent(self, event: QHideEvent) -> None:
        self.model.set_paused(True)
        super().hideEvent(event)

    def accessible_title(self) -> str:
        return translate("ListPage", "List")

    def empty_text(self) -> str:
        """What would appear in this list (shown while it is empty)."""
        return translate("ListPage", "Nothing here yet.")

    def filters_active(self) -> bool:
        """True when the filter bar hides part of the list."""
        return bool(self.filter_edit.text().strip()) or any(
            combo.isVisibleTo(self) and combo.currentData() is not None
            for combo in (self.status_combo, self.priority_combo))

    def filtered_text(self) -> str:
        """What an empty list says when the filter hides everything."""
        return translate("ListPage", "Nothing matches the filter. Clear the filter to see "
                         "everything.")

    # -- filters ----------------------------------------------------------------------

    def hide_filter(self, combo: QComboBox) -> None:
        combo.setVisible(False)
        buddy = self.form.findChild(QLabel, combo.objectName() + "Label")
        if buddy is not None:
            buddy.setVisible(False)

    def apply_filter(self) -> None:
        """Re-query with the filter bar's values (subclasses)."""

    # -- refresh and selection ----------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the list (the shell calls this after a change)."""
        self.model.refresh()

    def current_key(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.model.data(index, KEY_ROLE)
        return None if value is None else str(value)

    def _remember_selection(self) -> None:
        key = self.current_key()
        self._kept = None if key is None else (key, self.table.currentIndex().row())

    def _restore_selection(self) -> None:
        if self._kept is None:
            return
        key, hint = self._kept
        self._kept = None
        row = self.model.row_of(key, hint)
        if row >= 0:
            self._restoring = True  # the same row again: the pane keeps what it shows
            try:
                self.table.selectRow(row)
            finally:
                self._restoring = False
            self.table.scrollTo(self.model.index(row, 0))

    def show_opened(self, key: str) -> None:
        """A message opened from elsewhere (the alert banner, a notification, a link in
        the pane): its row is selected if this list holds it, or the selection cleared,
        so the list never marks a message other than the one the pane shows. Nothing
        is previewed again."""
        if not self.previews or key == self.current_key():
            return
        row = self.model.row_of(key, max(0, self.table.currentIndex().row()))
        self._restoring = True
        try:
            if row >= 0:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
            else:
                self.table.clearSelection()
                self.table.setCurrentIndex(QModelIndex())
        finally:
            self._restoring = False

    def preview_current(self) -> None:
        """The page shown again: the row still selected in it is previewed again."""
        self._current_changed(self.table.currentIndex(), QModelIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The officer selected a row: previewed in the detail pane (where it shows)."""
        if not self.previews or self._restoring or not self.isVisible():
            return
        key = self.model.data(current, KEY_ROLE) if current.isValid() else None
        if key:
            self.ctx.preview_message.emit(str(key))

    def _update_count(self, *_args: object) -> None:
        total, shown = self.model.total, self.model.rowCount()
        if shown < total:
            text = (
                translate("ListPage", "%1 of %2 shown")
                .replace("%1", f"{shown:,}")
                .replace("%2", f"{total:,}")
            )
        else:
            text = translate("ListPage", "%1 items").replace("%1", f"{total:,}")
        self.count_label.setText(text)
        self.error_label.setText(self.model.error)
        self.error_label.setVisible(bool(self.model.error))

    def _activated(self, index: QModelIndex) -> None:
        key = self.model.data(index, KEY_ROLE)
        if key and self._on_activate is not None:
            self._on_activate(str(key))


class MessageListPage(ListPage):
    """Inbox and Alerts: messages with status and priority filters."""

    previews = True

    def __init__(self, ctx: AppContext, key: str, base: MessageQuery,
                 parent: QWidget | None = None, *, follow_up_column: bool = False) -> None:
        super().__init__(ctx, key, MessageTableModel(ctx, base,
                                                     follow_up_column=follow_up_column),
                         parent, on_activate=ctx.open_message.emit)
        self.base = base
        self.fill_status_choices()
        fill_filter_choices(self.priority_combo, translate("ListPage", "Any priority"), [
            (translate("ListPage", "Urgent and immediate"), ("urgent", "immediate")),
            *[(label(PRIORITIES, p), (p,)) for p in PRIORITIES]])

    def fill_status_choices(self) -> None:
        """The state filter: what a received message can be, or every state."""
        if self.base.direction == "incoming":
            choices: list[tuple[str, object]] = [
                (translate("ListPage", "Unread"), ("delivered",)),
                (translate("ListPage", "Not replied yet"), ("delivered", "read")),
                (translate("ListPage", "Overdue"), "overdue"),
                (label(DELIVERY_STATES, "read"), ("read",)),
                (label(DELIVERY_STATES, "replied"), ("replied",))]
        else:
            choices = [(translate("ListPage", "Overdue"), "overdue"),
                       *[(label(STATUSES, s), (s,)) for s in STATUSES if s != "draft"]]
        fill_filter_choices(self.status_combo, translate("ListPage", "Any status"), choices)

    def accessible_title(self) -> str:
        return (
            translate("ListPage", "Alerts")
            if self.key == "alerts"
            else translate("ListPage", "Messages received")
        )

    def empty_text(self) -> str:
        if self.key == "alerts":
            return translate("ListPage", "No alerts. Alerts you raise or receive (lookouts, "
                             "warnings, spontaneous information) appear here, urgent ones "
                             "first.")
        return translate("ListPage", "No messages received yet. Requests, alerts and replies "
                         "from partner agencies appear here after a sync (F5).")

    @property
    def message_model(self) -> MessageTableModel:
        assert isinstance(self.model, MessageTableModel)
        return self.model

    def apply_filter(self) -> None:
        status = self.status_combo.currentData()
        priority = self.priority_combo.currentData()
        text = self.filter_edit.text().strip() or None
        current = self.message_model.query
        query = replace(self.base, sort=current.sort, descending=current.descending,
                        text=text, overdue_only=status == "overdue",
                        statuses=tuple(status) if isinstance(status, tuple) else None,
                        priorities=tuple(priority) if isinstance(priority, tuple) else None)
        if query != current:
            self.message_model.set_query(query)


class AwaitingPage(MessageListPage):
    """Awaiting reply: requests sent or received that are not answered yet, including those
    answered "clarification needed" (open until answered again), with the countdown to
    their Directive (EU) 2023/977 limit; refused or partly answered ones on request."""

    def __init__(self, ctx: AppContext, base: MessageQuery,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, "awaiting", base, parent, follow_up_column=True)
        self.status_combo.setAccessibleName(translate("ListPage", "Show requests that are"))
        state_label = self.form.findChild(QLabel, "statusComboLabel")
        if state_label is not None:
            state_label.setText(translate("ListPage", "&Show:"))

    def fill_status_choices(self) -> None:
        open_states = self.base.follow_ups or ()
        choices: list[tuple[str, object]] = [
            (label(FOLLOW_UPS, s), (s,)) for s in ("awaiting", "clarification")]
        choices += [(label(FOLLOW_UPS, s), (s,)) for s in FOLLOW_UPS if s not in open_states]
        choices.append((translate("ListPage", "Every request"), tuple(FOLLOW_UPS)))
        fill_filter_choices(self.status_combo, translate("ListPage", "Still open"), choices)

    def accessible_title(self) -> str:
        return translate("ListPage", "Requests awaiting a reply")

    def apply_filter(self) -> None:
        chosen = self.status_combo.currentData()
        priority = self.priority_combo.currentData()
        current = self.message_model.query
        query = replace(self.base, sort=current.sort, descending=current.descending,
                        text=self.filter_edit.text().strip() or None,
                        follow_ups=tuple(chosen) if isinstance(chosen, tuple)
                        else self.base.follow_ups,
                        priorities=tuple(priority) if isinstance(priority, tuple) else None)
        if query != current:
            self.message_model.set_query(query)
