"""The unlock screen: passphrase in, Session out; clear words when it fails.

The key derivation (`services.profiles.unlock`: Argon2id, and the OS keystore;
keyring is imported there) runs on a pool thread; the cache is then opened on
the GUI thread (`open_unlocked`), because a SQLCipher connection belongs to
the thread that opened it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from liaison_app.gui.collection_pause import collection_paused
from liaison_app.gui.forms import child, load_form
from liaison_app.gui.main_window_preload import MainWindowPreload
from liaison_app.gui.tasks import start_task
from liaison_app.gui.theme import app_icon
from liaison_app.services import profiles


class UnlockScreen(QWidget):
    """Emits `unlocked(session)`; the shell then opens the main window."""

    unlocked = Signal(object)

    def __init__(self, profile_path: Path, parent: QWidget | None = None, *,
                 message: str = "") -> None:
        super().__init__(parent)
        self.profile_path = Path(profile_path)
        self.setObjectName("unlockScreen")
        self.setWindowTitle(self.tr("Liaison — Unlock"))
        self.setWindowIcon(app_icon())
        self.form = load_form("unlock", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.passphrase = child(self.form, QLineEdit, "passphraseEdit")
        self.button = child(self.form, QPushButton, "unlockButton")
        self.error_label = child(self.form, QLabel, "errorLabel")
        self.warning_label = child(self.form, QLabel, "warningLabel")
        self.busy_label = child(self.form, QLabel, "busyLabel")
        self.officer_label = child(self.form, QLabel, "officerLabel")
        self.officer_label.setText(self.tr("Profile: {0}").format(self.profile_path))
        self.button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.working = False
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self._retry_allowed)
        self._show_vault_warning()
        if message:
            self.show_error(message)
        self.resize(560, 420)
        self.passphrase.setFocus()
        # the main window's modules imported while the officer types (ADR 0029)
        self.preload = MainWindowPreload(self)

    def _show_vault_warning(self) -> None:
        from liaison_app.gui.errors import describe

        try:
            passphrase_only = profiles.passphrase_only(self.profile_path)
        except Exception as exc:  # a missing or damaged key file: say so, in plain words
            self.show_error(describe(exc)[1])
            return
        if passphrase_only:
            self.warning_label.setText(self.tr(
                "This computer keeps the keys under your passphrase only (no secure OS "
                "keystore). Anyone who copies the profile can try to guess it: use a long "
                "passphrase and tell IT if this computer is shared."))
            self.warning_label.show()
            return
        # the OS keystore (keyring's imports, its backend found over D-Bus: ~100 ms) made
        # ready on a pool thread while the officer types the passphrase (ADR 0029)
        start_task(lambda _report: profiles.open_keystore(), done=lambda _result: None,
                   failed=lambda _exc: None)

    def show_error(self, text: str) -> None:
        """A plain message under the passphrase field."""
        self.error_label.setText(text)
        self.error_label.show()
        self.error_label.setAccessibleDescription(text)

    def try_unlock(self) -> None:
        """Derive the key on a pool thread; the result comes back to `_derived`."""
        if self.working or not self.button.isEnabled():
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.show_error(self.tr("Type your passphrase."))
            return
        self.working = True
        self.button.setEnabled(False)
        self.passphrase.setEnabled(False)
        self.busy_label.setText(self.tr("Unlocking…"))
        self.error_label.hide()
        path = self.profile_path

        def derive(_report: Callable[[int, str], None]) -> profiles.UnlockedProfile:
            return profiles.unlock(path, passphrase)

        start_task(derive, done=self._derived, failed=self._failed)

    def _derived(self, unlocked: profiles.UnlockedProfile) -> None:
        with collection_paused():  # the cache opened, then the main window built
            try:
                session = profiles.open_unlocked(unlocked)
            except Exception as exc:
                self._failed(exc)
                return
            self.working = False
            self.passphrase.clear()
            self.busy_label.clear()
            self.unlocked.emit(session)

    def _failed(self, exc: BaseException) -> None:
        from liaison_app.gui.errors import describe
        from liaison_app.services.problems import ProblemKind, problem_of

        self.working = False
        self.busy_label.clear()
        self.passphrase.setEnabled(True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        problem = problem_of(exc)
        if problem.kind is ProblemKind.UNEXPECTED:
            from liaison_app.services import client_log

            client_log.open_log(self.profile_path)
            client_log.log_unexpected(exc, where="unlock")
        self.show_error(describe(exc)[1])
        wait = problem.retry_after if problem.kind in (
            ProblemKind.WRONG_PASSPHRASE, ProblemKind.TOO_MANY_ATTEMPTS) else 0
        if wait > 0:
            self._retry_timer.start(wait * 1000)
        else:
            self.button.setEnabled(True)

    def _retry_allowed(self) -> None:
        self.button.setEnabled(True)
        self.error_label.setText(self.error_label.text() + " " + self.tr("You can try again now."))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.passphrase.clear()
            return
        super().keyPressEvent(event)
