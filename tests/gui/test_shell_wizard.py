"""The first-run wizard against a real hub process, and with the hub unreachable."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from liaison_app.gui.main_window import MainWindow
from liaison_app.gui.wizard import FirstRunWizard
from tests.gui.conftest import AGENCIES, PASSPHRASE, WAIT_MS, provision
from tests.support.hub_process import HubProcess, init_hub_dir


def _fill_first_two_pages(qtbot: Any, wizard: FirstRunWizard, prov: Path) -> None:
    page = wizard.file_page
    assert not page.isComplete()
    page.file_edit.setText(str(prov))  # what Browse… fills in
    assert page.isComplete()
    assert "Valid" in page.signature.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    pp = wizard.pass_page
    assert wizard.currentPage() is pp
    qtbot.keyClicks(pp.first, "short")
    assert not pp.isComplete() and "Too short" in pp.hint.text()
    pp.first.setText(PASSPHRASE)
    pp.second.setText(PASSPHRASE + "x")
    assert not pp.isComplete() and "differ" in pp.hint.text()
    pp.second.setText(PASSPHRASE)
    assert pp.isComplete() and pp.bar.value() >= 3
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.enrol_page


def test_wizard_enrols_against_a_real_hub(qtbot: Any, make_shell: Any, gui_hub: HubProcess,
                                          tmp_path: Path) -> None:
    prov, officer = provision(gui_hub, "RS-BP")
    shell = make_shell(tmp_path / "new-profile")
    wizard = shell.window
    assert isinstance(wizard, FirstRunWizard)
    _fill_first_two_pages(qtbot, wizard, prov)
    assert wizard.file_page.agency.text() == "RS-BP"
    assert officer in wizard.file_page.officer.text()
    assert wizard.file_page.hub.text() == gui_hub.url
    enrol = wizard.enrol_page
    qtbot.waitUntil(lambda: enrol.done, timeout=WAIT_MS)
    assert enrol.enrolled and "Enrolled" in enrol.step.text()
    assert enrol.bar.value() == enrol.bar.maximum()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(shell.main_window, MainWindow), timeout=WAIT_MS)
    window = shell.main_window
    session = window.ctx.session
    assert session.enrolled and session.identity.officer_id == officer
    assert (tmp_path / "new-profile" / "keys.json").is_file()
    qtbot.waitUntil(lambda: window.sync.runs >= 1, timeout=WAIT_MS)  # first sync after opening
    assert window.status.online_label.text().endswith("Online")


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_hub_unreachable_offers_enrol_when_connected(qtbot: Any, make_shell: Any,
                                                     tmp_path: Path) -> None:
    from liaison_app.hub.admin import add_officer, open_hub
    from liaison_app.protocol.provisioning import Policy

    root = init_hub_dir(tmp_path / "offline-hub", port=_closed_port(), agencies=AGENCIES[:1])
    ctx = open_hub(root)  # the hub exists but is not running: nothing listens on its port
    try:
        prov = tmp_path / "offline.provisioning.json"
        add_officer(ctx, "GB-NCA", "gb-nca.offline-officer", "Offline Officer", prov,
                    policy=Policy())
    finally:
        ctx.engine.dispose()
    profile = tmp_path / "offline-profile"
    shell = make_shell(profile)
    wizard = shell.window
    _fill_first_two_pages(qtbot, wizard, prov)
    enrol = wizard.enrol_page
    qtbot.waitUntil(lambda: enrol.later.isVisible(), timeout=WAIT_MS)
    assert not enrol.enrolled and enrol.prepared
    assert "ready" in enrol.step.text() and "Enrol when connected" in enrol.message.text()
    assert "Traceback" not in enrol.message.text()
    assert (profile / "keys.json").is_file()  # the profile is kept, ready for later
    assert enrol.retry.isVisible()
    qtbot.mouseClick(enrol.later, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(shell.main_window, MainWindow), timeout=WAIT_MS)
    window = shell.main_window
    assert not window.ctx.session.enrolled
    assert "Not enrolled yet" in window.status.online_label.text()
