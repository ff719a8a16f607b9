"""The monitoring charts, drawn with QPainter on any device: the monitoring page's widgets
and the PDF report use these same functions.

`partner_month_bars` draws requests and alerts per partner agency and month;
`response_distribution` draws how long requests took to be answered, in bins
whose edges are the Directive (EU) 2023/977 limits (8 h, 3 d, 7 d), stacked by
urgency class, with the unanswered ones beside. Sizes are in points and
scaled to the device (`unit` = device pixels per point), so a chart reads the
same on screen and on paper. No charting library.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from liaison_app.services.monitoring import BINS
from liaison_app.services.monitoring_types import MonitoringFigures

PARTNER_COLOURS = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#7F7F7F",
    "#000000",
)
"""Okabe-Ito: told apart with the common colour-vision deficiencies, and in grey print."""
URGENCY_COLOURS = {"urgent-direct": "#B2182B", "urgent-indirect": "#EF8A62", "standard": "#2166AC"}
AXIS = QColor("#444444")
GRID = QColor("#d9d9d9")
LIMIT = QColor("#B2182B")
MAX_PARTNERS = len(PARTNER_COLOURS) - 1
"""Partners beyond these are drawn together as "Others"."""

LIMIT_AFTER_BIN = {"8h": QT_TRANSLATE_NOOP("Charts", "8 h"),
                   "3d": QT_TRANSLATE_NOOP("Charts", "3 d"),
                   "7d": QT_TRANSLATE_NOOP("Charts", "7 d")}
"""The legal limits fall on these bins' upper edges (their labels, to be translated)."""


translate = QCoreApplication.translate
"""Qt's translator; each call names the "Charts" context literally (for lupdate)."""


def bin_label(name: str) -> str:
    """The words under a bin."""
    labels = {
        "1h": translate("Charts", "≤ 1 h"),
        "8h": translate("Charts", "1–8 h"),
        "1d": translate("Charts", "8–24 h"),
        "3d": translate("Charts", "1–3 d"),
        "7d": translate("Charts", "3–7 d"),
        "14d": translate("Charts", "7–14 d"),
        "more": translate("Charts", "> 14 d"),
        "overdue": translate("Charts", "Unanswered, overdue"),
        "pending": translate("Charts", "Unanswered, within limit"),
    }
    return labels.get(name, name)


def urgency_label(urgency: str) -> str:
    """Short name of an urgency class."""
    labels = {
        "urgent-direct": translate("Charts", "Urgent, direct (8 h)"),
        "urgent-indirect": translate("Charts", "Urgent, indirect (3 d)"),
        "standard": translate("Charts", "Other (7 d)"),
    }
    return labels.get(urgency, urgency)


@dataclass(frozen=True, slots=True)
class BarData:
    """Counts per (month, partner); `partners` in legend order, "" = others together."""

    months: tuple[str, ...]
    partners: tuple[str, ...]
    values: dict[tuple[str, str], int]


@dataclass(frozen=True, slots=True)
class DistributionData:
    """Requests per (urgency, bin) for one side (answered by this office, or by partners)."""

    bins: tuple[str, ...]
    urgencies: tuple[str, ...]
    values: dict[tuple[str, str], int]


def bar_data(figures: MonitoringFigures) -> BarData:
    """The bar chart's data: the busiest partners by name, the rest as one."""
    totals: dict[str, int] = {}
    for m in figures.monthly:
        totals[m.partner] = totals.get(m.partner, 0) + m.count
    ranked = sorted(totals, key=lambda p: (-totals[p], p))
    shown = ranked if len(ranked) <= MAX_PARTNERS + 1 else ranked[:MAX_PARTNERS]
    partners = tuple(sorted(shown)) + (("",) if len(shown) < len(ranked) else ())
    values: dict[tuple[str, str], int] = {}
    for m in figures.monthly:
        key = (m.month, m.partner if m.partner in shown else "")
        values[key] = values.get(key, 0) + m.count
    return BarData(figures.months, partners, values)


def distribution_data(figures: MonitoringFigures, direction: str) -> DistributionData:
    """The distribution chart's data for `direction` (`incoming`: answered by this office)."""
    values = {
        (b.urgency, b.bin): b.count for b in figures.response_bins if b.direction == direction
    }
    return DistributionData(BINS, tuple(URGENCY_COLOURS), values)


def _nice_top(value: int) -> tuple[float, float]:
    """An axis maximum with room above `value` (for its label) and its tick step
    (1, 2, 5 x 10^n)."""
    if value <= 0:
        return 1.0, 1.0
    value = math.ceil(value * 1.15)
    raw = value / 4
    power = 10 ** math.floor(math.log10(raw))
    step = next(s * power for s in (1, 2, 5, 10) if s * power >= raw)
    step = max(step, 1.0)
    return step * math.ceil(value / step), step


def _font(base: QFont, unit: float, points: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(1, round(points * unit)))
    font.setBold(bold)
    return font


def _month_label(month: str) -> str:
    names = [
        translate("Charts", "Jan"),
        translate("Charts", "Feb"),
        translate("Charts", "Mar"),
        translate("Charts", "Apr"),
        translate("Charts", "May"),
        translate("Charts", "Jun"),
        translate("Charts", "Jul"),
        translate("Charts", "Aug"),
        translate("Charts", "Sep"),
        translate("Charts", "Oct"),
        translate("Charts", "Nov"),
        translate("Charts", "Dec"),
    ]
    year, _, num = month.partition("-")
    try:
        return f"{names[int(num) - 1]} {year}"
    except (ValueError, IndexError):
        return month


def _plot_area(
    p: QPainter,
    rect: QRectF,
    unit: float,
    font: QFont,
    top: float,
    step: float,
    legend_rows: int,
    bottom_rows: int,
    label_rows: int = 0,
) -> QRectF:
    """Draw the value axis with its grid; return the plotting rectangle."""
    small = _font(font, unit, 7.5)
    metrics = QFontMetricsF(small)
    label_w = metrics.horizontalAdvance(f"{int(top):,}") + 4 * unit
    legend_h = (legend_rows * 1.25 + label_rows * 1.2) * metrics.height() + 2 * unit
    bottom_h = bottom_rows * metrics.height() * 1.15 + 3 * unit
    area = QRectF(
        rect.left() + label_w,
        rect.top() + legend_h,
        rect.width() - label_w - 2 * unit,
        rect.height() - legend_h - bottom_h,
    )
    p.setFont(small)
    ticks = round(top / step)
    for i in range(ticks + 1):
        y = area.bottom() - area.height() * i / ticks
        p.setPen(QPen(GRID if i else AXIS, 0.5 * unit))
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        p.setPen(AXIS)
        p.drawText(
            QRectF(rect.left(), y - metrics.height() / 2, label_w - 3 * unit, metrics.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            f"{int(step * i):,}",
        )
    return area


def _legend(
    p: QPainter, rect: QRectF, unit: float, font: QFont, items: list[tuple[str, QColor]]
) -> None:
    small = _font(font, unit, 7.5)
    metrics = QFontMetricsF(small)
    p.setFont(small)
    x, y = rect.left(), rect.top()
    box = metrics.height() * 0.7
    for text, colour in items:
        width = box + 3 * unit + metrics.horizontalAdvance(text) + 8 * unit
        if x + width > rect.right() and x > rect.left():
            x, y = rect.left(), y + metrics.height() * 1.25
        p.fillRect(QRectF(x, y + (metrics.height() - box) / 2, box, box), colour)
        p.setPen(AXIS)
        p.drawText(QPointF(x + box + 3 * unit, y + metrics.ascent()), text)
        x += width


def _legend_rows(rect: QRectF, unit: float, font: QFont, texts: list[str]) -> int:
    metrics = QFontMetricsF(_font(font, unit, 7.5))
    rows, x = 1, 0.0
    for text in texts:
        width = metrics.height() * 0.7 + 11 * unit + metrics.horizontalAdvance(text)
        if x + width > rect.width() and x > 0:
            rows, x = rows + 1, 0.0
        x += width
    return rows


def _empty(p: QPainter, rect: QRectF, unit: float, font: QFont, text: str) -> None:
    p.setFont(_font(font, unit, 9))
    p.setPen(AXIS)
    p.drawRect(rect.adjusted(0, 0, -unit, -unit))
    p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)


def partner_names_for(partners: tuple[str, ...]) -> list[str]:
    """Legend texts: agency ids, "Others" for the rest together."""
    return [a or translate("Charts", "Others") for a in partners]


def partner_month_bars(p: QPainter, rect: QRectF, data: BarData, font: QFont, unit: float) -> None:
    """Grouped bars: for each month, one bar per partner (requests and alerts, both ways)."""
    p.save()
    try:
        top_value = max(data.values.values(), default=0)
        if top_value == 0 or not data.partners:
            _empty(
                p, rect, unit, font, translate("Charts", "No requests or alerts in this period.")
            )
            return
        top, step = _nice_top(top_value)
        names = partner_names_for(data.partners)
        rows = _legend_rows(rect, unit, font, names)
        area = _plot_area(p, rect, unit, font, top, step, rows, 1)
        _legend(
            p,
            QRectF(rect.left(), rect.top(), rect.width(), area.top() - rect.top()),
            unit,
            font,
            [(n, QColor(PARTNER_COLOURS[i % len(PARTNER_COLOURS)])) for i, n in enumerate(names)],
        )
        small = _font(font, unit, 7.5)
        metrics = QFontMetricsF(small)
        p.setFont(small)
        group = area.width() / max(1, len(data.months))
        bar = min(group * 0.8 / len(data.partners), 28 * unit)
        for m, month in enumerate(data.months):
            start = area.left() + group * m + (group - bar * len(data.partners)) / 2
            for i, partner in enumerate(data.partners):
                value = data.values.get((month, partner), 0)
                height = area.height() * value / top
                box = QRectF(start + i * bar, area.bottom() - height, bar * 0.92, height)
                p.fillRect(box, QColor(PARTNER_COLOURS[i % len(PARTNER_COLOURS)]))
                if value and bar >= metrics.horizontalAdvance(str(value)) * 0.9:
                    p.setPen(AXIS)
                    p.drawText(
                        QRectF(
                            box.left() - bar,
                            box.top() - metrics.height(),
                            bar * 3,
                            metrics.height(),
                        ),
                        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                        str(value),
                    )
            p.setPen(AXIS)
            p.drawText(
                QRectF(area.left() + group * m, area.bottom() + 2 * unit, group, metrics.height()),
                int(Qt.AlignmentFlag.AlignHCenter),
                _month_label(month),
            )
    finally:
        p.restore()


def response_distribution(
    p: QPainter, rect: QRectF, data: DistributionData, font: QFont, unit: float
) -> None:
    """Stacked bars of requests per response-time bin and urgency class, with the legal
    limits marked where they fall between bins."""
    p.save()
    try:
        stacks = {b: sum(data.values.get((u, b), 0) for u in data.urgencies) for b in data.bins}
        if not any(stacks.values()):
            _empty(p, rect, unit, font, translate("Charts", "No requests in this period."))
            return
        top, step = _nice_top(max(stacks.values()))
        names = [urgency_label(u) for u in data.urgencies]
        rows = _legend_rows(rect, unit, font, names)
        area = _plot_area(p, rect, unit, font, top, step, rows, 2, 1)
        _legend(
            p,
            QRectF(rect.left(), rect.top(), rect.width(), area.top() - rect.top()),
            unit,
            font,
            [(n, QColor(URGENCY_COLOURS[u])) for n, u in zip(names, data.urgencies, strict=True)],
        )
        small = _font(font, unit, 7.0)
        metrics = QFontMetricsF(small)
        p.setFont(small)
        slot = area.width() / len(data.bins)
        for i, name in enumerate(data.bins):
            x = area.left() + slot * i + slot * 0.12
            y = area.bottom()
            for urgency in data.urgencies:
                value = data.values.get((urgency, name), 0)
                height = area.height() * value / top
                if value:
                    colour = QColor(URGENCY_COLOURS[urgency])
                    box = QRectF(x, y - height, slot * 0.76, height)
                    if name in ("overdue", "pending"):
                        p.fillRect(box, QColor("#ffffff"))
                        p.setPen(QPen(colour, 1.2 * unit))
                        p.setBrush(Qt.BrushStyle.NoBrush)
                        p.drawRect(box.adjusted(0.6 * unit, 0.6 * unit, -0.6 * unit, 0))
                    else:
                        p.fillRect(box, colour)
                y -= height
            if stacks[name]:
                p.setPen(AXIS)
                p.drawText(
                    QRectF(x - slot, y - metrics.height(), slot * 2.76, metrics.height()),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                    str(stacks[name]),
                )
            p.setPen(AXIS)
            p.drawText(
                QRectF(
                    area.left() + slot * i, area.bottom() + 2 * unit, slot, metrics.height() * 2.3
                ),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap),
                bin_label(name),
            )
        for i, name in enumerate(data.bins):
            if name not in LIMIT_AFTER_BIN:
                continue
            lx = area.left() + slot * (i + 1)
            p.setPen(QPen(LIMIT, 1.0 * unit, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(lx, area.top()), QPointF(lx, area.bottom()))
            text = translate("Charts", "%1 limit").replace(
                "%1", translate("Charts", str(LIMIT_AFTER_BIN[name])))
            box = QRectF(lx - slot, area.top() - metrics.height() * 1.1, slot * 2, metrics.height())
            p.fillRect(box.adjusted(slot * 0.5, 0, -slot * 0.5, 0), QColor("#ffffff"))
            p.setPen(LIMIT)
            p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        sep = area.left() + slot * (len(data.bins) - 2)
        p.setPen(QPen(AXIS, 0.5 * unit, Qt.PenStyle.DotLine))
        p.drawLine(QPointF(sep, area.top()), QPointF(sep, area.bottom()))
    finally:
        p.restore()
