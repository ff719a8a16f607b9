"""Every Monitoring table fits its width at 1366x768 in every language: no table scrolls
sideways, no header title is cut, no figure is cut; a text cell cut to fit says its full
text in its tooltip. Bulgarian's one-word titles ("Запитвания", "Просрочени") are the
widest; the response-time table has ten columns."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QTreeWidget, QTreeWidgetItemIterator

from liaison_app.services.monitoring_types import Period
from tests.gui.conftest import unlock
from tests.gui.fit_checks import clipped, officer_look, page_at_laptop_size
from tests.monitoring.fixture import build_quarter
from tests.services.workspace import PASSPHRASE, make_workspace

WAIT_MS = 10_000
Q1 = Period.quarter(2026, 1)


def cut_cells(tree: QTreeWidget) -> Iterator[str]:
    """Cells whose text is wider than their column: a figure always, a text only when
    its tooltip does not give it whole."""
    header = tree.header()
    margin = 2 * (tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                           tree) + 1)
    rows = QTreeWidgetItemIterator(tree)
    while (item := rows.value()) is not None:
        rows += 1
        depth, parent = 0, item.parent()
        while parent is not None:
            depth, parent = depth + 1, parent.parent()
        for column in range(tree.columnCount()):
            text = item.text(column)
            if not text or header.isSectionHidden(column):
                continue
            first_spanned = item.isFirstColumnSpanned() and column == 0
            room = header.length() if first_spanned else header.sectionSize(column)
            if column == 0:  # a row under a heading is indented
                room -= depth * tree.indentation()
            needed = QFontMetrics(item.font(column)).horizontalAdvance(text) + margin
            if needed <= room:
                continue
            figure = any(ch.isdigit() for ch in text)
            if figure or item.toolTip(column) != text:
                yield (f"{tree.objectName()}: cell {text!r} needs {needed} px, has {room}"
                       f"{'' if figure else ' and no tooltip with its full text'}")


def fit_problems(page: Any) -> list[str]:
    """What does not fit on the Monitoring page: tables that scroll sideways or run past
    their right edge, cut headers and labels, cut cells."""
    found = list(clipped(page))
    for tree in page.findChildren(QTreeWidget):
        if not tree.isVisible():
            continue
        name = tree.objectName()
        if tree.horizontalScrollBar().isVisible() or tree.horizontalScrollBar().maximum():
            found.append(f"{name}: scrolls sideways (by {tree.horizontalScrollBar().maximum()}"
                         " px)")
        if tree.header().length() > tree.viewport().width():
            found.append(f"{name}: columns {tree.header().length()} px wide in "
                         f"{tree.viewport().width()} px")
        found += cut_cells(tree)
    return found


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    ws = make_workspace(tmp_path / "profile")
    session = ws.open()
    try:
        build_quarter(session)
    finally:
        session.close(reason="test")
    return ws.path


@pytest.mark.parametrize("language", ["bg-BG", "en-GB", "sr-Latn-RS", "sr-Cyrl-RS"])
def test_every_monitoring_table_fits_at_1366x768(
        qtbot: Any, qapp: Any, make_shell: Any, profile: Path, language: str) -> None:
    with officer_look(qapp, language):
        window = unlock(qtbot, make_shell(profile, start_sync=False), PASSPHRASE)
        page = page_at_laptop_size(qtbot, qapp, window, "monitoring")
        assert page.objectName() == "monitoringPage"
        page.choose(Q1)
        responses = page.responses
        qtbot.waitUntil(lambda: responses.isVisible()
                        and responses.topLevelItemCount() > 1, timeout=WAIT_MS)
        # the window laid out at its size and the columns fitted to it (bounded wait)
        with contextlib.suppress(qtbot.TimeoutError):
            qtbot.waitUntil(lambda: window.size().toTuple() == (1366, 768)
                            and not fit_problems(page), timeout=3_000)
        assert window.size().toTuple() == (1366, 768)
        problems = fit_problems(page)
        assert not problems, "\n".join(problems)
        # every figure there: each urgency row under its heading keeps its nine values
        group = responses.topLevelItem(0)
        row = [group.child(0).text(c) for c in range(responses.columnCount())]
        assert len(row) == 9 and all(row), row
