"""The in-window banner for urgent and immediate alerts: one line, about a toolbar high.

It names the sender agency and the priority, never the message text: someone
passing the screen learns that an alert came, not what it says. Only once the
officer has given a justification for the alert (or its case) this session
does the line add the first words. New alerts stack: the line shows the newest
and how many more wait ("+2 more"); Open shows the newest and the line moves to
the next; Dismiss clears them all. The banner never grows taller. A strong
cross-check hit on arrival (`HitNotice`) stacks the same way; its line names
the list and the score, never the person.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStyle, QWidget

from liaison_app.gui.context import AppContext
from liaison_app.gui.models.labels import english_plural


@dataclass(frozen=True, slots=True)
class HitNotice:
    """A strong cross-check hit on a message just received, as the banner says it."""

    message_id: str
    line: str
    """The list and the score (never the person)."""


class AlertBanner(QObject):
    """Drives the main window's banner widgets (`bannerFrame` and its children)."""

    #: the officer chose Open: message id of the alert to show
    open_requested = Signal(str)

    def __init__(self, ctx: AppContext, frame: QWidget, text: QLabel, icon: QLabel,
                 open_button: QPushButton, close_button: QPushButton,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.frame = frame
        self.text = text
        self.icon = icon
        self.open_button = open_button
        self.close_button = close_button
        self.pending: list[Any] = []
        size = text.fontMetrics().height()
        icon.setPixmap(frame.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        for button in (open_button, close_button):
            button.setAutoDefault(False)
        text.installEventFilter(self)
        open_button.clicked.connect(self.open_newest)
        close_button.clicked.connect(self.dismiss)
        ctx.locked.connect(self.dismiss)
        frame.hide()

    # -- what it says --------------------------------------------------------------------

    def _justified(self, notice: Any) -> bool:
        ref = f"message:{notice.message_id}"
        return ref in self.ctx.justified_objects or (
            notice.case_ref is not None and notice.case_ref in self.ctx.justified_cases)

    def line(self) -> str:
        """The one line shown: priority and sender of the newest, and how many more."""
        if not self.pending:
            return ""
        newest = self.pending[-1]
        if isinstance(newest, HitNotice):
            text = newest.line
        else:
            text = (self.tr("Immediate alert from %1") if newest.priority == "immediate"
                    else self.tr("Urgent alert from %1")).replace("%1", newest.sender_agency)
        more = len(self.pending) - 1
        if more:
            text += " · " + english_plural(self.tr("+%n more", "", more), more)
        # the officer gave a reason for this alert: the case and the first words
        if not isinstance(newest, HitNotice) and self._justified(newest):
            if newest.case_ref:
                text += " · " + self.tr("case %1").replace("%1", newest.case_ref)
            if newest.excerpt:
                text += " — " + newest.excerpt
        return text

    def _show(self) -> None:
        if not self.pending:
            self.frame.hide()
            return
        line = self.line()
        self.text.setToolTip(line)
        self.frame.setAccessibleDescription(line)
        self.frame.show()
        self._elide()

    def _elide(self) -> None:
        """One line whatever the width: cut with "…" rather than wrapped or grown."""
        line = self.text.toolTip()
        width = self.text.contentsRect().width()
        self.text.setText(self.text.fontMetrics().elidedText(
            line, Qt.TextElideMode.ElideRight, width) if width > 0 else line)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text and event.type() == QEvent.Type.Resize:
            self._elide()
        return False

    # -- events ----------------------------------------------------------------------------

    def push(self, notices: Sequence[Any]) -> None:
        """New urgent alerts: stack them (newest shown)."""
        known = {n.message_id for n in self.pending}
        self.pending += [n for n in notices if n.message_id not in known]
        self._show()

    def refresh(self) -> None:
        """Re-say the line (a justification given, the window resized)."""
        if self.pending:
            self._show()

    def open_newest(self) -> None:
        """Show the newest alert; the banner moves on to the next one waiting."""
        if not self.pending:
            self.frame.hide()
            return
        newest = self.pending.pop()
        self._show()
        self.open_requested.emit(newest.message_id)

    def dismiss(self) -> None:
        """Clear every alert from the banner (they stay in the Alerts list)."""
        self.pending.clear()
        self.frame.hide()

    @property
    def newest_id(self) -> str:
        """The message id the banner would open ("" when empty)."""
        return self.pending[-1].message_id if self.pending else ""
