"""Small pictures that say a state at a glance: delivery-state icons and priority badges.

Each always travels with its word, so a screen reader says "Replied" or "Urgent"
where a sighted officer sees the icon: a state beside its text, a priority badge
alone in its list column (the word in the cell's tooltip and accessible text, and
in the detail pane). Priority has its own badge and colour; bold is for unread only.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from liaison_app.gui.theme import icon_on_selection

PRIORITY_BADGE_COLOURS = {"immediate": "#8e0016", "urgent": "#c62828", "priority": "#b35c00"}
"""Routine has no badge."""
STATE_ICONS = frozenset({"unread", "queued", "waiting", "sent", "delivered", "read", "replied",
                         "failed"})


@lru_cache(maxsize=16)
def state_icon(state: str) -> QIcon:
    """The icon of a delivery state (an empty icon for an unknown one), in the selection's
    text colour on a selected row."""
    return icon_on_selection(f"state-{state}") if state in STATE_ICONS else QIcon()


@lru_cache(maxsize=8)
def priority_badge(priority: str) -> QIcon:
    """A filled rounded badge in the priority's colour (none for routine)."""
    colour = PRIORITY_BADGE_COLOURS.get(priority)
    if colour is None:
        return QIcon()
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    if priority == "immediate":
        painter.drawRoundedRect(QRectF(1, 1, 14, 14), 3, 3)
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(QRectF(7, 3.5, 2, 6))
        painter.drawRect(QRectF(7, 11, 2, 2))
    else:
        painter.drawEllipse(QRectF(2, 2, 12, 12) if priority == "urgent" else QRectF(4, 4, 8, 8))
    painter.end()
    return QIcon(pixmap)


def count_badge(base: QIcon, count: int, size: int = 32) -> QIcon:
    """`base` with a red count in its corner (the tray icon's unread count); `base` at 0."""
    if count <= 0:
        return base
    pixmap = base.pixmap(size, size)
    if pixmap.isNull():
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    text = str(count) if count < 100 else "99+"
    badge = QRectF(size * 0.38, 0, size * 0.62, size * 0.5)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#c62828"))
    painter.drawRoundedRect(badge, size * 0.2, size * 0.2)
    font = painter.font()
    font.setBold(True)
    font.setPixelSize(int(size * 0.36))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.end()
    return QIcon(pixmap)
