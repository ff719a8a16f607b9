"""What the right-hand pane shows beside the lists at 1366x768: the selected message of
the Inbox (a preview: not marked read until Enter opens it) and of the Outbox, nothing
beside Cases (the list takes the width and Enter opens the case view, with the pane
beside it); View -> Detail pane still collapses it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from liaison_app.gui.models.paged import KEY_ROLE
from liaison_app.gui.pages.detail import MessageDetail
from liaison_app.services import views
from tests.gui.conftest import unlock
from tests.gui.rich_profile import CASE, fill, unlocked_with_data
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


def _state_column(page: Any) -> int:
    return next(c for c in range(page.model.columnCount()) if page.model.headerData(
        c, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole) == "State")


def _select(qtbot: Any, page: Any, message_id: str) -> None:
    """The officer clicks (or arrows to) the row of `message_id`."""
    qtbot.waitUntil(lambda: page.model.row_of(message_id) >= 0, timeout=WAIT_MS)
    page.table.setCurrentIndex(page.model.index(page.model.row_of(message_id),
                                                _state_column(page)))


def _state(page: Any, message_id: str) -> str:
    row = page.model.row_of(message_id)
    return str(page.model.data(page.model.index(row, _state_column(page))))


def test_selecting_in_the_inbox_previews_without_marking_read(
        qtbot: Any, tmp_path: Path, make_shell: Any) -> None:
    """Selecting a row shows the message beside the Inbox, still unread (no read
    acknowledgement goes to its sender) and saying so; Enter opens it and marks it read.
    A message with personal data and no reason given yet says Enter opens it. Back on the
    Inbox, its selected row shows again; a refresh of the list never swaps the message the
    officer opened elsewhere for the selected row."""
    window, ids = unlocked_with_data(qtbot, tmp_path / "profile", make_shell)
    window.resize(1366, 768)
    assert window.content.findChild(QLabel, "detailPlaceholder").text() == \
        "Select a message to see it here."
    inbox = _open_page(qtbot, window, "inbox")
    plain = ids["restricted"]  # routine, no subjects: nothing to justify
    assert _state(inbox, plain) == "Unread"

    _select(qtbot, inbox, plain)
    detail = window.detail_stack.currentWidget()
    assert isinstance(detail, MessageDetail)
    assert detail.message_id == plain and detail.stack.currentWidget() is detail.message_page
    assert detail.previewing and detail.notes.unread.isVisibleTo(detail)
    assert detail.notes.unread.text() == "Preview: not marked as read. Press Enter to open it."
    window.ctx.data_changed.emit()  # whatever changes meanwhile, nothing marked it read
    qtbot.waitUntil(lambda: inbox.model.row_of(plain) >= 0, timeout=WAIT_MS)
    assert _state(inbox, plain) == "Unread"
    assert views.message_detail(window.ctx.require_session(), plain).status == "delivered"

    inbox.table.activated.emit(inbox.table.currentIndex())  # Enter: opened, and read
    qtbot.waitUntil(lambda: inbox.model.row_of(plain) >= 0
                    and _state(inbox, plain) == "Read", timeout=WAIT_MS)
    assert not detail.previewing and not detail.notes.unread.isVisibleTo(detail)

    personal = ids["received"]  # subjects, no reason given yet: Enter asks for one
    _select(qtbot, inbox, personal)
    assert detail.message_id is None and "Enter" in detail.empty_label.text()
    assert QApplication.activeModalWidget() is None
    assert _state(inbox, personal) == "Unread"

    _select(qtbot, inbox, plain)
    window.nav.setCurrentRow(window._nav_row("cases"))
    assert window.detail_stack.currentIndex() == 0  # nothing beside another page
    inbox = _open_page(qtbot, window, "inbox")
    assert window.detail_stack.currentWidget() is detail and detail.message_id == plain

    window.ctx.open_message.emit(ids["alert"])  # opened from elsewhere (the banner)
    qtbot.waitUntil(lambda: detail.message_id == ids["alert"], timeout=WAIT_MS)
    assert inbox.current_key() == ids["alert"]  # the list marks what the pane shows
    window.ctx.data_changed.emit()  # the list re-reads and selects its row again
    qtbot.waitUntil(lambda: _state(inbox, ids["alert"]) == "Read", timeout=WAIT_MS)
    assert inbox.current_key() == ids["alert"] and detail.message_id == ids["alert"]
    window.ctx.open_message.emit(ids["sent"])  # not in the Inbox: no row stays marked
    qtbot.waitUntil(lambda: inbox.current_key() is None, timeout=WAIT_MS)
    assert not inbox.table.selectionModel().hasSelection()
    assert detail.message_id != ids["alert"]  # the pane moved on with the list

    # beside a case, a message selected in its timeline shows the same way
    window.ctx.justified_cases.add(CASE)
    window.ctx.open_case.emit(CASE)
    timeline = window._case_view.timeline
    qtbot.waitUntil(lambda: timeline.topLevelItemCount() > 0, timeout=WAIT_MS)
    timeline.setCurrentItem(timeline.topLevelItem(0))
    first = timeline.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole)
    qtbot.waitUntil(lambda: detail.message_id == first, timeout=WAIT_MS)
    assert window.detail_stack.currentWidget() is detail
