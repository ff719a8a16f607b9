"""Columns that fit their list: the free-text column gives way, titles stay whole, a resize
fits again; and the fit check catches columns that run past a list's edge."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView, QTreeWidget, QTreeWidgetItem

from liaison_app.gui.column_fit import keep_fitted, two_line_title
from tests.gui.fit_checks import clipped

TITLES = ["Reference", "Title", "Status", "You"]
ROW = ["GB-NCA/OP/2026/0007", "Lorry route Subotica to Calais, joint surveillance " * 3,
       "Agreed by every participant", "Invited"]


def _table(qtbot: Any, width: int) -> QTableView:
    model = QStandardItemModel(0, len(TITLES))
    model.setHorizontalHeaderLabels(TITLES)
    model.appendRow([QStandardItem(text) for text in ROW])
    view = QTableView()
    view.setObjectName("operations")
    view.setModel(model)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # as Operations
    model.setParent(view)
    view.resize(width, 200)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def _overflow(view: QTableView) -> list[str]:
    return [f for f in clipped(view) if "past the list's right edge" in f]


def test_columns_fit_and_the_title_gives_way(qtbot: Any) -> None:
    view = _table(qtbot, 620)
    header = view.horizontalHeader()
    view.resizeColumnsToContents()  # each column as wide as its text: past the edge
    assert header.length() > view.viewport().width()
    assert _overflow(view), "the check must see columns past the edge"

    fitter = keep_fitted(view, give_way=1, shrink_others=True)  # it cannot scroll
    assert header.length() <= view.viewport().width()
    assert not _overflow(view)
    for column in (0, 2, 3):  # the others keep their cells whole
        assert header.sectionSize(column) >= view.sizeHintForColumn(column)
    assert header.sectionSize(1) >= header.sectionSizeFromContents(1).width()

    view.resize(900, 200)  # the splitter moved: the spare room goes to the title
    qtbot.waitUntil(lambda: header.length() == view.viewport().width(), timeout=5_000)
    assert header.sectionSize(1) > view.sizeHintForColumn(0)
    view.resize(300, 200)  # narrower than every cell: no column below its title
    qtbot.waitUntil(lambda: view.viewport().width() < 300, timeout=5_000)
    fitter.refit()
    for column in range(len(TITLES)):
        assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width()


FIGURES = ["Partner agency", "Requests sent", "Requests received", "Alerts sent",
           "Alerts received", "Replies sent", "Replies received"]


def _figures(qtbot: Any, width: int) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName("figures")
    tree.setHeaderLabels(FIGURES)
    tree.addTopLevelItem(QTreeWidgetItem(["RS-BP", "2", "2", "1", "3", "0", "1"]))
    tree.resize(width, 150)
    qtbot.addWidget(tree)
    tree.show()
    qtbot.waitExposed(tree)
    return tree


def test_long_titles_go_on_two_lines_only_when_one_line_does_not_fit(qtbot: Any) -> None:
    wide = _figures(qtbot, 1400)
    fitter = keep_fitted(wide, give_way=0, wrap_titles=True)
    assert [wide.headerItem().text(c) for c in range(7)] == FIGURES  # room: one line
    narrow = _figures(qtbot, 560)
    one_line = sum(narrow.header().sectionSizeFromContents(c).width() for c in range(7))
    assert one_line > narrow.viewport().width()  # the case the option is for
    keep_fitted(narrow, give_way=0, wrap_titles=True)
    titles = [narrow.headerItem().text(c) for c in range(7)]
    assert titles[1] == "Requests\nsent" and titles[2] == "Requests\nreceived"
    assert narrow.header().length() <= narrow.viewport().width()  # every column inside
    header = narrow.header()  # each title, on its two lines, inside its column
    assert all(header.sectionSizeFromContents(c).width() <= header.sectionSize(c)
               for c in range(7))
    assert header.sizeHint().height() > wide.header().sizeHint().height()  # two lines tall
    # wider again: back on one line
    fired: list[bool] = []
    fitter_narrow = keep_fitted(narrow, give_way=0, wrap_titles=True)
    fitter_narrow.fitted.connect(lambda: fired.append(True))
    narrow.resize(1400, 150)
    qtbot.waitUntil(lambda: narrow.headerItem().text(1) == "Requests sent", timeout=5000)
    assert fired and fitter.fitted is not None


def test_a_title_is_broken_where_its_longer_line_is_shortest(qtbot: Any) -> None:
    metrics = QFontMetrics(QTreeWidget().font())
    assert two_line_title("Time to the first reply", metrics) == "Time to the\nfirst reply"
    assert two_line_title("Запитвания", metrics) == "Запитвания"
