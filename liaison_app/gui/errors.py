"""Errors in plain words, and no traceback ever reaches the officer.

`describe(exc)` turns the layers' exceptions into (title, what happened and
what to do). `install_excepthook(log_path)` catches anything unexpected:
the log gets the exception type and the code locations only (no message
text, no variables: they could hold case data), the officer gets a plain box.
"""

from __future__ import annotations

import datetime
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

# Qt's translate under the name lupdate looks for (literal context and text at each call)
translate = QCoreApplication.translate


def describe(exc: BaseException) -> tuple[str, str]:
    """A title and a plain message (what happened, what to do) for `exc`."""
    from liaison_app.crypto.keystore import DeviceSecretMissing, KeystoreError
    from liaison_app.domain.errors import ValidationError
    from liaison_app.services.errors import ServiceError
    from liaison_app.store.errors import StoreError

    if isinstance(exc, DeviceSecretMissing):
        return translate("Errors", "Re-enrolment needed"), str(exc)
    if isinstance(exc, KeystoreError):
        return translate("Errors", "Cannot unlock"), str(exc)
    if isinstance(exc, ServiceError):
        return translate("Errors", "Not done"), str(exc)
    if isinstance(exc, ValidationError):
        return translate("Errors", "Check the form"), translate(
            "Errors", "This entry is not valid: {0}. Correct it and try again."
        ).format(exc)
    if isinstance(exc, StoreError):
        return translate("Errors", "Local cache problem"), str(exc)
    sync_errors = sys.modules.get("liaison_app.sync.errors")
    if sync_errors is not None and isinstance(exc, sync_errors.SyncError):
        return translate("Errors", "Sync problem"), sync_message(exc)
    if isinstance(exc, OSError):
        return translate("Errors", "File problem"), translate("Errors",
            "A file could not be read or written ({0}). Check the disk and the folder "
            "permissions, then try again.").format(exc.strerror or type(exc).__name__)
    return translate("Errors", "Something went wrong"), translate("Errors",
        "Liaison hit an unexpected problem and stopped that action. Your data is safe. "
        "Try again; if it happens again, contact IT and mention the time ({0}).").format(
        datetime.datetime.now().strftime("%H:%M"))


def sync_message(exc: BaseException) -> str:
    """What a sync failure means for the officer and what to do about it."""
    kind = getattr(getattr(exc, "kind", None), "value", "")
    base = str(getattr(exc, "message", exc))
    advice = {
        "unreachable": translate(
            "Errors", "Working offline: your work is kept and sent at the next sync."
        ),
        "rate_limited": translate(
            "Errors", "The hub asked to slow down; Liaison retries by itself."
        ),
        "re_enrol_required": translate(
            "Errors", "This computer must be enrolled again. Contact IT."
        ),
        "tls_refused": translate(
            "Errors", "The hub's identity did not match. Do not continue; contact IT."
        ),
        "rejected": translate("Errors", "The hub refused the request. Contact IT if it persists."),
        "protocol_violation": translate(
            "Errors", "The hub answered something unexpected. Contact IT."
        ),
    }.get(kind, "")
    return f"{base} {advice}".strip()


def show_error(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A non-blocking warning box (window-modal); returns it (tests read it)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("userErrorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class _Hook(QObject):
    def __init__(self, log_path: Path | None) -> None:
        super().__init__()
        self.log_path = log_path
        self.previous = sys.excepthook

    def __call__(self, kind: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous(kind, exc, tb)
            return
        write_log(self.log_path, exc, tb)
        if QApplication.instance() is None:
            print("liaison: " + describe(exc)[1], file=sys.stderr)
            return
        title, text = describe(exc)
        show_error(QApplication.activeWindow(), title, text)


_hook: _Hook | None = None


def write_log(log_path: Path | None, exc: BaseException, tb: TracebackType | None) -> None:
    """Append the exception type and code locations (no message, no data) to the log."""
    if log_path is None:
        return
    frames = [f"  {Path(f.filename).name}:{f.lineno} in {f.name}"
              for f in traceback.extract_tb(tb)]
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with log_path.open("a", encoding="utf-8") as out:
            out.write(f"{stamp} unexpected {type(exc).__module__}.{type(exc).__name__}\n")
            out.write("\n".join(frames) + "\n")
    except OSError:
        pass


def install_excepthook(log_path: Path | None) -> None:
    """Route uncaught exceptions to the log and a plain message box."""
    global _hook
    _hook = _Hook(log_path)
    sys.excepthook = _hook


def set_log_path(log_path: Path | None) -> None:
    """Point the hook at a profile's log once the profile is known."""
    if _hook is not None:
        _hook.log_path = log_path
