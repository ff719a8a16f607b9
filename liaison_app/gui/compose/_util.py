"""Small helpers shared by the compose and action dialogs: errors next to fields, combos, focus.

Validation itself lives in `liaison_app.domain`; these helpers only put a
`ValidationError` next to the field it names, in plain words.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import TypeVar, cast

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from liaison_app.domain.errors import ValidationError

E = TypeVar("E", bound=StrEnum)



def translate(context: str, text: str) -> str:
    """Translate `text` (for strings that come from the domain's tables)."""
    return QCoreApplication.translate(context, text)


def plain(reason: str, params: dict[str, str] | None = None) -> str:
    """A domain reason as a sentence: `must not be empty` -> `Must not be empty.`

    With `params` the reason is a template (`ValidationError.template`): it is
    translated first, then filled in.
    """
    text = translate("ValidationError", reason.strip())
    if params:
        try:
            text = text.format(**params)
        except (KeyError, IndexError, ValueError):  # a translation that lost a field
            text = reason.strip().format(**params)
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


def _root(field: str) -> str:
    for sep in ("[", "."):
        if sep in field:
            field = field.split(sep, 1)[0]
    return field


class FieldErrors:
    """The `err_<field>` labels of one or more forms, and a fallback label."""

    def __init__(self, forms: Iterable[QWidget], general: QLabel | None = None, *,
                 clear_on_edit: bool = True) -> None:
        self.labels: dict[str, QLabel] = {}
        for form in forms:
            for label in form.findChildren(QLabel):
                name = label.objectName()
                if name.startswith("err_") and name != "err_general":
                    self.labels[name[4:]] = label
                    label.setProperty("role", "error")
                    label.setTextFormat(Qt.TextFormat.PlainText)
        self.general = general
        #: hide a field's error as soon as it is edited (forms checked when sent); a form
        #: that checks on every change (the subject editor) keeps its own errors fresh
        self.clear_on_edit = clear_on_edit
        self._watched: set[QWidget] = set()
        if general is not None:
            general.setProperty("role", "error")
            general.setTextFormat(Qt.TextFormat.PlainText)

    def label_for(self, field: str) -> QLabel | None:
        """The label that shows errors of `field` (exact name first, then its root)."""
        return self.labels.get(field) or self.labels.get(_root(field))

    def handles(self, field: str) -> bool:
        """True if `field` has a label of its own here."""
        return self.label_for(field) is not None

    def clear(self) -> None:
        """Hide every error."""
        for label in [*self.labels.values(), self.general]:
            if label is not None:
                label.clear()
                label.setVisible(False)

    def show(self, exc: ValidationError, *, focus: bool = True) -> QLabel | None:
        """Show `exc` next to its field (or in the general label); return the label used."""
        label = self.label_for(exc.field)
        text = plain(exc.template, exc.params) if exc.params else plain(exc.reason)
        if label is None:
            label = self.general
            if label is None:
                return None
            if exc.field:
                text = f"{exc.field}: {text}"
        label.setText(text)
        label.setVisible(True)
        target = field_of(label)
        if target is not None:
            target.setAccessibleDescription(text)
            self._clear_on_edit(target, label)
            if focus:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
        return label

    def _clear_on_edit(self, target: QWidget, label: QLabel) -> None:
        """The error goes as soon as the officer edits its field (checked again on send)."""
        if not self.clear_on_edit or target in self._watched:
            return
        signal = _change_signal(target)
        if signal is None:
            return
        self._watched.add(target)

        def edited(*_args: object) -> None:
            label.clear()
            label.setVisible(False)
            target.setAccessibleDescription("")

        signal.connect(edited)

    def visible_errors(self) -> dict[str, str]:
        """Field -> error text of what is shown now (for tests and screen readers)."""
        out = {f: lb.text() for f, lb in self.labels.items() if not lb.isHidden()}
        if self.general is not None and not self.general.isHidden():
            out[""] = self.general.text()
        return out


def _change_signal(widget: QWidget) -> SignalInstance | None:
    """The signal an input emits when the officer changes it."""
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    if isinstance(widget, QAbstractSpinBox) and hasattr(widget, "valueChanged"):
        return widget.valueChanged  # type: ignore[no-any-return]
    if isinstance(widget, QListWidget):
        return widget.itemChanged
    return None


def field_of(error_label: QLabel) -> QWidget | None:
    """The input an error label belongs to: the form row just above it."""
    parent = error_label.parentWidget()
    while parent is not None:
        layout = parent.layout()
        found = _field_in(layout, error_label) if layout is not None else None
        if found is not None:
            return found
        parent = parent.parentWidget()
    return None


def _field_in(layout: object, label: QLabel) -> QWidget | None:
    if isinstance(layout, QFormLayout):
        position = cast("tuple[int, object]", layout.getWidgetPosition(label))
        row = position[0]
        if row > 0:
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                item = layout.itemAt(row - 1, role)
                if item is not None and item.widget() is not None:
                    return item.widget()
    for i in range(getattr(layout, "count", lambda: 0)()):
        item = layout.itemAt(i)  # type: ignore[attr-defined]
        sub = item.layout() if item is not None else None
        if sub is not None:
            found = _field_in(sub, label)
            if found is not None:
                return found
    return None


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, object]], *,
               placeholder: str = "") -> None:
    """Replace the items (text, data); with a placeholder nothing is chosen at first."""
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    if placeholder:
        combo.setPlaceholderText(placeholder)
        combo.setCurrentIndex(-1)


def select_data(combo: QComboBox, value: object) -> None:
    """Choose the item whose data is `value`."""
    combo.setCurrentIndex(combo.findData(value))


def combo_enum(combo: QComboBox, cls: type[E], field: str) -> E:
    """The chosen enum member, or a ValidationError asking to choose one."""
    value = combo.currentData()
    if combo.currentIndex() < 0 or value is None:
        raise ValidationError(field, translate("Compose", "choose one from the list"))
    return cls(value)


def lines(text: str) -> tuple[str, ...]:
    """Non-empty lines, each trimmed (lists typed one item per line)."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def items(text: str) -> tuple[str, ...]:
    """Non-empty items separated by commas or spaces (codes such as RS, GB)."""
    return tuple(part for part in text.replace(",", " ").split() if part)


def focusables(root: QWidget) -> list[QWidget]:
    """The widgets under `root` that take Tab focus, in `root`'s own focus chain order.

    Call it before `root` is put into a window: the chain then holds only the
    form's widgets, in the order its .ui file's tab stops set.
    """
    out: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root and len(out) < 500:
        if root.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            out.append(widget)
        widget = widget.nextInFocusChain()
    return out


def chain(widgets: Sequence[QWidget]) -> None:
    """Set the Tab order to follow `widgets`."""
    for a, b in itertools.pairwise(widgets):
        QWidget.setTabOrder(a, b)


def bind_submit(dialog: QWidget, button: QAbstractButton) -> None:
    """Ctrl+Enter (either Enter key) presses `button`; Esc already cancels a QDialog."""
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(button.click)
