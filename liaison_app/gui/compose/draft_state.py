"""A dialog's fields as a plain JSON document, and back: what a draft keeps.

`form_state(form)` reads every input widget of a Designer form by its object
name (text, plain text, combo choice, check box, radio button, date-time);
`restore_form(form, state)` puts the values back. Restoring runs twice, so a
choice that refills another combo (a grading scheme and its codes) is in place
before the dependent value is chosen again. Values are only ever text, whole
numbers, booleans and lists of them (canonical JSON has no floats).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QCheckBox, QRadioButton, QDateTimeEdit)
ROLE = Qt.ItemDataRole.UserRole


def _inputs(form: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for widget in form.findChildren(QWidget):
        name = widget.objectName()
        if not name or name.startswith("qt_") or not isinstance(widget, INPUTS):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox | QDateTimeEdit):
            continue  # the line edit inside an editable combo or a date edit
        found.append(widget)
    return found


def _combo_value(combo: QComboBox) -> Any:
    data = combo.currentData()
    if combo.currentIndex() < 0:
        return None
    if data is None or isinstance(data, str | int | bool):
        return {"data": data, "index": combo.currentIndex()}
    return {"index": combo.currentIndex()}


def widget_value(widget: QWidget) -> Any:
    """The value a draft keeps for one input widget."""
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return _combo_value(widget)
    if isinstance(widget, QDateTimeEdit):
        return int(widget.dateTime().toSecsSinceEpoch())
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    return None


def _set_combo(combo: QComboBox, value: Any) -> None:
    if value is None:
        combo.setCurrentIndex(-1)
        return
    if not isinstance(value, Mapping):
        return
    data = value.get("data")
    index = combo.findData(data) if data is not None else -1
    kept = value.get("index")
    if index < 0 and isinstance(kept, int) and kept < combo.count():
        index = kept
    if index >= 0 and combo.currentIndex() != index:
        combo.setCurrentIndex(index)


def set_widget_value(widget: QWidget, value: Any) -> None:
    """Put a kept value back (a value of the wrong shape is left alone)."""
    if isinstance(widget, QComboBox):
        _set_combo(widget, value)
    elif isinstance(widget, QPlainTextEdit) and isinstance(value, str):
        if widget.toPlainText() != value:
            widget.setPlainText(value)
            widget.moveCursor(QTextCursor.MoveOperation.End)  # go on typing where it ended
    elif isinstance(widget, QLineEdit) and isinstance(value, str):
        if widget.text() != value:
            widget.setText(value)
    elif isinstance(widget, QDateTimeEdit) and isinstance(value, int):
        widget.setDateTime(QDateTime.fromSecsSinceEpoch(value))
    elif isinstance(widget, QAbstractButton) and isinstance(value, bool) \
            and widget.isChecked() != value:
        widget.setChecked(value)


def form_state(form: QWidget) -> dict[str, Any]:
    """Every input of `form` by object name."""
    return {w.objectName(): widget_value(w) for w in _inputs(form)}


def restore_form(form: QWidget, state: Mapping[str, Any]) -> None:
    """Put `state` back into `form` (twice: dependent choices settle on the second pass)."""
    widgets = _inputs(form)
    for _ in range(2):
        for widget in widgets:
            if widget.objectName() in state:
                set_widget_value(widget, state[widget.objectName()])


def _tree_items(tree: QTreeWidget) -> Iterable[QTreeWidgetItem]:
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        if top is not None:
            yield top


def _officer_key(item: QTreeWidgetItem) -> str:
    value = item.data(0, ROLE)
    return ",".join(str(v) for v in value) if isinstance(value, list) else str(value)


def recipients_state(tree: QTreeWidget) -> dict[str, Any]:
    """The ticked agencies (whole) and officers (agency → their device lists)."""
    agencies: list[str] = []
    officers: dict[str, list[str]] = {}
    for top in _tree_items(tree):
        agency = str(top.data(0, ROLE))
        if top.checkState(0) == Qt.CheckState.Checked:
            agencies.append(agency)
        elif top.checkState(0) == Qt.CheckState.PartiallyChecked:
            officers[agency] = [_officer_key(c) for j in range(top.childCount())
                                if (c := top.child(j)) is not None
                                and c.checkState(0) == Qt.CheckState.Checked]
    return {"agencies": agencies, "officers": officers}


def restore_recipients(tree: QTreeWidget, state: Mapping[str, Any]) -> None:
    """Tick the agencies and officers kept (those no longer in the directory are skipped)."""
    agencies = state.get("agencies")
    officers = state.get("officers")
    whole = set(agencies) if isinstance(agencies, list) else set()
    some = officers if isinstance(officers, Mapping) else {}
    for top in _tree_items(tree):
        agency = str(top.data(0, ROLE))
        if agency in whole:
            top.setCheckState(0, Qt.CheckState.Checked)
            continue
        keys = some.get(agency)
        if not isinstance(keys, list):
            continue
        for j in range(top.childCount()):
            child = top.child(j)
            if child is not None and _officer_key(child) in keys:
                child.setCheckState(0, Qt.CheckState.Checked)
        if keys:
            tree.expandItem(top)


def checked_list_state(widget: QListWidget) -> list[str]:
    """The ticked rows of a check list, by their data."""
    return [str(item.data(ROLE)) for i in range(widget.count())
            if (item := widget.item(i)) is not None
            and item.checkState() == Qt.CheckState.Checked]


def restore_checked_list(widget: QListWidget, values: Any) -> None:
    """Tick the rows whose data is in `values`."""
    wanted = set(values) if isinstance(values, list) else set()
    for i in range(widget.count()):
        item = widget.item(i)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if str(item.data(ROLE)) in wanted
                               else Qt.CheckState.Unchecked)


def change_signals(widget: QWidget) -> list[Any]:
    """The signals that say an input widget's value changed."""
    if isinstance(widget, QPlainTextEdit | QLineEdit):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged, widget.editTextChanged]
    if isinstance(widget, QDateTimeEdit):
        return [widget.dateTimeChanged]
    if isinstance(widget, QAbstractButton):
        return [widget.toggled]
    if isinstance(widget, QTreeWidget):
        return [widget.itemChanged]
    if isinstance(widget, QListWidget):
        return [widget.itemChanged]
    return []


def watched_inputs(root: QWidget) -> list[QWidget]:
    """Every widget under `root` whose change a draft should notice."""
    found: list[QWidget] = [w for w in root.findChildren(QWidget)
                            if isinstance(w, (*INPUTS, QTreeWidget, QListWidget))
                            and not w.objectName().startswith("qt_")]
    return found
