"""Entry point of the PyInstaller bundle: the `liaison` command.

With LIAISON_BUNDLE_SELFTEST=1 it instead proves that the Qt it carries works
(a QApplication on the chosen platform plugin, a widget, the SVG icon, the
qtbase translations) and exits; the installer test uses it beside the GUI's
own smoke start (LIAISON_GUI_SMOKE=1, see liaison_app/gui/app.py).
"""

from __future__ import annotations

import os
import sys


def _selftest() -> int:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])
    label = QLabel("Liaison")
    label.show()
    tr_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    loaded = translator.load(QLocale("bg"), "qtbase", "_", tr_dir)
    icon = os.environ.get("LIAISON_SELFTEST_ICON", "")
    svg_ok = True
    if icon:
        renderer = QSvgRenderer(icon)
        image = QImage(64, 64, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        svg_ok = renderer.isValid() and image.pixel(32, 32) != 0
    QTimer.singleShot(0, app.quit)
    app.exec()
    print(f"selftest: platform={QGuiApplication.platformName()} "
          f"translations={'ok' if loaded else 'missing'} svg={'ok' if svg_ok else 'bad'}")
    return 0 if loaded and svg_ok else 1


if __name__ == "__main__":
    if os.environ.get("LIAISON_BUNDLE_SELFTEST") == "1":
        sys.exit(_selftest())
    from liaison_app.cli.main import main

    sys.exit(main())
