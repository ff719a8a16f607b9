"""The client log for IT: `liaison.log` in the profile directory, rotated, no case data.

What goes in: every unexpected error with its traceback (exception classes,
files, lines, functions and the source lines: never the exception's message,
never a variable, because either could hold what the officer typed or the
cache held), the outcome of every sync run (counts, and a failure's kind and
the network's words), and a few events (unlocked, locked, enrolled). What
never goes in: message text, subject data, names, keys, passphrases.

The file is 0600, at most `MAX_BYTES`, rotated to `liaison.log.1` ...
`liaison.log.<BACKUPS>` (the oldest dropped). `open_log(profile)` only
records where to write; the handler (and `logging.handlers`) is set up on the
first line, off the GUI's start-up path. Until a profile is known, lines go
nowhere (the GUI still shows the officer plain words).
"""

from __future__ import annotations

import datetime
import os
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from liaison_app import __version__
from liaison_app.store.profile import ProfileDir

if TYPE_CHECKING:
    import logging

    from liaison_app.services.problems import Problem
    from liaison_app.sync.engine import SyncReport

MAX_BYTES = 1024 * 1024
BACKUPS = 3
LOGGER = "liaison.client"
_lock = threading.Lock()
_path: Path | None = None
_logger: logging.Logger | None = None


def open_log(profile_path: Path | None) -> Path | None:
    """Write from now on to the log of the profile at `profile_path` (None: nowhere)."""
    global _path
    new = None if profile_path is None else ProfileDir(profile_path).log
    with _lock:
        if new != _path:
            _close_handlers()
            _path = new
    return new


def log_path() -> Path | None:
    """Where the log is written now (None before a profile is known)."""
    return _path


def _close_handlers() -> None:
    if _logger is not None:
        for handler in list(_logger.handlers):
            _logger.removeHandler(handler)
            handler.close()


def _get_logger() -> logging.Logger | None:
    global _logger
    with _lock:
        if _path is None:
            return None
        import logging

        if _logger is None:
            _logger = logging.getLogger(LOGGER)
            _logger.setLevel(logging.INFO)
            _logger.propagate = False
        if not _logger.handlers:
            try:
                _logger.addHandler(_private_handler(_path))
            except OSError:
                return None
        return _logger


def _private_handler(path: Path) -> logging.Handler:
    """A size-capped rotating handler whose files are created 0600."""
    import logging
    import logging.handlers

    class PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
        def _open(self):  # type: ignore[no-untyped-def]
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            return open(fd, self.mode, encoding=self.encoding, errors=self.errors)

    path.parent.mkdir(parents=True, exist_ok=True)
    handler = PrivateRotatingHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                     encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s",
                                           "%Y-%m-%dT%H:%M:%S%z"))
    return handler


def _write(level: int, text: str) -> None:
    logger = _get_logger()
    if logger is not None:
        logger.log(level, text)


def log_event(text: str) -> None:
    """A plain event line (`unlocked`, `locked (idle)`); `text` must hold no case data."""
    _write(20, text)


def log_sync(report: SyncReport) -> None:
    """One sync run's outcome: counts, and a failure's kind and the network's words."""
    counts = (f"sent {report.pushed}, duplicates {report.duplicates}, rejected "
              f"{report.rejected}, received {report.received}, quarantined "
              f"{report.quarantined}")
    if report.error is None:
        _write(20, f"sync ok: {counts}")
        return
    err = report.error
    _write(30, f"sync failed ({err.kind.value}): {err.message}; {counts}")


def _short_path(filename: str) -> str:
    """A source file's path from the package down (no home directory, no user name)."""
    parts = Path(filename).parts
    for anchor in ("liaison_app", "site-packages", "lib"):
        if anchor in parts:
            i = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[i:] if anchor == "liaison_app" else parts[i + 1:])
    return "/".join(parts[-2:])


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def safe_traceback(exc: BaseException, tb: TracebackType | None = None) -> list[str]:
    """The traceback of `exc` (and what caused it) without any message or value."""
    lines: list[str] = []
    for i, item in enumerate(_chain(exc)):
        kind = type(item)
        if i:
            lines.append("  caused by:")
        lines.append(f"  {kind.__module__}.{kind.__qualname__}")
        frames = traceback.extract_tb(tb if i == 0 and tb is not None else item.__traceback__)
        for frame in frames:
            lines.append(f"    {_short_path(frame.filename)}:{frame.lineno} in {frame.name}")
            if frame.line:
                lines.append(f"      {frame.line.strip()}")
    return lines


def log_unexpected(exc: BaseException, tb: TracebackType | None = None,
                   *, where: str = "") -> str:
    """Log an unexpected error with its traceback; return the same lines (for IT)."""
    head = f"unexpected error{f' in {where}' if where else ''}"
    text = "\n".join([head, *safe_traceback(exc, tb)])
    _write(40, text)
    return text


def details_for_it(problem: Problem, exc: BaseException | None = None,
                   tb: TracebackType | None = None, *, toolkit: str = "") -> str:
    """What "Copy details for IT" puts on the clipboard: versions, time, the problem's
    kind and technical line, the traceback (no data) and where the log is."""
    import platform  # here: not on the way to the first window (ADR 0029)

    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    lines = [
        f"Liaison {__version__} on {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}{f', {toolkit}' if toolkit else ''}",
        f"Time: {now}",
        f"Problem: {problem.kind.value}",
    ]
    if problem.technical:
        lines.append(f"Technical: {problem.technical}")
    if exc is not None and problem.kind.value == "unexpected":
        lines += ["Traceback (no data):", *safe_traceback(exc, tb)]
    where = log_path()
    lines.append(f"Log file: {where}" if where is not None else "Log file: none yet")
    return "\n".join(lines)

