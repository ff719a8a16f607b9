"""Unlock, auto-lock and Ctrl+L through the real shell on a real SQLCipher profile."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from liaison_app.gui.main_window import MainWindow
from liaison_app.gui.unlock import UnlockScreen
from tests.gui.conftest import WAIT_MS, Profile, unlock


def test_wrong_passphrase_says_so_then_right_one_opens(qtbot: Any, make_shell: Any,
                                                        enrolled_profile: Profile) -> None:
    shell = make_shell(enrolled_profile.path)
    screen = shell.window
    assert isinstance(screen, UnlockScreen)
    screen.passphrase.setText("not the passphrase")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.error_label.isVisible() and not screen.working,
                    timeout=WAIT_MS)
    assert "passphrase is not correct" in screen.error_label.text()
    assert "Traceback" not in screen.error_label.text()
    assert shell.main_window is None
    qtbot.waitUntil(screen.button.isEnabled, timeout=WAIT_MS)  # after the back-off
    window = unlock(qtbot, shell, enrolled_profile.passphrase)
    assert isinstance(window, MainWindow)
    assert window.ctx.session is not None and not window.ctx.session.db.closed
    assert enrolled_profile.officer_id in window.ctx.session.identity.officer_id


def _assert_locked(qtbot: Any, shell: Any, window: MainWindow, session: Any) -> None:
    qtbot.waitUntil(lambda: isinstance(shell.window, UnlockScreen), timeout=WAIT_MS)
    assert session.db.closed  # the cache is closed ...
    assert session._db_key == b""  # ... and its key dropped
    assert window.ctx.session is None
    qtbot.waitUntil(window.sync.is_finished, timeout=WAIT_MS)  # the worker stopped


def test_auto_lock_after_idle(qtbot: Any, make_shell: Any, enrolled_profile: Profile) -> None:
    shell = make_shell(enrolled_profile.path)
    window = unlock(qtbot, shell, enrolled_profile.passphrase)
    session = window.ctx.session
    assert shell.idle is not None
    assert shell.idle.timeout_ms == session.provisioning.policy.auto_lock_minutes * 60_000
    locked: list[str] = []
    window.ctx.locked.connect(lambda: locked.append("locked"))
    with qtbot.waitSignal(shell.locked, timeout=WAIT_MS) as blocker:
        shell.set_idle_timeout_ms(150)  # the test hook: no input for 150 ms
    assert blocker.args == ["idle"]
    assert locked == ["locked"]
    _assert_locked(qtbot, shell, window, session)
    assert "Locked after" in shell.window.error_label.text()


def test_ctrl_l_locks_at_once(qtbot: Any, make_shell: Any, enrolled_profile: Profile) -> None:
    shell = make_shell(enrolled_profile.path)
    window = unlock(qtbot, shell, enrolled_profile.passphrase)
    session = window.ctx.session
    window.activateWindow()
    qtbot.waitUntil(lambda: window.nav.hasFocus() or window.isActiveWindow(), timeout=WAIT_MS)
    with qtbot.waitSignal(shell.locked, timeout=WAIT_MS) as blocker:
        qtbot.keyClick(window.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == ["user"]
    _assert_locked(qtbot, shell, window, session)
    # and it unlocks again into a fresh session
    again = unlock(qtbot, shell, enrolled_profile.passphrase)
    assert again is not window and again.ctx.session is not None


def test_the_os_keystore_is_opened_while_the_officer_types(
        qtbot: Any, make_shell: Any, enrolled_profile: Profile, monkeypatch: Any) -> None:
    """A profile whose keys are under the OS keystore: the unlock screen has the keystore
    made ready on a pool thread (keyring's imports and backend probe, ~100 ms) before the
    passphrase is entered (ADR 0029); unlocking then works as before."""
    from liaison_app.services import profiles

    assert not profiles.passphrase_only(enrolled_profile.path)
    opened: list[str] = []
    real = profiles.open_keystore
    monkeypatch.setattr(profiles, "open_keystore", lambda: opened.append("opened") or real())
    shell = make_shell(enrolled_profile.path)
    assert isinstance(shell.window, UnlockScreen)
    qtbot.waitUntil(lambda: opened == ["opened"], timeout=WAIT_MS)
    window = unlock(qtbot, shell, enrolled_profile.passphrase)
    assert window.ctx.session is not None
