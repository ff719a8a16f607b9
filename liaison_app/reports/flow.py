"""A small page-layout engine on QPainter: text that flows over pages, tables, drawings.

Content is laid out first (QTextLayout against the target device, so the
metrics are the PDF's), into a list of drawing operations per page; then
`paint` draws the pages, with a header and footer that know the page number
and the total. Long text breaks between lines, never inside one; table rows
and drawings are kept whole; a heading is never left alone at a page foot.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPaintDevice,
    QPainter,
    QPen,
    QTextLayout,
    QTextLine,
    QTextOption,
)

Op = Callable[[QPainter], None]
PageDecoration = Callable[[QPainter, int, int], None]
"""Draws a page's header and footer: (painter, page number from 1, total pages)."""

TEXT = QColor("#1a1a1a")
MUTED = QColor("#555555")
RULE = QColor("#b0b0b0")
SHADE = QColor("#eef1f5")


def lay_out(text: str, font: QFont, width: float, device: QPaintDevice, *,
            align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> tuple[QTextLayout,
                                                                          list[QTextLine]]:
    """`text` broken into lines of at most `width` (words first, anywhere if a word is longer)."""
    layout = QTextLayout(text, font, device)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setAlignment(align)
    layout.setTextOption(option)
    layout.setCacheEnabled(True)
    lines: list[QTextLine] = []
    y = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0.0, y))
        y += line.height()
        lines.append(line)
    layout.endLayout()
    return layout, lines


def text_height(text: str, font: QFont, width: float, device: QPaintDevice) -> float:
    """How tall `text` is when laid out in `width`."""
    _layout, lines = lay_out(text, font, width, device)
    return sum(line.height() for line in lines)


def _draw_lines(layout: QTextLayout, lines: Sequence[QTextLine], x: float, y: float,
                color: QColor) -> Op:
    """An op drawing `lines` of `layout` with the first at (x, y); keeps `layout` alive."""
    top = lines[0].y()

    def op(p: QPainter, _layout: QTextLayout = layout) -> None:  # the lines live in it
        p.setPen(color)
        for line in lines:
            line.draw(p, QPointF(x, y - top))

    return op


def _widest_word(text: str, metrics: QFontMetricsF) -> float:
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0.0)


def column_widths(columns: Sequence[Column], rows: Sequence[Sequence[str]], font: QFont,
                  header_font: QFont, width: float, padding: float,
                  device: QPaintDevice) -> list[float]:
    """Column widths by share, each at least as wide as its longest word (so words break
    only when the table cannot fit them at all)."""
    body, head = QFontMetricsF(font, device), QFontMetricsF(header_font, device)
    minimum = [max(_widest_word(c.title, head),
                   max((_widest_word(r[i], body) for r in rows), default=0.0)) + padding
               for i, c in enumerate(columns)]
    total_share = sum(c.share for c in columns)
    ideal = [width * c.share / total_share for c in columns]
    widths = [max(i, m) for i, m in zip(ideal, minimum, strict=True)]
    excess = sum(widths) - width
    if excess > 0:
        slack = [w - m for w, m in zip(widths, minimum, strict=True)]
        room = sum(slack)
        if room >= excess:
            widths = [w - excess * s / room for w, s in zip(widths, slack, strict=True)]
        else:
            widths = [width * m / sum(minimum) for m in minimum]
    return widths


@dataclass
class Column:
    """A table column: title, share of the table's width, alignment."""

    title: str
    share: float
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft


@dataclass
class Flow:
    """Lays content into `body` on pages of `device`; `paint` draws them."""

    device: QPaintDevice
    body: QRectF
    unit: float
    """Device pixels per typographic point (1/72 inch)."""
    pages: list[list[Op]] = field(default_factory=lambda: [[]])
    y: float = 0.0
    _labels: dict[tuple[str, str, float], tuple[QTextLayout, list[QTextLine]]] = field(
        default_factory=dict)
    """Field labels laid out once per text, font and width (they repeat on every block)."""

    def __post_init__(self) -> None:
        self.y = self.body.top()

    # -- geometry -----------------------------------------------------------------

    def pt(self, points: float) -> float:
        """Points to device pixels."""
        return points * self.unit

    @property
    def room(self) -> float:
        """Height left on the current page."""
        return self.body.bottom() - self.y

    @property
    def at_top(self) -> bool:
        """Nothing placed on the current page yet."""
        return self.y <= self.body.top() + 0.5

    def new_page(self) -> None:
        """Go on at the top of a new page."""
        self.pages.append([])
        self.y = self.body.top()

    def ensure(self, height: float) -> None:
        """Start a new page unless `height` fits (or this page is still empty)."""
        if height > self.room and not self.at_top:
            self.new_page()

    def space(self, points: float) -> None:
        """Vertical space (dropped at the top of a page)."""
        if not self.at_top:
            self.y = min(self.y + self.pt(points), self.body.bottom())

    def _add(self, op: Op) -> None:
        self.pages[-1].append(op)

    # -- content --------------------------------------------------------------------

    def text(self, text: str, font: QFont, *, color: QColor = TEXT, indent: float = 0.0,
             after: float = 3.0, keep_lines: int = 1) -> None:
        """A paragraph (newlines kept) that breaks over pages between lines."""
        x = self.body.left() + self.pt(indent)
        width = self.body.width() - self.pt(indent)
        for part in (text.split("\n") if text else [""]):
            layout, lines = lay_out(part or " ", font, width, self.device)
            self._place(layout, lines, x, color, keep_lines)
        self.space(after)

    def _place(self, layout: QTextLayout, lines: list[QTextLine], x: float, color: QColor,
               keep_lines: int = 1, first: Callable[[float], Op] | None = None,
               first_height: float = 0.0) -> None:
        """Place `lines` from the current position, breaking pages between lines; `first`
        makes an extra op drawn beside the first line (a field's label, `first_height`
        tall: what follows starts below it)."""
        keep = max(sum(line.height() for line in lines[:max(1, keep_lines)]), first_height)
        self.ensure(keep)
        label_bottom = 0.0
        start = 0
        while start < len(lines):
            end, height = start, 0.0
            while end < len(lines) and (height + lines[end].height() <= self.room
                                        or (end == start and self.at_top)):
                height += lines[end].height()
                end += 1
            if end == start:
                self.new_page()
                continue
            if start == 0 and first is not None:
                self._add(first(self.y))
                label_bottom = self.y + first_height
            self._add(_draw_lines(layout, lines[start:end], x, self.y, color))
            self.y += height
            start = end
            if start < len(lines):
                self.new_page()
                label_bottom = 0.0
        self.y = max(self.y, min(label_bottom, self.body.bottom()))

    def heading(self, text: str, font: QFont, *, before: float = 10.0, after: float = 4.0,
                color: QColor = TEXT, keep_after: float = 60.0) -> None:
        """A heading kept with at least `keep_after` points of what follows it."""
        self.space(before)
        width = self.body.width()
        layout, lines = lay_out(text, font, width, self.device)
        height = sum(line.height() for line in lines)
        self.ensure(height + self.pt(keep_after))
        self._add(_draw_lines(layout, lines, self.body.left(), self.y, color))
        self.y += height + self.pt(after)

    def fields(self, rows: Sequence[tuple[str, str]], label_font: QFont, value_font: QFont, *,
               label_share: float = 0.28, indent: float = 0.0, after: float = 4.0,
               color: QColor = TEXT) -> None:
        """`label: value` lines; long values wrap and break over pages beside their label."""
        left = self.body.left() + self.pt(indent)
        width = self.body.width() - self.pt(indent)
        label_w = width * label_share
        gap = self.pt(6)
        for label, value in rows:
            key = (label, label_font.key(), label_w)
            if key not in self._labels:
                self._labels[key] = lay_out(label, label_font, label_w - gap, self.device)
            label_layout, label_lines = self._labels[key]
            parts = value.split("\n") if value else ["—"]
            for i, part in enumerate(parts):
                layout, lines = lay_out(part or " ", value_font, width - label_w, self.device)
                label_op: Callable[[float], Op] | None = None
                label_h = 0.0
                if i == 0:
                    def label_op(y: float, ll: QTextLayout = label_layout,
                                 lines_: list[QTextLine] = label_lines) -> Op:
                        return _draw_lines(ll, lines_, left, y, MUTED)
                    label_h = sum(line.height() for line in label_lines)
                self._place(layout, lines, left + label_w, color, 1, label_op, label_h)
            self.y += self.pt(1.5)
        self.space(after)

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[str]], font: QFont,
              header_font: QFont, *, after: float = 6.0, shade_every: int = 2) -> None:
        """A table whose header row repeats on every page it spans; rows are kept whole."""
        left, width = self.body.left(), self.body.width()
        pad = self.pt(3)
        widths = column_widths(columns, rows, font, header_font, width, 2 * pad, self.device)
        xs = [left + sum(widths[:i]) for i in range(len(widths))]

        def cells(values: Sequence[str], f: QFont) -> tuple[list[tuple[QTextLayout,
                                                                      list[QTextLine]]], float]:
            laid = [lay_out(v, f, w - 2 * pad, self.device, align=c.align)
                    for v, w, c in zip(values, widths, columns, strict=True)]
            tallest = max((sum(line.height() for line in ls) for _l, ls in laid), default=0.0)
            return laid, tallest + 2 * pad

        header, header_h = cells([c.title for c in columns], header_font)

        def put_row(laid: list[tuple[QTextLayout, list[QTextLine]]], height: float,
                    fill: QColor | None, bold_rule: bool) -> None:
            y = self.y
            row_rect = QRectF(left, y, width, height)

            def frame(p: QPainter, r: QRectF = row_rect, f: QColor | None = fill,
                      b: bool = bold_rule) -> None:
                if f is not None:
                    p.fillRect(r, f)
                p.setPen(QPen(RULE if not b else TEXT, self.pt(0.6 if b else 0.3)))
                p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()))

            self._add(frame)
            for (layout, lines), x in zip(laid, xs, strict=True):
                if lines:
                    self._add(_draw_lines(layout, lines, x + pad, y + pad, TEXT))
            self.y += height

        def put_header() -> None:
            put_row(header, header_h, SHADE, True)

        self.ensure(header_h * 2.5)
        put_header()
        for n, values in enumerate(rows):
            laid, height = cells(values, font)
            if height > self.room:
                self.new_page()
                put_header()
            put_row(laid, height, SHADE if shade_every and n % shade_every == 1 else None,
                    False)
        self.space(after)

    def drawing(self, height_points: float, draw: Callable[[QPainter, QRectF], None], *,
                after: float = 6.0) -> None:
        """A drawing (a chart) of the full body width, kept on one page."""
        height = self.pt(height_points)
        self.ensure(height)
        rect = QRectF(self.body.left(), self.y, self.body.width(), height)

        def op(p: QPainter, r: QRectF = rect) -> None:
            draw(p, r)

        self._add(op)
        self.y += height
        self.space(after)

    def rule(self, *, after: float = 4.0) -> None:
        """A thin line across the body."""
        self.space(2)
        y = self.y
        left, right = self.body.left(), self.body.right()

        def op(p: QPainter) -> None:
            p.setPen(QPen(RULE, self.pt(0.5)))
            p.drawLine(QPointF(left, y), QPointF(right, y))

        self._add(op)
        self.space(after)

    # -- painting --------------------------------------------------------------------

    def paint(self, painter: QPainter, device: QPagedPaintDevice, decorate: PageDecoration,
              progress: Callable[[int, int], None] | None = None) -> None:
        """Draw every page (a new page between them), each with its header and footer."""
        total = len(self.pages)
        for number, ops in enumerate(self.pages, start=1):
            if number > 1:
                device.newPage()
            decorate(painter, number, total)
            for op in ops:
                painter.save()
                op(painter)
                painter.restore()
            if progress is not None:
                progress(number, total)
