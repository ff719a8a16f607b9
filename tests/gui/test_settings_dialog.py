"""Settings dialog: IT-locked values are shown locked and cannot be changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QSpinBox

from liaison_app.gui.context import AppContext
from liaison_app.gui.settings_dialog import SettingsDialog
from liaison_app.services import preferences
from tests.services.workspace import make_workspace


@pytest.fixture
def ctx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    policy = tmp_path / "policy.toml"
    policy.write_text("update_channel = \"stable\"\n", encoding="utf-8")
    policy.chmod(0o644)
    monkeypatch.setenv("LIAISON_POLICY_FILE", str(policy))
    session = make_workspace(tmp_path / "profile").open()
    context = AppContext(session)
    yield context
    session.close()


def test_locked_values_are_disabled_and_free_ones_save(qtbot: Any, ctx: Any) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    auto_lock = dialog.editors["auto_lock_minutes"]
    assert isinstance(auto_lock, QSpinBox)
    assert not auto_lock.isEnabled()  # from the provisioning profile: IT's value
    assert "IT" in auto_lock.toolTip()
    checks = dialog.editors["update_checks"]
    assert isinstance(checks, QCheckBox) and checks.isEnabled()
    checks.setChecked(True)
    auto_lock.setValue(90)  # a locked editor is never applied
    with qtbot.waitSignal(ctx.data_changed, timeout=5000):
        dialog.save()
    now = preferences.effective(ctx.session)
    assert now.value("update_checks") is True
    assert now.value("auto_lock_minutes") == 10


def test_malformed_policy_is_reported_and_safe_values_locked(
        qtbot: Any, ctx: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("update_checks = 'maybe'\n", encoding="utf-8")
    bad.chmod(0o644)
    monkeypatch.setenv("LIAISON_POLICY_FILE", str(bad))
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problems.isVisible() and "update_checks" in dialog.problems.text()
    assert not dialog.editors["update_checks"].isEnabled()
