"""The first window paints without the read models, stores and tables it does not show.

Bench P5 times start-up; this pins what made it shorter, the way tests pin
behaviour: a real `liaison` start (the bench's child: QApplication, the unlock
screen, the passphrase, the main window with the Inbox counted and its first
rows painted) runs in its own interpreter, which lists its modules at the
moment the window has painted. What the Inbox does not need, the detail pane's
and case view's read models, the stores that erase or send, the domain's case
and money tables, the other pages, must not be among them (docs/adr/0029).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.services.test_views import incoming, store
from tests.services.workspace import PASSPHRASE, make_workspace

#: loaded on first use (opening a message, a case, a search, another page, an erasure,
#: a send), never on the way to the first painted window
NOT_AT_START = frozenset({
    "liaison_app.services.views",  # the list reads `message_lists`
    "liaison_app.services.detail_types",
    "liaison_app.services.view_render",
    "liaison_app.services.conversations",
    "liaison_app.services.subject_links",
    "liaison_app.services.retention",  # the prompt counts through `review_due`
    "liaison_app.store.messages",
    "liaison_app.store.erasures",
    "liaison_app.store.outbox",
    "liaison_app.store.threads",
    "liaison_app.store.cash_amounts",
    "liaison_app.store.match_index",
    "liaison_app.domain.cases",
    "liaison_app.domain.money",
    "liaison_app.domain.currencies",
    "liaison_app.domain.forwarding",
    "liaison_app.domain.subjects",
    "liaison_app.domain.captions",
    "liaison_app.gui.pages.detail",
    "liaison_app.gui.pages.case_view",
    "liaison_app.gui.pages.search",
    "tomllib",  # read only when IT put a policy file in place
    "PySide6's feature import hook",  # taken out by `liaison_app.gui` (pyside_import_hook)
})

_CHILD = """
import builtins, json, sys
import bench.gui_child as child

at_paint = []
report = child._report

def painted(extra=None):
    at_paint.extend(sorted(sys.modules))
    if builtins.__import__ is getattr(builtins, "__feature_import__", None):
        at_paint.append("PySide6's feature import hook")
    report(extra)

child._report = painted
child.liaison(sys.argv[1], sys.argv[2])
print(json.dumps(at_paint))
"""


def test_the_first_window_paints_the_inbox_without_what_it_does_not_show(
        tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    session = make_workspace(profile).open()
    try:
        store(session, *(incoming(n) for n in range(1, 13)), incoming(13, type="alert"))
    finally:
        session.close(reason="test")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", _CHILD, str(profile), PASSPHRASE], cwd=root,
                         env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    lines = out.stdout.splitlines()
    ready, modules = json.loads(lines[0]), set(json.loads(lines[-1]))
    assert ready["rows_shown"] == ready["total"] == 13  # the real Inbox, listed and painted
    assert "liaison_app.gui.main_window" in modules and "liaison_app.gui.pages.lists" in modules
    assert sorted(NOT_AT_START & modules) == []


_PRELOAD_CHILD = """
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(["liaison"])
from liaison_app.gui.unlock import UnlockScreen
screen = UnlockScreen(Path(sys.argv[1]))
screen.show()
before = sorted(sys.modules)
done = []
screen.preload.finished.connect(lambda: done.append(True))
deadline = time.monotonic() + 60
while not done and time.monotonic() < deadline:
    app.processEvents()
print(json.dumps({"finished": bool(done), "failed": screen.preload.failed,
                  "before": before, "after": sorted(sys.modules),
                  "typed": screen.passphrase.isEnabled()}))
"""


def test_the_unlock_screen_imports_the_main_window_while_the_officer_types(
        tmp_path: Path) -> None:
    """Enter used to wait for ~80 imports; the unlock screen now makes them while it
    waits for the passphrase, and only what the first window needs."""
    profile = tmp_path / "profile"
    make_workspace(profile)
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", _PRELOAD_CHILD, str(profile)], cwd=root,
                         env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    found = json.loads(out.stdout.splitlines()[-1])
    assert found["finished"] and found["failed"] == [] and found["typed"]
    main_window = {"liaison_app.gui.main_window", "liaison_app.services.session",
                   "liaison_app.gui.pages.lists", "liaison_app.services.attention"}
    assert sorted(main_window & set(found["before"])) == []  # not at the screen's start
    assert main_window <= set(found["after"])
    assert sorted(NOT_AT_START & set(found["after"])) == []
