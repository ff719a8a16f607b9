"""Look and language: the QSS theme, icons and Qt translations from `resources/`."""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from liaison_app.config.resources import resources_dir

APP_ID = "org.liaison.Liaison"
_translators: list[QTranslator] = []


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


#: environment variable that overrides the system's language, e.g. `sr_Latn`, `sr_Cyrl`, `bg`, `en`
LANG_ENV = "LIAISON_LANG"


def parse_locale(name: str) -> QLocale:
    """A locale from a POSIX or BCP 47 name: `sr_RS.UTF-8@latin`, `sr-Latn`, `bg_BG`..."""
    base, _, modifier = name.strip().partition("@")
    base = base.split(".", 1)[0].replace("_", "-")
    locale = QLocale(base)
    if modifier.split(".", 1)[0].lower() == "latin":  # glibc names Serbian Latin `sr_RS@latin`
        locale = QLocale(locale.language(), QLocale.Script.LatinScript, locale.territory())
    return locale


def ui_locale(environ: Mapping[str, str] | None = None) -> QLocale:
    """The language the GUI speaks: `$LIAISON_LANG`, else the system's locale."""
    env = os.environ if environ is None else environ
    override = env.get(LANG_ENV, "").strip()
    if override:
        return parse_locale(override)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            # Qt drops glibc's `@latin` modifier (and with it the script); keep it
            return parse_locale(value) if "@latin" in value.lower() else QLocale.system()
    return QLocale.system()


def remove_translations(app: QApplication) -> None:
    """Uninstall the translators `install_translations` installed."""
    while _translators:
        app.removeTranslator(_translators.pop())


def install_translations(app: QApplication, locale: QLocale | None = None) -> str | None:
    """Install Qt's own and Liaison's translations for `locale` (default: `ui_locale()`),
    replacing any installed before; return the language of Liaison's, None if there is none.

    Liaison's are `resources/translations/liaison_<lang>[_<Script>].qm`, found through
    the locale's UI languages: sr-Latn-RS tries liaison_sr_Latn_RS, then liaison_sr_Latn.
    """
    locale = locale or ui_locale()
    remove_translations(app)
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
