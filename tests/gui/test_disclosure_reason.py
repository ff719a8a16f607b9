"""The legal basis reads whole: when the chosen basis does not fit its box, its
wording shows under it (the citations are long: "… DPA 2018 s.75(1)(" was all an
officer saw of the agreement basis at 1366×768)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from liaison_app.domain.disclosure import LEGAL_BASIS_LABELS, LegalBasis
from liaison_app.gui.compose._util import select_data
from liaison_app.gui.compose.disclosure_reason import ReasonFields


def _shown(qtbot: QtBot, width: int) -> tuple[QWidget, ReasonFields]:
    host = QWidget()
    qtbot.addWidget(host)
    fields = ReasonFields(required=True, parent=host)
    QVBoxLayout(host).addWidget(fields.form)
    host.resize(width, 300)
    host.show()
    qtbot.waitExposed(host)
    return host, fields


def test_a_cut_basis_is_shown_whole_beneath_and_hidden_when_it_fits(qtbot: QtBot) -> None:
    host, fields = _shown(qtbot, 520)
    assert not fields.basis_in_full.isVisible()  # nothing chosen yet
    select_data(fields.basis, LegalBasis.AGREEMENT.value)
    qtbot.waitUntil(fields.basis_in_full.isVisible, timeout=5000)
    assert fields.basis_is_cut()
    assert fields.basis_in_full.text() == LEGAL_BASIS_LABELS[LegalBasis.AGREEMENT]
    select_data(fields.basis, LegalBasis.OTHER.value)  # short: fits the box
    qtbot.waitUntil(lambda: not fields.basis_in_full.isVisible(), timeout=5000)
    select_data(fields.basis, LegalBasis.AGREEMENT.value)
    qtbot.waitUntil(fields.basis_in_full.isVisible, timeout=5000)
    host.resize(1900, 300)  # wide enough for the whole citation
    qtbot.waitUntil(lambda: not fields.basis_in_full.isVisible(), timeout=5000)
    assert not fields.basis_is_cut() and fields.basis_in_full.text() == ""
