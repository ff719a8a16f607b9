"""Is there a display to open windows on? (No Qt import: the CLI asks before loading Qt.)"""

from __future__ import annotations

import os
import sys


def display_available() -> bool:
    """False on a machine with no display, where Qt would abort."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


NO_DISPLAY = """liaison: no display is available, so the desktop client cannot open here.
  On a desktop, run `liaison` (or `liaison --profile DIR`) in a graphical session.
  Over SSH, use `ssh -X` so the window opens on your screen.
  Without any screen: `scripts/run.sh --headless` runs the demo client under Xvfb,
  or run `xvfb-run -a liaison --profile DIR` yourself.
  The command-line tools work everywhere: `liaison --help`."""
