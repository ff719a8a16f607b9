"""Tree cells whose text wraps to the column's width instead of being elided.

A subject's caption ("Bank account: IBAN RS35 1050 …, holder …") or a watch-list
hit's reasons are what the officer reads the subjects list for; in a detail pane
beside the inbox the first column is narrow, and Qt's tree cuts such text to
"Bank account: IBAN …" even with word wrap on (its default delegate cannot know
the column's width when it sizes a row). `wrap_column(tree, column)` gives that
column a delegate that lays the text out at the column's real width (indentation
taken off), makes the row as tall as the wrapped text, and lays the rows out
again whenever the column is resized (the pane or a splitter moved). Words break
at spaces, or anywhere in a word longer than the line (an IBAN written without
spaces). The full text stays each cell's display text, so screen readers read it
whole; `wrap_column` also gives every cell that has no tooltip of its own the
full text as its tooltip (`tooltip_full_text`).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


def laid_out(text: str, font: QFont, width: int) -> tuple[list[str], int]:
    """`text` wrapped to `width` px in `font`: its lines and their total height."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[str] = []
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1))
        line.setPosition(QPointF(0, height))
        height += line.height()
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines, int(height + 0.999)


class WrappingDelegate(QStyledItemDelegate):
    """Draws one column of a tree with its text wrapped to the column's width."""

    #: the rows were laid out again for a new column width (their heights changed)
    relaid = Signal()

    def __init__(self, tree: QTreeView, column: int) -> None:
        super().__init__(tree)
        self.tree = tree
        self.column = column

    # -- geometry ----------------------------------------------------------------------

    def _margin(self) -> int:
        """The room the style leaves left and right of a cell's text."""
        style = self.tree.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.tree) + 1

    def _indent(self, index: Index) -> int:
        """How far the tree draws this row's cell right of its column's left edge."""
        tree_column = self.tree.treePosition()
        if tree_column < 0:
            tree_column = self.tree.header().logicalIndex(0)
        if index.column() != tree_column:
            return 0
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        if self.tree.rootIsDecorated():
            depth += 1
        return depth * self.tree.indentation()

    def text_width(self, option: QStyleOptionViewItem, index: Index) -> int:
        """The width the cell's text wraps to: the column less indent, icon and margins."""
        cell = self.tree.header().sectionSize(index.column()) - self._indent(index)
        icon = option.decorationSize.width() + 4 \
            if option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration else 0
        return max(cell - icon - 2 * self._margin(), 1)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        natural = super().sizeHint(option, index)
        _, height = laid_out(opt.text, opt.font, self.text_width(opt, index))
        return QSize(natural.width(), max(natural.height(), height + 4))

    # -- drawing -----------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""  # background, selection, focus and icon as the style draws them
        widget: QWidget | None = opt.widget
        style = widget.style() if widget is not None else self.tree.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        area: QRect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        area = area.adjusted(self._margin(), 0, -self._margin(), 0)
        lines, height = laid_out(text, opt.font, area.width())
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Enabled \
            else QPalette.ColorGroup.Disabled
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, role))
        top = area.top() + max(0, (area.height() - height) // 2)
        line_height = height // max(len(lines), 1)
        for n, line in enumerate(lines):
            painter.drawText(QRect(area.left(), top + n * line_height, area.width(),
                                   line_height),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             line.rstrip())
        painter.restore()


class _Relayout(QObject):
    """Lays `tree`'s rows out again, once per turn of the event loop, after its wrapping
    column may have changed width (the header resized it, the list was resized) or its
    rows changed: deferred, since a header resizing its stretched column does not always
    say so while it does, and rows laid out meanwhile (a message shown while the pane was
    still narrow) would keep the heights of that width."""

    def __init__(self, tree: QTreeView, column: int) -> None:
        super().__init__(tree)
        self.tree = tree
        self.column = column
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.relayout)
        tree.header().sectionResized.connect(
            lambda logical, _old, _new: self.timer.start() if logical == column else None)
        model = tree.model()
        if model is not None:
            for signal in (model.rowsInserted, model.modelReset, model.layoutChanged):
                signal.connect(self.timer.start)
        tree.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.timer.start()
        return False

    def relayout(self) -> None:
        self.tree.doItemsLayout()
        delegate = self.tree.itemDelegateForColumn(self.column)
        if isinstance(delegate, WrappingDelegate):
            delegate.relaid.emit()


def wrap_column(tree: QTreeView, column: int = 0) -> WrappingDelegate:
    """Give `tree`'s `column` wrapped text (see the module's docstring); the delegate's
    `relaid` signal says when the rows took new heights."""
    delegate = WrappingDelegate(tree, column)
    tree.setItemDelegateForColumn(column, delegate)
    tree.setUniformRowHeights(False)
    tree.setWordWrap(True)
    tree.setTextElideMode(Qt.TextElideMode.ElideNone)
    _Relayout(tree, column)
    return delegate


def tooltip_full_text(tree: QTreeWidget, column: int = 0) -> None:
    """Every cell of `column` its full text as tooltip and accessible text, where it has
    no tooltip of its own (one that explains more keeps it, the text put first)."""
    def visit(item: QTreeWidgetItem) -> None:
        text = item.text(column)
        if text:
            own = item.toolTip(column)
            item.setToolTip(column, text if not own or own == text else f"{text}\n{own}")
            item.setData(column, Qt.ItemDataRole.AccessibleTextRole, text)
        for i in range(item.childCount()):
            below = item.child(i)
            if below is not None:
                visit(below)

    for n in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(n)
        if top is not None:
            visit(top)


def rows_height(tree: QTreeView) -> int:
    """The height `tree` needs to show its header and every expanded row, no scroll bar."""
    model = tree.model()
    height = 2 * tree.frameWidth()
    if not tree.isHeaderHidden():
        height += tree.header().sizeHint().height()
    if model is None or model.rowCount() == 0:
        return height
    first = model.index(0, 0)
    last = first
    below = tree.indexBelow(last)
    while below.isValid():
        last = below
        below = tree.indexBelow(last)
    top, bottom = tree.visualRect(first), tree.visualRect(last)
    return height + bottom.bottom() - top.top() + 1
