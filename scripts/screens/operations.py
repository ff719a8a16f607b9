"""Joint operations: 32 the view with the shared timeline, 33 proposing one, 34 a task,
35 officer B's copy of the same timeline, 36 sharing a message into it, 37 the lead
concluding it (none of the dialogs is signed: the demo's record stays as it is)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from screens.kit import DATA, PASSPHRASE_B, close, go_to, shot, unlocked


def operations_shots(window: Any) -> None:
    """32-34 and 36-37 in officer A's window."""
    from liaison_app.gui.pages.operation_dialogs import ProposeDialog, TaskDialog
    from liaison_app.sync.status import sync_status

    window.ctx.justified_cases.add("DEMO-JOINT-1")
    go_to(window, "operations")
    page = window.page("operations")
    page.refresh()
    window.status.set_status(sync_status(window.ctx.require_session().db))
    shot(window, "32-operations")
    dialog = ProposeDialog([("RS-BP", "Border Police Directorate"),
                            ("BG-BP", "Border Police")], window)
    dialog.ref_edit.setText("DEMO-JOINT-2")
    dialog.title_edit.setText("Vidin–Calafat ferry route")
    for row in (0, 1):
        dialog.partners.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.objectives.setPlainText("Map the ferry crossings used\nIdentify the organisers")
    dialog.handling.setCurrentIndex(3)
    dialog.resize(560, 420)
    dialog.show()
    shot(dialog, "33-operation-propose")
    dialog.reject()
    members = page.detail.members if page.detail is not None else ("GB-NCA", "RS-BP")
    task = TaskDialog(members, window)
    task.title_edit.setText("Share the ferry passenger lists of March")
    task.agency.setCurrentIndex(max(0, task.agency.findText("RS-BP")))
    task.resize(520, 300)
    task.show()
    shot(task, "34-operation-task")
    task.reject()
    operation_action_shots(window, page)


def operation_action_shots(window: Any, page: Any) -> None:
    """36. sharing a message into the operation; 37. the lead concluding it."""
    from liaison_app.gui.pages.operation_actions import ConcludeDialog
    from liaison_app.gui.pages.operation_share import ShareMessageDialog

    detail = page.detail
    ref = detail.summary.ref if detail is not None else "DEMO-JOINT-1"
    share = ShareMessageDialog(window.ctx, ref, lambda _m: None, window)
    share.scope.setCurrentIndex(1)
    share.show()
    shot(share, "36-operation-share")
    share.reject()
    conclude = ConcludeDialog(ref, window)
    conclude.text.setPlainText("Objectives met: the Horgoš route closed, four arrests on "
                               "both sides")
    conclude.show()
    shot(conclude, "37-operation-conclude")
    conclude.reject()


def partner_operations_shot() -> None:
    """35. Officer B's (RS-BP) copy of DEMO-JOINT-1: the same timeline in the same order."""
    shell, window = unlocked(DATA / "officer-B", PASSPHRASE_B, status=True,
                             justified=("DEMO-JOINT-1",))
    go_to(window, "operations")
    page = window.page("operations")
    page.refresh()
    page.timeline.selectRow(2)  # RS-BP's own task, set by GB-NCA
    page.timeline.setFocus()
    shot(window, "35-operation-partner-copy")
    close(shell)
