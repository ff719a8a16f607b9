"""What every screenshot scene shares: the demo profiles, waiting for the GUI without
sleeping blindly, unlocking a shell at 1366x768, going to a page as the officer does,
and saving a PNG (never with a query left in the search field above another page)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "demo-data"
OUT = ROOT / "docs" / "screenshots"
PASSPHRASE_A = "demo passphrase A"  # noqa: S105 - the printed demo passphrase
PASSPHRASE_B = "demo passphrase B"  # noqa: S105 - the printed demo passphrase
WIDTH, HEIGHT = 1366, 768  # the officers' laptops
#: the demo cases officer A has stated a reason for, this session
DEMO_CASES = ("DEMO-OP-1", "DEMO-OP-2", "DEMO-OP-3")


def settle(ms: int = 300) -> None:
    """Let the event loop run for `ms` (layouts, paints, queued refreshes)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(cond: Callable[[], object], timeout_ms: int = 20_000) -> None:
    """Run the event loop until `cond()` holds; give up after `timeout_ms`."""
    waited = 0
    while not cond():
        settle(50)
        waited += 50
        if waited > timeout_ms:
            raise SystemExit("screenshots: timed out waiting for the GUI")


def check_search(widget: QWidget, name: str, searching: bool = False) -> None:
    """A screen other than search results shows an empty search field."""
    field = getattr(widget, "search_field", None)
    if field is not None and field.text() and not searching:
        raise SystemExit(f"screenshots: {name} would show the search {field.text()!r}")


def shot(widget: QWidget, name: str, *, searching: bool = False) -> None:
    """docs/screenshots/<name>.png of `widget`, once it has settled."""
    settle()
    check_search(widget, name, searching)
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"screenshots: {path.relative_to(ROOT)}")


def go_to(window: Any, key: str) -> None:
    """The navigation's page `key`, as the officer's click (the shell empties the search
    field and drops its results)."""
    window.go_to_row(window._nav_row(key))


def started(profile: Path) -> Any:
    """A shell on `profile`, its unlock window up."""
    from liaison_app.gui.app import Shell

    shell = Shell(profile, use_tray=False, start_sync=False)
    shell.start()
    return shell


def unlock(shell: Any, passphrase: str, *, status: bool = False,
           justified: Iterable[str] = ()) -> Any:
    """Unlock `shell`; its main window at 1366x768. `status`: the status bar shows the
    cache's last sync; `justified`: cases whose reason the officer has given, this
    session."""
    shell.window.passphrase.setText(passphrase)
    shell.window.try_unlock()
    wait_for(lambda: shell.main_window is not None)
    window = shell.main_window
    window.resize(WIDTH, HEIGHT)
    if status:
        from liaison_app.sync.status import sync_status

        window.status.set_status(sync_status(window.ctx.require_session().db))
    window.ctx.justified_cases.update(justified)
    return window


def unlocked(profile: Path, passphrase: str, *, status: bool = False,
             justified: Iterable[str] = ()) -> tuple[Any, Any]:
    """A shell on `profile`, unlocked (see `unlock`): (shell, window)."""
    shell = started(profile)
    return shell, unlock(shell, passphrase, status=status, justified=justified)


def copied(tmp: str, officer: str = "officer-A") -> Path:
    """A throwaway copy of a demo profile (for screens that change the cache)."""
    copy = Path(tmp) / officer
    shutil.copytree(DATA / officer, copy)
    return copy


def close(shell: Any) -> None:
    """Lock and close a shell's session, its events handled."""
    shell.quit_session()
    QCoreApplication.processEvents()


def demo_photo(path: Path, text: str) -> Path:
    """A JPEG drawn here (a stand-in for a phone photo), with EXIF location data."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from tests.support.images import exif_tiff

    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("#5b6d7a"))
    painter = QPainter(image)
    painter.fillRect(QRect(120, 420, 960, 220), QColor("#d7d2c4"))
    painter.fillRect(QRect(160, 470, 880, 60), QColor("#2f3b45"))
    painter.setPen(QColor("white"))
    painter.setFont(QFont("DejaVu Sans", 44))
    painter.drawText(QRect(0, 80, 1200, 200), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG")
    raw = bytes(data.data())
    payload = b"Exif\x00\x00" + exif_tiff()
    marker = b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big")
    path.write_bytes(raw[:2] + marker + payload + raw[2:])
    return path
