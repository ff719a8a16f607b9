"""Where the installed data files are: `resources/` (icons, theme, translations, fonts).

Qt-free, so the GUI and the report renderer find the same folder, and a
command-line export needs no widget code to find its fonts.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    """`resources/` from `$LIAISON_RESOURCES_DIR`, the source tree or the data prefix."""
    env = os.environ.get("LIAISON_RESOURCES_DIR")
    candidates = [Path(env)] if env else []
    candidates += [Path(__file__).resolve().parents[2] / "resources",
                   Path(sys.prefix) / "share" / "liaison" / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    for path in candidates:
        if (path / "icons").is_dir():
            return path
    return candidates[0]
