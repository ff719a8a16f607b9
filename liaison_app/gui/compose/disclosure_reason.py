"""The legal basis and justification of a disclosure: one block for compose, forward, reply.

DPA 2018 s.62 / LED Art. 25 ask that a disclosure records its justification; the
officer picks the legal basis from a short list and says why in their own words.
Required on requests and forwards; offered again from the last one given in the
case (`services.compose.remembered_reason`). The bases are long citations; when
the chosen one does not fit the box, its whole wording shows under it, wrapped,
so the officer reads what they are recording without opening the list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from liaison_app.domain.disclosure import (
    CHOSEN_BASES,
    JUSTIFICATION_MIN,
    LEGAL_BASIS_LABELS,
    DisclosureReason,
    LegalBasis,
)
from liaison_app.domain.errors import ValidationError
from liaison_app.gui.compose._util import (
    FieldErrors,
    fill_combo,
    focusables,
    select_data,
    translate,
)
from liaison_app.gui.forms import child, load_form


class ReasonFields(QObject):
    """Legal basis (a short list) and justification (free text) with their errors."""

    def __init__(self, *, required: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.required = required
        self.form: QWidget = load_form("disclosure_reason")
        self.focus_order = focusables(self.form)
        self.errors = FieldErrors([self.form])
        self.basis = child(self.form, QComboBox, "legalBasisCombo")
        self.justification = child(self.form, QLineEdit, "justificationEdit")
        fill_combo(self.basis, [(translate("Domain", LEGAL_BASIS_LABELS[b]), b.value)
                                for b in CHOSEN_BASES],
                   placeholder=self.tr("Choose the legal basis…"))
        for index in range(self.basis.count()):
            self.basis.setItemData(index, self.basis.itemText(index),  # the whole label
                                   Qt.ItemDataRole.ToolTipRole)
        if not required:
            self.justification.setPlaceholderText(self.tr(
                "Optional: the last reason given in the case is recorded otherwise"))
        self.basis_in_full = child(self.form, QLabel, "legalBasisText")
        self.basis.currentIndexChanged.connect(self._show_basis_in_full)
        self.basis.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The combo box resized (the dialog laid out or resized): show or hide the
        wording beneath it again."""
        if watched is self.basis and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._show_basis_in_full()
        return False

    def basis_is_cut(self) -> bool:
        """True when the chosen basis does not fit the closed combo box."""
        text = self.basis.currentText()
        if self.basis.currentIndex() < 0 or not text:
            return False
        option = QStyleOptionComboBox()
        self.basis.initStyleOption(option)
        room = self.basis.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option,
            QStyle.SubControl.SC_ComboBoxEditField, self.basis).width()
        return QFontMetrics(self.basis.font()).horizontalAdvance(text) > room

    def _show_basis_in_full(self) -> None:
        cut = self.basis_is_cut()
        self.basis_in_full.setText(self.basis.currentText() if cut else "")
        self.basis_in_full.setVisible(cut)

    def prefill(self, reason: DisclosureReason | None) -> None:
        """Offer a reason given before (in the case); never overwrite what was typed."""
        if reason is None or self.justification.text().strip():
            return
        select_data(self.basis, reason.basis.value)
        self.justification.setText(reason.justification)

    def build(self) -> DisclosureReason | None:
        """The reason entered; None when optional and left empty (ValidationError naming
        `legal_basis` or `justification` otherwise)."""
        text = self.justification.text().strip()
        chosen = self.basis.currentData() if self.basis.currentIndex() >= 0 else None
        if not self.required and not text and chosen is None:
            return None
        if chosen is None:
            raise ValidationError("legal_basis", translate(
                "Compose", "choose the legal basis for sending this data"))
        if len(text) < JUSTIFICATION_MIN:
            raise ValidationError("justification", translate(
                "Compose", "say why this data is sent (a few words at least)"))
        return DisclosureReason(LegalBasis(str(chosen)), text)
