"""Settings dialog: IT-locked values are shown locked and cannot be changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox

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


def test_display_settings_apply_and_lock_shows_an_icon(qtbot: Any, ctx: Any, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Language, theme, contrast and text size: saved to display.json (readable before
    unlock), theme and size applied at once; a value IT locks shows the bundled lock icon."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication, QComboBox

    from liaison_app.gui import theme
    from liaison_app.gui.settings_dialog import SettingRow
    from liaison_app.services.display import display_settings

    policy = tmp_path / "lang.toml"
    policy.write_text('language = "bg"\n', encoding="utf-8")
    policy.chmod(0o644)
    monkeypatch.setenv("LIAISON_POLICY_FILE", str(policy))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    language = dialog.editors["language"]
    assert isinstance(language, QComboBox) and not language.isEnabled()
    rows = [r for r in dialog.findChildren(SettingRow) if r.text.buddy() is language]
    assert rows and rows[0].lock.isVisible()
    pixmap = rows[0].lock.pixmap()
    assert not pixmap.isNull() and pixmap.toImage().pixelColor(
        pixmap.width() // 2, pixmap.height() * 3 // 4).alpha() > 0, "the SVG lock renders"
    themes = dialog.editors["theme"]
    assert isinstance(themes, QComboBox) and themes.isEnabled()
    themes.setCurrentIndex(themes.findData("dark"))
    contrast = dialog.editors["high_contrast"]
    assert isinstance(contrast, QCheckBox)
    contrast.setChecked(True)
    size = dialog.editors["text_size"]
    assert isinstance(size, QSpinBox)
    size.setValue(130)
    try:
        with qtbot.waitSignal(ctx.data_changed, timeout=5000):
            dialog.save()
        saved = display_settings(ctx.session.profile.path)
        assert (saved.theme, saved.high_contrast, saved.text_size, saved.language) == \
            ("dark", True, 130, "bg")
        assert app.palette().color(QPalette.ColorRole.Window).name() == \
            theme.DARK_HIGH_CONTRAST["window"]
        assert "13.0pt" in app.styleSheet()  # 10 pt at 130 %
    finally:
        theme.apply_theme(app)


def test_policy_refuses_a_bad_display_value(tmp_path: Path) -> None:
    from liaison_app.config.policy import PolicyLocked
    from liaison_app.domain.errors import ValidationError
    from liaison_app.services.display import change_display, display_settings

    profile = tmp_path / "p"
    profile.mkdir()
    with pytest.raises(ValidationError):
        change_display(profile, "text_size", 900)
    locked = tmp_path / "theme.toml"
    locked.write_text('theme = "light"\n', encoding="utf-8")
    from liaison_app.config.policy import load_policy

    with pytest.raises(PolicyLocked):
        change_display(profile, "theme", "dark", system=load_policy(locked))
    (profile / "display.json").write_text('{"theme": "purple", "text_size": "big"}')
    shown = display_settings(profile, load_policy(tmp_path / "none.toml"))
    assert (shown.theme, shown.text_size) == ("system", 100)  # bad values ignored, reported
    assert shown.settings.problems


def test_a_text_setting_shows_whole_from_its_start(qtbot: Any, ctx: Any) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = [e for e in dialog.editors.values() if isinstance(e, QLineEdit) and e.text()]
    assert texts, "the workspace's hub address is a text setting"
    for line in texts:
        assert line.cursorPosition() == 0  # "https://…", never ":ps://…"
        needed = line.fontMetrics().horizontalAdvance(line.text())
        assert line.width() >= min(420, needed + 16)


def test_a_number_setting_names_its_unit_where_the_number_goes() -> None:
    """"Keep records for days" read with the number missing; the unit now closes the
    label, in brackets, where the officer's eye meets the box."""
    from liaison_app.gui.settings_dialog import LABELS

    units = {"auto_lock_minutes": "(minutes)", "retention_days": "(days)",
             "attachment_auto_download_mb": "(MiB)", "directory_max_age_hours": "(hours)"}
    assert {key: LABELS[key][-len(unit):] for key, unit in units.items()} == units
