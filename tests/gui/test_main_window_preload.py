"""The main window's preload: one module a turn, a failure logged and passed over."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from liaison_app.gui.main_window_preload import MainWindowPreload


def test_a_module_that_fails_is_logged_and_the_rest_still_load(
        qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    with caplog.at_level(logging.ERROR, logger="liaison_app.gui.main_window_preload"), \
            qtbot.waitSignal(MainWindowPreload(owner, ("liaison_app.gui.no_such_page",
                                                       "liaison_app.gui.theme"),
                                               first_step_delay_ms=0).finished,
                             timeout=10_000):
        pass
    preload = owner.findChild(MainWindowPreload)
    assert preload is not None and preload.failed == ["liaison_app.gui.no_such_page"]
    (record,) = caplog.records
    assert "liaison_app.gui.no_such_page" in record.getMessage()
    assert record.exc_info is not None and record.exc_info[0] is ModuleNotFoundError
