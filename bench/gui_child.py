"""Child processes for P5/P6: the real client opening a 100k-message profile, and baselines.

`python -m bench.gui_child liaison PROFILE PASSPHRASE` starts the real shell
(QApplication, theme, Shell → unlock screen → unlock → main window with the
Inbox page listing the cache). `python -m bench.gui_child forms` is P5's
baseline: the same three Designer forms ours needs (unlock.ui, then
main_window.ui with page_list.ui in its page stack, an empty table), loaded
through QUiLoader without Designer plugins, each shown and painted, with no
Liaison import at all. `python -m bench.gui_child bare` is a bare PySide6
QMainWindow (the old baseline, kept for information). `python -m bench.gui_child
floor DATABASE` is the forms plus the work no client can skip (see `floor`),
for information: how far the target is from what any client pays. Each prints one JSON
line once its window has painted: {"ready_s": seconds since the interpreter
started, "rss_mb": resident memory}.
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
    print(json.dumps({"ready_s": time.perf_counter() - T0, "cpu_s": time.process_time(),
                      "rss_mb": _rss_mb(),
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


def _forms_app(name: str) -> tuple[Any, Any]:
    """A QApplication and a loader of the project's Designer forms through QUiLoader
    without Designer plugins, as ours loads them."""
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QFile, QIODevice
    from PySide6.QtUiTools import QUiLoader
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([name])
    ui = Path(__file__).resolve().parents[1] / "ui"
    paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])  # no Designer plugins, as ours
    loader = QUiLoader()
    QCoreApplication.setLibraryPaths(paths)

    def load(form: str, parent: QWidget | None = None) -> Any:
        file = QFile(str(ui / f"{form}.ui"))
        file.open(QIODevice.OpenModeFlag.ReadOnly)
        try:
            return loader.load(file, parent)
        finally:
            file.close()

    return app, load


def forms() -> int:
    """The same forms as ours, loaded the same way, shown and painted; no Liaison code."""

    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QMainWindow, QStackedWidget, QTableView

    app, load = _forms_app("forms")
    unlock = load("unlock")
    unlock.resize(560, 420)
    unlock.show()
    unlock.grab()  # the unlock screen painted, as ours paints it before unlocking
    window = QMainWindow()
    content = load("main_window", window)
    window.setCentralWidget(content)
    page = load("page_list")
    content.findChild(QStackedWidget, "pageStack").addWidget(page)
    table = page.findChild(QTableView, "table")
    table.setModel(QStandardItemModel(0, 11, table))
    window.resize(1280, 800)
    window.show()
    unlock.hide()
    window.grab()  # one full paint
    app.processEvents()
    _report()
    return 0


_FLOOR_COLUMNS = ("row_id, message_id, direction, type, status, sender_officer, sender_agency, "
                  "recipients, case_ref, priority, handling, grading, substr(body, 1, 160), "
                  "in_reply_to, created_at, received_at, due_at, status_changed_at")
_FLOOR_WHERE = ("restricted_at IS NULL AND direction = 'incoming' AND type <> 'operation' "
                "AND NOT type IN ('ack')")


def floor(database: str) -> int:
    """P5's floor: the same forms as `forms`, plus the work no client listing this cache
    can skip, done with the raw calls and no Liaison code: import SQLCipher and PyNaCl,
    open one secret box (the key file), key and open the cache, count the Inbox through
    its index, read its first 500 rows and show them in the table.

    The raw database key comes in `LIAISON_BENCH_DB_KEY` (hex; the parent unwrapped it
    with Liaison beforehand, outside the timing)."""

    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QMainWindow, QStackedWidget, QTableView

    app, load = _forms_app("floor")
    unlock = load("unlock")
    unlock.resize(560, 420)
    unlock.show()
    unlock.grab()
    import nacl.secret
    import nacl.utils
    import sqlcipher3

    box = nacl.secret.SecretBox(nacl.utils.random(nacl.secret.SecretBox.KEY_SIZE))
    box.decrypt(box.encrypt(bytes(96)))  # unwrapping the key file's secrets
    conn = sqlcipher3.connect(database, isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{os.environ['LIAISON_BENCH_DB_KEY']}'\"")
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    total = conn.execute(f"SELECT count(*) FROM messages WHERE {_FLOOR_WHERE}").fetchone()[0]
    rows = conn.execute(f"SELECT {_FLOOR_COLUMNS} FROM messages WHERE {_FLOOR_WHERE} "
                        "ORDER BY created_at DESC, row_id DESC LIMIT 500").fetchall()
    window = QMainWindow()
    content = load("main_window", window)
    window.setCentralWidget(content)
    page = load("page_list")
    content.findChild(QStackedWidget, "pageStack").addWidget(page)
    table = page.findChild(QTableView, "table")
    model = QStandardItemModel(len(rows), 6, table)
    for r, row in enumerate(rows):  # sender, summary, received, priority, type, state
        for c, value in enumerate((f"{row[5]} ({row[6]})", row[12], row[15], row[9], row[3],
                                   row[4])):
            model.setItem(r, c, QStandardItem(str(value or "")))
    table.setModel(model)
    window.resize(1280, 800)
    window.show()
    unlock.hide()
    window.grab()
    app.processEvents()
    _report({"total": total})
    conn.close()
    return 0


def liaison(profile: str, passphrase: str) -> int:
    """What `liaison` does (cli.main.run_gui, gui.app.main), then the unlock typed in."""
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from liaison_app.gui.collection_pause import collection_paused

    app = QApplication(["liaison"])
    with collection_paused():  # as `run_gui` imports the client
        from liaison_app.gui.app import Shell, prepare_application

    prepare_application(app, Path(profile))
    shell = Shell(Path(profile), use_tray=False, start_sync=False)
    shell.start()
    screen: Any = shell.window
    screen.grab()  # the unlock screen painted, as the baseline paints its form
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
    if sys.argv[1] == "forms":
        sys.exit(forms())
    if sys.argv[1] == "floor":
        sys.exit(floor(sys.argv[2]))
    sys.exit(liaison(sys.argv[2], sys.argv[3]))
