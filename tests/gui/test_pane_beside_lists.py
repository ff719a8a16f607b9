"""What the right-hand pane shows beside Outbox and Cases at 1366x768: the Outbox's
selected message (it is a message), nothing beside Cases (the list takes the width and
Enter opens the case view, with the pane beside it); View -> Detail pane still collapses
it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from liaison_app.gui.models.paged import KEY_ROLE
from liaison_app.gui.pages.detail import MessageDetail
from tests.gui.conftest import unlock
from tests.gui.rich_profile import fill
from tests.services.workspace import PASSPHRASE, make_workspace

WAIT_MS = 10_000


def _open_page(qtbot: Any, window: Any, key: str) -> Any:
    window.nav.setCurrentRow(window._nav_row(key))
    page = window.pages.currentWidget()
    assert page.key == key
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.table.isVisible(),
                    timeout=WAIT_MS)
    return page


def test_outbox_shows_the_selected_message_and_cases_give_the_list_the_width(
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
    assert window.detail_action.isChecked()

    # Outbox: selecting a queued message shows it in the pane (or, when it holds
    # personal data, says that Enter opens it: no justification asked per arrow key)
    outbox = _open_page(qtbot, window, "outbox")
    assert window.detail_stack.isVisible()
    outbox.table.selectRow(0)
    selected = outbox.selected()
    assert selected is not None
    detail = window.detail_stack.currentWidget()
    assert isinstance(detail, MessageDetail)
    if detail.message_id == selected.message_id:
        assert detail.stack.currentWidget() is detail.message_page
    else:
        assert "Enter" in detail.empty_label.text()
        outbox.table.setFocus()
        outbox.table.activated.emit(outbox.table.currentIndex())  # Enter
        assert detail.pending is not None  # the justification is asked for now
        detail.pending.reject()
        assert QApplication.activeModalWidget() is None

    # Cases: no message pane beside the list; the list has the width
    cases = _open_page(qtbot, window, "cases")
    assert not window.detail_stack.isVisible()
    qtbot.waitUntil(lambda: window.pages.width()  # all but the navigation (and handles)
                    >= window.content.width() - window.nav.width() - 30, timeout=WAIT_MS)
    # Enter opens the case view, with the pane beside it (for the case's messages)
    first = cases.model.index(0, 0)
    window.ctx.justified_cases.add(str(cases.model.data(first, KEY_ROLE)))  # reason given
    cases.table.setCurrentIndex(first)
    cases.table.activated.emit(first)
    assert window.pages.currentWidget() is window._case_view
    assert window.detail_stack.isVisible()
    assert QApplication.activeModalWidget() is None

    # the officer collapses the pane: selecting in the Outbox leaves it collapsed
    window.detail_action.trigger()
    outbox = _open_page(qtbot, window, "outbox")
    assert not window.detail_stack.isVisible()
    outbox.table.selectRow(min(1, outbox.model.rowCount() - 1))
    assert not window.detail_stack.isVisible()
