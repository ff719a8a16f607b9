"""Urgent and immediate alerts: the in-window banner, and a tray message where there is a tray.

Neither says what an alert contains: the tray message (which the desktop may
keep in its notification history, visible on a locked screen) names the
sender agency and the priority only; the banner adds the first words only
after the officer has justified opening the alert (`alert_banner`). Strong
cross-check hits on arrival name the list and the score, never the person, in
the banner and the tray alike. The tray icon carries the unread count.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from liaison_app.gui.alert_banner import HitNotice
from liaison_app.gui.models.badges import count_badge
from liaison_app.gui.models.labels import english_plural
from liaison_app.gui.theme import app_icon


class Notifier(QObject):
    """Turns AlertNotice lists into a banner line (and a tray message) without their text."""

    #: emitted for every notification shown: (how, title, text); how = "tray" | "banner"
    shown = Signal(str, str, str)
    #: the officer clicked the tray message: message id of the newest alert
    activated = Signal(str)

    def __init__(self, banner: Callable[[Sequence[Any]], str], parent: QObject | None = None, *,
                 use_tray: bool | None = None) -> None:
        super().__init__(parent)
        self._banner = banner
        if use_tray is None:
            use_tray = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray: QSystemTrayIcon | None = None
        self._last_id = ""
        self.unread = 0
        if use_tray:
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip("Liaison")
            self.tray.messageClicked.connect(lambda: self.activated.emit(self._last_id))
            self.tray.show()

    def title(self, notices: Sequence[Any]) -> str:
        """Sender and priority of the newest alert, or how many came."""
        newest = notices[-1]
        if len(notices) > 1:
            return english_plural(self.tr("%n new urgent alert(s)", "", len(notices)),
                                  len(notices))
        return (self.tr("Immediate alert from %1") if newest.priority == "immediate"
                else self.tr("Urgent alert from %1")).replace("%1", newest.sender_agency)

    def notify(self, notices: Sequence[Any]) -> None:
        """Show one notification for these new alerts (no message text)."""
        if not notices:
            return
        self._last_id = notices[-1].message_id
        title = self.title(notices)
        line = self._banner(notices)
        self.shown.emit("banner", title, line)
        if self.tray is not None:
            text = self.tr("Open Liaison to read it.")
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 20_000)
            self.shown.emit("tray", title, text)

    def set_unread(self, count: int) -> None:
        """The unread count on the tray icon and in its tooltip."""
        self.unread = count
        if self.tray is None:
            return
        self.tray.setIcon(count_badge(app_icon(), count))
        self.tray.setToolTip(self.tr("Liaison — %n unread", "", count) if count else "Liaison")

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
        line = title if len(hits) > 1 else self.tr("%1: %2 (score %3)").replace(
            "%1", title).replace("%2", where).replace("%3", f"{newest.hit.score:.2f}")
        self.shown.emit("banner", title, self._banner([HitNotice(newest.message_id, line)]))
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 20_000)
            self.shown.emit("tray", title, text)

    @property
    def last_message_id(self) -> str:
        return self._last_id

    def close(self) -> None:
        """Hide the tray icon (on lock: nothing about cases stays on screen)."""
        if self.tray is not None:
            self.tray.hide()
