"""Two checks over a shown widget tree: text that does not fit, and controls without a name.

`clipped(root)` measures, with the widget's own QFontMetrics against its
contents rect, every visible label, button, check box, radio button, tab,
header section, group-box title, combo box and menu-bar entry, and lists each
whose text is elided or cut off. Table cells are not checked: they elide by
design and carry the full text in a tooltip, except a tree column that wraps its text
(`gui.wrapped_cells`: subject captions, a hit's reasons): each of its rows must be
tall enough for the text word-wrapped to the cell's width. A list's columns that run past its
right edge are, where they need not: the list cannot scroll sideways to them,
or every column would fit whole.

`unnamed(root)` lists every visible control the keyboard can reach that has
neither an accessible name, nor a label whose buddy it is, nor text of its own
(a button's or check box's text names it).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QTextEdit,
    QTreeView,
    QWidget,
)

#: pixels of slack before a text counts as cut (rounding in the style's metrics)
SLACK = 1


def _shown(root: QWidget) -> Iterator[QWidget]:
    """`root` and every descendant that is visible on screen now."""
    if root.isVisible():
        yield root
    for widget in root.findChildren(QWidget):
        if widget.isVisible() and widget.window() is root.window():
            yield widget


def _name(widget: QWidget) -> str:
    chain = []
    current: QWidget | None = widget
    while current is not None and len(chain) < 3:
        if current.objectName():
            chain.append(current.objectName())
        current = current.parentWidget()
    return f"{type(widget).__name__} {'/'.join(reversed(chain)) or '?'}"


def _plain(text: str) -> str:
    """A mnemonic's `&` removed (`&&` is a literal ampersand)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    rect: QRect = label.contentsRect()
    margin = label.margin() * 2 + max(0, label.indent())
    width = rect.width() - margin
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"wraps to {needed} px high, has {label.height()}"
        return None
    metrics = QFontMetrics(label.font())
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setHtml(text)
        doc.setDocumentMargin(0)
        needed_w = int(doc.idealWidth())
    else:
        needed_w = max(metrics.horizontalAdvance(_plain(line)) for line in text.split("\n"))
    if needed_w > width + SLACK:
        return f"needs {needed_w} px, has {width}"
    lines = 1 if rich else text.count("\n") + 1
    if metrics.height() * lines > rect.height() + SLACK + 2:
        return f"needs {metrics.height() * lines} px high, has {rect.height()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text:
        return None
    metrics = QFontMetrics(button.font())
    needed = metrics.horizontalAdvance(text)
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)  # type: ignore[attr-defined]
        style = button.style()
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option,
                                    button).width()
        if not button.icon().isNull():
            room -= button.iconSize().width() + 4
        if needed > room + SLACK:
            return f"needs {needed} px, has {room}"
        return None
    if isinstance(button, QCheckBox | QRadioButton):
        hint = button.sizeHint().width()
        if hint > button.width() + SLACK:
            return f"needs {hint} px, has {button.width()}"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    hint = combo.minimumSizeHint().width() if combo.sizeAdjustPolicy() == \
        QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon else 0
    metrics = QFontMetrics(combo.font())
    arrow = combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 8
    needed = metrics.horizontalAdvance(text) + arrow + 8
    if needed > combo.width() + SLACK and needed > hint:
        return f"current text needs {needed} px, has {combo.width()}"
    return None


def _tab_problems(bar: QTabBar) -> Iterator[str]:
    metrics = QFontMetrics(bar.font())
    for i in range(bar.count()):
        text = _plain(bar.tabText(i))
        rect = bar.tabRect(i)
        needed = metrics.horizontalAdvance(text) + 12
        if not bar.rect().contains(rect) or needed > rect.width() + SLACK:
            yield f"tab {text!r} needs {needed} px, has {rect.width()}"


def _header_problems(header: QHeaderView) -> Iterator[str]:
    model = header.model()
    if model is None:
        return
    metrics = QFontMetrics(header.font())
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    orientation = header.orientation()
    titles_need = 0
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        title = model.headerData(logical, orientation)
        if not isinstance(title, str) or not title:
            continue
        size = header.sectionSize(logical)
        # a title set on two lines (`column_fit` wrap_titles) needs its longer line
        needed = max(metrics.horizontalAdvance(line) for line in title.split("\n")) \
            + 2 * margin + 12
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
            needed += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        titles_need += max(needed, header.sectionSizeFromContents(logical).width())
        if needed > size + SLACK:
            yield f"header {title!r} needs {needed} px, has {size}"
    if orientation == Qt.Orientation.Horizontal and header.length() > header.width() + SLACK:
        yield from _overflow_problems(header, titles_need)


def _overflow_problems(header: QHeaderView, titles_need: int) -> Iterator[str]:
    """Columns that run past the list's right edge where they need not: the list cannot
    scroll sideways to them, or every column would fit whole (title and cells)."""
    view = header.parentWidget()
    if not isinstance(view, QAbstractItemView):
        return
    past = header.length() - header.width()
    room = header.width()
    if view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        if titles_need <= room:
            yield (f"columns run {past} px past the list's right edge, and the list cannot "
                   f"scroll to them")
        return
    whole = sum(max(header.sectionSizeFromContents(c).width(), view.sizeHintForColumn(c))
                for c in range(header.count()) if not header.isSectionHidden(c))
    if whole <= room:
        yield (f"columns run {past} px past the list's right edge, though every column "
               f"would fit whole in its {room} px")


def _list_problems(view: QListWidget) -> Iterator[str]:
    """Entries of a list (the navigation, a list of agencies) cut at the view's edge."""
    room = view.viewport().width()
    for i in range(view.count()):
        item = view.item(i)
        if item is None or item.isHidden() or not item.text():
            continue
        font = QFont(item.font())
        if item.isSelected() or view.objectName() == "navList":
            font.setBold(True)  # the theme draws the selected navigation entry bold
        icon = view.iconSize().width() + 8 if not item.icon().isNull() else 0
        needed = QFontMetrics(font).horizontalAdvance(item.text().split("\n")[0]) + icon + 28
        if needed > room + SLACK:
            yield f"entry {item.text()!r} needs {needed} px, has {room}"


def wrapped_cell_problems(view: QTreeView) -> Iterator[str]:
    """Rows of a wrapping tree column whose text, word-wrapped to the cell's width,
    needs more height than the row has (the cell would cut or elide it), or far less
    (the row kept the height of another width: gaps between the lines)."""
    from liaison_app.gui.wrapped_cells import WrappingDelegate

    model = view.model()
    if model is None or model.rowCount() == 0:
        return
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    for column in range(model.columnCount()):
        if not isinstance(view.itemDelegateForColumn(column), WrappingDelegate):
            continue
        index = model.index(0, column)
        while index.isValid():
            text = str(index.data() or "")
            rect = view.visualRect(index)
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
            room = QRect(0, 0, max(rect.width() - 2 * margin, 1), 1_000_000)
            needed = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), text).height()
            if text and needed > rect.height() + SLACK:
                yield f"cell {text!r} needs {needed} px high, has {rect.height()}"
            elif text and rect.height() > needed + 2 * metrics.lineSpacing():
                yield (f"cell {text!r} is {rect.height()} px high for text {needed} px high "
                       f"(laid out for another width)")
            index = view.indexBelow(index).siblingAtColumn(column)


def _menubar_problems(bar: QMenuBar) -> Iterator[str]:
    for action in bar.actions():
        if not action.isVisible():
            continue
        geometry = bar.actionGeometry(action)
        if geometry.isEmpty() or not bar.rect().contains(geometry):
            yield f"menu {_plain(action.text())!r} does not fit the menu bar"


def clipped(root: QWidget) -> list[str]:
    """Every text under `root` that is elided or cut off, as `widget: text: why`."""
    found: list[str] = []
    for widget in _shown(root):
        problems: list[str] = []
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
            problems += [f"{widget.text()!r}: {problem}"] if problem else []
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
            problems += [f"{widget.text()!r}: {problem}"] if problem else []
        elif isinstance(widget, QComboBox):
            problem = _combo_problem(widget)
            problems += [f"{widget.currentText()!r}: {problem}"] if problem else []
        elif isinstance(widget, QTabBar):
            problems += list(_tab_problems(widget))
        elif isinstance(widget, QHeaderView):
            problems += list(_header_problems(widget))
        elif isinstance(widget, QTreeView):
            problems += list(wrapped_cell_problems(widget))
        elif isinstance(widget, QListWidget):
            problems += list(_list_problems(widget))
        elif isinstance(widget, QMenuBar):
            problems += list(_menubar_problems(widget))
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = QFontMetrics(widget.font()).horizontalAdvance(_plain(widget.title())) + 16
            if needed > widget.width() + SLACK:
                problems.append(f"group {widget.title()!r} needs {needed} px")
        found += [f"{_name(widget)}: {p}" for p in problems]
    return found


_CONTROLS = (QLineEdit, QComboBox, QAbstractSpinBox, QDateTimeEdit, QAbstractButton,
             QAbstractItemView, QTextEdit, QPlainTextEdit, QSlider, QTabBar)


def unnamed(root: QWidget) -> list[str]:
    """Every visible, keyboard-reachable control with no accessible name or label."""
    buddies = {id(label.buddy()) for label in root.window().findChildren(QLabel)
               if label.buddy() is not None and label.text()}
    found: list[str] = []
    for widget in _shown(root):
        if not isinstance(widget, _CONTROLS):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, QHeaderView) or _inside_combo(widget):
            continue
        if isinstance(widget, QTabBar) and all(widget.tabText(i) for i in range(widget.count())):
            continue  # each tab names itself
        if widget.accessibleName() or id(widget) in buddies:
            continue
        if isinstance(widget, QAbstractButton) and _plain(widget.text()).strip():
            continue
        if isinstance(widget, QAbstractScrollArea) and widget.parentWidget() is not None and \
                isinstance(widget.parentWidget(), QComboBox):
            continue
        found.append(_name(widget))
    return found


def _inside_combo(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


@contextmanager
def officer_look(qapp: Any, language: str) -> Iterator[None]:
    """The officer's theme (its fonts and padding) and, beyond English, the language's
    catalogue, removed again after the block."""
    from PySide6.QtCore import QLocale

    from liaison_app.gui import theme

    theme.apply_theme(qapp)
    try:
        if not language.startswith("en"):
            assert theme.install_translations(qapp, QLocale(language)) is not None
        yield
    finally:
        theme.remove_translations(qapp)
        qapp.setStyleSheet("")


def page_at_laptop_size(qtbot: Any, qapp: Any, window: Any, key: str,
                        wait_ms: int = 10_000) -> Any:
    """`window` at 1366x768 showing page `key` (once shown, the window is fitted to the
    offscreen screen by a deferred call: that runs first, then it gets the laptop's
    size)."""
    qtbot.waitUntil(lambda: window._placed, timeout=wait_ms)
    qapp.processEvents()
    window.resize(1366, 768)
    window.nav.setCurrentRow(window._nav_row(key))
    return window.pages.currentWidget()
