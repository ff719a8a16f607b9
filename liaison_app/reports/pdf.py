"""A PDF target: A4 at 300 dpi, PDF/A-1b, fonts embedded, written to memory.

The document is drawn into a QBuffer, never a temporary file: a report that
holds personal data touches the disk only where the officer chose to save it
(services.report_export, audited). PDF/A-1b is what QPdfWriter offers: it
embeds the fonts and an sRGB output intent and writes XMP metadata; the
drawing uses opaque colours only (PDF/A-1 has no transparency).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from liaison_app import __version__
from liaison_app.reports.flow import Flow, PageDecoration

RESOLUTION = 300
MARGIN_MM = 15.0
EDGE_MM = 10.0


@dataclass(frozen=True, slots=True)
class PdfMeta:
    """The document's title and author (the issuing officer), kept in the PDF's metadata."""

    title: str
    author: str


@contextmanager
def no_collection() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a document is laid out and painted.

    Laying out a long report makes tens of thousands of small objects that live
    until it is painted; the collector would walk them again and again (measured:
    a fifth of a 500-message report's time). Reference counting still frees
    everything; the collector runs again afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class PdfTarget:
    """One PDF being made: lay out with `flow(...)`, then `finish(...)` gives the bytes."""

    def __init__(self, meta: PdfMeta) -> None:
        self._data = QByteArray()
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(self._buffer)
        writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(0, 0, 0, 0)))
        writer.setResolution(RESOLUTION)
        writer.setTitle(meta.title)
        writer.setAuthor(meta.author)
        writer.setCreator(f"Liaison {__version__}")
        self.writer = writer
        self.unit = RESOLUTION / 72.0
        self.page = QRectF(0, 0, writer.width(), writer.height())

    def mm(self, millimetres: float) -> float:
        """Millimetres to device pixels."""
        return millimetres * RESOLUTION / 25.4

    @property
    def content(self) -> QRectF:
        """The page inside the margins (header, body and footer share it)."""
        m = self.mm(MARGIN_MM)
        e = self.mm(EDGE_MM)
        return QRectF(m, e, self.page.width() - 2 * m, self.page.height() - 2 * e)

    def flow(self, header_height: float, footer_height: float) -> Flow:
        """A flow in the body left between the header and the footer."""
        c = self.content
        body = QRectF(c.left(), c.top() + header_height, c.width(),
                      c.height() - header_height - footer_height)
        return Flow(self.writer, body, self.unit)

    def finish(self, flow: Flow, decorate: PageDecoration,
               progress: Callable[[int, int], None] | None = None) -> bytes:
        """Paint every page and return the PDF's bytes."""
        painter = QPainter(self.writer)

        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            flow.paint(painter, self.writer, decorate, progress)
        finally:
            painter.end()
        self._buffer.close()
        return bytes(self._data.data())
