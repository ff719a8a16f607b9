"""What each kind of joint-operation update says: the bodies the author signs by digest.

A body is the part of an update that may carry personal data or an agency's
words: a proposal's participants and objectives, a shared message, a task, a
decision, an outcome. Its header (`operation_updates`) commits to it by digest,
so a body can be withheld from a copy (the onward-sharing rule) without breaking
the shared order. Every body carries a random `salt`, so a withheld body cannot
be guessed from its digest (an outcome "1 arrest" has few possible spellings).
Wire objects carry every key; absent values are "" or null.

The bodies are in `operation_control_bodies` (who takes part, on what terms)
and `operation_content_bodies` (the work itself); the union `Body` and the
strict parse by class are in `operation_updates`. This module holds what every
body shares: its salt, the update ids it names and its handling code on the wire.
"""

from __future__ import annotations

import re

from liaison_app.domain.errors import ValidationError
from liaison_app.domain.grading import HandlingCode

SALT_CHARS = 22
"""16 random bytes as unpadded base64url."""
_SALT_RE = re.compile(r"[A-Za-z0-9_-]{21}[AQgw]", re.ASCII)  # canonical trailing bits
_UUID7_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
                       re.ASCII)


def check_salt(value: object, field: str = "salt") -> str:
    """Return `value` if it is 16 bytes as canonical unpadded base64url, else raise."""
    if not isinstance(value, str) or not _SALT_RE.fullmatch(value):
        raise ValidationError(field, "must be 16 bytes as unpadded base64url (22 characters)")
    return value


def check_update_id(value: object, field: str) -> str:
    """Return `value` if it is a lowercase hyphenated UUIDv7, else raise."""
    if not isinstance(value, str) or not _UUID7_RE.fullmatch(value):
        raise ValidationError(field, "must be an update id (lowercase UUIDv7)")
    return value


def handling_to_wire(h: HandlingCode | None) -> object:
    """A body's handling code as JSON (null when there is none)."""
    return None if h is None else h.to_wire()


def handling_from_wire(value: object, field: str) -> HandlingCode | None:
    """A body's handling code from JSON (null for none); errors name `field`."""
    return None if value is None else HandlingCode.from_wire(value, field)
