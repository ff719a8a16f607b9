"""Two lists that must say exactly what is true: the Outbox's State column widens when a
longer state appears after the list was first fitted ("Handed to carrier" was cut to
"Handed to c…"), and the Drafts page states the draft retention in force in days
(it said "a month")."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from liaison_app.domain.messages import MessageStatus
from liaison_app.gui import theme
from liaison_app.gui.context import AppContext
from liaison_app.gui.pages.drafts import DraftsPage
from liaison_app.gui.pages.outbox_list import OutboxPage
from liaison_app.services import drafts
from liaison_app.store import drafts as draft_store
from liaison_app.store import messages
from tests.services.bundle_world import queue_request
from tests.services.workspace import make_workspace


def _fits(page: OutboxPage, row: int) -> tuple[int, int]:
    """(width the State cell's text and icon need, width the column has)."""
    model, table = page.model, page.table
    index = model.index(row, 0)
    text = str(model.data(index, Qt.ItemDataRole.DisplayRole))
    needed = QFontMetrics(table.font()).horizontalAdvance(text) + table.iconSize().width()
    return needed, table.horizontalHeader().sectionSize(0)


@pytest.mark.parametrize("locale", ["en-GB", "sr-Latn-RS", "sr-Cyrl-RS", "bg-BG"])
def test_the_outbox_state_column_widens_for_a_longer_state(
        qtbot: Any, tmp_path: Path, qapp: QApplication, locale: str) -> None:
    session = make_workspace(tmp_path / "profile").open()
    if locale != "en-GB":
        assert theme.install_translations(qapp, QLocale(locale)) is not None
    try:
        queued = queue_request(session, "Lorry NS123AB: owner and crossings")
        ctx = AppContext(session)
        page = OutboxPage(ctx)
        qtbot.addWidget(page)
        page.resize(645, 600)  # the list's share of a 1366-pixel window
        page.show()
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
        with session.db.transaction() as conn:
            messages.set_status(conn, queued, MessageStatus.HANDED_TO_CARRIER,
                                now=datetime.now(UTC))
        page.refresh()
        handed = QApplication.translate("Labels", "Handed to carrier")
        qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 0)) == handed,
                        timeout=10_000)
        needed, has = _fits(page, 0)
        assert needed < has, (needed, has)
        # a column the officer narrowed stays as the officer left it
        page.table.horizontalHeader().resizeSection(0, 40)
        page.refresh()
        assert page.table.horizontalHeader().sectionSize(0) == 40
        ctx.session = None
    finally:
        theme.remove_translations(qapp)
        session.close()


def test_the_drafts_page_states_the_retention_in_days(qtbot: Any, tmp_path: Path,
                                                      qapp: QApplication) -> None:
    session = make_workspace(tmp_path / "profile").open()
    try:
        kept = drafts.retention(session)
        assert kept.days >= draft_store.keep_days(session.db) and not kept.confirm
        page = DraftsPage(AppContext(session))
        qtbot.addWidget(page)
        text = page.explanation.text()
        assert "month" not in text
        assert text.endswith(f"Drafts nobody edits for {kept.days} days are erased."), text
        assert theme.install_translations(qapp, QLocale("bg-BG")) is not None
        try:
            page.refresh()
            translated = page.explanation.text()
        finally:
            theme.remove_translations(qapp)
        assert str(kept.days) in translated and "nobody edits" not in translated, translated
        page.ctx.session = None
    finally:
        session.close()
