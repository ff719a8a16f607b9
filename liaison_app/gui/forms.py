"""Load the Qt Designer forms in `ui/` at run time (QUiLoader; see ADR 0005).

Forms hold layout only: widgets are found by `objectName` and wired in code.
The `ui/` directory is looked for, in order, at `$LIAISON_UI_DIR`, next to the
source tree (a checkout or an editable install), and under the installed
data prefix (`<prefix>/share/liaison/ui`, where the installers put it).
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


class FormMissing(RuntimeError):
    """A form or a named widget in it is missing: the installation is incomplete."""


def _candidates() -> list[Path]:
    here = Path(__file__).resolve()
    found: list[Path] = []
    env = os.environ.get("LIAISON_UI_DIR")
    if env:
        found.append(Path(env))
    found.append(here.parents[2] / "ui")
    found.append(Path(sys.prefix) / "share" / "liaison" / "ui")
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        found.append(Path(frozen) / "ui")
    return found


@lru_cache(maxsize=1)
def ui_dir() -> Path:
    """The directory the forms are read from."""
    for path in _candidates():
        if (path / "main_window.ui").is_file():
            return path
    raise FormMissing("The window layouts (ui/) are missing from this installation. "
                      "Reinstall Liaison or contact IT.")


_loader: QUiLoader | None = None


def _new_loader() -> QUiLoader:
    """A QUiLoader that loads no Qt Designer plugins.

    The constructor loads every plugin under `<library path>/designer`; PySide6
    ships QQuickWidget's and its own there, which pull in QtQml/QtQuick/QtNetwork
    (~10 ms and several MB at start-up). Our forms use stock widgets only, so the
    loader is made while the library paths are empty, then they are restored.
    """
    paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        return QUiLoader()
    finally:
        QCoreApplication.setLibraryPaths(paths)


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget tree of `ui/<name>.ui` (parented to `parent`)."""
    global _loader
    path = ui_dir() / f"{name}.ui"
    if not path.is_file():
        raise FormMissing(f"The layout {name}.ui is missing. Reinstall Liaison or contact IT.")
    if _loader is None:
        _loader = _new_loader()
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormMissing(f"The layout {name}.ui cannot be read.")
    try:
        widget = _loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise FormMissing(f"The layout {name}.ui is damaged: {_loader.errorString()}")
    return widget


def embed_form(host: QWidget, name: str, *, margins: int = 0) -> QWidget:
    """Load `ui/<name>.ui` and make it fill `host` (a QVBoxLayout with `margins`)."""
    from PySide6.QtWidgets import QVBoxLayout

    form = load_form(name, host)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(margins, margins, margins, margins)
    layout.addWidget(form)
    return form


def emphasise_title(label: QWidget, scale: float = 1.2) -> None:
    """Bold, slightly larger text for a view's title label."""
    from PySide6.QtGui import QFont

    bold = QFont(label.font())
    bold.setBold(True)
    bold.setPointSizeF(bold.pointSizeF() * scale)
    label.setFont(bold)


def child(root: QWidget, kind: type[W], name: str) -> W:
    """The widget called `name` under `root`; fails loudly if the form lacks it."""
    found = root.findChild(kind, name)
    if found is None:
        raise FormMissing(f"The layout {root.objectName()} has no {kind.__name__} {name!r}.")
    return found


def set_role(widget: QWidget, role: str) -> None:
    """Give `widget` a theme role (`error`, `note`, `caution`, `withdrawn`, `rectified`;
    "" for none) and restyle it: colours come from the theme, never from the code, so
    they follow dark and high-contrast themes."""
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
