"""The Subjects tab: a list of subjects, each edited in its own page with errors next to fields.

Every subject is checked by its domain dataclass as the officer types (once
they have touched it) and again on "Sign and queue"; a subject that does not
pass keeps the message from being queued and says why, next to the field.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from liaison_app.domain.captions import subject_caption
from liaison_app.domain.checks import join_field
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.subjects import (
    CATEGORY_LABELS,
    Basis,
    DataSubjectCategory,
    Subject,
    subject_label,
)
from liaison_app.gui.compose._util import FieldErrors, combo_enum, fill_combo, focusables, translate
from liaison_app.gui.compose.financial_forms import FINANCIAL_SPECS, set_courier_choices
from liaison_app.gui.compose.subject_kinds import KINDS, KindSpec
from liaison_app.gui.forms import child, load_form
from liaison_app.gui.models.caption_texts import caption_text

ALL_KINDS: dict[str, KindSpec] = {**KINDS, **FINANCIAL_SPECS}
"""Every kind the Kind list offers, in its order."""


class SubjectEditor(QWidget):
    """One subject: the kind's own fields, then category, fact/assessment and notes."""

    changed = Signal()

    def __init__(self, spec: KindSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.common = load_form("subject_editor")
        self.kind_form = load_form(spec.form)
        self.focus_order = focusables(self.kind_form) + focusables(self.common)
        spec.setup(self.kind_form)
        container = child(self.common, QWidget, "kindContainer")
        layout = container.layout()
        assert layout is not None
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind_form)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.common)
        child(self.common, QLabel, "kindTitle").setText(spec.title())
        self.category = child(self.common, QComboBox, "categoryCombo")
        self.basis = child(self.common, QComboBox, "basisCombo")
        self.notes = child(self.common, QPlainTextEdit, "notesEdit")
        fill_combo(self.category, [(translate("Domain", CATEGORY_LABELS[c]), c.value)
                                   for c in DataSubjectCategory], placeholder=self.tr("Choose…"))
        fill_combo(self.basis, [(self.tr("Fact"), Basis.FACT.value),
                                (self.tr("Assessment (a personal judgement)"),
                                 Basis.ASSESSMENT.value)], placeholder=self.tr("Choose…"))
        self.errors = FieldErrors([self.common, self.kind_form],
                                  general=child(self.common, QLabel, "err_general"),
                                  clear_on_edit=False)  # checked on every change
        self.touched = False
        for edit in self.findChildren(QLineEdit):
            edit.textChanged.connect(self._on_change)
        for text in self.findChildren(QPlainTextEdit):
            text.textChanged.connect(self._on_change)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self._on_change)
        for box in self.findChildren(QCheckBox):
            box.toggled.connect(self._on_change)

    def _on_change(self) -> None:
        self.touched = True
        self.validate(focus=False)
        self.changed.emit()

    def build(self) -> Subject:
        """The subject as entered (ValidationError naming the field)."""
        common = {"category": combo_enum(self.category, DataSubjectCategory, "category"),
                  "basis": combo_enum(self.basis, Basis, "basis"),
                  "notes": self.notes.toPlainText()}
        return self.spec.build(self.kind_form, common)

    def validate(self, *, focus: bool) -> Subject | ValidationError:
        """Build the subject and show its first problem next to the field."""
        self.errors.clear()
        try:
            return self.build()
        except ValidationError as exc:
            self.errors.show(exc, focus=focus)
            return exc

    def label(self) -> str:
        """What the subject list shows for it."""
        try:
            built = self.build()
            return caption_text(subject_caption(built), subject_label(built))
        except ValidationError:
            return self.tr("{kind} (incomplete)").format(kind=self.spec.title())


class SubjectsPage(QObject):
    """Add, remove and edit the message's subjects."""

    #: Subjects were added or removed (the dialog re-links its Tab order).
    structure_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form = load_form("compose_subjects")
        self.head_order = focusables(self.form)
        self.kind = child(self.form, QComboBox, "kindCombo")
        self.add_button = child(self.form, QPushButton, "addButton")
        self.remove_button = child(self.form, QPushButton, "removeButton")
        self.list = child(self.form, QListWidget, "subjectList")
        self.stack = child(self.form, QStackedWidget, "subjectStack")
        self.editors: list[SubjectEditor] = []
        fill_combo(self.kind, [(spec.title(), kind) for kind, spec in ALL_KINDS.items()])
        self.add_button.clicked.connect(lambda: self.add(str(self.kind.currentData())))
        self.remove_button.clicked.connect(self.remove_current)
        self.list.currentRowChanged.connect(self._row_changed)

    @property
    def focus_order(self) -> list[QWidget]:
        """Tab order: the add row, the list, then every subject's fields."""
        return self.head_order + [w for e in self.editors for w in e.focus_order]

    def can_add(self, kind: str) -> bool:
        """Whether `kind` is a subject kind this editor knows (financial kinds included)."""
        return kind in ALL_KINDS

    def add(self, kind: str) -> SubjectEditor:
        """Add an empty subject of `kind` and show it."""
        editor = SubjectEditor(ALL_KINDS[kind])
        self.editors.append(editor)
        self.stack.addWidget(editor)
        item = QListWidgetItem(editor.label())
        self.list.addItem(item)
        editor.changed.connect(lambda: self._relabel(editor))
        self.list.setCurrentRow(len(self.editors) - 1)
        self.remove_button.setEnabled(True)
        self._refresh_couriers()
        self.structure_changed.emit()
        if editor.focus_order:
            editor.focus_order[0].setFocus(Qt.FocusReason.OtherFocusReason)
        return editor

    def remove_current(self) -> None:
        """Remove the subject shown."""
        row = self.list.currentRow()
        if row < 0:
            return
        couriers = self._chosen_couriers()
        editor = self.editors.pop(row)
        self.list.takeItem(row)
        self.stack.removeWidget(editor)
        editor.deleteLater()
        self.remove_button.setEnabled(bool(self.editors))
        self._row_changed(self.list.currentRow())
        self._refresh_couriers(couriers)
        self.structure_changed.emit()

    def _row_changed(self, row: int) -> None:
        self.stack.setCurrentIndex(row + 1 if 0 <= row < len(self.editors) else 0)

    def _relabel(self, editor: SubjectEditor) -> None:
        row = self.editors.index(editor)
        item = self.list.item(row)
        if item is not None:
            item.setText(editor.label())
        if editor.spec.kind == "person":
            self._refresh_couriers()

    def _chosen_couriers(self) -> dict[SubjectEditor, SubjectEditor]:
        """Cash editor -> the person editor chosen as its courier."""
        out: dict[SubjectEditor, SubjectEditor] = {}
        for editor in self.editors:
            if editor.spec.kind == "cash":
                index = child(editor.kind_form, QComboBox, "courierCombo").currentData()
                if isinstance(index, int) and 0 <= index < len(self.editors):
                    out[editor] = self.editors[index]
        return out

    def _refresh_couriers(self, chosen: dict[SubjectEditor, SubjectEditor] | None = None) -> None:
        """Offer the message's persons, by position, as couriers on every cash form; each
        keeps the person it had chosen (wherever that person now stands)."""
        chosen = self._chosen_couriers() if chosen is None else chosen
        persons = [(i, e.label()) for i, e in enumerate(self.editors)
                   if e.spec.kind == "person"]
        for editor in self.editors:
            if editor.spec.kind == "cash":
                person = chosen.get(editor)
                index = self.editors.index(person) if person in self.editors else None
                set_courier_choices(editor.kind_form, persons, index)

    def build(self, *, focus: bool = True) -> tuple[Subject, ...]:
        """Every subject, checked; the first that fails is shown and raised (`subjects[i]…`)."""
        out: list[Subject] = []
        first: tuple[int, ValidationError] | None = None
        for i, editor in enumerate(self.editors):
            result = editor.validate(focus=False)
            if isinstance(result, ValidationError):
                first = first or (i, result)
            else:
                out.append(result)
        if first is not None:
            i, exc = first
            self.list.setCurrentRow(i)
            self.editors[i].errors.show(exc, focus=focus)
            raise ValidationError(join_field(f"subjects[{i}]", exc.field), exc.template,
                                  **exc.params)
        return tuple(out)
