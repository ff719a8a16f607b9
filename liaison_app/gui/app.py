"""`liaison` with no command: the desktop client.

`main(argv)` makes the QApplication (icon, the officer's look and language,
a no-traceback excepthook, the client log), then the `Shell` decides: no key
file in the profile → the first-run wizard; otherwise → the unlock screen;
once unlocked → the main window. Locking (Ctrl+L or the policy's idle minutes)
goes back to the unlock screen with the database closed and the keys dropped.
The shell calls services only (`services.profiles` to find and unlock the
profile, `services.display` for the look).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from liaison_app.gui import errors, theme
from liaison_app.gui.collection_pause import collection_paused
from liaison_app.gui.context import AppContext
from liaison_app.gui.display import NO_DISPLAY, display_available
from liaison_app.gui.idle import IdleWatcher
from liaison_app.services import client_log, profiles

if TYPE_CHECKING:
    from liaison_app.gui.main_window import MainWindow
    from liaison_app.services.enrolment import KdfParams
    from liaison_app.services.session import Session


class Shell(QObject):
    """Which window shows: wizard, unlock screen or main window; and locking."""

    #: a session was opened (the main window is showing)
    unlocked = Signal()
    #: the session was closed by a lock (reason)
    locked = Signal(str)

    def __init__(self, profile_path: Path, *, kdf: KdfParams | None = None,
                 use_tray: bool | None = None,
                 sync_interval_ms: int | None = None, start_sync: bool = True) -> None:
        super().__init__()
        self.profile_path = Path(profile_path).expanduser()
        self.kdf = kdf
        self.use_tray = use_tray
        self.sync_interval_ms = sync_interval_ms
        self.start_sync = start_sync
        self.window: QWidget | None = None
        self.ctx: AppContext | None = None
        self.main_window: MainWindow | None = None
        self.idle: IdleWatcher | None = None
        #: the language setting the translations were installed for (None: not by the shell)
        self.language: str | None = None
        #: test hook: when set, the idle limit used instead of the policy's minutes
        self.idle_timeout_ms: int | None = None

    # -- screens ----------------------------------------------------------------------

    def start(self) -> None:
        """The first screen for this profile directory."""
        if profiles.has_key_file(self.profile_path):
            self.show_unlock()
        else:
            self.show_wizard()

    def _replace(self, widget: QWidget) -> None:
        old, self.window = self.window, widget
        widget.show()
        widget.raise_()
        widget.activateWindow()
        if old is not None and old is not widget:
            old.hide()
            old.deleteLater()

    def show_wizard(self) -> None:
        from liaison_app.gui.wizard import FirstRunWizard

        wizard = FirstRunWizard(self.profile_path, kdf=self.kdf)
        wizard.ready.connect(self._wizard_ready)
        wizard.rejected.connect(self._wizard_cancelled)
        self._replace(wizard)

    def _wizard_cancelled(self) -> None:
        if profiles.has_key_file(self.profile_path):
            self.show_unlock()
        else:
            QApplication.quit()

    def _wizard_ready(self, unlocked: profiles.UnlockedProfile, _enrolled: bool) -> None:
        try:
            session = profiles.open_unlocked(unlocked)
        except Exception as exc:
            client_log.open_log(self.profile_path)
            client_log.log_unexpected(exc, where="opening the new profile")
            self.show_unlock(errors.describe(exc)[1])
            return
        self.open_main(session)

    def show_unlock(self, message: str = "") -> None:
        with collection_paused():
            from liaison_app.gui.unlock import UnlockScreen

            screen = UnlockScreen(self.profile_path, message=message)
            screen.unlocked.connect(self.open_main)
            self._replace(screen)

    def open_main(self, session: Session) -> None:
        """An unlocked session: the main window, the sync worker, auto-lock."""
        with collection_paused():  # the window and its first page: no collection
            from liaison_app.gui.main_window import MainWindow

            client_log.open_log(self.profile_path)
            self.ctx = AppContext(session)
            self.main_window = MainWindow(self.ctx, sync_interval_ms=self.sync_interval_ms,
                                          use_tray=self.use_tray, start_sync=self.start_sync)
            self.main_window.lock_requested.connect(self.lock)
            self.main_window.destroyed.connect(self._main_destroyed)
            minutes = session.auto_lock_minutes
            timeout = self.idle_timeout_ms if self.idle_timeout_ms is not None else minutes * 60_000
            self.idle = IdleWatcher(timeout, self)
            self.idle.idle.connect(lambda: self.lock("idle"))
            self._replace(self.main_window)
            # Everything built so far (Qt wrappers, modules, forms) lives as long as the
            # session: keep it out of the cyclic collector, so a full collection started
            # by the sync worker's allocations stays short and cannot stall the GUI thread.
            gc.freeze()
            self.unlocked.emit()

    def _main_destroyed(self) -> None:
        self.main_window = None

    def set_idle_timeout_ms(self, timeout_ms: int) -> None:
        """Test hook: a tiny idle limit, for this and later sessions."""
        self.idle_timeout_ms = timeout_ms
        if self.idle is not None:
            self.idle.set_timeout_ms(timeout_ms)

    # -- locking --------------------------------------------------------------------------

    def lock(self, reason: str = "user") -> None:
        """Stop syncing, tell the pages, close the session (keys dropped), show unlock."""
        ctx, window = self.ctx, self.main_window
        if ctx is None or ctx.session is None:
            return
        if self.idle is not None:
            self.idle.stop()
            self.idle.deleteLater()
            self.idle = None
        if window is not None:
            window.shutdown()
        self.main_window = None
        ctx.locked.emit()
        session, ctx.session = ctx.session, None
        ctx.justified_cases.clear()
        ctx.justified_objects.clear()
        try:
            session.close(reason=reason)
            client_log.log_event(f"locked ({reason if reason in ('idle', 'user') else 'other'})")
        finally:
            self.ctx = None
            self._apply_new_language()
            message = (self.tr("Locked after {0} minutes without activity.").format(
                session.auto_lock_minutes) if reason == "idle" else "")
            self.show_unlock(message)
            self.locked.emit(reason)

    def _apply_new_language(self) -> None:
        """A language chosen in Settings applies from the unlock screen on."""
        from liaison_app.services.display import display_settings

        app = QApplication.instance()
        if self.language is None or not isinstance(app, QApplication):
            return
        chosen = display_settings(self.profile_path).language
        if chosen != self.language:
            self.language = chosen
            theme.install_translations(app, theme.ui_locale(setting=chosen))

    def quit_session(self) -> None:
        """At application exit: close an open session (audited as a lock on quit)."""
        ctx = self.ctx
        if self.main_window is not None:
            self.main_window.shutdown()
        if ctx is not None and ctx.session is not None:
            session, ctx.session = ctx.session, None
            session.close(reason="quit")
        from liaison_app.gui.mail_watcher import wait_for_watchers
        from liaison_app.gui.sync_worker import wait_for_workers

        wait_for_watchers()
        wait_for_workers()


def parse_args(argv: Sequence[str] | None) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="liaison", add_help=True)
    parser.add_argument("--profile", metavar="DIR", help="profile directory")
    return parser.parse_known_args(list(argv) if argv is not None else sys.argv[1:])


def default_profile() -> Path:
    return profiles.default_profile_path()


def apply_display_settings(app: QApplication, profile: Path) -> str:
    """The officer's look and language (or IT's, where the policy locks them); returns
    the language setting applied."""
    from liaison_app.services.display import display_settings

    chosen = display_settings(profile)
    theme.apply_display(app, theme.Look(chosen.theme, chosen.high_contrast, chosen.text_size))
    theme.install_translations(app, theme.ui_locale(setting=chosen.language))
    return chosen.language


def prepare_application(app: QApplication, profile: Path) -> str:
    """Names, icon, the officer's look and language, the client log and the excepthook;
    returns the language setting applied."""
    with collection_paused():
        app.setApplicationName("Liaison")
        app.setOrganizationName("Liaison")
        app.setDesktopFileName(theme.APP_ID)
        app.setWindowIcon(theme.app_icon())
        language = apply_display_settings(app, profile)
        client_log.open_log(profile if profile.is_dir() else None)
        errors.install_excepthook()
    return language


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop client; returns the exit code."""
    args, qt_args = parse_args(argv)
    if not display_available():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    profile = Path(args.profile).expanduser() if args.profile else default_profile()
    app = QApplication.instance() or QApplication(["liaison", *qt_args])
    assert isinstance(app, QApplication)
    language = prepare_application(app, profile)
    shell = Shell(profile)
    shell.language = language
    app.aboutToQuit.connect(shell.quit_session)
    shell.start()
    if os.environ.get("LIAISON_GUI_SMOKE") == "1":
        return _smoke(app, shell)
    return int(app.exec())


def _smoke(app: QApplication, shell: Shell) -> int:
    """Installer check: the first window shows and every Designer form loads; then quit."""
    from PySide6.QtCore import QTimer

    from liaison_app.gui.forms import load_form, ui_dir

    outcome: list[str] = []

    def check() -> None:
        window = shell.window
        shown = window is not None and window.isVisible()
        names = sorted(p.stem for p in ui_dir().glob("*.ui"))
        for name in names:
            load_form(name).deleteLater()
        outcome.append(f"gui smoke: {type(window).__name__} shown={shown} "
                       f"forms={len(names)} platform={app.platformName()}")
        app.quit()

    QTimer.singleShot(0, check)
    app.exec()
    print(outcome[0] if outcome else "gui smoke: no window")
    return 0 if outcome and "shown=True" in outcome[0] else 1
