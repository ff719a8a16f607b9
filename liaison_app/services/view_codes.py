"""The codes a message list shows, read from stored rows: grading and handling codes,
recipient agencies, whether a request is overdue.

Kept apart from `view_render` (subjects, content lines, meanings) so the first
list the desktop client paints needs none of the subject and financial tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from liaison_app.domain.errors import ValidationError
from liaison_app.domain.grading import Grading, HandlingCode
from liaison_app.protocol.canonical import JsonValue


def parse_grading(raw: JsonValue) -> Grading | None:
    """The stored grading, or None when absent or unreadable."""
    if raw is None:
        return None
    try:
        return Grading.from_wire(raw, "grading")
    except ValidationError:
        return None


def parse_handling(raw: JsonValue) -> HandlingCode | None:
    """The stored handling code, or None when absent or unreadable."""
    if raw is None:
        return None
    try:
        return HandlingCode.from_wire(raw, "handling")
    except ValidationError:
        return None


def grading_code(raw: JsonValue) -> str:
    """`1A` / `B2` for a list column, "" when absent."""
    grading = parse_grading(raw)
    return "" if grading is None else grading.code


def handling_code(raw: JsonValue) -> str:
    """`P` / `H2` for a list column, "" when absent."""
    handling = parse_handling(raw)
    return "" if handling is None else handling.code


def agencies_of(recipients: JsonValue) -> tuple[str, ...]:
    """Recipient agency ids from the stored recipients object."""
    if isinstance(recipients, Mapping):
        listed = recipients.get("agencies")
        if isinstance(listed, list):
            return tuple(str(a) for a in listed)
    if isinstance(recipients, list):
        return tuple(str(r.get("agency")) for r in recipients
                     if isinstance(r, Mapping) and r.get("agency"))
    return ()


def is_overdue(direction: str, status: str, due: datetime | None, now: datetime,
               follow_up: str | None = None) -> bool:
    """Past its due time and not answered: a received request we have not replied to, or a
    request we sent that the partner has not answered at all yet."""
    if due is None or due >= now:
        return False
    if direction == "incoming":
        return status != "replied"
    return follow_up == "awaiting"


def delivery_state(direction: str, status: str) -> str:
    """The state a list shows: for a received message unread, read or replied; for a sent
    one queued, sent, delivered, read, replied or failed."""
    if direction == "incoming":
        return {"delivered": "unread", "replied": "replied"}.get(status, "read")
    return status

