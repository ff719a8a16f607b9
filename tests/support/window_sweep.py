"""Close and delete the windows a test leaves behind.

Tests that build windows and dialogs without handing them to qtbot leave them alive,
often for good: a signal connected to a lambda that holds the window is a reference
cycle through C++ that Python's collector cannot see. Over the suite they pile up, and
every later restyle, language change or event sweep visits each of them (a theme test
took 98 s near the end of the run, and the whole suite twice as long). Closing, not only
deleting, lets a main window stop its sync and mail threads as it does for the officer.

Only parentless windows are swept: a window with a parent (a combo box's pop-up, a
dialog over its window) goes with its parent, and deleting it alone would leave the
parent with a dangling pointer. Deletion is left to the next event loop (deleteLater),
as pytest-qt does for its own widgets: forcing it at once, while the test's objects
still hold wrappers of the children, crashes shiboken when those wrappers are freed.
Nothing here imports Qt for a test that never did.
"""

from __future__ import annotations

import sys
from typing import Any


def windows_now() -> set[int]:
    """The addresses of the parentless windows alive now (empty without Qt)."""
    return {_address(w) for w in _parentless_windows()}


def sweep_windows(before: set[int]) -> int:
    """Close and schedule deletion of every parentless window not in `before`;
    return how many."""
    left = [w for w in _parentless_windows() if _address(w) not in before]
    for window in left:
        if window.isVisible():
            window.close()
        window.deleteLater()
    return len(left)


def _parentless_windows() -> list[Any]:
    qt = sys.modules.get("PySide6.QtWidgets")
    if qt is None or qt.QApplication.instance() is None:
        return []
    return [w for w in qt.QApplication.topLevelWidgets() if w.parentWidget() is None]


def _address(widget: Any) -> int:
    """The C++ object's address: the same widget may come back in a new Python wrapper."""
    import shiboken6

    return int(shiboken6.getCppPointer(widget)[0])
