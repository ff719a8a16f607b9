"""The Outbox's Retry and the shortcut sheet, through the real shell (Retry on a real hub).

The hub refuses an envelope whose message id another envelope already used
(`replayed`): here a copy of the queued alert, sealed separately, reached the
hub first. The Outbox row reads "Failed" with the hub's reason and Retry is
offered; Retry goes through the sync worker (`SyncEngine.retry_failed`,
audited as requeued), which seals the message again at the next push and
sends it (refused again here, since the id stays taken; the attempts count
says it was tried twice, and each try was a fresh envelope).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from liaison_app.domain.messages import AlertContent, AlertKind, Priority
from liaison_app.protocol.api import EnvelopeStatus
from liaison_app.services import views
from liaison_app.services.compose import Draft, queue_message
from liaison_app.services.session import Session
from liaison_app.store import audit, messages, outbox
from liaison_app.store.directory_apply import load_directory
from liaison_app.store.outbox_seal import Addressing
from liaison_app.sync.hub_client import HubClient
from liaison_app.sync.seal_at_push import SealedForPush, seal_for_push
from tests.gui.conftest import WAIT_MS, enrol_profile, unlock
from tests.gui.test_shell_sync import _peer
from tests.support.hub_process import HubProcess


def _copy_reaches_the_hub_first(session: Session, message_id: str) -> None:
    """Seal the queued message separately and push that envelope: its id is then taken."""
    row = messages.get(session.db, message_id)
    directory = load_directory(session.db)
    assert row is not None and row.inner_bytes is not None and directory is not None
    copy = seal_for_push(row.inner_bytes, directory, session.keys, Addressing(("BG-BP",)),
                         now=datetime.now(UTC))
    assert isinstance(copy, SealedForPush)
    p = session.provisioning
    with HubClient(p.hub_url, p.ca_cert_pem.encode("ascii"), session.keys.device_id,
                   session.keys.signing_key) as client:
        (result,) = client.post_envelopes([copy.envelope])
    assert result.status is EnvelopeStatus.ACCEPTED


def test_retry_on_a_refused_message_requeues_it_through_the_sync_worker(
        qtbot: Any, make_shell: Any, gui_hub: HubProcess, tmp_path: Path) -> None:
    partner = _peer(gui_hub, tmp_path / "b", agency="BG-BP")
    partner.close()
    profile = enrol_profile(gui_hub, tmp_path / "a", agency="GB-NCA")
    window = unlock(qtbot, make_shell(profile.path), profile.passphrase)
    qtbot.waitUntil(lambda: window.sync.runs >= 1 and not window.sync.running, timeout=WAIT_MS)
    session = window.ctx.require_session()
    message = queue_message(session, Draft(content=AlertContent(AlertKind.WARNING),
                                           to_agencies=("BG-BP",),
                                           priority=Priority.URGENT, body="Convoy tonight"))
    _copy_reaches_the_hub_first(session, message)
    window.nav.setCurrentRow(window._nav_row("outbox"))
    page = window.page("outbox")
    model = page.model
    with qtbot.waitSignal(window.sync.report, timeout=WAIT_MS):
        window.ctx.sync_requested.emit()
    qtbot.waitUntil(lambda: model.rowCount() == 1
                    and model.data(model.index(0, 0)) == "Failed", timeout=WAIT_MS)
    (row,) = views.outbox_page(session)
    assert row.status == "failed" and row.can_retry and row.attempts == 1
    assert (row.failure_reason or "").startswith("replayed")
    first = outbox.get(session.db, message)
    assert first is not None
    qtbot.waitUntil(lambda: window.nav.item(window._nav_row("outbox")).text() == "Outbox (1)",
                    timeout=WAIT_MS)
    page.table.selectRow(0)
    assert page.retry_button.isEnabled() and page.retry_button.text() == "&Retry"

    with qtbot.waitSignal(window.sync.report, timeout=WAIT_MS):
        qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    (row,) = views.outbox_page(session)
    assert row.message_id == message and row.status == "failed" and row.attempts == 2
    again = outbox.get(session.db, message)
    assert again is not None and again.envelope and again.envelope != first.envelope
    requeued = [e for e in audit.entries(session.db, kind=audit.AuditKind.ALTER, limit=50)
                if e.object_ref == message and e.details.get("outcome") == "requeued"]
    assert len(requeued) == 1


def test_f1_opens_the_shortcut_sheet(qtbot: Any, make_shell: Any, tmp_path: Path) -> None:
    from tests.services.workspace import PASSPHRASE, make_workspace

    ws = make_workspace(tmp_path / "profile")
    window = unlock(qtbot, make_shell(ws.path, start_sync=False), PASSPHRASE)
    keys = {k.toString() for k in window.shortcuts_action.shortcuts()}
    assert {"F1", "Ctrl+?"} <= keys
    rows: list[tuple[str, str]] = []

    def read_sheet() -> None:
        sheet = QApplication.activeModalWidget()
        assert sheet is not None and sheet.objectName() == "shortcutSheet"
        rows.extend(sheet.rows())  # type: ignore[attr-defined]
        sheet.close()

    QTimer.singleShot(0, read_sheet)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClick(window.nav, Qt.Key.Key_F1)
    listed = dict(rows)
    assert listed["Lock"] == "Ctrl+L" and listed["Sync now"] == "F5"
    assert listed["New request"] == "Ctrl+N"
    assert ("Sign and queue / send (from any tab)", "Ctrl+Enter") in rows
    assert any(keys == "Alt+1 … Alt+6" for _what, keys in rows)
