"""The officer's offline flow through the real shell: compose a request with the hub
down → it is queued → the hub comes back → F5 → the hub accepted it ("sent")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from liaison_app.domain.messages import MessageType, Priority, UrgencyClass
from liaison_app.gui.compose import ComposeDialog
from liaison_app.services import views
from liaison_app.store import messages
from liaison_app.store.messages import MessageStatus
from tests.gui.conftest import AGENCIES, LIMITS, WAIT_MS, enrol_profile, unlock
from tests.gui.test_compose_support import choose, tick
from tests.support.hub_process import init_hub_dir, start_hub


def test_compose_offline_is_queued_then_sent_after_sync(
        qtbot: Any, make_shell: Any, tmp_path: Path) -> None:
    root = init_hub_dir(tmp_path / "hub", agencies=AGENCIES, limits=LIMITS)
    hub = start_hub(root)
    enrol_profile(hub, tmp_path / "partner", agency="RS-BP")  # a device to address
    officer = enrol_profile(hub, tmp_path / "officer", agency="GB-NCA")
    assert hub.stop() == 0  # the crossing has no network now

    shell = make_shell(officer.path)
    window = unlock(qtbot, shell, officer.passphrase)
    qtbot.waitUntil(lambda: window.sync.runs == 1 and not window.sync.running,
                    timeout=WAIT_MS)
    assert not window.status.online_label.text().endswith("Online")

    dialog = ComposeDialog(window.ctx, MessageType.REQUEST, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tick(dialog.message.agency_item("RS-BP"))
    choose(dialog.message.priority, Priority.URGENT.value)
    choose(dialog.message.urgency, UrgencyClass.URGENT_INDIRECT.value)
    qtbot.keyClicks(dialog.message.body, "Registration check on lorry NS-123-AB, please.")
    request = dialog.request
    assert request is not None
    qtbot.keyClicks(request.purpose, "Lorry smuggling network on the Western Balkans route")
    qtbot.keyClicks(request.information, "Registered keeper of NS-123-AB")
    qtbot.keyClicks(request.grounds, "Seen at the crossing with people concealed")
    choose(dialog.grading.scheme, "uk-3x5x2")
    choose(dialog.grading.source, "2")
    choose(dialog.grading.information, "B")
    choose(dialog.grading.handling, "P")
    choose(dialog.reason.basis, "agreement")
    qtbot.keyClicks(dialog.reason.justification, "Keeper of a lorry seen with people in it")
    with qtbot.waitSignal(window.ctx.data_changed, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
    message_id = dialog.message_id
    assert message_id
    # "Sign and queue" tries to send at once; with no network the run fails quietly
    qtbot.waitUntil(lambda: window.sync.runs == 2 and not window.sync.running,
                    timeout=WAIT_MS)
    session = window.ctx.require_session()
    row = messages.get(session.db, message_id)
    assert row is not None and row.status is MessageStatus.QUEUED  # not "sent": no hub
    outbox_rows = views.outbox_page(session, limit=50)
    assert [r.message_id for r in outbox_rows] == [message_id]

    hub = start_hub(root)  # the link comes back
    try:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
        with qtbot.waitSignal(window.sync.report, timeout=WAIT_MS) as blocker:
            qtbot.keyClick(window.nav, Qt.Key.Key_F5)
        assert blocker.args[0].error is None, blocker.args[0].summary()
        qtbot.waitUntil(lambda: window.status.queued_label.text() == "Queued: 0",
                        timeout=WAIT_MS)
        row = messages.get(session.db, message_id)
        assert row is not None and row.status is MessageStatus.SENT
        assert window.status.online_label.text().endswith("Online")
    finally:
        hub.stop()
