"""Look and language: the themes (light, dark, each in high contrast), text size,
icons and Qt translations from `resources/`.

`resources/theme.qss` is a template: `apply_display` fills its `@names@` from
one of the colour sets below and its text sizes from the officer's text size,
sets the matching palette (for what the style sheet does not draw), and keeps
the shared status colours the list models use (`colour`) in step. "Follow the
system" reads the desktop's colour scheme and follows its changes.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from liaison_app.services.display import resources_dir

log = logging.getLogger(__name__)

APP_ID = "org.liaison.Liaison"
_translators: list[QTranslator] = []

LIGHT: Mapping[str, str] = {
    "window": "#f6f7f9", "base": "#ffffff", "alt_base": "#f2f5f9", "text": "#1b1f24",
    "muted": "#4d5560", "border": "#c3c9d1", "border_strong": "#8a94a3",
    "header_bg": "#e9edf2", "nav_bg": "#e6edf5", "nav_text": "#0b2a4a", "hover": "#eef3f9",
    "hover_strong": "#d5e1ee", "accent": "#1f4e79", "accent_hover": "#2b6299",
    "accent_text": "#ffffff", "focus": "#1f6fbf", "disabled_bg": "#eceff3",
    "banner_bg": "#fdecea", "banner_border": "#b3261e", "banner_text": "#5f0f0a",
    "warn_bg": "#fff4d6", "warn_border": "#b07d00", "warn_text": "#4d3600",
    "error": "#b3261e", "good": "#1e6b30", "caution": "#a33b00", "title": "#1f4e79",
    "urgent": "#b00020", "priority": "#a35200",
}
DARK: Mapping[str, str] = {
    "window": "#1b1e23", "base": "#23272e", "alt_base": "#2a2f37", "text": "#e8eaed",
    "muted": "#b3bac4", "border": "#4a515c", "border_strong": "#7d8794",
    "header_bg": "#2c3139", "nav_bg": "#20242a", "nav_text": "#dbe6f3", "hover": "#323842",
    "hover_strong": "#3a4350", "accent": "#2f6db3", "accent_hover": "#3a7cc6",
    "accent_text": "#ffffff", "focus": "#6cb4ff", "disabled_bg": "#2a2e35",
    "banner_bg": "#4a1d1a", "banner_border": "#ff8a80", "banner_text": "#ffe3e0",
    "warn_bg": "#3d3215", "warn_border": "#d9a930", "warn_text": "#ffe9b3",
    "error": "#ff8a80", "good": "#7ee2a8", "caution": "#ffb870", "title": "#9cc7f5",
    "urgent": "#ff8a80", "priority": "#ffb870",
}
LIGHT_HIGH_CONTRAST: Mapping[str, str] = {
    **LIGHT, "window": "#ffffff", "alt_base": "#f0f0f0", "text": "#000000", "muted": "#2b2b2b",
    "border": "#000000", "border_strong": "#000000", "header_bg": "#e0e0e0",
    "nav_bg": "#ffffff", "nav_text": "#000000", "hover": "#dcdcdc", "hover_strong": "#c8c8c8",
    "accent": "#000000", "accent_hover": "#1a1a1a", "focus": "#0033cc",
    "error": "#8b0000", "good": "#004d00", "caution": "#6b3000", "title": "#000000",
    "urgent": "#8b0000", "priority": "#6b3000", "banner_text": "#3d0000",
}
DARK_HIGH_CONTRAST: Mapping[str, str] = {
    **DARK, "window": "#000000", "base": "#000000", "alt_base": "#141414", "text": "#ffffff",
    "muted": "#e0e0e0", "border": "#ffffff", "border_strong": "#ffffff",
    "header_bg": "#1a1a1a", "nav_bg": "#000000", "nav_text": "#ffffff", "hover": "#262626",
    "hover_strong": "#333333", "accent": "#ffff00", "accent_hover": "#ffff66",
    "accent_text": "#000000", "focus": "#00ffff", "disabled_bg": "#0d0d0d",
    "error": "#ffa0a0", "good": "#80ff80", "caution": "#ffd280", "title": "#ffffff",
    "urgent": "#ffa0a0", "priority": "#ffd280", "banner_bg": "#000000",
    "banner_border": "#ffa0a0", "banner_text": "#ffffff",
}
#: text sizes of the style sheet at 100 % (points)
FONT_POINTS: Mapping[str, float] = {"font": 10, "font_large": 11, "font_entry": 12,
                                    "font_title": 18}
_TOKEN = re.compile(r"@([a-z_]+)@")
#: the status colours the list models paint with, updated in place by `apply_display`
_shared: dict[str, QColor] = {}


@dataclass(frozen=True, slots=True)
class Look:
    """What the window looks like: `theme` is light, dark or system."""

    theme: str = "system"
    high_contrast: bool = False
    text_size: int = 100


#: the stroke colour the navigation icons are drawn in (recoloured for a dark theme)
ICON_STROKE = "#1f4e79"


def icon(name: str) -> QIcon:
    """`resources/icons/<name>.svg` (an empty icon if missing: never fatal); on a dark
    theme its strokes take the theme's navigation colour, so it stays visible."""
    path = resources_dir() / "icons" / f"{name}.svg"
    if not path.is_file():
        return QIcon()
    if not is_dark(_current_look):
        return QIcon(str(path))
    svg = path.read_text(encoding="utf-8")
    if ICON_STROKE not in svg:
        return QIcon(str(path))
    drawn = _rendered(svg.replace(ICON_STROKE, colours(_current_look)["nav_text"]))
    return QIcon(str(path)) if drawn.isNull() else QIcon(drawn)


def icon_on_selection(name: str) -> QIcon:
    """`icon(name)`, drawn all in the selection's text colour on a selected row (a blue
    tick on the blue selection could not be seen), in its own colours elsewhere. Both
    are pixmaps: Qt's SVG icon engine ignores a pixmap added for one mode."""
    path = resources_dir() / "icons" / f"{name}.svg"
    if not path.is_file():
        return QIcon()
    svg = path.read_text(encoding="utf-8")
    if is_dark(_current_look):
        svg = svg.replace(ICON_STROKE, colours(_current_look)["nav_text"])
    own = _rendered(svg)
    selected = _rendered(re.sub(r"#[0-9a-fA-F]{6}\b", colours(_current_look)["accent_text"],
                                svg))
    if own.isNull() or selected.isNull():
        return icon(name)
    drawn = QIcon(own)
    drawn.addPixmap(selected, QIcon.Mode.Selected)
    return drawn


def _rendered(svg: str, size: int = 48) -> QPixmap:
    """An SVG text drawn on a transparent square pixmap (through Qt's SVG image reader:
    no Python import on the way to the first window)."""
    from PySide6.QtCore import QBuffer, QByteArray, QSize
    from PySide6.QtGui import QImageReader

    data = QBuffer()
    data.setData(QByteArray(svg.encode("utf-8")))
    reader = QImageReader(data, QByteArray(b"svg"))
    reader.setScaledSize(QSize(size, size))
    image = reader.read()
    if image.isNull():  # no SVG image reader: the caller keeps the icon's own colours
        log.warning("an icon could not be drawn: %s", reader.errorString())
        return QPixmap()
    return QPixmap.fromImage(image)


def app_icon() -> QIcon:
    """The application icon the packaging puts in resources/icons/."""
    return icon(APP_ID)


def colour(name: str) -> QColor:
    """A status colour (`urgent`, `priority`, `error`, `good`, `caution`) of the current
    theme; the same object is updated when the theme changes."""
    found = _shared.get(name)
    if found is None:
        found = _shared[name] = QColor(LIGHT[name])
    return found


def system_is_dark() -> bool:
    """True when the desktop asks for a dark colour scheme."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(look: Look) -> bool:
    """True when `look` is dark now (`system` resolved against the desktop)."""
    return look.theme == "dark" or (look.theme == "system" and system_is_dark())


def colours(look: Look) -> Mapping[str, str]:
    """The colour set for `look` (`system` resolved now)."""
    dark = is_dark(look)
    if look.high_contrast:
        return DARK_HIGH_CONTRAST if dark else LIGHT_HIGH_CONTRAST
    return DARK if dark else LIGHT


def style_sheet(look: Look) -> str:
    """`resources/theme.qss` filled in for `look` ("" when the file is missing)."""
    path = resources_dir() / "theme.qss"
    if not path.is_file():
        return ""
    values: dict[str, str] = dict(colours(look))
    # the check mark drawn on the accent colour: white on blue, black on yellow
    check = "check-black" if values["accent_text"] == "#000000" else "check-white"
    values["check_icon"] = (resources_dir() / "icons" / f"{check}.svg").as_posix()
    scale = max(50, min(look.text_size, 300)) / 100
    values.update({k: f"{v * scale:.1f}pt" for k, v in FONT_POINTS.items()})
    return _TOKEN.sub(lambda m: values.get(m.group(1), m.group(0)),
                      path.read_text(encoding="utf-8"))


def palette(values: Mapping[str, str]) -> QPalette:
    """A palette for what the style sheet does not draw (check boxes, scroll bars)."""
    pal = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    pairs = {role.Window: "window", role.WindowText: "text", role.Base: "base",
             role.AlternateBase: "alt_base", role.Text: "text", role.Button: "base",
             role.ButtonText: "text", role.Highlight: "accent",
             role.HighlightedText: "accent_text", role.ToolTipBase: "base",
             role.ToolTipText: "text", role.PlaceholderText: "muted", role.Link: "focus",
             role.BrightText: "error", role.Mid: "border", role.Dark: "border_strong"}
    for r, key in pairs.items():
        pal.setColor(r, QColor(values[key]))
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(group.Disabled, r, QColor(values["muted"]))
    return pal


def apply_display(app: QApplication, look: Look) -> None:
    """Apply `look` to the whole application now (and follow the desktop if `system`)."""
    values = colours(look)
    app.setPalette(palette(values))
    app.setStyleSheet(style_sheet(look))
    for name in ("urgent", "priority", "error", "good", "caution"):
        colour(name).setRgba(QColor(values[name]).rgba())
    global _current_look
    _current_look = look
    hints = QGuiApplication.styleHints()
    if not getattr(app, "_liaison_follows_scheme", False):
        hints.colorSchemeChanged.connect(lambda _scheme: _follow_system(app))
        app._liaison_follows_scheme = True  # type: ignore[attr-defined]


_current_look = Look()


def current_look() -> Look:
    """The look applied last."""
    return _current_look


def _follow_system(app: QApplication) -> None:
    if _current_look.theme == "system":
        apply_display(app, _current_look)


def apply_theme(app: QApplication) -> None:
    """The default look (light or the desktop's, normal contrast, 100 %)."""
    apply_display(app, Look())


#: environment variable that overrides the system's language, e.g. `sr_Latn`, `sr_Cyrl`, `bg`, `en`
LANG_ENV = "LIAISON_LANG"
#: the officer's language setting -> the locale it means
LANGUAGE_LOCALES: Mapping[str, str] = {"en": "en-GB", "sr_Latn": "sr-Latn-RS",
                                       "sr_Cyrl": "sr-Cyrl-RS", "bg": "bg-BG"}


def parse_locale(name: str) -> QLocale:
    """A locale from a POSIX or BCP 47 name: `sr_RS.UTF-8@latin`, `sr-Latn`, `bg_BG`..."""
    base, _, modifier = name.strip().partition("@")
    base = base.split(".", 1)[0].replace("_", "-")
    locale = QLocale(base)
    if modifier.split(".", 1)[0].lower() == "latin":  # glibc names Serbian Latin `sr_RS@latin`
        locale = QLocale(locale.language(), QLocale.Script.LatinScript, locale.territory())
    return locale


def ui_locale(environ: Mapping[str, str] | None = None, setting: str = "system") -> QLocale:
    """The language the GUI speaks: `$LIAISON_LANG`, else the officer's setting, else the
    system's locale."""
    env = os.environ if environ is None else environ
    override = env.get(LANG_ENV, "").strip()
    if override:
        return parse_locale(override)
    if setting in LANGUAGE_LOCALES:
        return QLocale(LANGUAGE_LOCALES[setting])
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            # Qt drops glibc's `@latin` modifier (and with it the script); keep it
            return parse_locale(value) if "@latin" in value.lower() else QLocale.system()
    return QLocale.system()


def remove_translations(app: QApplication) -> None:
    """Uninstall the translators `install_translations` installed (and its date language)."""
    while _translators:
        app.removeTranslator(_translators.pop())
    QLocale.setDefault(QLocale.system())


def install_translations(app: QApplication, locale: QLocale | None = None) -> str | None:
    """Install Qt's own and Liaison's translations for `locale` (default: `ui_locale()`),
    replacing any installed before; return the language of Liaison's, None if there is none.

    Liaison's are `resources/translations/liaison_<lang>[_<Script>].qm`, found through
    the locale's UI languages: sr-Latn-RS tries liaison_sr_Latn_RS, then liaison_sr_Latn.
    """
    locale = locale or ui_locale()
    remove_translations(app)
    QLocale.setDefault(locale)  # day and month names in dates shown, in this language
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
