"""Drafts through the real shell: nothing typed is lost to Escape, a lock, auto-lock or kill -9.

A real SQLCipher profile (tests/services/workspace.py: partner agencies RS-BP
and BG-BP in a signed directory, no hub needed) opened by the real Shell. The
killed process is a real GUI process (tests/gui/draft_child.py). Every draft's
text carries a canary that must never appear in any file under the profile.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from liaison_app.domain.messages import MessageType
from liaison_app.gui.compose import ComposeDialog
from liaison_app.gui.compose.actions import ReplyDialog, open_reply
from liaison_app.services import drafts
from liaison_app.store import audit, disclosures, messages
from tests.gui.compose_fill import CANARY, check_request, fill_request
from tests.gui.conftest import WAIT_MS, unlock
from tests.gui.test_compose_support import receive
from tests.services.workspace import PASSPHRASE, Workspace, make_workspace

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return make_workspace(tmp_path / "profile-a")


def _open_window(qtbot: QtBot, make_shell: Callable[..., Any], ws: Workspace) -> Any:
    shell = make_shell(ws.path, start_sync=False)
    return shell, unlock(qtbot, shell, PASSPHRASE)


def _answer(qtbot: QtBot, label: str) -> list[str]:
    """Click the button labelled `label` in the next message box (returns its text)."""
    asked: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        asked.append(box.text())
        button = next(b for b in box.findChildren(QPushButton)
                      if b.text().replace("&", "") == label)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)
    return asked


def _when_modal(check: Callable[[QDialog], None]) -> list[QDialog]:
    """Run `check` on the next modal dialog as soon as it shows."""
    seen: list[QDialog] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or isinstance(dialog, QMessageBox):
            QTimer.singleShot(10, look)
            return
        seen.append(dialog)
        check(dialog)

    QTimer.singleShot(0, look)
    return seen


def _files_hold(root: Path, text: str) -> list[Path]:
    needles = [text.encode("utf-8"), text.encode("utf-16-le")]
    return [p for p in root.rglob("*") if p.is_file()
            and any(n in p.read_bytes() for n in needles)]


def test_escape_keeps_a_draft_that_reopens_whole_and_discarding_erases_it(
        qtbot: QtBot, make_shell: Callable[..., Any], workspace: Workspace) -> None:
    _shell, window = _open_window(qtbot, make_shell, workspace)
    ctx = window.ctx
    dialog = ComposeDialog(ctx, MessageType.REQUEST, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    fill_request(dialog)
    asked = _answer(qtbot, "Keep as draft")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and "not been sent" in asked[0]
    assert not dialog.isVisible() and dialog.draft_id is not None
    draft_id = dialog.draft_id
    session = ctx.require_session()
    assert [d.draft_id for d in drafts.listing(session)] == [draft_id]
    assert messages.count(session.db) == 0  # kept, not sent

    window.nav.setCurrentRow(window._nav_row("drafts"))
    page = window.page("drafts")
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 1, timeout=WAIT_MS)
    row = page.tree.topLevelItem(0)
    assert row.text(0) == "Request" and row.text(1) == "RS-BP" and row.text(2) == "Urgent"
    assert row.text(3).startswith(f"Body {CANARY}")
    qtbot.waitUntil(lambda: window.nav.item(window._nav_row("drafts")).text() == "Drafts (1)",
                    timeout=WAIT_MS)

    def reopened(again: QDialog) -> None:
        assert isinstance(again, ComposeDialog) and again.draft_id == draft_id
        check_request(again)
        qtbot.keyClick(again, Qt.Key.Key_Escape)  # untouched: closes, the draft stays

    seen = _when_modal(reopened)
    page.open_selected()
    assert len(seen) == 1 and drafts.exists(session, draft_id)

    _answer(qtbot, "Discard")
    page.discard_selected()
    assert not drafts.exists(session, draft_id)
    assert page.tree.topLevelItemCount() == 0
    erased = audit.entries(session.db, kind=audit.AuditKind.ERASE, limit=5)
    assert [e.object_ref for e in erased] == [f"draft:{draft_id}"]


def test_escape_can_go_on_editing_or_discard(qtbot: QtBot, make_shell: Callable[..., Any],
                                            workspace: Workspace) -> None:
    _shell, window = _open_window(qtbot, make_shell, workspace)
    dialog = ComposeDialog(window.ctx, MessageType.ALERT, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.message.body, f"Convoy {CANARY}")
    _answer(qtbot, "Go on editing")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.body.toPlainText() == f"Convoy {CANARY}"
    with qtbot.waitSignal(dialog.keeper.saved, timeout=WAIT_MS):
        pass  # the autosave after the pause
    _answer(qtbot, "Discard")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert drafts.count(window.ctx.require_session()) == 0
    empty = ComposeDialog(window.ctx, MessageType.ALERT, window)
    empty.show()
    qtbot.keyClick(empty, Qt.Key.Key_Escape)  # nothing typed: no question, no draft
    assert not empty.isVisible() and drafts.count(window.ctx.require_session()) == 0


def test_lock_and_auto_lock_keep_the_draft_and_no_file_holds_its_text(
        qtbot: QtBot, make_shell: Callable[..., Any], workspace: Workspace) -> None:
    shell, window = _open_window(qtbot, make_shell, workspace)
    dialog = ComposeDialog(window.ctx, MessageType.REQUEST, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    fill_request(dialog)
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    window.lock_action.trigger()  # Ctrl+L, before the autosave timer fired
    assert shell.main_window is None and closed == [QDialog.DialogCode.Rejected.value]

    window = unlock(qtbot, shell, PASSPHRASE)
    session = window.ctx.require_session()
    (kept,) = drafts.listing(session)
    again = ComposeDialog(window.ctx, MessageType.REQUEST, window,
                          draft=drafts.load(session, kept.draft_id))
    again.show()
    qtbot.waitExposed(again)
    check_request(again)
    again.finished.connect(closed.append)
    qtbot.keyClicks(again.request.purpose, " and more")
    shell.set_idle_timeout_ms(200)  # the policy's auto-lock, shortened
    qtbot.waitUntil(lambda: shell.main_window is None, timeout=WAIT_MS)
    assert len(closed) == 2
    shell.set_idle_timeout_ms(3_600_000)

    window = unlock(qtbot, shell, PASSPHRASE)
    session = window.ctx.require_session()
    saved = drafts.load(session, kept.draft_id)
    details = saved.fields["details"]
    assert details["purposeEdit"] == f"Purpose {CANARY} and more"  # type: ignore[index]
    shell.lock()
    assert _files_hold(workspace.path, CANARY) == []
    assert _files_hold(workspace.path, "Surname" + CANARY) == []
    # end unlocked: a test that leaves the shell locked can stall the next keyring read
    # in this test environment (seen on the base commit too; see the report)
    unlock(qtbot, shell, PASSPHRASE)


def test_a_gui_killed_with_sigkill_loses_nothing_and_sending_deletes_the_draft(
        qtbot: QtBot, make_shell: Callable[..., Any], workspace: Workspace) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "gui" / "draft_child.py"), str(workspace.path),
         PASSPHRASE], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert child.stdout is not None
        line = child.stdout.readline()  # blocks until the child has saved (or died)
        assert line.startswith("SAVED "), child.stderr.read() if child.stderr else line
        draft_id = line.split()[1]
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert _files_hold(workspace.path, CANARY) == []

    _shell, window = _open_window(qtbot, make_shell, workspace)
    session = window.ctx.require_session()
    assert [d.draft_id for d in drafts.listing(session)] == [draft_id]
    dialog = ComposeDialog(window.ctx, MessageType.REQUEST, window,
                           draft=drafts.load(session, draft_id))
    dialog.show()
    qtbot.waitExposed(dialog)
    check_request(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    with qtbot.waitSignal(window.ctx.data_changed, timeout=WAIT_MS):
        qtbot.keyClick(dialog.subjects.list, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.message_id is not None
    assert not drafts.exists(session, draft_id)  # gone in the queueing transaction
    row = messages.get(session.db, dialog.message_id)
    assert row is not None and row.body == f"Body {CANARY}: lorry NS-123-AB at Horgos"
    recorded = disclosures.recorded_reason(session.db, dialog.message_id)  # the reason kept
    assert recorded is not None and recorded.basis.value == "directive-2023-977"
    assert recorded.justification == f"Keeper wanted {CANARY}"


def test_reply_draft_is_resumed_and_sent(qtbot: QtBot, make_shell: Callable[..., Any],
                                         workspace: Workspace) -> None:
    _shell, window = _open_window(qtbot, make_shell, workspace)
    ctx = window.ctx
    session = ctx.require_session()
    original = receive(session, workspace)

    def write(dialog: QDialog) -> None:
        assert isinstance(dialog, ReplyDialog)
        qtbot.keyClicks(dialog.body, f"Keeper is {CANARY}")
        _answer(qtbot, "Keep as draft")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    _when_modal(write)
    assert open_reply(ctx, original, window) is None
    (kept,) = drafts.listing(session)
    assert kept.kind == "reply" and kept.about == original and kept.to == ("RS-BP",)

    def send(dialog: QDialog) -> None:
        assert isinstance(dialog, ReplyDialog) and dialog.draft_id == kept.draft_id
        assert dialog.body.toPlainText() == f"Keeper is {CANARY}"
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)

    _when_modal(send)
    new_id = open_reply(ctx, original, window)
    assert new_id is not None and drafts.count(session) == 0
    row = messages.get(session.db, new_id)
    assert row is not None and row.in_reply_to == original


def test_alert_and_forward_drafts_come_back_whole(qtbot: QtBot, make_shell: Callable[..., Any],
                                                  workspace: Workspace) -> None:
    from PySide6.QtCore import QDateTime

    from liaison_app.gui.compose.draft_keeper import DOCUMENT_VERSION
    from liaison_app.gui.compose.forward_dialog import ForwardDialog

    _shell, window = _open_window(qtbot, make_shell, workspace)
    ctx = window.ctx
    session = ctx.require_session()
    alert = ComposeDialog(ctx, MessageType.ALERT, window)
    alert.show()
    page = alert.alert
    page.kind.setCurrentIndex(page.kind.findData("warning"))
    qtbot.keyClicks(page.action, f"Stop and search {CANARY}")
    page.until_check.setChecked(True)
    until = QDateTime.currentDateTime().addDays(3)
    page.until.setDateTime(until)
    page.notice.setCurrentIndex(page.notice.findData("purple"))
    qtbot.keyClicks(page.notice_ref, "2026/123")
    alert.subjects.add("route")
    alert.keeper.save_now()
    kept = drafts.load(session, alert.draft_id)
    assert kept.kind == "alert" and kept.version == DOCUMENT_VERSION
    again = ComposeDialog(ctx, MessageType.ALERT, window, draft=kept)
    assert again.draft_fields() == alert.draft_fields()
    assert again.alert.until.dateTime().toSecsSinceEpoch() == until.toSecsSinceEpoch()
    assert again.alert.notice.currentData() == "purple" and again.alert.notice_ref.isEnabled()

    original = receive(session, workspace)
    forward = ForwardDialog(ctx, original, window)
    forward.agencies.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(forward.note, f"For your crossings {CANARY}")
    forward.reason.basis.setCurrentIndex(forward.reason.basis.findData("directive-2023-977"))
    qtbot.keyClicks(forward.reason.justification, "BG-BP checks the same lorry")
    forward.keeper.save_now()
    saved = drafts.latest_about(session, "forward", original)
    assert saved is not None and saved.fields["to"] == ["BG-BP"]
    resumed = ForwardDialog(ctx, original, window, draft=saved)
    assert resumed.chosen() == ("BG-BP",)
    assert resumed.note.toPlainText() == f"For your crossings {CANARY}"
    reason = resumed.reason.build()  # the legal basis and justification come back too
    assert reason is not None and reason.basis.value == "directive-2023-977"
    assert reason.justification == "BG-BP checks the same lorry"
    for dialog in (alert, again, forward, resumed):
        dialog.keeper.sent()  # not kept on teardown
        dialog.close()
