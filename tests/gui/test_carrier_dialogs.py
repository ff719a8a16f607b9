"""File → Export for carrier… and Import from carrier… through the real main window (no
hub): the summary before and after, progress in a worker, a refused bundle explained."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from liaison_app.gui.carrier.export_dialog import ExportForCarrierDialog
from liaison_app.gui.carrier.import_dialog import ImportFromCarrierDialog
from liaison_app.gui.context import AppContext
from liaison_app.gui.main_window import MainWindow
from liaison_app.services.session import Session
from liaison_app.services.transfers import period, transfer_list
from liaison_app.store import messages
from tests.services.bundle_world import CARRIED, World, make_world, queue_request

WAIT_MS = 30_000


@pytest.fixture
def world(tmp_path: Path) -> World:
    return make_world(tmp_path / "world", names=("a", "b", "c"))


def _window(qtbot: QtBot, session: Session) -> MainWindow:
    window = MainWindow(AppContext(session), start_sync=False, use_tray=False)
    qtbot.addWidget(window)
    return window


def _file_action(window: MainWindow, name: str) -> QAction:
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    found = [a for a in file_menu.actions() if a.objectName() == name]
    assert found, f"{name} is not in the File menu"
    return found[0]


def _drive(qtbot: QtBot, kind: type, steps: Any) -> list[Any]:
    """Run `steps(dialog)` on the modal dialog once it is shown; return what it gave."""
    out: list[Any] = []

    def go() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, kind), dialog
        out.append(steps(dialog))
        dialog.reject()

    QTimer.singleShot(0, go)
    return out


def test_export_and_import_through_the_file_menu(qtbot: QtBot, world: World,
                                                 tmp_path: Path) -> None:
    media = tmp_path / "stick"
    media.mkdir()
    a = world.open("a")
    try:
        request = queue_request(a, "Lorry NS123AB: owner and crossings")
        window = _window(qtbot, a)
        action = _file_action(window, "exportCarrierAction")
        assert action.text() == "&Export for carrier…"

        def export(dialog: ExportForCarrierDialog) -> str:
            assert not dialog.export_button.isEnabled()  # nothing ticked yet
            dialog.set_chosen(("RS-BP",))
            before = dialog.summary.toPlainText()
            assert "Messages: 1 (1 × Request)" in before and "For: RS-BP" in before
            assert "May relay it: GB-NCA" in before
            dialog.file_edit.setText(str(media / "to-rs.liaison-bundle"))
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
            # a disclosure: refused without its legal basis and justification (issue 17)
            assert dialog.written is None and not dialog.running
            assert dialog.errors.label_for("legal_basis") is not None
            assert dialog.errors.label_for("legal_basis").isVisibleTo(dialog)
            dialog.reason.basis.setCurrentIndex(
                dialog.reason.basis.findData("law-enforcement"))
            dialog.reason.justification.setText(CARRIED.justification)
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: dialog.written is not None, timeout=WAIT_MS)
            assert dialog.summary.toPlainText().startswith("Written: ")
            assert dialog.cancel_button.text() == "Close"
            return before

        shown = _drive(qtbot, ExportForCarrierDialog, export)
        action.trigger()
        assert shown and (media / "to-rs.liaison-bundle").is_file()
        row = messages.get(a.db, request)
        assert row is not None and row.status.value == "handed_to_carrier"
        today = datetime.now(UTC).date()
        listed = transfer_list(a, *period(today - timedelta(days=1), today + timedelta(days=1)))
        assert [t.justification for t in listed if t.kind == "bundle"] == [
            CARRIED.justification]
        window.close()
    finally:
        a.close()

    b = world.open("b")
    try:
        window = _window(qtbot, b)

        def bring_in(dialog: ImportFromCarrierDialog) -> str:
            dialog.file_edit.setText(str(media / "to-rs.liaison-bundle"))
            dialog.file_edit.editingFinished.emit()
            assert dialog.import_button.isEnabled() and not dialog.error.isVisible()
            assert "From: gb-nca.lo-belgrade (GB-NCA)" in dialog.summary.toPlainText()
            assert dialog.reply_edit.text().endswith("to-rs-ack.liaison-bundle")
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT_MS)
            text = dialog.summary.toPlainText()
            assert "Stored: 1 new message(s)" in text
            assert "Acknowledgement bundle written" in text
            return text

        done = _drive(qtbot, ImportFromCarrierDialog, bring_in)
        _file_action(window, "importCarrierAction").trigger()
        assert done and messages.get(b.db, request) is not None
        assert (media / "to-rs-ack.liaison-bundle").is_file()

        data = (media / "to-rs.liaison-bundle").read_bytes()
        (media / "cut.liaison-bundle").write_bytes(data[:len(data) // 2])

        def refuse(dialog: ImportFromCarrierDialog) -> str:
            dialog.file_edit.setText(str(media / "cut.liaison-bundle"))
            dialog.file_edit.editingFinished.emit()
            assert dialog.error.isVisible() and not dialog.import_button.isEnabled()
            return dialog.error.text()

        refused = _drive(qtbot, ImportFromCarrierDialog, refuse)
        _file_action(window, "importCarrierAction").trigger()
        assert refused and refused[0].startswith(
            "This bundle is incomplete (cut short while copying?).")
        assert "Nothing was stored." in refused[0]
        window.close()
    finally:
        b.close()


def test_a_carrier_is_offered_the_relay_not_the_import(qtbot: QtBot, world: World,
                                                       tmp_path: Path) -> None:
    a = world.open("a")
    try:
        queue_request(a, "For the partner, carried by a colleague")
        from liaison_app.services.bundle_export import export_bundle

        bundle = export_bundle(a, (world.officer("b"),), tmp_path / "for-b.liaison-bundle",
                               reason=CARRIED)
    finally:
        a.close()
    c = world.open("c")
    try:
        dialog = ImportFromCarrierDialog(AppContext(c), None, bundle.path)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.import_button.isEnabled()
        assert not dialog.relay_button.isHidden()
        assert "for someone else" in dialog.error.text()
    finally:
        c.close()
