"""Columns that fit their list: the free-text column gives way, titles stay whole, a resize
fits again; and the fit check catches columns that run past a list's edge."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from liaison_app.gui.column_fit import keep_fitted
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
