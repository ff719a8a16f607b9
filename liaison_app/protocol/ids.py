"""Message ids (UUIDv7 text): make and check. Party id checks are re-exported."""

from __future__ import annotations

import re
import secrets
import time
import uuid
from collections.abc import Callable

from liaison_app.domain.parties import (
    validate_agency_id,
    validate_device_id,
    validate_officer_id,
)
from liaison_app.protocol.errors import ValidationError

__all__ = [
    "new_message_id",
    "validate_agency_id",
    "validate_device_id",
    "validate_message_id",
    "validate_officer_id",
]


_UUID7_RE = re.compile(
    r"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"
)


def new_message_id(
    *, now_ms: int | None = None, rng: Callable[[int], bytes] = secrets.token_bytes
) -> str:
    """A fresh UUIDv7 (RFC 9562): 48-bit Unix milliseconds, version 7, 74 random bits."""
    ms = int(time.time() * 1000) if now_ms is None else now_ms
    if not 0 <= ms < 2**48:
        raise ValueError("timestamp out of the UUIDv7 range")
    rand = int.from_bytes(rng(10), "big")
    rand_a = (rand >> 64) & 0xFFF
    rand_b = rand & ((1 << 62) - 1)
    value = (ms << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
    return str(uuid.UUID(int=value))


def validate_message_id(text: object, field: str) -> str:
    """Return `text` if it is lowercase hyphenated UUIDv7 text, else raise."""
    if not isinstance(text, str) or not _UUID7_RE.match(text):
        raise ValidationError(field, "must be a lowercase UUIDv7")
    return text
