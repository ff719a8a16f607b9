"""A table model that pages rows in from `services.views` on demand.

Rows arrive `PAGE_SIZE` at a time through `canFetchMore`/`fetchMore` (so a
view scrolled to the end grows the list; 100k rows are never read at once).
Pages are kept in a small LRU cache: a page dropped from it is read again
when it is painted, from the cursor of the page before it when that is known
(keyset paging) or else by offset. Sorting and filtering re-run the query in
SQL. The model resets on `ctx.data_changed` (keeping how far it was read) and
empties on `ctx.locked`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from liaison_app.gui.context import AppContext
from liaison_app.services.errors import ServiceError
from liaison_app.services.session import Session
from liaison_app.services.view_types import PAGE_SIZE

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's identity (message id, case ref...)."""
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
"""The row's read-model object."""

URGENT_COLOUR = QColor("#b00020")
PRIORITY_COLOUR = QColor("#a35200")
DUE_SOON_COLOUR = QColor("#a35200")


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its title, how to show a row, and the SQL sort key (None: not sortable)."""

    title: str
    text: Callable[[T], str]
    sort: str | None = None
    tooltip: Callable[[T], str] | None = None
    icon: Callable[[T], QIcon | None] | None = None
    foreground: Callable[[T], QColor | None] | None = None


class PagedTableModel(QAbstractTableModel, Generic[T]):
    """Rows read page by page; subclasses give the columns and the two queries."""

    PAGE = PAGE_SIZE
    MAX_CACHED_PAGES = 24

    #: a page was read from the cache (offset, rows): lets tests count queries
    page_loaded = Signal(int, int)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._columns: list[Column[T]] = self.make_columns()
        self._total = 0
        self._loaded = 0
        self._pages: OrderedDict[int, list[T]] = OrderedDict()
        self._after: dict[int, object] = {}
        self._sort_column = -1
        self._sort_key: str | None = None
        self._descending = True
        self.queries = 0
        self.error = ""
        ctx.data_changed.connect(self.refresh)
        ctx.locked.connect(self.clear)

    def load(self) -> None:
        """First read (subclasses call it once their query is set)."""
        self.requery()

    # -- what subclasses provide -----------------------------------------------------

    def make_columns(self) -> list[Column[T]]:
        raise NotImplementedError

    def count_rows(self, session: Session) -> int:
        raise NotImplementedError

    def fetch_rows(self, session: Session, offset: int, limit: int,
                   after: object | None) -> list[T]:
        """A page from `offset` (or just after the cursor `after` when the model has one)."""
        raise NotImplementedError

    def key_of(self, item: T) -> str:
        raise NotImplementedError

    def cursor_of(self, item: T) -> object | None:
        """The keyset cursor of a row (None: this list pages by offset only)."""
        return None

    def bold(self, item: T) -> bool:
        return False

    def row_colour(self, item: T) -> QColor | None:
        return None

    # -- sort state ------------------------------------------------------------------

    @property
    def sort_key(self) -> str | None:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    def set_sort(self, key: str | None, descending: bool) -> None:
        """Set the SQL sort without a reset (subclass constructors)."""
        self._sort_key, self._descending = key, descending
        self._sort_column = next((i for i, c in enumerate(self._columns) if c.sort == key), -1)

    # -- loading -----------------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many rows the query covers (rowCount is how many are read so far)."""
        return self._total

    def _session(self) -> Session | None:
        session = self.ctx.session
        if session is None or session.db.closed:
            return None
        return session

    def _reload(self, keep: int) -> None:
        self._pages.clear()
        self._after.clear()
        self.error = ""
        session = self._session()
        try:
            self._total = 0 if session is None else self.count_rows(session)
            self.queries += session is not None
        except ServiceError as exc:
            self._total, self.error = 0, str(exc)
        self._loaded = min(self._total, max(keep, self.PAGE))

    def refresh(self) -> None:
        """Re-query (after a change in the cache): same filter, sort and depth."""
        self.beginResetModel()
        self._reload(keep=self._loaded)
        self.endResetModel()

    def requery(self) -> None:
        """Re-query from the top (a new filter or sort)."""
        self.beginResetModel()
        self._reload(keep=0)
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row (the profile was locked)."""
        self.beginResetModel()
        self._pages.clear()
        self._after.clear()
        self._total = self._loaded = 0
        self.endResetModel()

    def _page(self, number: int) -> list[T]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        session = self._session()
        if session is None:
            return []
        after = self._after.get(number)
        offset = number * self.PAGE
        try:
            page = self.fetch_rows(session, offset, self.PAGE, after)
        except ServiceError as exc:
            self.error = str(exc)
            page = []
        self.queries += 1
        self._pages[number] = page
        if page:
            cursor = self.cursor_of(page[-1])
            if cursor is not None:
                self._after[number + 1] = cursor
        while len(self._pages) > self.MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        self.page_loaded.emit(offset, len(page))
        return page

    def cached_pages(self) -> int:
        """How many pages are held in memory now."""
        return len(self._pages)

    def item(self, row: int) -> T | None:
        """The read-model object at `row` (read in if needed)."""
        if not 0 <= row < self._loaded:
            return None
        page = self._page(row // self.PAGE)
        offset = row % self.PAGE
        return page[offset] if offset < len(page) else None

    def key(self, row: int) -> str | None:
        item = self.item(row)
        return None if item is None else self.key_of(item)

    def row_of(self, key: str, hint: int = 0) -> int:
        """The row showing `key` among the rows read so far (looking near `hint` first), or -1."""
        if self._loaded == 0:
            return -1
        first = min(max(hint, 0), self._loaded - 1) // self.PAGE
        numbers = [first, *[n for n in list(self._pages) if n != first]]
        for number in numbers:
            page = self._page(number)
            for i, item in enumerate(page):
                if self.key_of(item) == key:
                    return number * self.PAGE + i
        return -1

    # -- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._loaded < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = min(self.PAGE, self._total - self._loaded)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + more - 1)
        self._loaded += more
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        if role == Qt.ItemDataRole.ToolTipRole:
            column = self._columns[section]
            return column.title if column.sort else self.tr("%1 (cannot be sorted)").replace(
                "%1", column.title)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item(index.row())
        if item is None:
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(item) if column.tooltip else column.text(item)
        if role == Qt.ItemDataRole.FontRole:
            if self.bold(item):
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = (column.foreground(item) if column.foreground else None) or \
                self.row_colour(item)
            return None if colour is None else QBrush(colour)
        if role == Qt.ItemDataRole.DecorationRole:
            return column.icon(item) if column.icon else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{column.title}: {column.text(item)}"
        if role == KEY_ROLE:
            return self.key_of(item)
        if role == ITEM_ROLE:
            return item
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in SQL ordered by the column's sort key (unsortable columns are ignored)."""
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].sort
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._sort_key and descending == self._descending and self._total:
            return
        self._sort_column, self._sort_key, self._descending = column, key, descending
        self.requery()

    def sort_column(self) -> int:
        """The column the rows are sorted by (-1: none shown)."""
        return self._sort_column
