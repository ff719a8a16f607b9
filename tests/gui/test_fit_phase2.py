"""Fit and finish, phase 2: the detail pane clears when the officer leaves a page or a
case, and can be collapsed; search shows a person carried by several messages once, with
a count and links; clearing the search returns to the page searched from; subject fields
in their natural order (surname first)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction

from liaison_app.gui.context import AppContext
from liaison_app.gui.pages.search import SearchResults
from liaison_app.services import views
from tests.gui.conftest import unlock
from tests.gui.rich_profile import CASE, fill, unlocked_with_data
from tests.services.test_views import PETROVIC, incoming, mid, store
from tests.services.workspace import PASSPHRASE, make_workspace

WAIT_MS = 10_000


def _row(window: Any, key: str) -> int:
    return next(i for i, spec in enumerate(window._specs) if spec[0] == key)


def test_the_detail_pane_clears_on_page_change_and_case_switch(
        qtbot: Any, tmp_path: Path, make_shell: Any) -> None:
    window, ids = unlocked_with_data(qtbot, tmp_path / "profile", make_shell, lambda s: store(
        s, incoming(7, case_ref="GB-NCA/2026/0077", body="Other case")))
    ctx = window.ctx
    ctx.justified_objects.add(f"message:{ids['received']}")
    ctx.justified_cases.update({CASE, "GB-NCA/2026/0077"})

    def shown() -> str | None:
        detail = window._detail
        return None if detail is None or window.detail_stack.currentWidget() is not detail \
            else detail.message_id

    ctx.open_message.emit(ids["received"])
    qtbot.waitUntil(lambda: shown() == ids["received"], timeout=WAIT_MS)
    assert "Horgoš" in window._detail.body_text.toPlainText()
    window.nav.setCurrentRow(_row(window, "cases"))
    assert shown() is None and window._detail.message_id is None
    assert window._detail.body_text.toPlainText() == ""  # nothing left on screen
    assert window.detail_stack.currentIndex() == 0  # "Select a message"

    window.nav.setCurrentRow(_row(window, "review"))  # nothing to read beside it
    assert not window.detail_stack.isVisibleTo(window)

    ctx.open_case.emit(CASE)
    ctx.open_message.emit(ids["received"])
    qtbot.waitUntil(lambda: shown() == ids["received"], timeout=WAIT_MS)
    ctx.open_case.emit("GB-NCA/2026/0077")
    assert shown() is None
    assert window.detail_stack.isVisibleTo(window)


def test_the_detail_pane_collapses_and_stays_so_until_a_message_is_opened(
        qtbot: Any, tmp_path: Path, make_shell: Any) -> None:
    ws = make_workspace(tmp_path / "profile")
    session = ws.open()
    try:
        ids = fill(session)
    finally:
        session.close(reason="test")
    shell = make_shell(ws.path, start_sync=False)
    window = unlock(qtbot, shell, PASSPHRASE)
    window.ctx.justified_objects.add(f"message:{ids['received']}")
    assert window.detail_action.isChecked() and window.detail_stack.isVisibleTo(window)
    list_width = window.pages.width()
    window.detail_action.trigger()  # View -> Detail pane (Ctrl+Shift+D)
    assert not window.detail_stack.isVisibleTo(window)
    qtbot.waitUntil(lambda: window.pages.width() > list_width, timeout=WAIT_MS)
    window.nav.setCurrentRow(_row(window, "alerts"))  # another page: still collapsed
    assert not window.detail_stack.isVisibleTo(window)
    window.ctx.open_message.emit(ids["received"])  # Enter on a row: the message shows
    qtbot.waitUntil(lambda: window._detail is not None
                    and window._detail.message_id == ids["received"], timeout=WAIT_MS)
    assert window.detail_stack.isVisibleTo(window)
    window.nav.setCurrentRow(_row(window, "inbox"))  # and the pane folds away again
    assert not window.detail_stack.isVisibleTo(window)

    shell.lock("user")  # the next session opens as the officer left it
    window = unlock(qtbot, shell, PASSPHRASE)
    assert not window.detail_action.isChecked()
    assert not window.detail_stack.isVisibleTo(window)


def test_clearing_the_search_returns_to_the_page(qtbot: Any, tmp_path: Path,
                                                 make_shell: Any) -> None:
    ws = make_workspace(tmp_path / "profile")
    session = ws.open()
    try:
        fill(session)
    finally:
        session.close(reason="test")
    window = unlock(qtbot, make_shell(ws.path, start_sync=False), PASSPHRASE)
    window.nav.setCurrentRow(_row(window, "alerts"))
    page = window.pages.currentWidget()
    window.search_field.setText("Petrović")
    window._run_search()
    results = window._search
    assert window.pages.currentWidget() is results and results.items("subject")
    assert not window.nav.selectedItems()  # Alerts is not what is on screen
    window.search_field.clear()  # what the field's clear button does
    assert window.pages.currentWidget() is page
    assert window.nav.selectedItems() == [window.nav.item(_row(window, "alerts"))]
    assert results.tree.topLevelItemCount() == 0 and results.hits is None

    # another page chosen from the navigation: no query left above a page it does not
    # filter, no old results behind it
    window.search_field.setText("Petrović")
    window._run_search()
    assert window.pages.currentWidget() is results and results.items("subject")
    with qtbot.waitSignal(window.search_field.textChanged, timeout=WAIT_MS):  # its clear
        window.nav.setCurrentRow(_row(window, "outbox"))  # button goes with the text
    assert window.pages.currentWidget() is window.page("outbox")
    assert window.search_field.text() == "" and results.hits is None

    # the entry already current (Outbox) clicked, or its Ctrl+N, from search results or
    # a case: back to that page, the search emptied
    window.search_field.setText("Petrović")
    window._run_search()
    outbox_entry = window.nav.item(_row(window, "outbox"))
    window.nav.itemClicked.emit(outbox_entry)
    assert window.pages.currentWidget() is window.page("outbox")
    assert window.search_field.text() == "" and results.hits is None
    window.ctx.justified_cases.add(CASE)
    window.ctx.open_case.emit(CASE)
    assert window.pages.currentWidget() is window._case_view
    window.findChild(QAction, f"nav{_row(window, 'outbox')}Action").trigger()
    assert window.pages.currentWidget() is window.page("outbox")


def test_a_person_in_three_messages_is_one_result_with_a_count(qtbot: Any,
                                                               tmp_path: Path) -> None:
    session = make_workspace(tmp_path / "profile").open()
    try:
        precise = replace(PETROVIC, date_of_birth="1984-03-02", aliases=())
        store(session, incoming(1, subjects=(PETROVIC,), body="Seen at Horgos"),
              incoming(2, subjects=(PETROVIC,), case_ref="RS/2026/7", body="Seen again"),
              incoming(3, subjects=(precise,), body="Stopped at Kelebija"))
        ctx = AppContext(session)
        hits = views.search(session, "Petrović")
        people = [s for s in hits.subjects if s.kind == "person"]
        assert len(people) == 1
        assert set(people[0].carried_by) == {mid(1), mid(2), mid(3)}
        results = SearchResults(ctx)
        qtbot.addWidget(results)
        results.show()
        results.search("Petrović")
        subjects = results.items("subject")
        assert len(subjects) == 1
        assert "in 3 message" in subjects[0].text(1)
        assert set(results.carriers(subjects[0])) == {mid(1), mid(2), mid(3)}
        with qtbot.waitSignal(ctx.open_message, timeout=WAIT_MS) as blocker:
            results.activate(subjects[0].child(0))
        assert blocker.args[0] in {mid(1), mid(2), mid(3)}
        ctx.session = None
    finally:
        session.close()


def test_subject_fields_come_in_their_natural_order(tmp_path: Path) -> None:
    session = make_workspace(tmp_path / "profile").open()
    try:
        store(session, incoming(1, subjects=(PETROVIC,)))
        detail = views.message_detail(session, mid(1))
        names = [f.label for f in detail.subjects[0].fields]
        assert names.index("Surname") < names.index("Given names") < names.index(
            "Date of birth"), names
    finally:
        session.close()
