"""Look and language: the QSS theme, icons and Qt translations from `resources/`."""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

APP_ID = "org.liaison.Liaison"
_translators: list[QTranslator] = []


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


def icon(name: str) -> QIcon:
    """`resources/icons/<name>.svg` (an empty icon if missing: never fatal)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def app_icon() -> QIcon:
    """The application icon the packaging puts in resources/icons/."""
    return icon(APP_ID)


def apply_theme(app: QApplication) -> None:
    """Load `resources/theme.qss` (the platform look stays if it is missing)."""
    path = resources_dir() / "theme.qss"
    if path.is_file():
        app.setStyleSheet(path.read_text(encoding="utf-8"))


def install_translations(app: QApplication, locale: QLocale | None = None) -> str | None:
    """Install Qt's own and Liaison's translations for `locale`; return the one loaded."""
    locale = locale or QLocale()
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _translators.append(qt)
    folder = resources_dir() / "translations"
    if not folder.is_dir():
        return None
    ours = QTranslator(app)
    if ours.load(locale, "liaison", "_", str(folder)):
        app.installTranslator(ours)
        _translators.append(ours)
        return ours.language()
    return None
