"""The main window's size and place: never larger than the screen, remembered per profile.

`place_window` restores the geometry saved in the profile's display.json
(`services.display`) when it still fits on a screen, clamped to that screen's
available area; otherwise the window opens at `PREFERRED` or the available
area, whichever is smaller, centred. At 1.5x scale on a 1920x1080 laptop the
available area is 1280x720 logical pixels, on a 1366x768 laptop at 1x about
1366x740: both fit. `remember_window` saves it again when the window closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QSplitter, QWidget

from liaison_app.services.display import WindowGeometry, display_settings, save_window

PREFERRED = QSize(1280, 800)


def _screen_for(rect: QRect | None) -> QScreen | None:
    if rect is not None:
        for screen in QGuiApplication.screens():
            if screen.availableGeometry().intersects(rect):
                return screen
    return QGuiApplication.primaryScreen()


def fitted(available: QRect, wanted: QRect | None, frame: QSize) -> QRect:
    """`wanted` moved and shrunk into `available` (room left for the window frame), or the
    preferred size centred in it when nothing was wanted."""
    room = QSize(max(200, available.width() - frame.width()),
                 max(150, available.height() - frame.height()))
    if wanted is None:
        size = PREFERRED.boundedTo(room)
        x = available.x() + (available.width() - size.width() - frame.width()) // 2
        y = available.y() + (available.height() - size.height() - frame.height()) // 2
        return QRect(max(available.x(), x), max(available.y(), y), size.width(), size.height())
    size = wanted.size().boundedTo(room)
    x = min(max(wanted.x(), available.x()), available.right() + 1 - size.width() - frame.width())
    y = min(max(wanted.y(), available.y()),
            available.bottom() + 1 - size.height() - frame.height())
    return QRect(max(x, available.x()), max(y, available.y()), size.width(), size.height())


def place_window(window: QWidget, profile_path: Path) -> tuple[QRect, bool]:
    """Size and place `window` before it shows; returns the geometry meant (for
    `clamp_to_screen` once shown) and whether it should open maximised."""
    saved = display_settings(profile_path).window
    wanted = None if saved is None else QRect(saved.x, saved.y, saved.width, saved.height)
    screen = _screen_for(wanted)
    if screen is None:
        window.resize(PREFERRED)
        return QRect(window.pos(), PREFERRED), False
    # the frame is not known before the first show: leave room for a typical one
    frame = QSize(16, 40)
    available = screen.availableGeometry()
    shrink_minimums(window, available.width() - frame.width())
    rect = fitted(available, wanted, frame)
    window.resize(rect.size())
    window.move(rect.topLeft())
    return (rect if wanted is None else wanted), bool(saved is not None and saved.maximized)


def clamp_to_screen(window: QWidget, meant: QRect) -> None:
    """Once shown (its real minimum known): give it the size `place_window` meant, or
    the largest that still fits its screen's available area."""
    screen = window.screen()
    if screen is None or window.isMaximized():
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    size = meant.size().expandedTo(window.minimumSizeHint())
    rect = fitted(available, QRect(meant.topLeft(), size), extra)
    if rect.size() != window.size():
        window.resize(rect.size())
    if rect.topLeft() != window.pos():
        window.move(rect.topLeft())


def shrink_minimums(window: QWidget, room: int) -> None:
    """On a screen narrower than the window's minimum (a small laptop at 1.5x), lower the
    minimum widths of its splitters' panes in proportion, so it still fits."""
    needed = window.minimumSizeHint().width()
    if needed <= room:
        return
    scale = max(0.4, room / needed)
    for splitter in window.findChildren(QSplitter):
        for i in range(splitter.count()):
            pane = splitter.widget(i)
            if pane is not None and pane.minimumWidth() > 0:
                pane.setMinimumWidth(max(80, int(pane.minimumWidth() * scale)))


def remember_window(window: QWidget, profile_path: Path) -> None:
    """Save the window's normal geometry (and whether it is maximised) for next time: the
    size of its contents and the place of its frame, as `place_window` restores them
    (`move` places the frame; saving the contents' corner instead crept the window
    down by its title bar at every start)."""
    normal = window.normalGeometry() if window.isMaximized() else window.geometry()
    if normal.width() < 200 or normal.height() < 150:
        return
    frame = window.geometry().topLeft() - window.pos()  # the title bar and border
    corner = normal.topLeft() - frame
    try:
        save_window(profile_path, WindowGeometry(corner.x(), corner.y(), normal.width(),
                                                 normal.height(), window.isMaximized()))
    except OSError:
        from liaison_app.services import client_log

        client_log.log_event("could not save the window geometry")


def size_dialog(dialog: QWidget, preferred: QSize) -> None:
    """Give `dialog` its `preferred` size, widened to what its content needs in this language
    and shrunk to the available area of its screen (a 1366x768 laptop, or 1280x720 at 1.5x),
    so it never opens larger than the screen."""
    parent = dialog.parentWidget()
    screen = (parent.screen() if parent is not None else None) or dialog.screen() \
        or QGuiApplication.primaryScreen()
    size = preferred.expandedTo(dialog.minimumSizeHint())
    if screen is not None:
        frame = QSize(16, 40)  # not known before the first show: room for a typical one
        available = screen.availableGeometry()
        size = size.boundedTo(QSize(available.width() - frame.width(),
                                    available.height() - frame.height()))
    dialog.resize(size)
