"""The message lists fit a 1366x768 laptop beside the detail pane: sender (officer and
agency), priority, state, time and a summary that takes the free width, nothing to
scroll sideways; the officer chooses further columns, and the choice is remembered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle

from liaison_app.gui import theme
from liaison_app.gui.pages.list_columns import HIDDEN_BY_DEFAULT
from liaison_app.services.display import hidden_columns
from tests.gui.conftest import unlock
from tests.gui.rich_profile import fill
from tests.services.workspace import PASSPHRASE, make_workspace

WAIT_MS = 10_000


def _title(page: Any, column: int) -> str:
    """A column's title (what the header says, or what its short mark stands for)."""
    return str(page.model.headerData(column, Qt.Orientation.Horizontal,
                                     Qt.ItemDataRole.AccessibleTextRole))


def _shown(page: Any) -> list[str]:
    header = page.table.horizontalHeader()
    return [_title(page, c) for c in range(header.count()) if not header.isSectionHidden(c)]


def test_the_inbox_shows_who_when_and_what_without_scrolling_sideways(
        qtbot: Any, tmp_path: Path, make_shell: Any) -> None:
    ws = make_workspace(tmp_path / "profile")
    session = ws.open()
    try:
        fill(session)
    finally:
        session.close(reason="test")
    shell = make_shell(ws.path, start_sync=False)
    window = unlock(qtbot, shell, PASSPHRASE)
    window.resize(1366, 768)
    page = window.pages.currentWidget()
    assert page.key == "inbox"
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.table.isVisible(),
                    timeout=WAIT_MS)
    assert _shown(page) == ["Priority", "State", "From", "Date", "Summary"]
    names = page.model.column_names()
    assert set(HIDDEN_BY_DEFAULT["inbox"]) <= {n for n in names if n}
    titles = [_title(page, c) for c in range(len(names))]
    # Priority is its badge alone under a "!": the word in the tooltip and accessible text
    model, horizontal = page.model, Qt.Orientation.Horizontal
    assert model.headerData(0, horizontal) == "!"
    assert model.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) == "Priority"
    urgent = next(model.index(r, 0) for r in range(model.rowCount())
                  if model.data(model.index(r, 0), Qt.ItemDataRole.ToolTipRole) == "Urgent")
    assert model.data(urgent, Qt.ItemDataRole.DisplayRole) == ""
    assert not model.data(urgent, Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(urgent, Qt.ItemDataRole.AccessibleTextRole) == "Priority: Urgent"
    sender = page.model.index(0, titles.index("From"))
    from_text = str(page.model.data(sender, Qt.ItemDataRole.DisplayRole))
    agency, _dot, officer = from_text.partition(" · ")  # "AGENCY · Officer Name"
    assert agency and officer and agency.isupper(), from_text
    header = page.table.horizontalHeader()
    qtbot.waitUntil(lambda: sum(header.sectionSize(c) for c in range(header.count())
                                if not header.isSectionHidden(c))
                    <= page.table.viewport().width(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.table.horizontalScrollBar().maximum() == 0,
                    timeout=WAIT_MS)  # nothing to scroll sideways to
    summary = header.count() - 1  # last: it takes the free width
    assert page.model.headerData(summary, Qt.Orientation.Horizontal) == "Summary"
    assert header.stretchLastSection()
    assert header.sectionResizeMode(summary) != QHeaderView.ResizeMode.Fixed

    # View -> Columns lists the list's columns; the officer adds the Type column back:
    # shown, remembered for this list only
    window._fill_columns_menu()
    offered = {a.text(): a for a in window.columns_menu.actions()}
    assert offered["Grading"].isCheckable() and not offered["Grading"].isChecked()
    assert "Summary" not in offered  # always shown
    offered["Type"].trigger()
    assert "Type" in _shown(page)
    hidden = hidden_columns(ws.path, "inbox")
    assert hidden is not None and "type" not in hidden and "grading" in hidden
    assert hidden_columns(ws.path, "alerts") is None

    shell.lock("user")
    window = unlock(qtbot, shell, PASSPHRASE)
    page = window.pages.currentWidget()
    assert "Type" in _shown(page) and "Grading" not in _shown(page)


@pytest.mark.parametrize("language", ["en", "bg"])
def test_outbox_and_cases_offer_the_same_column_choice_and_fit_beside_the_pane(
        qtbot: Any, tmp_path: Path, make_shell: Any, qapp: Any, language: str) -> None:
    """The Outbox shows state, priority, to whom, when queued and the summary; Cases the
    reference, status, next due and title: nothing to scroll sideways at 1366x768, in
    English and in Bulgarian (longer titles). The header's menu and View -> Columns offer
    the rest, and the choice is remembered per list (display.json `hidden_columns`)."""
    ws = make_workspace(tmp_path / "profile")
    session = ws.open()
    try:
        fill(session)
    finally:
        session.close(reason="test")
    if language != "en":
        assert theme.install_translations(qapp, QLocale("bg-BG")) is not None
    try:
        _choose_outbox_and_case_columns(qtbot, ws, make_shell, english=language == "en")
    finally:
        theme.remove_translations(qapp)


def _choose_outbox_and_case_columns(qtbot: Any, ws: Any, make_shell: Any,
                                    english: bool) -> None:
    shell = make_shell(ws.path, start_sync=False)
    window = unlock(qtbot, shell, PASSPHRASE)
    window.resize(1366, 768)
    defaults = {
        "outbox": (["State", "Priority", "To", "Queued", "Summary"], "last_error"),
        "cases": (["Reference", "Status", "Next due", "Title"], "crime_area"),
    }
    for key, (shown, extra) in defaults.items():
        window.nav.setCurrentRow(window._nav_row(key))
        page = window.pages.currentWidget()
        assert page.key == key
        qtbot.waitUntil(lambda p=page: p.model.rowCount() > 0 and p.table.isVisible(),
                        timeout=WAIT_MS)
        names = page.model.column_names()
        hidden = {n for c, n in enumerate(names) if page.table.isColumnHidden(c)}
        assert hidden == HIDDEN_BY_DEFAULT[key]
        if english:
            assert _shown(page) == shown
        assert page.columns.choosable
        header = page.table.horizontalHeader()
        assert header.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
        # nothing to scroll sideways to: every shown column inside the list
        qtbot.waitUntil(lambda p=page, h=header: sum(
            h.sectionSize(c) for c in range(h.count()) if not h.isSectionHidden(c))
            <= p.table.viewport().width(), timeout=WAIT_MS)
        title = str(page.model.headerData(names.index(extra), Qt.Orientation.Horizontal))
        last = str(page.model.headerData(len(names) - 1, Qt.Orientation.Horizontal))
        # the header's context menu lists the choosable columns, the hidden ones unchecked
        page.columns._header_menu(QPoint(4, 4))
        offered = {a.text(): a for a in page.columns.menu.actions()}
        page.columns.menu.hide()
        assert not offered[title].isChecked() and last not in offered
        # View -> Columns offers the same; choosing one shows it and remembers it
        window._fill_columns_menu()
        from_view = {a.text(): a for a in window.columns_menu.actions()}
        assert set(from_view) == set(offered)
        from_view[title].trigger()
        assert not page.table.isColumnHidden(names.index(extra))
        assert hidden_columns(ws.path, key) == HIDDEN_BY_DEFAULT[key] - {extra}
    assert hidden_columns(ws.path, "inbox") is None

    shell.lock("user")
    window = unlock(qtbot, shell, PASSPHRASE)
    for key, (_titles, extra) in defaults.items():
        window.nav.setCurrentRow(window._nav_row(key))
        page = window.pages.currentWidget()
        assert not page.table.isColumnHidden(page.model.column_names().index(extra))


#: a typical officer's name in the directory: about twenty characters
TYPICAL_NAME = "Milica Jovanović-Ilić"
SUMMARY_CHARACTERS = 25


@pytest.mark.parametrize("language", ["en", "bg-BG", "sr-Cyrl-RS", "sr-Latn-RS"])
def test_the_sender_reads_whole_beside_the_pane_and_the_summary_stays_useful(
        qtbot: Any, tmp_path: Path, make_shell: Any, qapp: Any, language: str) -> None:
    """At 1366x768 with the detail pane beside the Inbox, in every language and in the
    officer's look (the theme's fonts), From shows the agency and a twenty-character
    officer's name whole ("RS-BP · Milica Jovanović-Ilić"), the Summary still keeps at
    least 25 characters, and nothing scrolls sideways: the Summary gives way before the
    sender's name does."""
    ws = make_workspace(tmp_path / "profile")
    session = ws.open()
    try:
        fill(session)
        with session.db.transaction() as conn:
            conn.execute("UPDATE officers SET name = ? WHERE officer_id = ?",
                         (TYPICAL_NAME, "rs-bp.horgos-desk"))
    finally:
        session.close(reason="test")
    theme.apply_theme(qapp)  # the officer's look: its fonts and padding, not Qt's default
    if language != "en":
        assert theme.install_translations(qapp, QLocale(language)) is not None
    try:
        shell = make_shell(ws.path, start_sync=False)
        window = unlock(qtbot, shell, PASSPHRASE)
        window.resize(1366, 768)
        assert window.detail_stack.isVisible()
        page = window.pages.currentWidget()
        qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.table.isVisible(),
                        timeout=WAIT_MS)
        names = page.model.column_names()
        sender = next(c for c in sorted(page.model.columns_giving_way())
                      if not page.table.isColumnHidden(c))  # From: the first name shown
        assert not names[sender]  # always shown
        texts = [str(page.model.data(page.model.index(r, sender), Qt.ItemDataRole.DisplayRole))
                 for r in range(page.model.rowCount())]
        typical = next(t for t in texts if TYPICAL_NAME in t)
        bold = QFont(page.table.font())
        bold.setBold(True)
        padding = 2 * (page.table.style().pixelMetric(  # the delegate's text margins
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, page.table) + 1)
        needed = QFontMetrics(bold).horizontalAdvance(typical) + padding
        header = page.table.horizontalHeader()
        summary = header.count() - 1
        least = SUMMARY_CHARACTERS * page.table.fontMetrics().averageCharWidth()
        qtbot.waitUntil(lambda: page.table.horizontalScrollBar().maximum() == 0,
                        timeout=WAIT_MS)
        assert header.sectionSize(sender) >= needed, (typical, header.sectionSize(sender))
        assert header.sectionSize(summary) >= least, header.sectionSize(summary)
        assert sum(header.sectionSize(c) for c in range(header.count())
                   if not header.isSectionHidden(c)) <= page.table.viewport().width()

        # a smaller screen: the Summary keeps its minimum, the sender gives way after it,
        # and still nothing scrolls sideways
        window.resize(1280, 720)
        qtbot.waitUntil(lambda: sum(header.sectionSize(c) for c in range(header.count())
                                    if not header.isSectionHidden(c))
                        <= page.table.viewport().width(), timeout=WAIT_MS)
        assert page.table.horizontalScrollBar().maximum() == 0
        assert header.sectionSize(summary) >= least, header.sectionSize(summary)
    finally:
        theme.remove_translations(qapp)
        qapp.setStyleSheet("")
