"""A list page with a details view under its table (Audit, Quarantine).

The table and the details share a vertical splitter in place of the table;
the details follow the current row, and are redrawn when the list is re-read.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QSplitter, QTableView, QVBoxLayout, QWidget


def details_below(form: QWidget, table: QTableView, details: QWidget, *, name: str,
                  details_share: int, show: Callable[[QModelIndex], None]) -> QSplitter:
    """Put `details` under `table` in `form` (the table keeps 3 parts of the height,
    the details `details_share`); `show(index)` runs for the current row and after
    every re-read of the list."""
    layout = form.layout()
    assert isinstance(layout, QVBoxLayout)
    splitter = QSplitter(Qt.Orientation.Vertical, form)
    splitter.setObjectName(name)
    splitter.setChildrenCollapsible(False)
    layout.replaceWidget(table, splitter)
    splitter.addWidget(table)
    splitter.addWidget(details)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, details_share)
    table.selectionModel().currentRowChanged.connect(lambda current, _previous: show(current))
    table.model().modelReset.connect(lambda: show(table.currentIndex()))
    show(QModelIndex())
    return splitter
