"""Hub logging: one JSON object per line; ids, sizes, codes and timings only, never
bodies or envelope contents.

Every line carries the time (UTC), level, logger, process id, the message and,
inside a request, that request's id (`request_id`, also sent back as the
`X-Request-Id` header), so the lines of one request can be found across a
load balancer's nodes. Fields passed as `extra={"fields": {...}}` are added as
keys of their own.
"""

from __future__ import annotations

import contextvars
import json
import logging
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger("liaison.hub")

request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "liaison_hub_request_id", default=None)


class JsonFormatter(logging.Formatter):
    """A log record as one line of JSON (a traceback goes in `exception`, escaped)."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(
                timespec="milliseconds").replace("+00:00", "Z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "pid": os.getpid(),
            "message": record.getMessage(),
        }
        rid = request_id.get()
        if rid is not None:
            out["request_id"] = rid
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            out.update({k: v for k, v in fields.items() if k not in out})
        if record.exc_info:
            out["exception"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False, separators=(",", ":"), default=str)


def setup_logging(log_file: Path | None, level: int = logging.INFO) -> None:
    """Log JSON lines to stderr and, if given, to `log_file` (created 0600)."""
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        log_file.touch(mode=0o600, exist_ok=True)
        handlers.append(logging.FileHandler(log_file, encoding="utf-8"))
    for handler in handlers:
        handler.setFormatter(JsonFormatter())
    for name in ("liaison", "uvicorn"):
        logger = logging.getLogger(name)
        logger.setLevel(level)
        logger.handlers[:] = handlers
        logger.propagate = False
    logging.getLogger("uvicorn.error").handlers.clear()
    logging.getLogger("uvicorn.error").propagate = True
    logging.getLogger("uvicorn.access").disabled = True
