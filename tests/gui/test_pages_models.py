"""List models over 100k cached messages: paged in, sorted and filtered in SQL, never all loaded."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from liaison_app.gui.context import AppContext
from liaison_app.gui.models.paged import KEY_ROLE
from liaison_app.gui.models.tables import CaseTableModel, MessageTableModel
from liaison_app.gui.pages import INBOX_QUERY, PAGES
from liaison_app.services.session import Session
from tests.services.test_views import fill, incoming, store
from tests.services.workspace import make_workspace

BIG = 100_000
WAIT_MS = 10_000


@pytest.fixture(scope="module")
def big_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    """A real profile holding 100k received messages (filled through the store API)."""
    ws = make_workspace(tmp_path_factory.mktemp("big") / "profile")
    session = ws.open()
    started = time.perf_counter()
    fill(session, BIG)
    assert time.perf_counter() - started < 240, "filling 100k rows took too long"
    yield session
    session.close()


@pytest.fixture
def small(tmp_path: Path) -> Iterator[tuple[Session, AppContext]]:
    session = make_workspace(tmp_path / "profile").open()
    yield session, AppContext(session)
    session.close()


def test_pages_registry_keys() -> None:
    assert [key for key, _title, _f in PAGES] == [
        "inbox", "awaiting", "alerts", "cases", "drafts", "outbox", "check", "directory",
        "monitoring", "operations", "quarantine", "audit", "transfers", "review"]


def test_100k_rows_are_paged_in_on_demand(qtbot: Any, big_session: Session) -> None:
    ctx = AppContext(big_session)
    model = MessageTableModel(ctx, INBOX_QUERY)
    assert model.total == BIG
    assert model.rowCount() == model.PAGE == 500
    assert model.canFetchMore()
    assert model.queries == 1  # the count only
    model.data(model.index(0, 0))
    assert model.queries == 2  # and the first page
    model.fetchMore()
    assert model.rowCount() == 1000
    # read on deep into the list: each fetchMore adds one page, read by keyset
    started = time.perf_counter()
    for expected in range(1500, 30_001, 500):
        model.fetchMore()
        assert model.rowCount() == expected
        assert model.data(model.index(expected - 1, 5), Qt.ItemDataRole.DisplayRole)
    assert time.perf_counter() - started < 60
    assert model.rowCount() == 30_000 < model.total
    assert model.cached_pages() <= model.MAX_CACHED_PAGES
    # rows dropped from the cache come back when painted
    assert model.key(0) is not None and model.key(29_999) is not None


def test_view_scrolling_fetches_more_and_sort_requeries(qtbot: Any, big_session: Session) -> None:
    ctx = AppContext(big_session)
    model = MessageTableModel(ctx, INBOX_QUERY)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 400)
    view.show()
    qtbot.waitExposed(view)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() >= 1000, timeout=WAIT_MS)
    assert model.rowCount() < model.total
    before = model.queries
    with qtbot.waitSignal(model.modelReset, timeout=WAIT_MS):
        model.sort(0, Qt.SortOrder.DescendingOrder)  # priority, most pressing first
    assert model.queries > before and model.sort_key == "priority"
    assert model.rowCount() == 500
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "Immediate"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole).bold()
    with qtbot.waitSignal(model.modelReset, timeout=WAIT_MS):
        model.sort(5, Qt.SortOrder.AscendingOrder)  # date, oldest first
    oldest = model.item(0)
    assert oldest is not None and model.sort_key == "created_at"
    newest = MessageTableModel(ctx, INBOX_QUERY).item(0)
    assert newest is not None and oldest.created_at < newest.created_at


def test_filter_in_sql_refresh_keeps_depth_and_lock_clears(
        qtbot: Any, small: tuple[Session, AppContext]) -> None:
    session, ctx = small
    fill(session, 1200)
    store(session, incoming(1, priority="urgent", body="Lorry at Kelebija"))
    model = MessageTableModel(ctx, INBOX_QUERY)
    model.fetchMore()
    assert model.rowCount() == 1000
    model.set_query(INBOX_QUERY.__class__(direction="incoming", text="Kelebija"))
    assert model.total == 1
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "Urgent"
    model.set_query(INBOX_QUERY)
    model.fetchMore()
    selected = model.key(700)
    with qtbot.waitSignal(model.modelReset, timeout=WAIT_MS):
        ctx.data_changed.emit()
    assert model.rowCount() == 1000 and model.row_of(str(selected), 700) == 700
    assert model.data(model.index(700, 0), KEY_ROLE) == selected
    with qtbot.waitSignal(model.modelReset, timeout=WAIT_MS):
        ctx.locked.emit()
    assert model.rowCount() == 0


def test_case_model_lists_due_cases(small: tuple[Session, AppContext]) -> None:
    from datetime import UTC, datetime, timedelta

    session, ctx = small
    store(session, incoming(1, case_ref="RS/1", due=datetime.now(UTC) - timedelta(hours=1)),
          incoming(2, case_ref="RS/2"))
    model = CaseTableModel(ctx)
    assert model.rowCount() == 2
    refs = {model.data(model.index(r, 0)) for r in range(2)}
    assert refs == {"RS/1", "RS/2"}
    row = next(r for r in range(2) if model.data(model.index(r, 0)) == "RS/1")
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "overdue" in model.data(model.index(row, titles.index("Next due")))


def test_a_painted_cell_is_asked_once_and_answered_as_data_answers(
        qtbot: Any, small: tuple[Session, AppContext]) -> None:
    """Views ask `multiData` for the roles of each cell they paint (ADR 0029); it must
    give exactly what `data` gives, role by role."""
    from datetime import UTC, datetime, timedelta

    from PySide6.QtCore import QModelRoleData
    from PySide6.QtGui import QIcon

    session, ctx = small
    store(session, incoming(1, priority="urgent", body="Lorry at Kelebija"),
          incoming(2, due=datetime.now(UTC) - timedelta(hours=1)), incoming(3))
    model = MessageTableModel(ctx, INBOX_QUERY)
    roles = [*Qt.ItemDataRole.__members__.values(), KEY_ROLE]

    def same(value: Any) -> Any:
        return ("icon", value.pixmap(16).toImage()) if isinstance(value, QIcon) else value

    answered = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in roles:
                entry = QModelRoleData(int(role))
                model.multiData(index, entry)
                assert same(entry.data()) == same(model.data(index, role)), (row, column, role)
                answered += entry.data() is not None
    assert answered > 3 * model.columnCount()  # display texts, fonts, colours, icons, keys
    asked: list[int] = []
    real_data = model.data
    model.data = lambda index, role=0: asked.append(int(role)) or real_data(index, role)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 300)
    view.grab()  # painted through multiData: no `data` call per role
    assert int(Qt.ItemDataRole.DisplayRole) not in asked
