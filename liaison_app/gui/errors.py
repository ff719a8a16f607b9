"""Errors in plain words, and no traceback ever reaches the officer.

`describe(exc)` turns the layers' exceptions into (title, what happened and
what to do) through `services.problems` and `problem_texts`: never the
exception's own text. `install_excepthook()` catches anything unexpected: the
client log (`services.client_log`, in the profile directory) gets the
traceback without any message or value, the officer gets a plain box with a
"Copy details for IT" button.
"""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from liaison_app.gui.problem_texts import describe_problem
from liaison_app.services import client_log
from liaison_app.services.problems import Problem, problem_of, sync_problem


def describe(exc: BaseException) -> tuple[str, str]:
    """A title and a plain message (what happened, what to do) for `exc`."""
    return describe_problem(problem_of(exc))


def sync_message(kind: str, retry_after: float = 0) -> str:
    """What a sync failure of `kind` (`unreachable`, ...) means and what to do."""
    return describe_problem(sync_problem(kind, retry_after=retry_after))[1]


def details(problem: Problem, exc: BaseException | None = None,
            tb: TracebackType | None = None) -> str:
    """What "Copy details for IT" copies: versions, time, kind, traceback, no data."""
    return client_log.details_for_it(problem, exc, tb, toolkit=f"Qt {qVersion()}")


class ProblemBox(QDialog):
    """A warning in plain words (never cut: the text wraps), OK, and when there is
    something for IT, a "Copy details for IT" button that copies it and stays open."""

    def __init__(self, parent: QWidget | None, title: str, text: str,
                 it_details: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("userErrorBox")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.it_details = it_details
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        icon.setAccessibleName(self.tr("Warning"))
        self.label = QLabel(text, self)
        self.label.setObjectName("problemText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setMinimumWidth(min(420, self.label.fontMetrics().averageCharWidth() * 60))
        self.setAccessibleDescription(text)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(self.label, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("OK"))
        buttons.accepted.connect(self.accept)
        self.copy_button: QPushButton | None = None
        self.copied = QLabel(self)
        self.copied.setObjectName("copiedLabel")
        if it_details:
            self.copy_button = buttons.addButton(self.tr("Copy details for IT"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
            self.copy_button.setObjectName("copyDetailsButton")
            self.copy_button.setToolTip(self.tr(
                "Copies the version, the time and where it went wrong (no case data) to the "
                "clipboard, to paste into a message to IT."))
            self.copy_button.clicked.disconnect()  # the box stays open after copying
            self.copy_button.clicked.connect(self.copy_details)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.copied.hide()

    def copy_details(self) -> None:
        """Put the details for IT on the clipboard and say so."""
        QGuiApplication.clipboard().setText(self.it_details)
        self.copied.setText(self.tr("Copied. Paste the details into your message to IT."))
        self.copied.show()


def show_error(parent: QWidget | None, title: str, text: str,
               it_details: str = "") -> ProblemBox:
    """A non-blocking warning box (window-modal); returns it (tests read it)."""
    box = ProblemBox(parent, title, text, it_details)
    box.open()
    return box


def show_problem(parent: QWidget | None, exc: BaseException,
                 tb: TracebackType | None = None) -> ProblemBox:
    """The box for an exception: plain words, and its details for IT."""
    problem = problem_of(exc)
    title, text = describe_problem(problem)
    return show_error(parent, title, text, details(problem, exc, tb))


class _Hook:
    """sys.excepthook: log, then tell the officer (a plain object: no Qt set-up at start)."""

    def __init__(self) -> None:
        self.previous = sys.excepthook

    def __call__(self, kind: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous(kind, exc, tb)
            return
        client_log.log_unexpected(exc, tb)
        problem = problem_of(exc)
        title, text = describe_problem(problem)
        if QApplication.instance() is None:
            print("liaison: " + text, file=sys.stderr)
            return
        show_error(QApplication.activeWindow(), title, text, details(problem, exc, tb))


_hook: _Hook | None = None


def install_excepthook() -> None:
    """Route uncaught exceptions to the client log and a plain message box."""
    global _hook
    _hook = _Hook()
    sys.excepthook = _hook
