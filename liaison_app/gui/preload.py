"""Import the Qt-free layers in the background while the first window is being built.

The desktop client's start-up is mostly imports: Qt's on the GUI thread, and
Liaison's own (crypto, the SQLCipher store, the services and their read
models) that unlocking and the first list need. Qt spends much of its time
in C++ with Python's lock released (loading the Designer forms, laying out,
painting), so importing Liaison's layers on another thread meanwhile uses
the machine's second core instead of adding to the wait. `start()` is
called first thing by the `liaison` command, before PySide6 is imported; the
imports are the same the GUI thread would do moments later (Python's import
lock makes that safe: whichever thread comes second finds the module ready).
Nothing here touches Qt, opens a file of the profile or runs any use case.
"""

from __future__ import annotations

import importlib
import threading

#: what unlocking and the first painted list need, heaviest chains first
MODULES = (
    "liaison_app.services.session",
    "liaison_app.crypto.keystore",
    "liaison_app.services.views",
    "liaison_app.services.retention",
    "liaison_app.services.display",
    "liaison_app.services.problems",
)
_thread: threading.Thread | None = None


def _run() -> None:
    for name in MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: S112 - the GUI thread imports it again and reports
            continue


def start() -> None:
    """Begin importing in a daemon thread (once per process)."""
    global _thread
    if _thread is None:
        _thread = threading.Thread(target=_run, name="liaison-preload", daemon=True)
        _thread.start()


def wait(timeout: float | None = None) -> None:
    """Block until the background imports are done (tests)."""
    if _thread is not None:
        _thread.join(timeout)
