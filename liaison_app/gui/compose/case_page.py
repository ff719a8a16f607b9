"""The Case tab: no case, an existing case from the cache, or a new case opened with the message."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLineEdit, QRadioButton

from liaison_app.domain.cases import CRIME_AREA_LABELS, CrimeArea, validate_case_ref
from liaison_app.domain.checks import NAME_MAX, check_text
from liaison_app.domain.errors import ValidationError
from liaison_app.gui.compose._util import FieldErrors, fill_combo, focusables, translate
from liaison_app.gui.forms import child, load_form
from liaison_app.services.compose import NewCase
from liaison_app.services.recipients import CaseChoice


class CasePage(QObject):
    """Case link or new case (ref, title, crime area)."""

    def __init__(self, choices: list[CaseChoice], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form = load_form("compose_case")
        self.focus_order = focusables(self.form)
        self.errors = FieldErrors([self.form])
        self.none_radio = child(self.form, QRadioButton, "noCaseRadio")
        self.existing_radio = child(self.form, QRadioButton, "existingCaseRadio")
        self.new_radio = child(self.form, QRadioButton, "newCaseRadio")
        self.case_combo = child(self.form, QComboBox, "caseCombo")
        self.ref = child(self.form, QLineEdit, "caseRefEdit")
        self.title = child(self.form, QLineEdit, "caseTitleEdit")
        self.crime_area = child(self.form, QComboBox, "crimeAreaCombo")
        fill_combo(self.case_combo, [(f"{c.ref} — {c.title}", c.ref) for c in choices],
                   placeholder=self.tr("Choose a case…") if choices
                   else self.tr("No cases in this profile yet"))
        self.existing_radio.setEnabled(bool(choices))
        fill_combo(self.crime_area, [(translate("Domain", CRIME_AREA_LABELS[a]), a.value)
                                     for a in CrimeArea])
        for radio in (self.none_radio, self.existing_radio, self.new_radio):
            radio.toggled.connect(self._mode_changed)
        self._mode_changed()

    def _mode_changed(self) -> None:
        self.case_combo.setEnabled(self.existing_radio.isChecked())
        for widget in (self.ref, self.title, self.crime_area):
            widget.setEnabled(self.new_radio.isChecked())

    def build(self) -> tuple[str | None, NewCase | None]:
        """(existing case ref, new case), at most one set (ValidationError naming the field)."""
        if self.existing_radio.isChecked():
            ref = self.case_combo.currentData()
            if ref is None:
                raise ValidationError("case_ref", self.tr("choose a case, or choose No case"))
            return str(ref), None
        if self.new_radio.isChecked():
            ref = validate_case_ref(self.ref.text(), "case.ref")
            title = check_text(self.title.text(), "case.title", max_len=NAME_MAX)
            return None, NewCase(ref=ref, title=title,
                                 crime_area=CrimeArea(self.crime_area.currentData()))
        return None, None
