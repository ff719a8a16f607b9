"""Unread and due at a glance, through the real shell on a real SQLCipher profile (no hub).

Bold means unread and nothing else (an urgent row that was read is not bold;
its priority has a badge and colour); unread counts on the navigation entries,
in the window title (and on the tray icon, when there is one); the Awaiting
reply view keeps a request answered "clarification needed" until it is
answered again; the Due column counts down to the Directive (EU) 2023/977 limit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from liaison_app.domain.messages import ReplyOutcome
from liaison_app.gui.models.labels import countdown
from liaison_app.services import actions
from liaison_app.store import follow_up
from tests.gui.conftest import WAIT_MS, unlock
from tests.services.test_views import incoming, store
from tests.services.workspace import PASSPHRASE, Workspace, make_workspace

NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return make_workspace(tmp_path / "profile-a")


def _window(qtbot: QtBot, make_shell: Callable[..., Any], ws: Workspace) -> Any:
    return unlock(qtbot, make_shell(ws.path, start_sync=False), PASSPHRASE)


def _nav_text(window: Any, key: str) -> str:
    return str(window.nav.item(window._nav_row(key)).text())


def test_unread_counts_and_bold_follow_opening(qtbot: QtBot, make_shell: Callable[..., Any],
                                               workspace: Workspace) -> None:
    window = _window(qtbot, make_shell, workspace)
    session = window.ctx.require_session()
    sender = workspace.b_keys.device_id
    urgent, routine = store(session, replace(incoming(1, priority="urgent"),
                                             sender_device=sender),
                            replace(incoming(2), sender_device=sender))
    alert_content = {"alert_kind": "warning", "action_requested": "", "valid_until": None,
                     "interpol_notice": None}
    store(session, replace(incoming(3, type="alert", priority="immediate",
                                    content=alert_content), sender_device=sender))
    window.ctx.data_changed.emit()
    qtbot.waitUntil(lambda: _nav_text(window, "inbox") == "Inbox (3)", timeout=WAIT_MS)
    assert _nav_text(window, "alerts") == "Alerts (1)"
    assert window.windowTitle().startswith("(3) Liaison — ")
    assert window.notifier.unread == 3  # the tray icon's count (no tray offscreen)
    item = window.nav.item(window._nav_row("inbox"))
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == "Inbox: 3 unread"

    page = window.page("inbox")
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=WAIT_MS)
    row = model.row_of(urgent)
    assert model.data(model.index(row, 0), Qt.ItemDataRole.FontRole).bold()  # unread
    assert model.data(model.index(row, 2)) == "Unread"
    badge = model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole)
    assert badge is not None and not badge.isNull()  # priority has its own badge
    window.ctx.open_message.emit(urgent)  # the officer opens it
    qtbot.waitUntil(lambda: _nav_text(window, "inbox") == "Inbox (2)", timeout=WAIT_MS)
    assert window.windowTitle().startswith("(2) Liaison — ")
    qtbot.waitUntil(lambda: model.row_of(urgent) >= 0
                    and model.data(model.index(model.row_of(urgent), 2)) == "Read",
                    timeout=WAIT_MS)
    row = model.row_of(urgent)
    assert model.data(model.index(row, 0), Qt.ItemDataRole.FontRole) is None  # read: not bold
    assert model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole) == "Urgent"  # badge
    assert model.data(model.index(model.row_of(routine), 0),
                      Qt.ItemDataRole.FontRole).bold()
    for message_id in (routine, incoming(3).message_id):
        window.ctx.open_message.emit(message_id)
    qtbot.waitUntil(lambda: _nav_text(window, "inbox") == "Inbox", timeout=WAIT_MS)
    assert _nav_text(window, "alerts") == "Alerts"
    assert not window.windowTitle().startswith("(")


def test_awaiting_reply_lists_a_clarified_request_until_answered_again(
        qtbot: QtBot, make_shell: Callable[..., Any], workspace: Workspace) -> None:
    window = _window(qtbot, make_shell, workspace)
    session = window.ctx.require_session()
    now = datetime.now(UTC).replace(microsecond=0)
    due = now + timedelta(hours=2, minutes=10, seconds=50)  # the list is read within 40 s
    late = now - timedelta(days=1, minutes=5)
    sender = workspace.b_keys.device_id
    first, second = store(session, replace(incoming(1, due=due), sender_device=sender),
                          replace(incoming(2, due=late), sender_device=sender))
    with session.db.transaction() as conn:
        follow_up.note_messages(conn, [first, second], now=NOW)
    window.ctx.data_changed.emit()
    window.nav.setCurrentRow(window._nav_row("awaiting"))
    page = window.page("awaiting")
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: _nav_text(window, "awaiting") == "Awaiting reply (2)",
                    timeout=WAIT_MS)
    titles = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole)
              for c in range(5)]
    assert titles == ["Priority", "Follow-up", "State", "From", "Due"]
    # the most pressing first, with its countdown in the default columns
    assert model.key(0) == second
    assert model.data(model.index(0, 4)) == "overdue by 1 day"
    assert model.data(model.index(1, 4)) == "due in 2 h 10 min"
    assert model.data(model.index(0, 4), Qt.ItemDataRole.ForegroundRole) is not None
    assert page.table.isColumnHidden(4) is False

    actions.reply(session, first, ReplyOutcome.CLARIFICATION, "Which lorry?",
                  reason="two lorries match")
    window.ctx.data_changed.emit()
    qtbot.waitUntil(lambda: model.rowCount() == 2 and model.data(
        model.index(model.row_of(first), 1)) == "Clarification requested", timeout=WAIT_MS)
    actions.reply(session, first, ReplyOutcome.PROVIDED, "The keeper is DEMO Haulage")
    window.ctx.data_changed.emit()
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.key(0) == second,
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: _nav_text(window, "awaiting") == "Awaiting reply (1)",
                    timeout=WAIT_MS)


def test_countdown_words() -> None:
    assert countdown(NOW + timedelta(hours=2, minutes=10), NOW) == "due in 2 h 10 min"
    assert countdown(NOW - timedelta(days=1, hours=2), NOW) == "overdue by 1 day 2 h"
    assert countdown(NOW + timedelta(days=6, hours=23), NOW) == "due in 6 days"
    assert countdown(NOW + timedelta(seconds=20), NOW) == "due in 1 min"
    assert countdown(None, NOW) == ""
