"""Strict checks shared by the domain types: text, booleans, ints, enums, key sets.

Every check raises `ValidationError(field, reason)`. Inside a type's own
validation the field is relative (`surname`); `reprefixed(field, exc)` in an
`except ValidationError` clause turns it into the caller's dotted path
(`subjects[0].surname`). Nothing is stripped or
rewritten silently: input that is not exactly right is refused with a reason.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from typing import Any, TypeVar

from liaison_app.domain.errors import ValidationError

E = TypeVar("E", bound=StrEnum)
K = TypeVar("K")
V = TypeVar("V")

NAME_MAX = 200
"""Names, aliases, places, titles."""
SHORT_MAX = 100
"""Makes, models, colours, references."""
TEXT_MAX = 4000
"""Free text: notes, purposes, reasons, conditions."""
MAX_ITEMS = 20
"""Aliases, nationalities, external references and other small lists."""

# Bidirectional embedding/override/isolate controls: they can make a name or a
# number display differently from what it holds ("Trojan Source"), so refused.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_REFUSED_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})


def join_field(prefix: str, sub: str) -> str:
    """Join dotted path parts: `a` + `b` -> `a.b`, `a` + `[0]` -> `a[0]`."""
    if not prefix:
        return sub
    if not sub:
        return prefix
    return prefix + sub if sub.startswith("[") else f"{prefix}.{sub}"


def reprefixed(field: str, exc: ValidationError) -> ValidationError:
    """`exc` with `field` put in front of its path, for `except ValidationError` clauses.

    A `try` costs nothing until something fails, so parsers on the hot path pay
    for the longer name only when they refuse.
    """
    return ValidationError(join_field(field, exc.field), exc.template, **exc.params)


def check_text(
    value: object, field: str, *, max_len: int, required: bool = True,
    multiline: bool = False,
) -> str:
    """Return `value` if it is acceptable text, else raise.

    Single-line text refuses all control characters and leading/trailing
    whitespace; free text (`multiline`) also allows newline and tab. An
    optional field accepts "" (unknown); a required one refuses blank text.
    """
    if value == "" and not required and type(value) is str:
        return value  # optional and unknown: the commonest case of all
    if type(value) is str and 0 < len(value) <= max_len:
        # Fast accept: printable text holds no control, separator-line, surrogate or
        # bidi-control character (all non-printable), so the per-character scan
        # below could only accept it too; the only printable whitespace is " ".
        if multiline:
            if value.replace("\n", "").replace("\t", "").isprintable() and value.strip():
                return value
        elif value.isprintable() and value[0] != " " and value[-1] != " ":
            return value
    if not isinstance(value, str):
        raise ValidationError(field, "must be a string")
    if len(value) > max_len:
        raise ValidationError(field, "holds {given} characters; the limit is {limit}",
                              given=str(len(value)), limit=str(max_len))
    if not value.strip():
        if value or required:
            raise ValidationError(field, "must not be empty" if not value else "must not be blank")
        return value
    plain = value.replace("\n", "").replace("\t", "") if multiline else value
    if not plain.isprintable():  # printable text needs no scan (see above)
        _check_chars(value, field, multiline)
    if not multiline and value != value.strip():
        raise ValidationError(field, "has leading or trailing whitespace")
    return value


def _check_chars(value: str, field: str, multiline: bool) -> None:
    for ch in value:
        if multiline and ch in "\n\t":
            continue
        if unicodedata.category(ch) in _REFUSED_CATEGORIES:
            raise ValidationError(field, "contains a control character ({char})",
                                  char=f"U+{ord(ch):04X}")
        if ch in _BIDI_CONTROLS:
            raise ValidationError(
                field, "contains a bidirectional control character ({char})",
                char=f"U+{ord(ch):04X}")


def check_bool(value: object, field: str) -> bool:
    """Return `value` if it is a bool (not 0/1), else raise."""
    if not isinstance(value, bool):
        raise ValidationError(field, "must be true or false")
    return value


def check_int(value: object, field: str, *, minimum: int, maximum: int) -> int:
    """Return `value` if it is an int (not a bool) within bounds, else raise."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(field, "must be an integer")
    if not minimum <= value <= maximum:
        raise ValidationError(field, "must be between {minimum} and {maximum}",
                              minimum=str(minimum), maximum=str(maximum))
    return value


def parse_enum(cls: type[E], value: object, field: str) -> E:
    """Return the member of `cls` whose value is `value`, naming the choices if none."""
    if type(value) is cls:
        return value
    if isinstance(value, str):
        member = cls._value2member_map_.get(value)
        if member is not None:
            return member  # type: ignore[return-value]
    choices = ", ".join(m.value for m in cls)
    raise ValidationError(field, "must be one of: {choices}", choices=choices)


def check_str_tuple(
    value: object, field: str, *, max_items: int = MAX_ITEMS, max_len: int = NAME_MAX,
    min_items: int = 0, unique: bool = True,
) -> tuple[str, ...]:
    """Return `value` if it is a tuple of acceptable single-line strings, else raise."""
    if not isinstance(value, tuple):
        raise ValidationError(field, "must be a tuple of strings")
    if len(value) < min_items:
        raise ValidationError(field, "must hold at least {minimum} item(s)",
                              minimum=str(min_items))
    if len(value) > max_items:
        raise ValidationError(field, "holds {given} items; the limit is {limit}",
                              given=str(len(value)), limit=str(max_items))
    for item in value:
        # check_text's fast accept, inline; anything else gets the full check, by name
        if not (type(item) is str and 0 < len(item) <= max_len and item.isprintable()
                and item[0] != " " and item[-1] != " "):
            for i, each in enumerate(value):
                check_text(each, f"{field}[{i}]", max_len=max_len)
            break
    if unique and len(value) > 1 and len(set(value)) != len(value):
        raise ValidationError(field, "holds the same entry twice")
    return value


def each_item(items: Iterable[Any], field: str, check: Callable[[Any, str], object]) -> None:
    """`check(item, name)` for every item; a failure names `field[i]`.

    The item's name is only built when its check fails (the failing item is
    checked again under its indexed name), so the accepting path makes no
    string per item.
    """
    try:
        for item in items:
            check(item, field)
    except ValidationError:
        for i, item in enumerate(items):
            check(item, f"{field}[{i}]")
        raise


MEMO_MAX = 1024
"""Entries a `remember` memo holds at most."""


def remember(memo: dict[K, V], key: K, value: V) -> V:
    """Keep `value` under `key` in `memo` unless it is full; return `value`.

    For small immutable values parsed from the wire that recur in nearly every
    message (a sender, a grading, a handling code): a memo keyed by the exact
    wire values skips building and checking them again. Keys hold only `str`
    (equal only to an identical `str`) and `bool` checked with `type() is bool`,
    so no other input can hit an entry (`1 == True` is why bools need that).
    """
    if len(memo) < MEMO_MAX:
        memo[key] = value
    return value


def recall(memo: dict[K, V], key: Any) -> V | None:
    """`memo[key]` if there, else None (also when the key holds an array or object from
    the wire, which cannot be hashed and matches nothing)."""
    try:
        return memo.get(key)
    except TypeError:
        return None


def wire_object(obj: object, keys: frozenset[str]) -> Mapping[str, Any]:
    """Return `obj` if it is a JSON object with exactly `keys`, else raise.

    Fields named in errors are relative; the caller adds its own with `reprefixed`.
    Values come back untyped: the dataclass built from them checks each one.
    """
    if not isinstance(obj, dict):
        raise ValidationError("", "must be an object")
    if obj.keys() == keys:
        return obj
    for key in sorted(k if isinstance(k, str) else repr(k) for k in obj):
        if key not in keys:
            raise ValidationError(key, "is not a known field")
    for key in sorted(keys):
        if key not in obj:
            raise ValidationError(key, "is missing")
    return obj


def wire_str_list(value: object, field: str) -> tuple[str, ...]:
    """A JSON array as a tuple, for a tuple-of-strings field (items checked later)."""
    if not isinstance(value, list):
        raise ValidationError(field, "must be an array")
    if len(value) > 1000:
        raise ValidationError(field, "is far too long")
    return tuple(value)
