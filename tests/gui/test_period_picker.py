"""One period picker for the Monitoring page and File → Report…: a preset fills the dates,
an edited date makes them "Chosen dates", the period never ends before it starts, and
each change is said once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

from liaison_app.gui.context import AppContext
from liaison_app.gui.pages.monitoring import MonitoringPage
from liaison_app.gui.period_picker import PeriodPicker
from liaison_app.gui.report_dialog import ReportDialog
from liaison_app.services.monitoring_types import PERIOD_PRESETS, Period
from liaison_app.services.session import Session
from tests.services.workspace import make_workspace

Q1 = Period.quarter(2026, 1)


def test_presets_dates_and_a_period_that_stays_whole(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    combo, first, last = QComboBox(host), QDateEdit(host), QDateEdit(host)
    picker = PeriodPicker(combo, first, last, preset="last_quarter")
    today = datetime.now(UTC).date()
    assert [combo.itemData(i) for i in range(combo.count())] == [*PERIOD_PRESETS, "custom"]
    assert picker.preset == "last_quarter"
    assert picker.period == Period.preset("last_quarter", today)
    said: list[Period] = []
    picker.changed.connect(lambda: said.append(picker.period))

    combo.setCurrentIndex(combo.findData("last_year"))
    assert said == [Period.preset("last_year", today)]
    first.setDate(QDate(2026, 2, 1))  # an edited date: chosen dates, said once
    assert picker.preset == "custom" and len(said) == 2
    assert said[-1].first_day == date(2026, 2, 1)
    # a start after the end moves the end with it (and the other way round)
    last.setDate(QDate(2026, 3, 31))
    first.setDate(QDate(2026, 5, 10))
    assert picker.period == Period(date(2026, 5, 10), date(2026, 5, 10)) == said[-1]
    last.setDate(QDate(2026, 4, 1))
    assert picker.period == Period(date(2026, 4, 1), date(2026, 4, 1))
    # shown from outside (the monitoring page's Report…): chosen dates, nothing said
    count = len(said)
    picker.show_period(Q1)
    assert picker.period == Q1 and picker.preset == "custom" and len(said) == count
    combo.setCurrentIndex(combo.findData("custom"))  # the same dates: nothing new
    assert len(said) == count


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    session: Session = make_workspace(tmp_path / "profile").open()
    yield AppContext(session)
    session.close()


def test_the_monitoring_page_and_the_report_dialog_share_the_picker(
        qtbot: Any, ctx: AppContext) -> None:
    page = MonitoringPage(ctx)
    qtbot.addWidget(page)
    assert isinstance(page.period_picker, PeriodPicker)
    assert page.period_picker.preset == "this_quarter"
    page.choose(Q1)
    assert page.period == Q1 and page.figures is not None and page.figures.period == Q1
    with qtbot.waitSignal(page.period_picker.changed, timeout=2000):
        page.to_date.setDate(QDate(2026, 2, 28))  # the figures follow the dates
    assert page.figures.period == Period(date(2026, 1, 1), date(2026, 2, 28))

    dialog = ReportDialog(ctx, None, period=Q1)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.period_picker, PeriodPicker)
    assert dialog.period_picker.period == Q1 and dialog.period_picker.preset == "custom"
    dialog.monitoring_radio.setChecked(True)
    assert dialog.path_edit.text().endswith("monitoring-2026-01-01-2026-03-31.pdf")
    dialog.period_combo.setCurrentIndex(dialog.period_combo.findData("last_year"))
    last_year = Period.preset("last_year", datetime.now(UTC).date())
    assert dialog.path_edit.text().endswith(
        f"monitoring-{last_year.first_day}-{last_year.last_day}.pdf")
    fresh = ReportDialog(ctx, None)
    qtbot.addWidget(fresh)
    assert fresh.period_picker.preset == "last_quarter"
