"""PySide6's `__feature__` import hook, taken out: Liaison selects no PySide feature.

When PySide6 loads it replaces `builtins.__import__` with a hook that serves
`from __feature__ import snake_case, true_property` and, after every other
import, reads the whole source of each newly imported module (with
`inspect.getsource`) to note whether it mentions PySide6. Liaison selects no
feature, so the notes are never read; the reading cost 13-17 ms of the start-up
(~180 modules are imported after PySide6 on the way to the first window) and a
Python call on every import statement for the life of the process (ADR 0029).
PySide6 installs no such hook on PyPy, and a module without a note is treated
as "no feature" (PySide's `feature_select`), so putting the original import
back changes nothing else. A test (tests/gui/test_startup_path.py) checks the
hook is gone once `liaison_app.gui` is imported.
"""

from __future__ import annotations

import builtins


def drop_feature_import_hook() -> bool:
    """Load PySide6 (which installs its hook) and put Python's own `__import__` back
    (True if the hook was there)."""
    import PySide6.QtCore  # noqa: F401 - installs the hook, if this PySide6 has one

    original = getattr(builtins, "__orig_import__", None)
    hook = getattr(builtins, "__feature_import__", None)
    if original is None or hook is None or builtins.__import__ is not hook:
        return False
    builtins.__import__ = original
    return True
