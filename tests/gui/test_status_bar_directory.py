"""The status bar says how old the directory view is, and warns past IT's limit."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from liaison_app.gui.status_bar import StatusBar
from liaison_app.sync.status import SyncStatus
from tests.gui.conftest import WAIT_MS, Profile, unlock


def _status(fresh_at: datetime | None, limit_hours: int = 72) -> SyncStatus:
    now = datetime.now(UTC)
    return SyncStatus(online=True, queued=0, failed=0, last_sync_at=now, last_attempt_at=now,
                      last_error=None, quarantined=0, re_enrol_required=False,
                      directory_fresh_at=fresh_at,
                      directory_max_age=timedelta(hours=limit_hours))


def test_age_is_shown_and_a_stale_view_warns(qtbot: Any) -> None:
    bar = StatusBar()
    qtbot.addWidget(bar)
    now = datetime.now(UTC)
    bar.set_status(_status(now - timedelta(hours=5, minutes=10)))
    label = bar.directory_label
    assert label.text() == "Directory: 5 h old"
    assert label.property("state") == "fresh"
    bar.set_status(_status(now - timedelta(days=4, hours=1)))
    assert label.text() == "⚠ Directory: 4 d old" and label.property("state") == "stale"
    assert "72 h" in label.toolTip() and "revoked" in label.toolTip()
    bar.set_status(_status(None))
    assert label.text() == "⚠ Directory: not checked yet"
    bar.set_status(_status(now - timedelta(minutes=3)))
    assert label.text() == "Directory: 3 min old"


def test_the_shell_shows_the_age_after_a_sync(qtbot: Any, make_shell: Any,
                                              enrolled_profile: Profile) -> None:
    shell = make_shell(enrolled_profile.path)
    window = unlock(qtbot, shell, enrolled_profile.passphrase)
    qtbot.waitUntil(lambda: window.sync.runs >= 1 and not window.sync.running,
                    timeout=WAIT_MS)
    label = window.status.directory_label
    qtbot.waitUntil(lambda: re.fullmatch(r"Directory: \d+ min old", label.text()) is not None,
                    timeout=WAIT_MS)
    assert window.status.directory_label.property("state") == "fresh"


def test_a_warning_from_the_run_is_shown(qtbot: Any) -> None:
    from liaison_app.sync.engine import SyncReport

    bar = StatusBar()
    qtbot.addWidget(bar)
    report = SyncReport(started_at=datetime.now(UTC),
                        warnings=["the hub refused this device's audit head at entry 7"])
    bar.sync_finished(report)
    assert bar.currentMessage() == ("Synced, with a warning: the hub refused this device's "
                                    "audit head at entry 7")
