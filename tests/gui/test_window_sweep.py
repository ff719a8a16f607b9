"""The window sweep run after every test: what a test leaves is closed and deleted;
what was there before, and a parent's pop-ups, are not touched."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.support.window_sweep import sweep_windows, windows_now


def test_a_left_window_is_closed_and_deleted_and_an_older_one_kept(
        qapp: QApplication, qtbot: QtBot) -> None:
    older = QWidget()
    older.show()
    before = windows_now()
    left = QDialog()
    left.finished.connect(lambda _: left.windowTitle())  # a cycle the collector cannot see
    left.show()
    combo = QComboBox(older)
    combo.addItems(["a", "b"])
    combo.showPopup()  # a window with a parent: it goes with its parent, never alone
    assert sweep_windows(before) == 1
    assert not left.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(left), timeout=5000)
    assert shiboken6.isValid(older) and older.isVisible() and shiboken6.isValid(combo)
    combo.hidePopup()
    older.close()
    older.deleteLater()
