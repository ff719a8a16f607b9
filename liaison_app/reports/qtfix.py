"""Work around a reference-count bug of PySide6 6.12.0 on CPython 3.11.

`SignalInstance.emit()` returns `True` without taking a new reference, so every
`signal.emit(...)` made from Python takes one reference away from `True`; the
return values of Python overrides and slots run from Qt threads and timers
(`QRunnable.run`, `QTimer.singleShot`, `QThread.started` slots) lose `None`
references the same way. After a few thousand of these (one sync run)
CPython frees `None` or `True` and aborts ("none_dealloc" / "bool_dealloc").
From Python 3.12 these objects are immortal and the bug is invisible, which
is why it slipped through.

The fix is measured, not assumed: one emit of a private signal is checked, and
only if it lost a reference are `None`, `True`, `False` and the small ints
given a very large number of extra references (in effect the immortality
3.12 gives them). Imported by `liaison_app.gui` (at its import) and by the
report renderer (`reports.qt_app`): every Qt user, widgets, pages, dialogs,
the reports of the command line, and their tests. QtCore only; it lives in
`reports/`, the lowest layer that may import Qt (nothing below `gui/` does,
ADR 0015), so `gui/` imports it from there.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_EXTRA = 1 << 40
applied = False


class _Probe(QObject):
    ping = Signal()


def emit_steals_true() -> bool:
    """True when `emit()` gives back a reference to True it never took."""
    probe = _Probe()
    before = sys.getrefcount(True)
    probe.ping.emit()
    after = sys.getrefcount(True)
    probe.deleteLater()
    return after < before


def apply() -> bool:
    """Make None/True/False/small ints immortal if this PySide6 needs it (True if so)."""
    global applied
    if applied or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return applied
    if emit_steals_true():
        for obj in (None, True, False, *range(-5, 257)):
            ctypes.c_ssize_t.from_address(id(obj)).value += _EXTRA
        applied = True
    return applied


apply()
