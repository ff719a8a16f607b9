"""Columns that fit their list: every title whole, the free-text column giving way.

A table or tree with a few columns (an operation list, a case timeline, the
monitoring figures) should show every column inside the list, in every
language. `fit_columns(view, give_way=...)` sizes each column to its title and
what its rows show; the spare room goes to the free-text column (a title, a
summary, details), and when the columns are wider than the list that column
shrinks first, down to its title's width (or, in a list that scrolls, to the share of the
list it is told to keep: a case timeline's summary). A list that cannot scroll sideways
(`shrink_others=True`, e.g. the Operations list) then shrinks the other columns
in proportion to what they would lose, never below their titles (their cells
elide, the full text in a tooltip); any other list keeps its other columns
whole and scrolls, rather than cut every date and name to a few letters. It
fits again whenever the list is resized (the splitter moved, the window
resized) or refilled.

A table of figures whose titles are long in some languages (the Monitoring
page in Bulgarian: "Изпратени запитвания", seven columns) can ask for
`wrap_titles`: when the columns do not all fit with one-line titles, each
title of several words is set on two lines, broken where its longer line is
shortest, so the columns need the width of their figures and of half a
title, not of the whole title.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView, QTreeView, QTreeWidget

#: the focus frame and padding around a cell's text, beyond what the view reports
_CELL_MARGIN = 8


def _header(view: QTableView | QTreeView) -> QHeaderView:
    return view.header() if isinstance(view, QTreeView) else view.horizontalHeader()


def _shown_columns(view: QTableView | QTreeView) -> list[int]:
    header = _header(view)
    return [c for c in range(header.count()) if not header.isSectionHidden(c)]


def share_room(room: int, wanted: dict[int, int], floor: dict[int, int],
           give_way: int | None, shrink_others: bool, keep: float = 0.0) -> dict[int, int]:
    """Widths for `wanted` that add up to no more than `room` where the floors allow; the
    give-way column keeps `keep` of the room (or what it needs, if less) before it gives."""
    sizes = dict(wanted)
    if give_way in floor:
        assert give_way is not None
        floor = {**floor, give_way: max(floor[give_way],
                                        min(wanted[give_way], int(room * keep)))}
    over = sum(sizes.values()) - room
    if over <= 0:
        if give_way in sizes:  # the free-text column takes the spare room
            sizes[give_way] = sizes[give_way] - over
        return sizes
    if give_way in sizes:
        assert give_way is not None
        cut = min(over, sizes[give_way] - floor[give_way])
        sizes[give_way] -= cut
        over -= cut
    spare = {c: sizes[c] - floor[c] for c in sizes if c != give_way and sizes[c] > floor[c]}
    total = sum(spare.values())
    if shrink_others and over > 0 and total > 0:
        take = min(over, total)
        for c, slack in spare.items():
            sizes[c] -= -(-take * slack // total)  # rounded up: never a pixel too wide
        sizes = {c: max(floor[c], s) for c, s in sizes.items()}
    return sizes


def two_line_title(title: str, metrics: QFontMetrics) -> str:
    """`title` broken at the space that makes its longer line shortest (one word: as is)."""
    words = title.split(" ")
    if len(words) < 2:
        return title

    def longer(i: int) -> int:
        return max(metrics.horizontalAdvance(" ".join(words[:i])),
                   metrics.horizontalAdvance(" ".join(words[i:])))

    cut = min(range(1, len(words)), key=longer)
    return " ".join(words[:cut]) + "\n" + " ".join(words[cut:])


def fit_columns(view: QTableView | QTreeView, *, give_way: int | None = None,
                shrink_others: bool = False, keep: float = 0.0) -> bool:
    """Size `view`'s columns to fit its width now (see the module's docstring); True if
    every column fits whole."""
    header = _header(view)
    columns = _shown_columns(view)
    if not columns or header.count() == 0:
        return True
    header.setStretchLastSection(False)
    room = view.viewport().width()
    floor = {c: header.sectionSizeFromContents(c).width() for c in columns}
    wanted = {c: max(floor[c], view.sizeHintForColumn(c) + _CELL_MARGIN) for c in columns}
    for c, size in share_room(room, wanted, floor, give_way, shrink_others, keep).items():
        if header.sectionResizeMode(c) != QHeaderView.ResizeMode.Interactive:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(c, size)
    return sum(wanted.values()) <= room


def columns_width(view: QTableView | QTreeView, *, whole: bool = True) -> int:
    """The width `view` needs (frame included) for its shown columns: whole (title and
    cells), or (`whole=False`) their titles alone."""
    header = _header(view)
    columns = _shown_columns(view)
    floor = {c: header.sectionSizeFromContents(c).width() for c in columns}
    if whole:
        floor = {c: max(size, view.sizeHintForColumn(c) + _CELL_MARGIN)
                 for c, size in floor.items()}
    return sum(floor.values()) + 2 * view.frameWidth()


class ColumnFitter(QObject):
    """Keeps `view`'s columns fitted: on resize, and when `refit()` is called after a fill;
    `fitted` is emitted after each fit (the header may have changed height)."""

    fitted = Signal()

    def __init__(self, view: QTableView | QTreeView, *, give_way: int | None = None,
                 shrink_others: bool = False, keep: float = 0.0,
                 wrap_titles: bool = False) -> None:
        super().__init__(view)
        self.view = view
        self.give_way = give_way
        self.shrink_others = shrink_others
        self.keep = keep
        self._titles: dict[int, str] = {}
        if wrap_titles:
            if not isinstance(view, QTreeWidget):
                raise TypeError("wrap_titles needs a QTreeWidget (its titles are set here)")
            item = view.headerItem()
            self._titles = {c: item.text(c) for c in range(view.columnCount())}
        self._width = -1
        view.viewport().installEventFilter(self)

    def refit(self) -> None:
        """Fit again (after the rows changed)."""
        self._width = self.view.viewport().width()
        if self._fit(self._titles) or not self._titles:
            self.fitted.emit()
            return
        # only the titles wider than what their column shows: "В срок" over "100 % (1 от 1)"
        # stays on one line
        header, metrics = _header(self.view), QFontMetrics(_header(self.view).font())
        self._fit({c: two_line_title(t, metrics)
                   if header.sectionSizeFromContents(c).width()
                   > self.view.sizeHintForColumn(c) + _CELL_MARGIN else t
                   for c, t in self._titles.items()})
        self.fitted.emit()

    def _fit(self, titles: dict[int, str]) -> bool:
        view = self.view
        if isinstance(view, QTreeWidget):
            item = view.headerItem()
            for c, title in titles.items():
                if item.text(c) != title:
                    item.setText(c, title)
        return fit_columns(view, give_way=self.give_way, shrink_others=self.shrink_others,
                           keep=self.keep)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.view.viewport().width() != self._width:
            self.refit()
        return False


def keep_fitted(view: QTableView | QTreeView, *, give_way: int | None = None,
                shrink_others: bool = False, keep: float = 0.0,
                wrap_titles: bool = False) -> ColumnFitter:
    """Fit `view`'s columns now and whenever it is resized; call `.refit()` after a fill.

    `keep`: in a list that scrolls, the share of its width the free-text column keeps
    before it gives way (a timeline's summary stays readable; the rest scrolls).
    `wrap_titles` (a QTreeWidget): titles on two lines when one line does not fit."""
    fitter = ColumnFitter(view, give_way=give_way, shrink_others=shrink_others, keep=keep,
                          wrap_titles=wrap_titles)
    fitter.refit()
    return fitter
