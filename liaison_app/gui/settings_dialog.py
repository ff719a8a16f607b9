"""Settings: the officer's own choices, with IT's locked values shown and not editable.

Reads and writes only through `services.preferences`, which refuses a locked
key even if a widget were somehow enabled.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from liaison_app.config.policy import PolicyLocked
from liaison_app.gui.context import AppContext
from liaison_app.gui.forms import child, load_form
from liaison_app.services import preferences

LABELS = {
    "hub_url": "Hub address",
    "hub_ca_file": "Hub CA certificate file",
    "auto_lock_minutes": "Lock after idle minutes",
    "retention_days": "Keep records for days",
    "retention_grace_days": "Erase records this many days after their review date",
    "retention_confirm_erasure": "Erase only when an officer confirms",
    "passphrase_only_allowed": "Passphrase-only storage allowed",
    "update_channel": "Update channel",
    "update_checks": "Check for updates",
    "attachment_auto_download_mb": "Download attachments up to MiB without asking",
    "directory_max_age_hours": "Warn when the directory is older than (hours)",
    "authority_fingerprint": "Provisioning authority fingerprint",
}
RANGES = {"attachment_auto_download_mb": (0, 50)}


class SettingsDialog(QDialog):
    """One row per setting; locked rows are disabled and say who set them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.form = load_form("settings", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.rows = self.form.findChild(QFormLayout, "settingsForm")
        self.problems = child(self.form, QLabel, "problemsLabel")
        self.error = child(self.form, QLabel, "errorLabel")
        self.error.setStyleSheet("color: #b00020;")
        self.editors: dict[str, QWidget] = {}
        self.current = preferences.effective(ctx.require_session())
        self._build()
        buttons = child(self.form, QDialogButtonBox, "buttonBox")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

    def _build(self) -> None:
        assert self.rows is not None
        for key, setting in self.current.values.items():
            locked = self.current.is_locked(key)
            editor = self._editor(key, setting.value)
            editor.setEnabled(not locked)
            name = self.tr(LABELS.get(key, key))
            if locked:
                who = self.tr("set by IT") if setting.source != "fallback" else \
                    self.tr("locked at a safe value: the policy file is malformed")
                editor.setToolTip(who)
                name = f"🔒 {name}"
                editor.setAccessibleDescription(who)
            editor.setAccessibleName(self.tr(LABELS.get(key, key)))
            editor.setObjectName(f"setting_{key}")
            self.rows.addRow(name, editor)
            self.editors[key] = editor
        problems = "\n".join(self.current.problems)
        self.problems.setText(problems)
        self.problems.setVisible(bool(problems))
        self.error.setVisible(False)

    def _editor(self, key: str, value: object) -> QWidget:
        if isinstance(value, bool):
            box = QCheckBox()
            box.setChecked(value)
            return box
        if isinstance(value, int):
            spin = QSpinBox()
            spin.setRange(*RANGES.get(key, (1, 3650)))
            spin.setValue(value)
            return spin
        line = QLineEdit("" if value is None else str(value))
        return line

    def _value(self, editor: QWidget) -> object:
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox):
            return editor.value()
        assert isinstance(editor, QLineEdit)
        return editor.text().strip()

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
        try:
            for key, value in self.changed().items():
                preferences.change(session, key, value)
        except (PolicyLocked, ValueError) as exc:
            self.error.setText(str(exc))
            self.error.setVisible(True)
            return
        self.ctx.data_changed.emit()
        self.accept()
