"""The one object every window, page and dialog of the GUI is given.

It carries the unlocked `Session` (services only: no SQL, crypto or HTTP in
widgets) and the app-wide signals pages react to. The shell (app.py /
main_window.py) owns it; pages and dialogs only read `session` and emit or
listen to the signals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from liaison_app.services.session import Session


class AppContext(QObject):
    """Shared state of an unlocked GUI session."""

    #: Something in the cache changed (after compose, sync, reply...): pages refresh.
    data_changed = Signal()
    #: The profile was locked (auto-lock or Ctrl+L): pages drop what they show.
    locked = Signal()
    #: Ask the shell to show a message in the detail pane: message id.
    open_message = Signal(str)
    #: A message row selected (not opened): shown in the detail pane if the pane is open
    #: and no justification is needed (Enter opens it in any case): message id.
    preview_message = Signal(str)
    #: Ask the shell to open a case view: case ref.
    open_case = Signal(str)
    #: Ask the shell to start a sync now.
    sync_requested = Signal()
    #: Ask the sync worker to queue a message the hub refused again, then sync: message id.
    retry_requested = Signal(str)
    #: Ask the shell to reopen a saved draft in its compose dialog: draft id.
    open_draft = Signal(str)
    #: A plain-words error for the officer (title, what happened and what to do).
    user_error = Signal(str, str)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = session
        #: case refs whose personal data the officer has justified opening this session
        self.justified_cases: set[str] = set()
        #: object refs (message:ID, subject:ID) justified outside any case
        self.justified_objects: set[str] = set()

    def require_session(self) -> Session:
        """The open session; raises if the profile is locked."""
        if self.session is None:
            raise RuntimeError("the profile is locked")
        return self.session
