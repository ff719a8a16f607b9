"""Settings: the officer's own choices, with IT's locked values shown and not editable.

Two groups: Display (language, theme, high contrast, text size) and the
working settings (auto-lock, retention, hub, updates). A value IT fixed (the
system policy file or the provisioning profile) shows a lock icon (a bundled
SVG, not a font glyph that may be missing) and says who set it. Everything is
read and written through `services.preferences`, which refuses a locked key
even if a widget were somehow enabled. Theme, contrast and text size apply at
once; a new language from the next unlock.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from liaison_app.gui import theme
from liaison_app.gui.context import AppContext
from liaison_app.gui.forms import child, load_form
from liaison_app.gui.problem_texts import describe_problem
from liaison_app.services import preferences
from liaison_app.services.problems import problem_of

translate = QCoreApplication.translate

LABELS: Mapping[str, str] = {
    "language": str(QT_TRANSLATE_NOOP("Settings", "Language")),
    "theme": str(QT_TRANSLATE_NOOP("Settings", "Theme")),
    "high_contrast": str(QT_TRANSLATE_NOOP("Settings", "High contrast")),
    "text_size": str(QT_TRANSLATE_NOOP("Settings", "Text size")),
    "hub_url": str(QT_TRANSLATE_NOOP("Settings", "Hub address")),
    "hub_ca_file": str(QT_TRANSLATE_NOOP("Settings", "Hub CA certificate file")),
    "auto_lock_minutes": str(QT_TRANSLATE_NOOP("Settings", "Lock when idle for (minutes)")),
    "retention_days": str(QT_TRANSLATE_NOOP("Settings", "Keep records for (days)")),
    "retention_grace_days": str(QT_TRANSLATE_NOOP(
        "Settings", "Erase records this many days after their review date")),
    "retention_confirm_erasure": str(QT_TRANSLATE_NOOP(
        "Settings", "Erase only when an officer confirms")),
    "passphrase_only_allowed": str(QT_TRANSLATE_NOOP("Settings",
                                                     "Passphrase-only storage allowed")),
    "update_channel": str(QT_TRANSLATE_NOOP("Settings", "Update channel")),
    "update_checks": str(QT_TRANSLATE_NOOP("Settings", "Check for updates")),
    "read_receipts": str(QT_TRANSLATE_NOOP("Settings", "Tell the sender when I open a message")),
    "attachment_auto_download_mb": str(QT_TRANSLATE_NOOP(
        "Settings", "Download attachments without asking up to (MiB)")),
    "directory_max_age_hours": str(QT_TRANSLATE_NOOP(
        "Settings", "Warn when the directory is older than (hours)")),
    "authority_fingerprint": str(QT_TRANSLATE_NOOP(
        "Settings", "Provisioning authority fingerprint")),
}
#: setting -> the spin box's range where it is not 1..3650
RANGES: Mapping[str, tuple[int, int]] = {"attachment_auto_download_mb": (0, 50),
                                          "text_size": (80, 200)}
#: language setting -> how it is offered (each language in its own name)
LANGUAGE_NAMES: Mapping[str, str] = {
    "system": str(QT_TRANSLATE_NOOP("Settings", "Follow the system")),
    "en": "English", "sr_Latn": "Srpski (latinica)", "sr_Cyrl": "Српски (ћирилица)",
    "bg": "Български",
}
THEME_NAMES: Mapping[str, str] = {
    "system": str(QT_TRANSLATE_NOOP("Settings", "Follow the system")),
    "light": str(QT_TRANSLATE_NOOP("Settings", "Light")),
    "dark": str(QT_TRANSLATE_NOOP("Settings", "Dark")),
}


def label_of(key: str) -> str:
    """The translated name of setting `key`."""
    return translate("Settings", LABELS[key]) if key in LABELS else key


class SettingRow(QWidget):
    """A setting's name, with a lock icon in front when IT fixed it."""

    def __init__(self, text: str, locked: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.lock = QLabel(self)
        self.lock.setObjectName("lockIcon")
        size = max(12, self.fontMetrics().height())
        name = "lock-dark" if theme.is_dark(theme.current_look()) else "lock"
        self.lock.setPixmap(theme.icon(name).pixmap(QSize(size, size)))
        self.lock.setVisible(locked)
        self.lock.setAccessibleName(translate("Settings", "Locked by IT"))
        self.lock.setToolTip(translate("Settings", "Locked by IT"))
        self.text = QLabel(text, self)
        layout.addWidget(self.lock)
        layout.addWidget(self.text)
        layout.addStretch(1)


class SettingsDialog(QDialog):
    """One row per setting; locked rows are disabled and say who set them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.form = load_form("settings", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        rows = self.form.findChild(QFormLayout, "settingsForm")
        assert rows is not None
        self.problems = child(self.form, QLabel, "problemsLabel")
        self.error = child(self.form, QLabel, "errorLabel")
        self.error.setProperty("role", "error")
        self.note = QLabel(self.form)
        self.note.setObjectName("noteLabel")
        self.note.setWordWrap(True)
        self.note.setProperty("role", "note")
        self.editors: dict[str, QWidget] = {}
        self.current = preferences.effective(ctx.require_session())
        self.display_box = QGroupBox(self.tr("Display"), self.form)
        self.work_box = QGroupBox(self.tr("Work"), self.form)
        display_rows = QFormLayout(self.display_box)
        work_rows = QFormLayout(self.work_box)
        for box_rows in (display_rows, work_rows):
            box_rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        rows.addRow(self.display_box)
        rows.addRow(self.work_box)
        rows.addRow(self.note)
        for key in self.current.values:
            self._add_row(display_rows if key in preferences.DISPLAY_KEYS else work_rows, key)
        problems = "\n".join(self.current.problems)
        self.problems.setText(self.tr("The policy file from IT has problems; show this to "
                                      "IT:\n{0}").format(problems) if problems else "")
        self.problems.setVisible(bool(problems))
        self.error.setVisible(False)
        self.note.setVisible(False)
        buttons = child(self.form, QDialogButtonBox, "buttonBox")
        # Qt ships no Serbian qtbase catalogue: name the standard buttons ourselves
        for which, text in ((QDialogButtonBox.StandardButton.Save, self.tr("&Save")),
                            (QDialogButtonBox.StandardButton.Cancel, self.tr("Cancel"))):
            button = buttons.button(which)
            if button is not None:
                button.setText(text)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        language = self.editors.get("language")
        if isinstance(language, QComboBox):
            language.currentIndexChanged.connect(self._language_note)

    def _add_row(self, rows: QFormLayout, key: str) -> None:
        setting = self.current.values[key]
        locked = self.current.is_locked(key)
        editor = self._editor(key, setting.value)
        editor.setEnabled(not locked)
        name = label_of(key)
        row = SettingRow(name, locked)
        row.text.setBuddy(editor)
        if locked:
            who = self.tr("Set by IT") if setting.source != "fallback" else \
                self.tr("Locked at a safe value: the policy file from IT is malformed")
            for widget in (editor, row):
                widget.setToolTip(who)
            editor.setAccessibleDescription(who)
        editor.setAccessibleName(name)
        editor.setObjectName(f"setting_{key}")
        rows.addRow(row, editor)
        self.editors[key] = editor

    def _editor(self, key: str, value: object) -> QWidget:
        if key in ("language", "theme"):
            combo = QComboBox()
            names = LANGUAGE_NAMES if key == "language" else THEME_NAMES
            for code, text in names.items():
                shown = translate("Settings", text) if code in ("system", "light", "dark") \
                    else text
                combo.addItem(shown, code)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if isinstance(value, bool):
            box = QCheckBox()
            box.setChecked(value)
            return box
        if isinstance(value, int):
            spin = QSpinBox()
            spin.setRange(*RANGES.get(key, (1, 3650)))
            if key == "text_size":
                spin.setSingleStep(10)
                spin.setSuffix(" %")
            spin.setValue(value)
            return spin
        line = QLineEdit("" if value is None else str(value))
        # wide enough for what IT set (a hub address, a fingerprint), read from its start
        text = line.text()
        line.setMinimumWidth(min(420, line.fontMetrics().horizontalAdvance(text) + 30))
        line.setCursorPosition(0)
        line.setToolTip(text)
        return line

    def _value(self, editor: QWidget) -> object:
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox):
            return editor.value()
        assert isinstance(editor, QLineEdit)
        return editor.text().strip()

    def _language_note(self) -> None:
        changed = "language" in self.changed()
        self.note.setText(self.tr("The new language is used from the next time you unlock "
                                  "Liaison.") if changed else "")
        self.note.setVisible(changed)

    def changed(self) -> dict[str, object]:
        """Editable settings whose value differs from what applies now."""
        out: dict[str, object] = {}
        for key, editor in self.editors.items():
            if self.current.is_locked(key):
                continue
            value = self._value(editor)
            if value != self.current.value(key) and not (value == "" and
                                                         self.current.value(key) is None):
                out[key] = value
        return out

    def save(self) -> None:
        """Apply the officer's changes; a refusal is shown in plain words."""
        session = self.ctx.require_session()
        changes = self.changed()
        try:
            for key, value in changes.items():
                preferences.change(session, key, value)
        except Exception as exc:  # a locked or refused value: say why, in plain words
            self.error.setText(describe_problem(problem_of(exc))[1])
            self.error.setVisible(True)
            return
        if set(changes) & {"theme", "high_contrast", "text_size"}:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                now = preferences.effective(session)
                size = now.value("text_size")
                theme.apply_display(app, theme.Look(
                    str(now.value("theme")), bool(now.value("high_contrast")),
                    size if isinstance(size, int) else 100))
        self.ctx.data_changed.emit()
        self.accept()
