"""Compose dialogs (Compose Request, Raise Alert) and message actions (reply, acknowledge,
recall, forward). Each `open_*` runs a modal dialog and returns the queued message id, or
None when the officer cancels.

The shell binds Ctrl+N to `open_compose_request` and Ctrl+Shift+N to `open_raise_alert`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from liaison_app.domain.messages import MessageType
from liaison_app.gui.compose.actions import (
    open_acknowledge,
    open_action_draft,
    open_forward,
    open_recall,
    open_reply,
)
from liaison_app.gui.compose.dialog import ComposeDialog
from liaison_app.gui.context import AppContext
from liaison_app.services import drafts
from liaison_app.services.drafts import SavedDraft
from liaison_app.services.errors import ServiceError

__all__ = ["ComposeDialog", "open_acknowledge", "open_compose_request", "open_draft",
           "open_forward", "open_raise_alert", "open_recall", "open_reply"]


def _run(ctx: AppContext, kind: MessageType, parent: QWidget | None,
         draft: SavedDraft | None = None) -> str | None:
    if ctx.session is None:
        return None
    dialog = ComposeDialog(ctx, kind, parent, draft=draft)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.message_id
        return None
    finally:
        dialog.deleteLater()


def open_compose_request(ctx: AppContext, parent: QWidget | None = None) -> str | None:
    """Compose Request (Ctrl+N): the queued message id, or None if cancelled."""
    return _run(ctx, MessageType.REQUEST, parent)


def open_raise_alert(ctx: AppContext, parent: QWidget | None = None) -> str | None:
    """Raise Alert (Ctrl+Shift+N): the queued message id, or None if cancelled."""
    return _run(ctx, MessageType.ALERT, parent)


def open_draft(ctx: AppContext, draft_id: str, parent: QWidget | None = None) -> str | None:
    """Reopen a saved draft in its own dialog, every field as it was; the queued message id,
    or None when the officer closes it again (the draft stays unless discarded)."""
    session = ctx.session
    if session is None:
        return None
    try:
        draft = drafts.load(session, draft_id)
    except ServiceError as exc:
        ctx.user_error.emit(QCoreApplication.translate("Compose", "Draft not opened"), str(exc))
        return None
    if draft.kind in (MessageType.REQUEST.value, MessageType.ALERT.value):
        return _run(ctx, MessageType(draft.kind), parent, draft)
    return open_action_draft(ctx, draft, parent)
