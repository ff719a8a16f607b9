"""The Qt application a report needs, and the fonts it is drawn with.

Painting text needs a QGuiApplication. Inside the desktop client one already
runs; the command line makes an offscreen one (no display needed). The fonts
are the bundled DejaVu Sans (Latin, Cyrillic, Greek), so every report looks
the same everywhere and Qt embeds their glyphs into the PDF.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from liaison_app.config.resources import resources_dir
from liaison_app.reports import qtfix as _qtfix  # noqa: F401 - PySide6 6.12 / CPython 3.11 fix

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FALLBACK_FAMILY = "DejaVu Sans"

_app: QGuiApplication | None = None


class FontsMissing(RuntimeError):
    """The bundled fonts are not installed: reports would not render every script."""


def ensure_app() -> QCoreApplication:
    """The running Qt application, or a new offscreen QGuiApplication (command line)."""
    global _app
    app = QCoreApplication.instance()
    if app is not None:
        return app
    _app = QGuiApplication(["liaison", "-platform", "offscreen"])
    return _app


@lru_cache(maxsize=1)
def font_family() -> str:
    """Register the bundled fonts once; the family name reports are drawn in."""
    folder = resources_dir() / "fonts"
    family = ""
    for name in FONT_FILES:
        path = folder / name
        if not path.is_file():
            raise FontsMissing(f"The report fonts are missing ({path}). Reinstall Liaison or "
                               "contact IT.")
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            raise FontsMissing(f"The report font {path} could not be loaded. Reinstall "
                               "Liaison or contact IT.")
        family = family or families[0]
    return family or FALLBACK_FAMILY


def report_font(points: float, *, bold: bool = False) -> QFont:
    """The report font at `points`, hinting off (the same shapes on screen and paper).

    Characters DejaVu lacks fall back to a system font, which Qt embeds as well.
    Ligatures are off, so text copied or extracted from the PDF reads "fi", not "ﬁ"
    (a name searched for in a report must be found).
    """
    font = QFont(font_family())
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font
