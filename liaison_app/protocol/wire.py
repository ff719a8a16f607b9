"""Small strict helpers shared by the wire codecs (objects, lists, strings, ints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from liaison_app.protocol.errors import UnsupportedVersion, ValidationError
from liaison_app.protocol.limits import PROTOCOL_VERSION


def expect_object(value: Any, field: str) -> Mapping[str, Any]:
    """`value` if it is a JSON object, else ValidationError."""
    if type(value) is dict:  # what the parsers produce; skips the slower ABC check
        return value
    if not isinstance(value, Mapping):
        raise ValidationError(field, "must be an object")
    return value


def expect_list(value: Any, field: str, *, max_items: int, min_items: int = 0) -> list[Any]:
    """`value` if it is a JSON array of an allowed length."""
    if not isinstance(value, list):
        raise ValidationError(field, "must be an array")
    if len(value) < min_items:
        raise ValidationError(field, f"must hold at least {min_items} item(s)")
    if len(value) > max_items:
        raise ValidationError(field, f"holds {len(value)} items; the limit is {max_items}")
    return value


def check_keys(
    obj: Mapping[str, Any], field: str, required: frozenset[str],
    optional: frozenset[str] = frozenset(),
) -> None:
    """Refuse unknown keys and report the first missing required key."""
    if obj.keys() == required:  # the usual case; the loops below name the culprit
        return
    for key in sorted(obj):
        if key not in required and key not in optional:
            raise ValidationError(f"{field}.{key}" if field else key, "is not a known field")
    for key in sorted(required):
        if key not in obj:
            raise ValidationError(f"{field}.{key}" if field else key, "is missing")


def check_version(obj: Mapping[str, Any], field: str) -> int:
    """Check `v` first, so a future version is reported as such, not as unknown fields."""
    f = f"{field}.v" if field else "v"
    if "v" not in obj:
        raise ValidationError(f, "is missing")
    v = obj["v"]
    if not isinstance(v, int) or isinstance(v, bool):
        raise ValidationError(f, "must be an integer")
    if v != PROTOCOL_VERSION:
        raise UnsupportedVersion(f, v)
    return v


def expect_str(
    value: Any, field: str, *, max_chars: int, min_chars: int = 1
) -> str:
    """`value` if it is a string of an allowed length without control characters."""
    if not isinstance(value, str):
        raise ValidationError(field, "must be a string")
    if len(value) < min_chars:
        raise ValidationError(field, "must not be empty" if min_chars == 1 else
                              f"must hold at least {min_chars} characters")
    if len(value) > max_chars:
        raise ValidationError(field, f"holds {len(value)} characters; the limit is {max_chars}")
    return value


def expect_int(value: Any, field: str, *, minimum: int, maximum: int) -> int:
    """`value` if it is an integer (not a bool) within bounds."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(field, "must be an integer")
    if not minimum <= value <= maximum:
        raise ValidationError(field, f"must be between {minimum} and {maximum}")
    return value
