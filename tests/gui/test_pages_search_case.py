"""Search (a subject found by alias) and the case view (timeline, due items)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from liaison_app.gui.context import AppContext
from liaison_app.gui.pages.case_view import CaseView
from liaison_app.gui.pages.justification import JustificationDialog
from liaison_app.gui.pages.search import SearchResults
from liaison_app.services import audit_views
from liaison_app.services.session import Session
from tests.services.test_views import LORRY, NETWORK, PETROVIC, incoming, mid, store
from tests.services.workspace import make_workspace

WAIT_MS = 10_000
NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def env(tmp_path: Path) -> Iterator[tuple[Session, AppContext]]:
    session = make_workspace(tmp_path / "profile").open()
    yield session, AppContext(session)
    session.close()


def test_search_finds_a_subject_by_alias(qtbot: Any, env: Any) -> None:
    session, ctx = env
    store(session, incoming(1, subjects=(PETROVIC, NETWORK), case_ref="RS/2026/7",
                            body="Driver seen at Horgos"))
    results = SearchResults(ctx)
    qtbot.addWidget(results)
    results.show()
    results.search("Šofer")
    subjects = results.items("subject")
    assert [i.text(0) for i in subjects] == ["Person: Petrović, Marko (b. 1984)"]
    assert [i.data(0, 257) for i in results.items("message")] == [mid(1)]
    assert results.summary_label.text() == "Results for “Šofer”: 2"  # a message, a subject
    results.activate(subjects[0])
    dialog = results.pending
    assert isinstance(dialog, JustificationDialog)
    dialog.reason_edit.setText("Checking the alias against our nominal index")
    with qtbot.waitSignal(results.subject_shown, timeout=WAIT_MS):
        dialog.accept()
    assert "Aliases: Kum, Šofer" in results.subject_text.toPlainText()
    entries = audit_views.audit_page(session, kind="consult")
    assert [e.object_ref for e in entries] == [f"message:{mid(1)}#0"]
    with qtbot.waitSignal(ctx.open_message, timeout=WAIT_MS) as blocker:
        results.activate(results.items("message")[0])
    assert blocker.args == [mid(1)]
    results.search("nothing-like-this")
    assert "Nothing found" in results.summary_label.text()


def test_case_view_shows_timeline_and_due_items(qtbot: Any, env: Any) -> None:
    session, ctx = env
    store(session,
          incoming(1, case_ref="RS/2026/7", subjects=(LORRY,), due=NOW - timedelta(hours=3),
                   created=NOW - timedelta(days=2), body="Lorry SU 123-AB booked"),
          incoming(2, case_ref="RS/2026/7", due=NOW + timedelta(days=3),
                   created=NOW - timedelta(days=1), body="Second sighting"),
          incoming(3, case_ref="RS/2026/7", created=NOW - timedelta(hours=1),
                   body="Update from Horgos"))
    view = CaseView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_case("RS/2026/7")
    dialog = view.pending
    assert isinstance(dialog, JustificationDialog)  # the lorry singles out its driver
    dialog.reason_edit.setText("Preparing the joint action briefing")
    with qtbot.waitSignal(view.shown, timeout=WAIT_MS):
        dialog.accept()
    assert view.stack.currentWidget() is view.case_page
    summaries = [view.timeline.topLevelItem(i).text(5)  # type: ignore[union-attr]
                 for i in range(view.timeline.topLevelItemCount())]
    assert summaries == ["Lorry SU 123-AB booked", "Second sighting", "Update from Horgos"]
    assert "3 messages" in view.timeline_count.text()
    due = [(view.due_tree.topLevelItem(i).text(1),  # type: ignore[union-attr]
            view.due_tree.topLevelItem(i).text(2))  # type: ignore[union-attr]
           for i in range(view.due_tree.topLevelItemCount())]
    assert due == [("Reply owed: Lorry SU 123-AB booked", "Overdue"),
                   ("Reply owed: Second sighting", "Due")]
    assert view.subjects_tree.topLevelItemCount() == 1
    assert view.values["statusValue"].text().startswith("Open")
    # its messages open without a second justification
    assert "RS/2026/7" in ctx.justified_cases
    first = view.timeline.topLevelItem(0)
    with qtbot.waitSignal(ctx.open_message, timeout=WAIT_MS) as blocker:
        view.timeline.itemActivated.emit(first, 0)
    assert blocker.args == [mid(1)]
    ctx.locked.emit()
    assert view.case is None and not ctx.justified_cases
