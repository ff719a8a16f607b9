"""A table model that pages rows in from `services.views` on demand.

Rows arrive `PAGE_SIZE` at a time through `canFetchMore`/`fetchMore` (so a
view scrolled to the end grows the list; 100k rows are never read at once).
The first page is read in two steps: `FIRST` rows (a few screens) when it is
first painted, the rest of it only when a row past them is asked for; start-up
and the refresh after a sync read what is on screen, not 500 rows.
Pages are kept in a small LRU cache: a page dropped from it is read again
when it is painted, from the cursor of the page before it when that is known
(keyset paging) or else by offset. Sorting and filtering re-run the query in
SQL. The model resets on `ctx.data_changed` (keeping how far it was read; once
per event-loop turn, and only when its page is shown: see `refresh.py`) and
empties on `ctx.locked`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon

from liaison_app.gui.context import AppContext
from liaison_app.gui.models.refresh import RefreshPolicy
from liaison_app.gui.problem_texts import plain_words
from liaison_app.gui.theme import colour
from liaison_app.services.errors import ServiceError
from liaison_app.services.session import Session
from liaison_app.services.view_types import PAGE_SIZE

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's identity (message id, case ref...)."""
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
"""The row's read-model object."""

# the theme's status colours (the same objects are updated when the theme changes)
URGENT_COLOUR = colour("urgent")
PRIORITY_COLOUR = colour("priority")
DUE_SOON_COLOUR = colour("priority")

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_KEY = int(KEY_ROLE)
_ITEM = int(ITEM_ROLE)
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _FONT, _FOREGROUND, _DECORATION, _ACCESSIBLE, _KEY,
                    _ITEM))
"""The roles `data` answers; the delegate asks for more on every paint (alignment,
check state, background, size hint...), and those return at once."""


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its title, how to show a row, and the SQL sort key (None: not sortable)."""

    title: str
    text: Callable[[T], str]
    sort: str | None = None
    tooltip: Callable[[T], str] | None = None
    icon: Callable[[T], QIcon | None] | None = None
    foreground: Callable[[T], QColor | None] | None = None
    name: str = ""
    """A stable name for the officer's column choices (`ListPage`); "" for a column that
    is always shown."""
    gives_way: bool = False
    """Names and lists that may be cut (the tooltip has them whole) before a list scrolls
    sideways; dates, states and priorities are kept whole."""
    mark: str = ""
    """A short mark the header shows instead of the title (Priority's "!"); each cell then
    shows its icon alone, the word in its tooltip and accessible text, and the title stays
    the header's tooltip and accessible name. "" for a column that shows its words."""


class PagedTableModel(QAbstractTableModel, Generic[T]):
    """Rows read page by page; subclasses give the columns and the two queries."""

    PAGE = PAGE_SIZE
    #: rows of the first page read before the rest of it is needed (a few screens)
    FIRST = 100
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
        #: pages read only in part (number -> rows still to read)
        self._partial: set[int] = set()
        self._bold_font: QFont | None = None
        self._sort_column = -1
        self._sort_key: str | None = None
        self._descending = True
        self.queries = 0
        self.error = ""
        self.refresh_policy = RefreshPolicy(self, self.refresh)
        ctx.data_changed.connect(self.refresh_policy.changed)
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
        if session is None or session.closed:
            return None
        return session

    def set_paused(self, paused: bool) -> None:
        """The page showing this model was hidden (True) or shown (False)."""
        self.refresh_policy.set_paused(paused)

    def _reload(self, keep: int) -> None:
        self.refresh_policy.done()
        self._pages.clear()
        self._after.clear()
        self._partial.clear()
        self.error = ""
        session = self._session()
        try:
            self._total = 0 if session is None else self.count_rows(session)
            self.queries += session is not None
        except ServiceError as exc:
            self._total, self.error = 0, plain_words(exc)
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
        self.refresh_policy.done()
        self._pages.clear()
        self._after.clear()
        self._partial.clear()
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
        # the first page is read a few screens at a time: what a paint needs first
        limit = min(self.FIRST, self.PAGE) if number == 0 else self.PAGE
        page = self._read(session, offset, limit, after)
        if limit < self.PAGE and len(page) == limit:
            self._partial.add(number)
        self._pages[number] = page
        self._store_cursor(number, page)
        while len(self._pages) > self.MAX_CACHED_PAGES:
            dropped, _rows = self._pages.popitem(last=False)
            self._partial.discard(dropped)
        return page

    def _read(self, session: Session, offset: int, limit: int, after: object | None) -> list[T]:
        try:
            rows = self.fetch_rows(session, offset, limit, after)
        except ServiceError as exc:
            self.error = plain_words(exc)
            rows = []
        self.queries += 1
        self.page_loaded.emit(offset, len(rows))
        return rows

    def _store_cursor(self, number: int, page: list[T]) -> None:
        if page and number not in self._partial:
            cursor = self.cursor_of(page[-1])
            if cursor is not None:
                self._after[number + 1] = cursor

    def _full_page(self, number: int) -> list[T]:
        """Page `number` with every row read (the rest of a partly read page, if needed)."""
        page = self._page(number)
        if number not in self._partial:
            return page
        self._partial.discard(number)
        session = self._session()
        if session is None or not page:
            return page
        rest = self._read(session, number * self.PAGE + len(page), self.PAGE - len(page),
                          self.cursor_of(page[-1]))
        page.extend(rest)
        self._store_cursor(number, page)
        return page

    def cached_pages(self) -> int:
        """How many pages are held in memory now."""
        return len(self._pages)

    def item(self, row: int) -> T | None:
        """The read-model object at `row` (read in if needed)."""
        if not 0 <= row < self._loaded:
            return None
        number, offset = divmod(row, self.PAGE)
        page = self._page(number)
        if offset >= len(page) and number in self._partial:
            page = self._full_page(number)
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
            page = self._full_page(number)
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
            return self._columns[section].mark or self._columns[section].title
        if role == Qt.ItemDataRole.AccessibleTextRole:
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
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        item = self.item(index.row())
        if item is None:
            return None
        return self._answer(item, self._columns[index.column()], role)

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """The roles a delegate asks for each cell it paints (seven), in one call from Qt
        instead of one `data` call each: the same answers, the row and column looked up
        once (ADR 0029)."""
        entries: Iterable[QModelRoleData] = (
            (roleDataSpan,) if isinstance(roleDataSpan, QModelRoleData)
            else cast("Iterable[QModelRoleData]", roleDataSpan))
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            for role_data in entries:
                role_data.clearData()
            return
        column = self._columns[index.column()]
        for role_data in entries:
            role = role_data.role()
            role_data.setData(self._answer(item, column, role) if role in _ROLES else None)

    def _answer(self, item: T, column: Column[T], role: int) -> Any:
        """What `data` gives for `role` of `item` in `column` (a role of `_ROLES`)."""
        if role == _DISPLAY:
            return "" if column.mark else column.text(item)
        if role == _FONT:
            return QFont(self._bold()) if self.bold(item) else None
        if role == _FOREGROUND:
            colour = (column.foreground(item) if column.foreground else None) or \
                self.row_colour(item)
            return colour  # the delegate takes a QColor as the text brush, as a QBrush
        if role == _DECORATION:
            return column.icon(item) if column.icon else None
        if role == _TOOLTIP:
            return column.tooltip(item) if column.tooltip else column.text(item)
        if role == _ACCESSIBLE:
            return f"{column.title}: {column.text(item)}"
        if role == _KEY:
            return self.key_of(item)
        return item  # ITEM_ROLE

    def _bold(self) -> QFont:
        if self._bold_font is None:
            self._bold_font = QFont()
            self._bold_font.setBold(True)
        return self._bold_font

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

    def columns_giving_way(self) -> set[int]:
        """The columns that may be cut to keep a list from scrolling sideways."""
        return {i for i, c in enumerate(self._columns) if c.gives_way}

    def column_names(self) -> list[str]:
        """Each column's stable name, in order ("" for one always shown)."""
        return [c.name for c in self._columns]

    def sort_column(self) -> int:
        """The column the rows are sorted by (-1: none shown)."""
        return self._sort_column
