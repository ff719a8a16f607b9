"""A widget that shows one of the monitoring charts (`reports.charts`, the PDF's own code).

The chart is drawn at the screen's resolution by the same functions that draw
it into the PDF, so the page and the working group's report cannot differ.
A text summary of the chart's data is its accessible description.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

Draw = Callable[[QPainter, QRectF, QFont, float], None]
"""(painter, rectangle, base font, device pixels per point)."""


class ChartView(QWidget):
    """Paints `draw` into its whole area; nothing until a chart is set."""

    def __init__(self, parent: QWidget | None = None, *, min_height: int = 240) -> None:
        super().__init__(parent)
        self.setMinimumHeight(min_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._draw: Draw | None = None
        self.summary = ""

    def set_chart(self, draw: Draw | None, summary: str) -> None:
        """Show `draw`; `summary` says in words what it shows (screen readers, tooltip)."""
        self._draw = draw
        self.summary = summary
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.fillRect(self.rect(), QColor("#ffffff"))
            if self._draw is not None:
                from liaison_app.reports.qt_app import report_font

                unit = self.logicalDpiY() / 72.0
                margin = 6 * unit
                area = QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)
                self._draw(painter, area, report_font(9), unit)
        finally:
            painter.end()


def fill_placeholder(placeholder: QWidget, min_height: int = 240) -> ChartView:
    """Put a ChartView inside a form's placeholder widget and return it."""
    layout = QVBoxLayout(placeholder)
    layout.setContentsMargins(0, 0, 0, 0)
    view = ChartView(placeholder, min_height=min_height)
    view.setAccessibleName(placeholder.accessibleName())
    layout.addWidget(view)
    return view
