"""Keep a compose dialog's content as a draft: while typing, on closing, on lock.

Every change starts a short timer; when the officer pauses, the whole dialog
is saved (`services.drafts.save`, one SQLCipher transaction), so a crash or a
kill loses at most the last `DEBOUNCE_MS`. Closing a dialog that holds
something new asks: keep as draft, discard, or go on editing. A lock (Ctrl+L
or auto-lock) saves without asking and closes the dialog before the cache is
closed. A dialog that was never changed leaves nothing behind.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from liaison_app.gui.compose.draft_state import change_signals, watched_inputs
from liaison_app.gui.context import AppContext
from liaison_app.services import drafts

log = logging.getLogger(__name__)
# Qt's translate under the name lupdate looks for (literal context and text at each call)
translate = QCoreApplication.translate

DEBOUNCE_MS = 1200
"""How long after the last keystroke the draft is saved."""
DOCUMENT_VERSION = 1
"""The layout of the `fields` a dialog keeps; a later layout reads older ones as best it can."""


class CloseChoice(Enum):
    """What the officer chose when closing a dialog with content."""

    KEEP = "keep"
    DISCARD = "discard"
    EDIT = "edit"


def ask_keep_discard(parent: QWidget) -> CloseChoice:
    """Keep as draft, discard, or go on editing (Escape: go on editing)."""
    box = QMessageBox(parent)
    box.setObjectName("closeQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("DraftKeeper", "Close this message?"))
    box.setText(translate("DraftKeeper", "This message has not been sent. Keep it as a draft "
                                          "to finish later, discard it, or go on editing?"))
    keep = box.addButton(translate("DraftKeeper", "&Keep as draft"),
                         QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("DraftKeeper", "&Discard"),
                            QMessageBox.ButtonRole.DestructiveRole)
    edit = box.addButton(translate("DraftKeeper", "&Go on editing"),
                         QMessageBox.ButtonRole.RejectRole)
    keep.setAccessibleName(translate("DraftKeeper", "Keep as draft"))
    discard.setAccessibleName(translate("DraftKeeper", "Discard the message"))
    edit.setAccessibleName(translate("DraftKeeper", "Go on editing"))
    box.setDefaultButton(keep)
    box.setEscapeButton(edit)
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep:
        return CloseChoice.KEEP
    if clicked is discard:
        return CloseChoice.DISCARD
    return CloseChoice.EDIT


class DraftKeeper(QObject):
    """Autosaves one dialog's state as a draft and decides what closing does."""

    #: the draft was written (draft id)
    saved = Signal(str)
    #: saving failed (plain words); the dialog stays open and says so
    failed = Signal(str)

    def __init__(self, ctx: AppContext, kind: str, capture: Callable[[], dict[str, Any]],
                 heading: Callable[[], Mapping[str, Any]], *, about: str | None = None,
                 draft_id: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.about = about
        self._capture = capture
        self._heading = heading
        self.draft_id = draft_id
        self._reopened = draft_id is not None
        self._baseline: dict[str, Any] | None = None
        self._last_saved: dict[str, Any] | None = None
        self._finished = False
        self._watched: set[int] = set()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.save_now)

    # -- watching -----------------------------------------------------------------------

    def watch(self, root: QWidget) -> None:
        """Notice every change of the inputs under `root` (call again for new widgets)."""
        for widget in [root, *watched_inputs(root)]:
            if id(widget) in self._watched:
                continue
            signals = change_signals(widget)
            if signals:
                self._watched.add(id(widget))
            for signal in signals:
                signal.connect(self.changed)

    def changed(self, *_args: object) -> None:
        """Something was typed or chosen: save when the officer pauses."""
        if self._baseline is not None and not self._finished:
            self.timer.start()

    def set_baseline(self) -> None:
        """What the dialog holds now counts as "nothing new" (after building or restoring)."""
        self._baseline = self._capture()
        if self.draft_id is not None:
            self._last_saved = self._baseline

    @property
    def finished(self) -> bool:
        """Sent, discarded or kept on closing: nothing more is saved."""
        return self._finished

    # -- state ------------------------------------------------------------------------------

    def worth_asking(self) -> bool:
        """Closing would lose or leave something the officer should decide about: the
        dialog changed since it opened, or this session started a draft."""
        if self._baseline is None:
            return False
        return self._capture() != self._baseline or (
            self.draft_id is not None and not self._reopened)

    def save_now(self) -> bool:
        """Write the draft now if the dialog holds something new; False if it could not."""
        self.timer.stop()
        if self._finished or self._baseline is None:
            return True
        session = self.ctx.session
        if session is None:
            return False
        state = self._capture()
        if state == self._last_saved or (self.draft_id is None and state == self._baseline):
            return True
        draft_id = self.draft_id or drafts.new_draft_id()
        try:
            drafts.save(session, draft_id, self.kind, state, version=DOCUMENT_VERSION,
                        heading=self._heading(), about=self.about)
        except Exception as exc:  # said in plain words by the dialog; the log has the rest
            log.exception("draft not saved")
            from liaison_app.gui.errors import describe

            self.failed.emit(describe(exc)[1])
            return False
        self.draft_id = draft_id
        self._last_saved = state
        self.saved.emit(draft_id)
        return True

    def discard(self) -> None:
        """Throw the draft away (if one was saved)."""
        self.timer.stop()
        self._finished = True
        session = self.ctx.session
        if self.draft_id is not None and session is not None:
            try:
                drafts.discard(session, self.draft_id)
            except Exception:
                log.exception("draft not discarded")
        self.ctx.data_changed.emit()

    def sent(self) -> None:
        """The message was queued (the service deleted the draft with it): stop keeping."""
        self.timer.stop()
        self._finished = True

    def finish_kept(self) -> bool:
        """Save what is there and stop (closing with "keep"); False if saving failed."""
        if not self.save_now():
            return False
        self._finished = True
        self.ctx.data_changed.emit()
        return True

    # -- closing ----------------------------------------------------------------------------

    def closing(self, event: QCloseEvent) -> None:
        """A close the window system did not send (the program quitting, a test tearing
        down): keep what is there as a draft, never ask (nobody could answer)."""
        if not event.spontaneous() and not self._finished:
            self.finish_kept()

    def may_close(self, parent: QWidget) -> bool:
        """Escape or Cancel: ask when there is something new; True if the dialog may close."""
        if self._finished:
            return True
        if not self.worth_asking():  # untouched (a reopened draft simply stays saved)
            self.timer.stop()
            self._finished = True
            return True
        choice = ask_keep_discard(parent)
        if choice is CloseChoice.EDIT:
            return False
        if choice is CloseChoice.DISCARD:
            self.discard()
            return True
        return self.finish_kept()
