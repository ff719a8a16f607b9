"""Choosing a period: a preset (this quarter, last year…) or two dates.

The Monitoring page and File → Report… both ask for the period their figures cover.
`PeriodPicker` drives the combo box of presets and the two date fields their forms
lay out (each form keeps its own labels, buddies and tab order): choosing a preset
fills the dates; editing a date switches the combo to "Chosen dates" and keeps the
period whole (the other date follows, so it never ends before it starts); `changed`
says the period on screen is a new one.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QObject, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit

from liaison_app.services.monitoring_types import PERIOD_PRESETS, Period

CUSTOM = "custom"
PERIOD_TITLES = {
    "this_quarter": str(QT_TRANSLATE_NOOP("ReportDialog", "This quarter")),
    "last_quarter": str(QT_TRANSLATE_NOOP("ReportDialog", "Last quarter")),
    "this_year": str(QT_TRANSLATE_NOOP("ReportDialog", "This year")),
    "last_year": str(QT_TRANSLATE_NOOP("ReportDialog", "Last year")),
    "last_12_months": str(QT_TRANSLATE_NOOP("ReportDialog", "Last 12 months")),
    CUSTOM: str(QT_TRANSLATE_NOOP("ReportDialog", "Chosen dates")),
}
"""The periods offered (their texts keep the "ReportDialog" translation context)."""


def period_title(key: str) -> str:
    """A period preset's name in the officer's language."""
    return QCoreApplication.translate("ReportDialog", PERIOD_TITLES[key])


def qdate(day: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    """A QDate as a Python date."""
    return date(value.year(), value.month(), value.day())


class PeriodPicker(QObject):
    """A preset combo box and a first and last date, kept in step (see the module)."""

    #: the period on screen changed (a preset chosen, a date edited)
    changed = Signal()

    def __init__(self, presets: QComboBox, first: QDateEdit, last: QDateEdit, *,
                 preset: str = "this_quarter") -> None:
        super().__init__(presets)
        self.presets, self.first, self.last = presets, first, last
        presets.blockSignals(True)
        presets.clear()
        for key in (*PERIOD_PRESETS, CUSTOM):
            presets.addItem(period_title(key), key)
        presets.blockSignals(False)
        self.choose_preset(preset)
        presets.currentIndexChanged.connect(self._preset_chosen)
        first.dateChanged.connect(lambda _d: self._date_edited(moved_first=True))
        last.dateChanged.connect(lambda _d: self._date_edited(moved_first=False))

    @property
    def period(self) -> Period:
        """The period on screen."""
        return Period(pydate(self.first.date()), pydate(self.last.date()))

    @property
    def preset(self) -> str:
        """The preset chosen ("custom" for dates of the officer's own)."""
        return str(self.presets.currentData())

    def choose_preset(self, key: str) -> None:
        """Show preset `key` (its dates as of today), without saying `changed`."""
        if key != CUSTOM:
            self._show_dates(Period.preset(key, datetime.now(UTC).date()))
        self._show_preset(key)

    def show_period(self, period: Period) -> None:
        """Show `period` as chosen dates, without saying `changed`."""
        self._show_dates(period)
        self._show_preset(CUSTOM)

    def _show_preset(self, key: str) -> None:
        self.presets.blockSignals(True)
        self.presets.setCurrentIndex(max(0, self.presets.findData(key)))
        self.presets.blockSignals(False)

    def _show_dates(self, period: Period) -> None:
        for edit, day in ((self.first, period.first_day), (self.last, period.last_day)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)

    def _preset_chosen(self) -> None:
        if self.preset != CUSTOM:
            self.choose_preset(self.preset)
            self.changed.emit()

    def _date_edited(self, *, moved_first: bool) -> None:
        first, last = self.first.date(), self.last.date()
        if last < first:  # the other date follows: a period never ends before it starts
            follower, day = (self.last, first) if moved_first else (self.first, last)
            follower.blockSignals(True)
            follower.setDate(day)
            follower.blockSignals(False)
        self._show_preset(CUSTOM)
        self.changed.emit()
