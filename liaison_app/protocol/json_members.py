"""Cut a `{"<key>": [item, ...]}` document into the raw bytes of each item, unjudged.

A batch of envelopes is judged envelope by envelope: one envelope carrying a
float (or any other fault a strict parser refuses) must be rejected on its own
while the others go through. The strict parser refuses the whole document at
the first fault, so when it does, this scanner finds where each array item
begins and ends (strings, escapes and nesting respected) and each item is then
parsed strictly by itself. Only the frame must be sound: one object whose one
member is `key`, holding an array. No I/O.
"""

from __future__ import annotations

import json
import re

from liaison_app.protocol.errors import ValidationError

__all__ = ["split_array_member"]

_WS = frozenset(b" \t\n\r")
_STRUCTURE = re.compile(rb'["{}\[\]]')
_STRING_STOP = re.compile(rb'["\\]')
_SCALAR_END = re.compile(rb"[,\]}\s]")
MAX_DEPTH = 64
"""Nesting the scanner follows inside one item (the strict parser allows 32)."""


def _skip_ws(data: bytes, pos: int) -> int:
    while pos < len(data) and data[pos] in _WS:
        pos += 1
    return pos


def _string_end(data: bytes, pos: int, what: str) -> int:
    """`pos` is at an opening quote: the index just after the closing one."""
    pos += 1
    while True:
        match = _STRING_STOP.search(data, pos)
        if match is None:
            raise ValidationError(what, "ends inside a string")
        if match.group() == b'"':
            return match.end()
        pos = match.end() + 1  # a backslash escapes the next byte


def _container_end(data: bytes, pos: int, what: str) -> int:
    """`pos` is at `{` or `[`: the index just after its matching close."""
    closers: list[int] = []
    while True:
        match = _STRUCTURE.search(data, pos)
        if match is None:
            raise ValidationError(what, "ends inside an object or array")
        ch = match.group()
        if ch == b'"':
            pos = _string_end(data, match.start(), what)
            continue
        pos = match.end()
        if ch in (b"{", b"["):
            closers.append(ord("}") if ch == b"{" else ord("]"))
            if len(closers) > MAX_DEPTH:
                raise ValidationError(what, f"nests deeper than {MAX_DEPTH} levels")
        elif not closers or closers.pop() != ch[0]:
            raise ValidationError(what, f"has an unmatched {ch.decode()!r} at byte {pos - 1}")
        if not closers:
            return pos


def _value_end(data: bytes, pos: int, what: str) -> int:
    if pos >= len(data):
        raise ValidationError(what, "ends where a value was expected")
    first = data[pos]
    if first in b"{[":
        return _container_end(data, pos, what)
    if first == ord('"'):
        return _string_end(data, pos, what)
    match = _SCALAR_END.search(data, pos)
    end = len(data) if match is None else match.start()
    if end == pos:
        raise ValidationError(what, f"has no value at byte {pos}")
    return end


def _expect(data: bytes, pos: int, char: bytes, what: str) -> int:
    pos = _skip_ws(data, pos)
    if data[pos:pos + 1] != char:
        raise ValidationError(what, f"expected {char.decode()!r} at byte {pos}")
    return _skip_ws(data, pos + 1)


def split_array_member(data: bytes, key: str, *, max_items: int,
                       what: str = "document") -> list[bytes]:
    """The raw bytes of each item of the array under `key` in `{"<key>": [...]}`.

    Raises ValidationError when the frame itself is not that shape (or holds
    more than `max_items` items); the items are returned as they are, to be
    parsed one by one.
    """
    pos = _expect(data, 0, b"{", what)
    if data[pos:pos + 1] != b'"':
        raise ValidationError(what, f"must be an object with one member {key!r}")
    end = _string_end(data, pos, what)
    try:
        name = json.loads(data[pos:end].decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ValidationError(what, "has an unreadable member name") from exc
    if name != key:
        raise ValidationError(what, f"must be an object with one member {key!r}")
    pos = _expect(data, end, b":", what)
    pos = _expect(data, pos, b"[", what)
    items: list[bytes] = []
    if data[pos:pos + 1] == b"]":
        pos += 1
    else:
        while True:
            end = _value_end(data, pos, f"{key}[{len(items)}]")
            items.append(data[pos:end])
            if len(items) > max_items:
                raise ValidationError(key, f"holds more than {max_items} items")
            pos = _skip_ws(data, end)
            if data[pos:pos + 1] == b",":
                pos = _skip_ws(data, pos + 1)
                continue
            if data[pos:pos + 1] == b"]":
                pos += 1
                break
            raise ValidationError(what, f"expected ',' or ']' at byte {pos}")
    pos = _expect(data, pos, b"}", what)
    if pos != len(data):
        raise ValidationError(what, f"must be an object with one member {key!r}")
    return items
