"""Urgent and immediate alerts: a tray message where there is a tray, else a banner."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from liaison_app.gui.theme import app_icon


class Notifier(QObject):
    """Turns AlertNotice lists into a tray message or an in-window banner."""

    #: emitted for every notification shown: (how, title, text); how = "tray" | "banner"
    shown = Signal(str, str, str)
    #: the officer clicked the tray message: message id of the newest alert
    activated = Signal(str)

    def __init__(self, banner: Callable[[str, str], None], parent: QObject | None = None, *,
                 use_tray: bool | None = None) -> None:
        super().__init__(parent)
        self._banner = banner
        if use_tray is None:
            use_tray = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray: QSystemTrayIcon | None = None
        self._last_id = ""
        if use_tray:
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip("Liaison")
            self.tray.messageClicked.connect(lambda: self.activated.emit(self._last_id))
            self.tray.show()

    def notify(self, notices: Sequence[Any]) -> None:
        """Show one notification for these new alerts (newest first in the text)."""
        if not notices:
            return
        newest = notices[-1]
        self._last_id = newest.message_id
        immediate = any(n.priority == "immediate" for n in notices)
        if len(notices) == 1:
            title = (self.tr("Immediate alert from {0}") if immediate
                     else self.tr("Urgent alert from {0}")).format(newest.sender_agency)
            text = newest.excerpt
        else:
            title = self.tr("{0} new urgent alerts").format(len(notices))
            text = self.tr("Newest, from {0}: {1}").format(newest.sender_agency, newest.excerpt)
        if newest.case_ref:
            text = self.tr("Case {0}: {1}").format(newest.case_ref, text)
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 20_000)
            self.shown.emit("tray", title, text)
        else:
            self._banner(title, text)
            self.shown.emit("banner", title, text)

    def notify_hits(self, hits: Sequence[Any]) -> None:
        """Show one notification for strong cross-check hits found on arrival.

        The text names the list and the score, never the person: a tray message
        can be read over the officer's shoulder."""
        if not hits:
            return
        newest = hits[-1]
        self._last_id = newest.message_id
        messages = len({h.message_id for h in hits})
        title = self.tr("Watch-list hit on arrival") if len(hits) == 1 else self.tr(
            "%n cross-check hits on arrival", "", len(hits))
        where = (newest.hit.list_name if newest.hit.source == "watchlist"
                 else self.tr("records on this laptop"))
        text = self.tr("A subject of a message just received matches %1 (score %2). Open the "
                       "message to see why.").replace("%1", where).replace(
                           "%2", f"{newest.hit.score:.2f}")
        if messages > 1:
            text = self.tr("%n messages just received have subjects on a watch list or "
                           "already held. Open them to see why.", "", messages)
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 20_000)
            self.shown.emit("tray", title, text)
        else:
            self._banner(title, text)
            self.shown.emit("banner", title, text)

    @property
    def last_message_id(self) -> str:
        return self._last_id

    def close(self) -> None:
        """Hide the tray icon (on lock: nothing about cases stays on screen)."""
        if self.tray is not None:
            self.tray.hide()
