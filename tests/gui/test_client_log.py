"""The client log: it exists after a run in the profile directory, records each sync's
outcome and an unexpected error's traceback, holds no case data or passphrase (canaries),
is private (0600) and stays within its size cap; the officer gets plain words and a
"Copy details for IT" button whose text holds no canary either."""

from __future__ import annotations

import stat
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from liaison_app.domain.messages import Priority
from liaison_app.gui import errors
from liaison_app.services import client_log
from liaison_app.store.profile import ProfileDir
from tests.gui.conftest import WAIT_MS, Profile, unlock
from tests.gui.test_shell_sync import _peer, _push, _queue_alerts
from tests.support.hub_process import HubProcess

CANARY = "CANARY-Zq8wX-Petrovic-1979"


def _explode(secret: str) -> None:
    held = f"{secret} in a local"  # a local holding case data: must not reach the log
    raise RuntimeError(f"failed while handling {held}")


def test_log_after_a_run_has_sync_outcome_and_traceback_and_no_canary(
        qtbot: Any, make_shell: Any, enrolled_profile: Profile, gui_hub: HubProcess,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    peer = _peer(gui_hub, tmp_path / "peer")
    _queue_alerts(peer, "GB-NCA", 1, priority=Priority.ROUTINE, body=f"Lorry {CANARY}")
    _push(peer, 1)
    shell = make_shell(enrolled_profile.path)
    window = unlock(qtbot, shell, enrolled_profile.passphrase)
    qtbot.waitUntil(lambda: window.sync.runs >= 1 and not window.sync.running, timeout=WAIT_MS)
    log = ProfileDir(enrolled_profile.path).log
    qtbot.waitUntil(lambda: log.is_file() and "sync ok" in log.read_text(), timeout=WAIT_MS)
    assert "received 1" in log.read_text()

    # an unexpected error reaches the excepthook the client installs
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook()
    try:
        _explode(CANARY)
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, errors.ProblemBox)]
    boxes += window.findChildren(errors.ProblemBox)
    assert boxes, "the officer is told"
    box = boxes[-1]
    assert box.copy_button is not None
    assert CANARY not in box.label.text()
    qtbot.mouseClick(box.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "Problem: unexpected" in copied and "_explode" in copied
    assert CANARY not in copied and box.isVisible()  # copying leaves the box open
    box.close()

    text = log.read_text(encoding="utf-8")
    assert "unexpected error" in text and "builtins.RuntimeError" in text
    assert "tests/gui/test_client_log.py" in text or "test_client_log.py" in text
    assert "in _explode" in text
    for secret in (CANARY, enrolled_profile.passphrase, str(Path.home())):
        assert secret not in text, secret
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_the_log_rotates_within_its_cap(tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client_log, "MAX_BYTES", 2_000)
    profile = tmp_path / "profile"
    profile.mkdir()
    try:
        client_log.open_log(profile)
        for i in range(400):
            client_log.log_event(f"event {i:04d} with some words to fill the line")
    finally:
        client_log.open_log(None)
    logs = sorted(p.name for p in profile.iterdir())
    assert logs == ["liaison.log", "liaison.log.1", "liaison.log.2", "liaison.log.3"]
    for name in logs:
        path = profile / name
        assert path.stat().st_size <= 2_000 + 200
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "event 0399" in (profile / "liaison.log").read_text()
