"""The one error an importer raises: where in the file (line, field) and what is wrong."""

from __future__ import annotations


class ListFormatError(Exception):
    """A list file that cannot be imported; nothing of it is."""

    def __init__(self, line: int, field: str, reason: str) -> None:
        where = f"line {line}" + (f", field {field}" if field else "")
        super().__init__(f"{where}: {reason}")
        self.line = line
        self.field = field
        self.reason = reason
