"""The main window's modules imported while the officer types the passphrase.

Between Enter on the unlock screen and the painted Inbox, about half the time
went on importing the ~80 modules the main window needs (its pages, models,
the session's services and repositories: ADR 0029). The unlock screen is idle
while the officer types, and while the key is derived on a pool thread
(Argon2id releases the interpreter lock), so it imports them then: a few
steps on the GUI thread, one per event-loop turn, each under a paused
collector, starting once the screen has painted. A keystroke that comes during
a step waits for it (tens of milliseconds at most) and is not lost. If Enter
comes first, the main window imports whatever is still missing, as before;
an import that fails here is logged and the main window meets the same error
and reports it in the usual way.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from liaison_app.gui.collection_pause import collection_paused

log = logging.getLogger(__name__)

MAIN_WINDOW_MODULES = (
    "liaison_app.services.session",
    "liaison_app.services.attention",
    "liaison_app.gui.models.paged",
    "liaison_app.gui.pages.lists",
    "liaison_app.gui.main_window",
)
"""Stepping stones, each importing its own dependencies not loaded yet (the services'
repositories come with `services.session`); the last one leaves nothing of the main
window's start to import. Only services and gui modules are named: the layers hold."""

FIRST_STEP_DELAY_MS = 150
"""Long enough for the unlock screen to paint first; shorter than anyone types a
passphrase."""


class MainWindowPreload(QObject):
    """Imports `modules` one per event-loop turn, from `FIRST_STEP_DELAY_MS` after it
    is made; `finished` once all were tried. Dies with its parent (the unlock screen)."""

    finished = Signal()

    def __init__(self, parent: QObject, modules: Sequence[str] = MAIN_WINDOW_MODULES,
                 *, first_step_delay_ms: int = FIRST_STEP_DELAY_MS) -> None:
        super().__init__(parent)
        self._left = list(modules)
        self.failed: list[str] = []
        """Modules whose import raised (logged with the traceback)."""
        QTimer.singleShot(first_step_delay_ms, self, self._step)

    def _step(self) -> None:
        if not self._left:
            self.finished.emit()
            return
        name = self._left.pop(0)
        if name not in sys.modules:
            with collection_paused():
                try:
                    importlib.import_module(name)
                except Exception:
                    log.exception("preloading %s for the main window failed", name)
                    self.failed.append(name)
        QTimer.singleShot(0, self, self._step)
