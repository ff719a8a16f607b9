"""The report's type sizes and the fonts made from them (one place, so both documents match)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont

from liaison_app.reports.qt_app import report_font


@dataclass(frozen=True)
class Style:
    """Fonts for titles, headings, text, tables and the page furniture."""

    title: QFont
    h1: QFont
    h2: QFont
    body: QFont
    bold: QFont
    small: QFont
    table: QFont
    table_header: QFont
    banner: QFont
    banner_bold: QFont

    @classmethod
    def standard(cls) -> Style:
        """The reports' sizes (points)."""
        return cls(
            title=report_font(16, bold=True), h1=report_font(12.5, bold=True),
            h2=report_font(10, bold=True), body=report_font(9), bold=report_font(9, bold=True),
            small=report_font(7.5), table=report_font(8), table_header=report_font(8, bold=True),
            banner=report_font(8), banner_bold=report_font(8.5, bold=True))
