"""Child processes for P5/P6: the real client opening a 100k-message profile, and a bare window.

`python -m bench.gui_child liaison PROFILE PASSPHRASE` starts the real shell
(QApplication, theme, Shell → unlock screen → unlock → main window with the
Inbox page listing the cache), `python -m bench.gui_child bare` a bare
PySide6 QMainWindow. Each prints one JSON line once its window has painted:
{"ready_s": seconds since the interpreter started, "rss_mb": resident memory}.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

T0 = time.perf_counter()


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return 0.0


def _report(extra: dict[str, object] | None = None) -> None:
    print(json.dumps({"ready_s": time.perf_counter() - T0, "rss_mb": _rss_mb(),
                      **(extra or {})}), flush=True)


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(["bare"])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    window.grab()  # one full paint
    app.processEvents()
    _report()
    return 0


def liaison(profile: str, passphrase: str) -> int:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    app = QApplication(["liaison"])
    from liaison_app.gui import theme
    from liaison_app.gui.app import Shell

    theme.apply_theme(app)
    shell = Shell(Path(profile), use_tray=False, start_sync=False)
    shell.start()
    screen: Any = shell.window
    screen.passphrase.setText(passphrase)
    screen.try_unlock()
    while shell.main_window is None:
        app.processEvents()
        time.sleep(0.001)
    window = shell.main_window
    window.grab()  # the Inbox page painted: its model has counted and read the first rows
    app.processEvents()
    page = window.page("inbox")
    model = None
    for view in page.findChildren(__import__("PySide6.QtWidgets", fromlist=["QTableView"])
                                  .QTableView):
        model = view.model()
        break
    rows = model.rowCount() if model is not None else -1
    total = getattr(getattr(model, "sourceModel", lambda: model)(), "total", rows)
    _report({"rows_shown": rows, "total": total})
    shell.quit_session()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.argv[1] == "bare":
        sys.exit(bare())
    sys.exit(liaison(sys.argv[2], sys.argv[3]))
