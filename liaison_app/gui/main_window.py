"""The main window: navigation, the list pages, a detail pane, one search field.

Pages, the message detail, the case view and search results are G2's
(`gui/pages/`), the compose dialogs G3's (`gui/compose/`); this shell places
them, wires the shortcuts and owns the sync worker, status bar and
notifications. Pages are built the first time they are shown, so start-up
costs one page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from liaison_app.gui.alert_banner import AlertBanner
from liaison_app.gui.attention import AttentionWatch
from liaison_app.gui.context import AppContext
from liaison_app.gui.forms import child, load_form
from liaison_app.gui.geometry import clamp_to_screen, place_window, remember_window
from liaison_app.gui.mail_watcher import MailWatcher
from liaison_app.gui.main_menus import MenuWindow, PageFactory, nav_title
from liaison_app.gui.models.labels import english_plural
from liaison_app.gui.notify import Notifier
from liaison_app.gui.review_prompt import ReviewPrompt
from liaison_app.gui.status_bar import StatusBar
from liaison_app.gui.sync_worker import SyncController
from liaison_app.gui.theme import app_icon, icon
from liaison_app.services.display import detail_pane_shown, save_detail_pane

if TYPE_CHECKING:
    from liaison_app.gui.pages.case_view import CaseView
    from liaison_app.gui.pages.detail import MessageDetail
    from liaison_app.gui.pages.search import SearchResults

NAV_KEYS = ("inbox", "awaiting", "alerts", "cases", "drafts", "outbox", "check", "directory",
            "monitoring", "operations", "quarantine", "audit", "transfers", "review")
_FALLBACK_TITLES = {"inbox": "Inbox", "awaiting": "Awaiting reply", "alerts": "Alerts",
                    "cases": "Cases", "drafts": "Drafts", "outbox": "Outbox", "check": "Check",
                    "directory": "Directory", "monitoring": "Monitoring",
                    "operations": "Operations",
                    "quarantine": "Quarantine", "audit": "Audit", "transfers": "Transfers",
                    "review": "Review due"}


def page_specs() -> list[tuple[str, str, PageFactory | None]]:
    """G2's PAGES, or placeholders while `gui/pages` is not installed."""
    try:
        from liaison_app.gui.pages import PAGES
    except ImportError:
        return [(k, t, None) for k, t in _FALLBACK_TITLES.items()]
    return [(key, title, factory) for key, title, factory in PAGES]


class MainWindow(MenuWindow):
    """One unlocked session's window."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 sync_interval_ms: int | None = None, use_tray: bool | None = None,
                 start_sync: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        session = ctx.require_session()
        ident = session.identity
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.base_title = self.tr("Liaison — {0} ({1})").format(ident.officer_name,
                                                                ident.agency_id)
        self.setWindowTitle(self.base_title)
        self.content = load_form("main_window", self)
        self.setCentralWidget(self.content)
        self.nav = child(self.content, QListWidget, "navList")
        self.pages = child(self.content, QStackedWidget, "pageStack")
        self.detail_stack = child(self.content, QStackedWidget, "detailStack")
        self.search_field = child(self.content, QLineEdit, "searchField")
        self.banner = child(self.content, QWidget, "bannerFrame")
        self.banner_label = child(self.content, QLabel, "bannerLabel")
        self.alert_banner = AlertBanner(
            ctx, self.banner, self.banner_label, child(self.content, QLabel, "bannerIcon"),
            child(self.content, QPushButton, "bannerOpen"),
            child(self.content, QPushButton, "bannerClose"), self)
        self.alert_banner.open_requested.connect(self._open_message)

        self._placed = False
        self._meant = QRect()
        self._specs = page_specs()
        self._page_widgets: dict[str, QWidget] = {}
        self._stale: set[str] = set()
        self._detail: MessageDetail | None = None
        self._case_view: CaseView | None = None
        self._search: SearchResults | None = None
        self._leaving_search = False
        self._build_nav()
        self._build_actions()
        self.detail_action = self._action(self.tr("&Detail pane"), "Ctrl+Shift+D",
                                          self._detail_pane_toggled, "detailPaneAction")
        self.detail_action.setCheckable(True)
        self.detail_action.setChecked(detail_pane_shown(session.profile.path))
        self.view_menu.insertAction(self.view_menu.actions()[2], self.detail_action)
        self.columns_menu = QMenu(self.tr("Colu&mns"), self)
        self.columns_menu.setObjectName("columnsMenu")
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        self.view_menu.insertMenu(self.view_menu.actions()[3], self.columns_menu)

        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.sync = SyncController(ctx, self, interval_ms=sync_interval_ms)
        self.status.sync_clicked.connect(self.sync.request)
        self.sync.run_started.connect(self.status.sync_started)
        self.sync.progress.connect(self.status.sync_progress)
        self.sync.report.connect(self.status.sync_finished)
        self.sync.status.connect(self.status.set_status)
        self.sync.enrolled.connect(self.status.set_enrolled)
        self.sync.failed.connect(lambda title, text: self.ctx.user_error.emit(title, text))
        if not session.enrolled:
            self.status.set_not_enrolled()
        self.notifier = Notifier(self.show_banner, self, use_tray=use_tray)
        self.notifier.activated.connect(self._open_message)
        self.sync.alerts.connect(self.notifier.notify)
        self.sync.hits.connect(self.notifier.notify_hits)
        self.mail_watcher = MailWatcher(ctx, self.sync, self)
        self.review_prompt = ReviewPrompt(ctx, self)
        self.review_prompt.changed.connect(self._review_due)
        self.status.review_clicked.connect(self.open_review)
        self.attention = AttentionWatch(ctx, self)
        self.attention.changed.connect(self._attention_changed)
        self.attention.tick.connect(self._minute_passed)
        ctx.open_draft.connect(self._open_draft)

        ctx.open_message.connect(self._open_message)
        ctx.preview_message.connect(self._preview_message)
        ctx.open_case.connect(self._open_case)
        ctx.user_error.connect(self._user_error)
        ctx.data_changed.connect(self._data_changed)
        self.search_field.returnPressed.connect(self._run_search)
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self._search_edited)
        splitter = self.content.findChild(QSplitter, "splitter")
        if splitter is not None:
            splitter.setSizes([self._nav_width(), 680, 430])
            splitter.setStretchFactor(1, 3)
            splitter.setStretchFactor(2, 2)
        self.nav.setCurrentRow(0)
        # after the first page is built (its minimum counts); clamped again once shown
        self._meant, maximized = place_window(self, session.profile.path)
        if maximized:
            self.setWindowState(Qt.WindowState.WindowMaximized)
        self.nav.setFocus()
        # the counts beside the navigation and the review prompt follow on the first
        # turn of the event loop: the window (the Inbox listing the cache) shows first
        QTimer.singleShot(0, self._start_counting)
        if start_sync:
            self.sync.start()
            self.mail_watcher.start()

    def _start_counting(self) -> None:
        if self.ctx.session is None:  # locked before the loop turned
            return
        self.review_prompt.recount()
        self.attention.start()

    # -- building ------------------------------------------------------------------

    def _build_nav(self) -> None:
        for i, (key, title, _factory) in enumerate(self._specs):
            item = QListWidgetItem(icon(f"nav-{key}"), nav_title(title))
            item.setData(Qt.ItemDataRole.UserRole, key)
            shortcut = f"Ctrl+{i + 1}" if i < 9 else ""
            item.setToolTip(f"{nav_title(title)} ({shortcut})" if shortcut else nav_title(title))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, nav_title(title))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.itemClicked.connect(lambda item: self.go_to_row(self.nav.row(item)))
        self._fit_nav()

    def _fit_nav(self) -> None:
        """The navigation is as wide as its longest entry with a count, bold, in every
        language: nothing cut, no scroll bar."""
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setMinimumWidth(self._nav_width())

    def _nav_width(self) -> int:
        """Wide enough for every entry with a count ("Awaiting reply (999)"), bold (the
        selected entry is), as the theme pads it."""
        texts = [self.nav.item(i).text() for i in range(self.nav.count())]
        bold = self.nav.font()
        bold.setBold(True)
        extra = max(QFontMetrics(bold).horizontalAdvance(t) - self.nav.fontMetrics()
                    .horizontalAdvance(t) for t in texts) if texts else 0
        for i, text in enumerate(texts):
            self.nav.item(i).setText(self.tr("{0} ({1})").format(text, 999))
        width = self.nav.sizeHintForColumn(0)
        for i, text in enumerate(texts):
            self.nav.item(i).setText(text)
        return width + extra + 2 * self.nav.frameWidth() + self.nav.fontMetrics().averageCharWidth()

    # -- pages ------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page for `key`, built on first use."""
        widget = self._page_widgets.get(key)
        if widget is None:
            factory = next((f for k, _t, f in self._specs if k == key), None)
            if factory is None:
                widget = QLabel(self.tr("This view is not available in this build."))
                widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            else:
                widget = factory(self.ctx, self.pages)
            widget.setObjectName(widget.objectName() or f"page-{key}")
            self._page_widgets[key] = widget
            self.pages.addWidget(widget)
        return widget

    def current_key(self) -> str | None:
        item = self.nav.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def go_to_row(self, row: int) -> None:
        """The page of navigation entry `row` (a click or Ctrl+1…9), also when that entry
        is already the current one but search results or a case are on screen."""
        if row != self.nav.currentRow():
            self.nav.setCurrentRow(row)
        elif 0 <= row < len(self._specs) and \
                self.pages.currentWidget() is not self._page_widgets.get(self._specs[row][0]):
            self._show_row(row)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self._specs[row][0]
        self._leave_search()
        widget = self.page(key)
        if key in self._stale:
            self._stale.discard(key)
            self._refresh(widget)
        self.pages.setCurrentWidget(widget)
        self.nav.item(row).setSelected(True)  # marked again after search results
        self.clear_detail()
        self._place_detail(widget)
        preview = getattr(widget, "preview_current", None)  # its own selected row again
        if callable(preview):
            preview()

    def _place_detail(self, page: QWidget | None) -> None:
        """The detail pane beside `page`: not beside the wide pages (they have their own
        details), nor when the officer collapsed it (View → Detail pane)."""
        self.detail_stack.setVisible(self.detail_action.isChecked()
                                     and not getattr(page, "wide", False))

    def _fill_columns_menu(self) -> None:
        """View → Columns: the columns the list on screen may show (none elsewhere)."""
        chooser = getattr(self.pages.currentWidget(), "columns", None)
        self.columns_menu.clear()
        if chooser is not None and chooser.choosable:
            chooser.fill(self.columns_menu)
        else:
            none = self.columns_menu.addAction(self.tr("No columns to choose on this page"))
            none.setEnabled(False)

    def _detail_pane_toggled(self) -> None:
        """Ctrl+Shift+D: collapse the detail pane (the list gets its width) or bring it
        back; remembered for the next session."""
        self._place_detail(self.pages.currentWidget())
        session = self.ctx.session
        if session is not None:
            save_detail_pane(session.profile.path, self.detail_action.isChecked())

    def clear_detail(self) -> None:
        """Back to "Select a message": what was read on another page or in another case
        does not stay on screen beside this one."""
        if self._detail is not None:
            self._detail.clear()
        self.detail_stack.setCurrentIndex(0)

    def _refresh(self, widget: QWidget) -> None:
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()

    def _data_changed(self) -> None:
        """The cache changed. List pages re-read by themselves (once per event-loop turn,
        and only when shown: `models/refresh.py`); anything else is refreshed now if it
        is on screen, or marked to be refreshed when it is shown."""
        current = self.pages.currentWidget()
        for key, widget in self._page_widgets.items():
            if getattr(widget, "refreshes_itself", False):
                continue
            if widget is current:
                self._refresh(widget)
            else:
                self._stale.add(key)
        for extra in (self._case_view, self._detail):
            if extra is not None and extra.isVisible():
                self._refresh(extra)

    def _nav_row(self, key: str) -> int:
        return next((i for i, (k, _t, _f) in enumerate(self._specs) if k == key), -1)

    def open_review(self) -> None:
        """Show the Review due page (the status-bar prompt's click)."""
        row = self._nav_row("review")
        if row >= 0:
            self.nav.setCurrentRow(row)

    def _review_due(self, count: int) -> None:
        """The nav entry and the status bar say how many records are due for review."""
        self.status.set_review_due(count)
        self._set_nav_count("review", count, self.tr(
            "{0}: %n record(s) due for review", "", count))

    def _set_nav_count(self, key: str, count: int, spoken: str) -> None:
        """"Inbox (3)" on the nav entry; the screen reader hears what the number counts."""
        row = self._nav_row(key)
        item = self.nav.item(row) if row >= 0 else None
        if item is None:
            return
        title = nav_title(self._specs[row][1])
        item.setText(self.tr("{0} ({1})").format(title, count) if count else title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     spoken.format(title) if count else title)
        font = item.font()
        font.setBold(bool(count) and key in ("inbox", "alerts"))
        item.setFont(font)

    def _attention_changed(self, counts: Any) -> None:
        """Unread and due counts on the nav entries, in the window title and on the tray."""
        self._set_nav_count("inbox", counts.unread,
                            self.tr("{0}: %n unread", "", counts.unread))
        self._set_nav_count("alerts", counts.unread_alerts,
                            self.tr("{0}: %n unread", "", counts.unread_alerts))
        self._set_nav_count("awaiting", counts.awaiting,
                            english_plural(self.tr(
                                "{0}: %n request(s) not answered yet", "", counts.awaiting),
                                counts.awaiting))
        self._set_nav_count("drafts", counts.drafts,
                            english_plural(self.tr("{0}: %n draft(s)", "", counts.drafts),
                                           counts.drafts))
        self._set_nav_count("outbox", counts.failed,
                            self.tr("{0}: %n refused by the hub", "", counts.failed))
        self.setWindowTitle(self.tr("({0}) {1}").format(counts.unread, self.base_title)
                            if counts.unread else self.base_title)
        self.notifier.set_unread(counts.unread)
        self.alert_banner.refresh()

    def _minute_passed(self) -> None:
        """Countdowns move on: redraw the list on screen."""
        table = getattr(self.pages.currentWidget(), "table", None)
        if table is not None:
            table.viewport().update()

    # -- detail, case view, search ---------------------------------------------------------

    def _open_message(self, message_id: str) -> None:
        if not message_id or self.ctx.session is None:
            return
        if self._detail is None:
            from liaison_app.gui.pages.detail import MessageDetail

            self._detail = MessageDetail(self.ctx, self.detail_stack)
            self.detail_stack.addWidget(self._detail)
        self.detail_stack.setCurrentWidget(self._detail)
        self.detail_stack.setVisible(True)  # an opened message shows, even when collapsed
        self._detail.show_message(message_id)
        show_opened = getattr(self.pages.currentWidget(), "show_opened", None)
        if show_opened is not None:  # a message list: its row marked, or none
            show_opened(message_id)

    def _preview_message(self, message_id: str) -> None:
        """A message row selected: shown in the pane if the officer keeps it open."""
        if not message_id or self.ctx.session is None or not self.detail_stack.isVisible():
            return
        if self._detail is None:
            from liaison_app.gui.pages.detail import MessageDetail

            self._detail = MessageDetail(self.ctx, self.detail_stack)
            self.detail_stack.addWidget(self._detail)
        self.detail_stack.setCurrentWidget(self._detail)
        self._detail.preview_message(message_id)

    def _open_case(self, case_ref: str) -> None:
        if not case_ref or self.ctx.session is None:
            return
        if self._case_view is None:
            from liaison_app.gui.pages.case_view import CaseView

            self._case_view = CaseView(self.ctx, self.pages)
            self.pages.addWidget(self._case_view)
        if self._case_view.case_ref != case_ref:
            self.clear_detail()
        self.pages.setCurrentWidget(self._case_view)
        self._place_detail(self._case_view)
        self._case_view.show_case(case_ref)

    def _leave_search(self) -> None:
        """Another page chosen from the navigation: the search field empties and its
        results go, so no query stays above a page it does not filter."""
        if not self.search_field.text():
            return
        self._leaving_search = True  # signals on (the clear button follows the text)
        try:
            self.search_field.clear()
        finally:
            self._leaving_search = False
        if self._search is not None:
            self._search.clear()
            self._search.text = ""

    def _search_edited(self, text: str) -> None:
        """The field emptied (its clear button, or erased): the results go and the officer
        is back on the page they searched from."""
        if text.strip() or self._search is None or self._leaving_search:
            return
        self._search.clear()
        self._search.text = ""
        if self.pages.currentWidget() is self._search:
            self._show_row(self.nav.currentRow())

    def _run_search(self) -> None:
        text = self.search_field.text().strip()
        if not text:
            return
        if self._search is None:
            from liaison_app.gui.pages.search import SearchResults

            self._search = SearchResults(self.ctx, self.pages)
            self.pages.addWidget(self._search)
        self.pages.setCurrentWidget(self._search)
        self.nav.clearSelection()  # no page is on screen; its row stays current, to go back
        self.clear_detail()
        self._place_detail(self._search)
        self._search.search(text)

    # -- actions ------------------------------------------------------------------------

    def show_banner(self, notices: Any) -> str:
        """The in-window notification: one line, stacked; returns the line shown."""
        self.alert_banner.push(notices)
        return self.alert_banner.line()

    # -- end of the session ------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop the sync worker, the mail watch and the tray icon; remember the window's
        geometry."""
        session = self.ctx.session
        if session is not None and self.isVisible():
            remember_window(self, session.profile.path)
        self.mail_watcher.stop()
        self.sync.stop()
        self.notifier.close()
        self.review_prompt.stop()
        self.attention.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._placed:  # the real minimum is known now: never larger than the screen
            self._placed = True
            QTimer.singleShot(0, lambda: clamp_to_screen(self, self._meant))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

