"""The main window's menus and what their entries open (dialogs, compose, reports).

`MenuWindow` is the part of the main window the menu bar and its shortcuts
need: the actions (File, Message, View, Help) and the dialogs they open. The
navigation, pages, detail pane and sync worker are `main_window.MainWindow`'s,
which builds on it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from liaison_app import __version__
from liaison_app.gui.context import AppContext
from liaison_app.gui.errors import show_error

if TYPE_CHECKING:
    from liaison_app.gui.pages.case_view import CaseView

PageFactory = Callable[[AppContext, QWidget | None], QWidget]
translate = QCoreApplication.translate
"""Qt's translator; the menus keep the main window's context ("MainWindow")."""


def nav_title(text: str) -> str:
    """A navigation entry's title in the officer's language."""
    return QCoreApplication.translate("Navigation", text)


class MenuWindow(QMainWindow):
    """The menu bar, its actions and the dialogs they open."""

    #: the officer asked to lock (reason: "user")
    lock_requested = Signal(str)

    ctx: AppContext
    nav: QListWidget
    pages: QStackedWidget
    search_field: QLineEdit
    view_menu: QMenu
    _specs: list[tuple[str, str, PageFactory | None]]
    _page_widgets: dict[str, QWidget]
    _case_view: CaseView | None

    def _action(
        self, text: str, shortcut: QKeySequence | str | None, slot: Callable[[], Any], name: str
    ) -> QAction:
        act = QAction(text, self)
        act.setObjectName(name)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.lock_action = self._action(
            translate("MainWindow", "&Lock"),
            "Ctrl+L",
            lambda: self.lock_requested.emit("user"),
            "lockAction",
        )
        file_menu.addAction(self.lock_action)
        file_menu.addAction(
            self._action(
                translate("MainWindow", "&Settings…"), "Ctrl+,", self._settings, "settingsAction"
            )
        )
        self.report_action = self._action(
            translate("MainWindow", "&Report…"), "Ctrl+P", self.open_report, "reportAction"
        )
        file_menu.addAction(self.report_action)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(
                translate("MainWindow", "&Export for carrier…"),
                None,
                self._export_for_carrier,
                "exportCarrierAction",
            )
        )
        file_menu.addAction(
            self._action(
                translate("MainWindow", "&Import from carrier…"),
                None,
                self._import_from_carrier,
                "importCarrierAction",
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(
                translate("MainWindow", "&Quit"),
                QKeySequence(QKeySequence.StandardKey.Quit),
                self.close,
                "quitAction",
            )
        )
        msg_menu = bar.addMenu(translate("MainWindow", "&Message"))
        self.request_action = self._action(
            translate("MainWindow", "New &request…"),
            "Ctrl+N",
            self._compose_request,
            "composeRequestAction",
        )
        self.alert_action = self._action(
            translate("MainWindow", "Raise &alert…"),
            "Ctrl+Shift+N",
            self._raise_alert,
            "raiseAlertAction",
        )
        msg_menu.addActions([self.request_action, self.alert_action])
        view_menu = self.view_menu = bar.addMenu(translate("MainWindow", "&View"))
        self.search_action = self._action(
            translate("MainWindow", "&Search"), "Ctrl+F", self.focus_search, "searchAction"
        )
        self.sync_action = self._action(
            translate("MainWindow", "Sync &now"), "F5", self._sync_now, "syncAction"
        )
        view_menu.addActions([self.search_action, self.sync_action])
        view_menu.addSeparator()
        for i, (_key, title, _f) in enumerate(self._specs[:9]):
            view_menu.addAction(
                self._action(
                    nav_title(title),
                    f"Ctrl+{i + 1}",
                    partial(self.go_to_row, i),
                    f"nav{i}Action",
                )
            )
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self.shortcuts_action = self._action(
            translate("MainWindow", "&Keyboard shortcuts"),
            "F1",
            self.show_shortcuts,
            "shortcutsAction",
        )
        self.shortcuts_action.setShortcuts(
            [QKeySequence("F1"), QKeySequence("Ctrl+?"), QKeySequence("Ctrl+Shift+/")]
        )
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(
            self._action(
                translate("MainWindow", "&About Liaison"), None, self._about, "aboutAction"
            )
        )

    def go_to_row(self, row: int) -> None:
        """Ctrl+1…9: the navigation's page `row` (the shell also leaves search results)."""
        self.nav.setCurrentRow(row)

    def focus_search(self) -> None:
        """Ctrl+F: to the one search field, text selected."""
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _compose(self, name: str) -> None:
        from liaison_app.gui import compose

        getattr(compose, name)(self.ctx, self)

    def _open_draft(self, draft_id: str) -> None:
        from liaison_app.gui import compose

        compose.open_draft(self.ctx, draft_id, self)

    def show_shortcuts(self) -> None:
        """F1 / Ctrl+?: the keyboard shortcut sheet."""
        from liaison_app.gui.shortcut_sheet import ShortcutSheet

        sheet = ShortcutSheet(self.actions(), self)
        sheet.exec()
        sheet.deleteLater()

    def _compose_request(self) -> None:
        self._compose("open_compose_request")

    def _raise_alert(self) -> None:
        self._compose("open_raise_alert")

    def open_report(self) -> None:
        """File → Report…: the monitoring report, or the hand-over file of the case on screen."""
        from liaison_app.gui.report_dialog import open_report_dialog

        current = self.pages.currentWidget()
        case_ref = getattr(current, "case_ref", None) if current is self._case_view else None
        page = self._page_widgets.get("monitoring")
        if case_ref:
            open_report_dialog(self.ctx, self, case_ref=case_ref)
        elif page is not None and current is page:
            open_report_dialog(
                self.ctx,
                self,
                period=getattr(page, "period", None),
                partner=getattr(page, "partner", None),
            )
        else:
            open_report_dialog(self.ctx, self)

    def _settings(self) -> None:
        from liaison_app.gui.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def _export_for_carrier(self) -> None:
        from liaison_app.gui.carrier import open_export_for_carrier

        open_export_for_carrier(self.ctx, self)

    def _import_from_carrier(self) -> None:
        from liaison_app.gui.carrier import open_import_from_carrier

        open_import_from_carrier(self.ctx, self)

    def _sync_now(self) -> None:
        self.ctx.sync_requested.emit()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            translate("MainWindow", "About Liaison"),
            translate(
                "MainWindow",
                "Liaison {0}\nSigned, end-to-end encrypted requests and alerts between "
                "liaison officers.",
            ).format(__version__),
        )

    def _user_error(self, title: str, text: str) -> None:
        show_error(self, title, text)
