"""The Grading and handling tab: scheme, the two grades and the handling code, with meanings.

The scheme is chosen once and both the grades and the handling code follow it:
one message uses one scheme and codes are never converted (domain.grading).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPlainTextEdit

from liaison_app.domain.errors import ValidationError
from liaison_app.domain.grading import (
    HANDLING_MEANINGS,
    INFORMATION_MEANINGS,
    INFORMATION_TITLES,
    SCHEME_TITLES,
    SOURCE_MEANINGS,
    SOURCE_TITLES,
    Grading,
    GradingScheme,
    HandlingCode,
)
from liaison_app.gui.compose._util import FieldErrors, fill_combo, focusables, translate
from liaison_app.gui.forms import child, load_form

NOT_GRADED = "none"


class GradingPage(QObject):
    """Grading scheme picker, grades and handling code, each code's meaning shown."""

    def __init__(self, default_scheme: GradingScheme, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form = load_form("compose_grading")
        self.focus_order = focusables(self.form)
        self.errors = FieldErrors([self.form])
        self.scheme = child(self.form, QComboBox, "schemeCombo")
        self.source = child(self.form, QComboBox, "sourceCombo")
        self.information = child(self.form, QComboBox, "informationCombo")
        self.handling = child(self.form, QComboBox, "handlingCombo")
        self.source_label = child(self.form, QLabel, "sourceComboLabel")
        self.information_label = child(self.form, QLabel, "informationComboLabel")
        self.source_meaning = child(self.form, QLabel, "sourceMeaning")
        self.information_meaning = child(self.form, QLabel, "informationMeaning")
        self.handling_meaning = child(self.form, QLabel, "handlingMeaning")
        self.conditions = child(self.form, QPlainTextEdit, "conditionsEdit")
        self.no_onward = child(self.form, QCheckBox, "noOnwardCheck")
        fill_combo(self.scheme, [(translate("Domain", SCHEME_TITLES[s]), s.value)
                                 for s in GradingScheme]
                   + [(self.tr("Not graded (no handling code)"), NOT_GRADED)])
        self.scheme.setCurrentIndex(self.scheme.findData(default_scheme.value))
        self.scheme.currentIndexChanged.connect(self._scheme_changed)
        self.source.currentIndexChanged.connect(self._show_meanings)
        self.information.currentIndexChanged.connect(self._show_meanings)
        self.handling.currentIndexChanged.connect(self._show_meanings)
        self._scheme_changed()

    def scheme_value(self) -> GradingScheme | None:
        """The chosen scheme, or None when the message is not graded."""
        value = self.scheme.currentData()
        return None if value in (None, NOT_GRADED) else GradingScheme(value)

    def _scheme_changed(self) -> None:
        scheme = self.scheme_value()
        graded = scheme is not None
        for widget in (self.source, self.information, self.handling, self.conditions,
                       self.no_onward):
            widget.setEnabled(graded)
        choose = self.tr("Choose…")
        if scheme is None:
            for combo in (self.source, self.information, self.handling):
                fill_combo(combo, [], placeholder=self.tr("Not graded"))
        else:
            self.source_label.setText(translate("Domain", SOURCE_TITLES[scheme]) + ":")
            self.information_label.setText(translate("Domain", INFORMATION_TITLES[scheme]) + ":")
            for combo, table in ((self.source, SOURCE_MEANINGS[scheme]),
                                 (self.information, INFORMATION_MEANINGS[scheme]),
                                 (self.handling, HANDLING_MEANINGS[scheme])):
                fill_combo(combo, [(f"{code} — {translate('Domain', meaning)}", code)
                                   for code, meaning in table.items()], placeholder=choose)
        self.errors.clear()
        self._show_meanings()

    def _meaning(self, combo: QComboBox, table: dict[str, str]) -> str:
        code = combo.currentData()
        if code is None or code not in table:
            return ""
        return f"{code}: {translate('Domain', table[code])}"

    def _show_meanings(self) -> None:
        scheme = self.scheme_value()
        if scheme is None:
            for label in (self.source_meaning, self.information_meaning, self.handling_meaning):
                label.setText("")
            self.conditions.setEnabled(False)
            self.no_onward.setEnabled(False)
            return
        self.source_meaning.setText(self._meaning(self.source, SOURCE_MEANINGS[scheme]))
        self.information_meaning.setText(
            self._meaning(self.information, INFORMATION_MEANINGS[scheme]))
        self.handling_meaning.setText(self._meaning(self.handling, HANDLING_MEANINGS[scheme]))
        code = self.handling.currentData()
        needs_conditions = (scheme, code) in ((GradingScheme.UK_3X5X2, "C"),
                                              (GradingScheme.EUROPOL_4X4, "H3"))
        self.conditions.setEnabled(needs_conditions)
        self.no_onward.setEnabled(scheme is GradingScheme.UK_3X5X2 and code == "C")
        if not self.no_onward.isEnabled():
            self.no_onward.setChecked(False)

    def build(self) -> tuple[Grading | None, HandlingCode | None]:
        """The grading and handling code (ValidationError naming the field)."""
        scheme = self.scheme_value()
        if scheme is None:
            return None, None
        source, information = self.source.currentData(), self.information.currentData()
        code = self.handling.currentData()
        for field, value in (("source", source), ("information", information), ("code", code)):
            if value is None:
                raise ValidationError(field, self.tr("choose one from the list"))
        grading = Grading(scheme=scheme, source=source, information=information)
        handling = HandlingCode(
            scheme=scheme, code=code,
            conditions=self.conditions.toPlainText() if self.conditions.isEnabled() else "",
            no_onward_sharing=self.no_onward.isEnabled() and self.no_onward.isChecked())
        return grading, handling
