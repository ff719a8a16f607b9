"""Canonical JSON: the one byte form that is signed and hashed.

Rules (a subset of RFC 8785 that needs no float formatting): UTF-8, object
keys sorted by code point, no insignificant whitespace, no floats, integers
within +-(2**53 - 1), bytes carried as unpadded base64url strings. The strict
parser refuses anything the encoder would not produce the same way, so a
signature never depends on how a peer happened to format its JSON.
"""

from __future__ import annotations

import binascii
import json
import json.encoder
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeAlias

import orjson
import pybase64

from liaison_app.protocol.errors import ValidationError

JsonValue: TypeAlias = (
    bool | int | str | list["JsonValue"] | dict[str, "JsonValue"] | None
)

MAX_SAFE_INT = 2**53 - 1
MAX_DEPTH = 32
_B64U_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_B64U_VALUE = {ch: i for i, ch in enumerate(_B64U_CHARS)}


def b64u_encode(data: bytes) -> str:
    """Unpadded base64url text for `data`."""
    # pybase64 is the standard encoding with SIMD (the ciphertext is kilobytes, on
    # every seal); the test suite holds it to the standard library's output.
    return pybase64.b64encode_as_string(data, b"-_").rstrip("=")  # (s, altchars)


_PADDING = ("", "", "==", "=")


def b64u_decode(text: object, field: str, *, size: int | None = None) -> bytes:
    """Strictly decode unpadded base64url; `size` pins the decoded length."""
    if not isinstance(text, str):
        raise ValidationError(field, "must be a base64url string")
    tail = len(text) % 4
    if tail == 1 or not text.isascii():
        raise ValidationError(field, "is not unpadded base64url")
    # validate=True refuses every character outside the alphabet and padding
    # anywhere but the end; with altchars "-_" pybase64 also takes "+" and "/", so
    # those and "=" are refused here first and only the url-safe alphabet gets through.
    if "=" in text or "+" in text or "/" in text:
        raise ValidationError(field, "is not unpadded base64url")
    try:
        # (s, altchars, validate): positional, as keywords cost more than the decoding
        raw = pybase64.b64decode(text + _PADDING[tail], b"-_", True)
    except (binascii.Error, ValueError) as exc:
        raise ValidationError(field, "is not unpadded base64url") from exc
    # Canonical iff the bits the last character carries beyond the data are zero
    # (exactly when b64u_encode(raw) == text; re-encoding would cost a full pass).
    if tail and _B64U_VALUE[text[-1]] & (0x0F if tail == 2 else 0x03):
        raise ValidationError(field, "is not in canonical base64url form")
    if size is not None and len(raw) != size:
        raise ValidationError(field, f"must decode to {size} bytes, not {len(raw)}")
    return raw


class _At(Exception):
    """A failure deep inside `_prepare`; the path is assembled while unwinding."""

    def __init__(self, parts: list[str | int], reason: str) -> None:
        super().__init__(reason)
        self.parts = parts
        self.reason = reason


def _path(parts: list[str | int]) -> str:
    path = ""
    for part in reversed(parts):
        is_index = isinstance(part, int)
        path = f"{path}[{part}]" if is_index else (f"{path}.{part}" if path else str(part))
    return path


def _walk(value: Any, depth: int) -> JsonValue:
    """`_prepare` without path bookkeeping on the happy path (built only on failure)."""
    if depth > MAX_DEPTH:
        raise _At([], f"nests deeper than {MAX_DEPTH}")
    kind = type(value)
    if kind is str or value is None or kind is bool:
        return value  # type: ignore[no-any-return]
    if kind is int:
        if not -MAX_SAFE_INT <= value <= MAX_SAFE_INT:
            raise _At([], "integer out of the safe range")
        return value  # type: ignore[no-any-return]
    if kind is dict or (kind is not list and isinstance(value, Mapping)):
        out: dict[str, JsonValue] = {}
        leaf_ok = depth < MAX_DEPTH  # a child at depth + 1 is within bounds
        for key, item in value.items():
            if type(key) is not str and not isinstance(key, str):
                raise _At([], "object keys must be strings")
            sub = type(item)
            if leaf_ok and (sub is str or item is None or sub is bool):
                out[key] = item  # what `_walk(item, depth + 1)` returns, without the call
                continue
            try:
                out[key] = _walk(item, depth + 1)
            except _At as exc:
                exc.parts.append(key)
                raise
        return out
    if kind is list:
        seq: list[JsonValue] = []
        append = seq.append
        leaf_ok = depth < MAX_DEPTH
        for i, item in enumerate(value):
            sub = type(item)
            if leaf_ok and (sub is str or item is None or sub is bool):
                append(item)
                continue
            try:
                append(_walk(item, depth + 1))
            except _At as exc:
                exc.parts.append(i)
                raise
        return seq
    return _other(value, depth)


def _other(value: Any, depth: int) -> JsonValue:
    if isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        return _walk(int(value), depth) if not -MAX_SAFE_INT <= value <= MAX_SAFE_INT else value
    if isinstance(value, float):
        raise _At([], "floats are not allowed")
    if isinstance(value, bytes | bytearray | memoryview):
        return b64u_encode(bytes(value))
    if isinstance(value, Sequence):
        return _walk(list(value), depth)
    raise _At([], f"cannot encode a {type(value).__name__}")


def _check_parsed(value: Any, depth: int) -> None:
    """What `_walk` checks, for json.loads output (dicts, lists, str, int, bool, None):
    depth and integer range, in place; leaves are checked without a call each."""
    if depth > MAX_DEPTH:
        raise _At([], f"nests deeper than {MAX_DEPTH}")
    items = value.items() if type(value) is dict else enumerate(value)
    for key, item in items:
        kind = type(item)
        if kind is str or item is None or kind is bool:
            if depth + 1 > MAX_DEPTH:
                raise _At([key], f"nests deeper than {MAX_DEPTH}")
            continue
        try:
            if kind is int:
                if depth + 1 > MAX_DEPTH:
                    raise _At([], f"nests deeper than {MAX_DEPTH}")
                if not -MAX_SAFE_INT <= item <= MAX_SAFE_INT:
                    raise _At([], "integer out of the safe range")
            else:
                _check_parsed(item, depth + 1)
        except _At as exc:
            exc.parts.append(key)
            raise


def _is_plain(value: Any, depth: int) -> bool:
    """True if `value` is already what `_walk` would return: dicts with `str` keys, lists,
    `str`, `bool`, None and safe-range `int` only (exact types), nested at most
    MAX_DEPTH. Then it can be encoded as it is, without `_walk` copying it; on
    False, `_walk` converts it or names what is wrong."""
    if depth >= MAX_DEPTH:  # children would sit at depth + 1 > MAX_DEPTH only below here
        return False
    items: Iterable[Any]
    if type(value) is dict:
        items = value.values()
        for key in value:
            if type(key) is not str:
                return False
    elif type(value) is list:
        items = value
    else:
        return False
    for item in items:
        kind = type(item)
        if kind is str or item is None or kind is bool:
            continue
        if kind is int:
            if not -MAX_SAFE_INT <= item <= MAX_SAFE_INT:
                return False
        elif not _is_plain(item, depth + 1):
            return False
    return True


def _prepare(value: Any, path: str, depth: int) -> JsonValue:
    try:
        return _walk(value, depth)
    except _At as exc:
        if path:
            exc.parts.append(path)
        raise ValidationError(_path(exc.parts), exc.reason) from None


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                            allow_nan=False, check_circular=False)
"""The reference encoder: canonical form is defined as its output, UTF-8 encoded.
No cycle check: it only sees `_walk` output or parsed JSON, both fresh trees."""

_SORTED = orjson.OPT_SORT_KEYS
"""orjson writes what `_ENCODER` writes for the plain trees `_is_plain` admits
(compact, keys sorted by code point, the same string escapes, UTF-8), about
ten times faster; tests/protocol/test_orjson_paths.py holds it to that,
for every code point and for generated documents. It is only ever given such
trees; anything else takes the reference path."""


def utf8(text: str) -> bytes:
    """`text` as UTF-8, refusing lone surrogates as canonical encoding does."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:  # lone surrogates
        raise ValidationError("", "text is not valid Unicode") from exc


def _encode(prepared: JsonValue) -> bytes:
    try:
        return orjson.dumps(prepared, option=_SORTED)
    except orjson.JSONEncodeError:  # lone surrogates, or a type orjson declines:
        return utf8(_ENCODER.encode(prepared))  # the reference raises or agrees


encode_string: Callable[[str], str] = json.encoder.encode_basestring
"""A JSON string literal exactly as the canonical encoder writes `str` values
(the same escaping function it calls with ensure_ascii=False)."""


def canonical_bytes(value: Any) -> bytes:
    """Encode `value` canonically; bytes become base64url, floats are refused."""
    if _is_plain(value, 0):
        return _encode(value)
    return _encode(_prepare(value, "", 0))


_BUILT = (orjson.OPT_SORT_KEYS | orjson.OPT_STRICT_INTEGER | orjson.OPT_PASSTHROUGH_DATACLASS
          | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_SUBCLASS)


def canonical_bytes_built(value: dict[str, Any]) -> bytes:
    """`canonical_bytes` of an object a typed `*_to_wire` built from a validated value.

    Such a tree holds only str, bool, None, int, list and dict, so the generic
    leaf walk is skipped: orjson itself refuses integers beyond 2**53 - 1,
    dataclasses, datetimes and subclasses under these options, and anything it
    refuses takes the reference path, which encodes it or names the fault.
    Floats cannot occur: every numeric field is range-checked as an int when
    the value is built. tests/protocol/test_orjson_paths.py holds it equal
    to `canonical_bytes` for generated messages.
    """
    if type(value) is dict:
        try:
            return orjson.dumps(value, option=_BUILT)
        except orjson.JSONEncodeError:
            pass
    return canonical_bytes(value)


def _no_floats(text: str) -> Any:
    raise ValidationError("", f"floats are not allowed ({text[:20]})")


def _no_constants(name: str) -> Any:
    raise ValidationError("", f"{name} is not allowed")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValidationError(key, "appears twice in one object")
            seen.add(key)
    return out


class _OutOfRange(ValueError):
    """An integer token outside +-MAX_SAFE_INT (raised by `_safe_int` while decoding)."""


def _safe_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:  # beyond int()'s digit limit: out of range too; the retry reports it
        raise _OutOfRange(text) from None
    if not -MAX_SAFE_INT <= value <= MAX_SAFE_INT:
        raise _OutOfRange(text)
    return value


_STRICT_DECODER = json.JSONDecoder(parse_float=_no_floats, parse_constant=_no_constants,
                                   object_pairs_hook=_unique_keys, parse_int=_safe_int)
_STRICT_ANY_INT = json.JSONDecoder(parse_float=_no_floats, parse_constant=_no_constants,
                                   object_pairs_hook=_unique_keys)
"""Shared decoders (json.loads with these options would build one per call). With
`_safe_int` every integer is range-checked as it is read; `_STRICT_ANY_INT` re-reads
a document that failed that check so `_check_parsed` can name the field."""


def _shallow(text: str | bytes) -> bool:
    """True if no JSON value in `text` can nest deeper than `_check_parsed` allows.

    Every array or object opens with `[` or `{`, so a document holding at most
    MAX_DEPTH of them (strings included) nests containers at most MAX_DEPTH deep:
    the deepest sits at depth MAX_DEPTH - 1 and its items at MAX_DEPTH.
    """
    if type(text) is bytes:
        return text.count(b"{") + text.count(b"[") <= MAX_DEPTH
    assert isinstance(text, str)
    return text.count("{") + text.count("[") <= MAX_DEPTH


def parse_json(data: bytes, *, max_bytes: int, what: str = "document") -> JsonValue:
    """Strictly parse JSON from outside: size-capped, UTF-8, no floats, no duplicate keys."""
    if not isinstance(data, bytes | bytearray):
        raise ValidationError(what, "must be bytes")
    if len(data) > max_bytes:
        raise ValidationError(what, f"is {len(data)} bytes; the limit is {max_bytes}")
    value = _canonical_or_none(data)
    if value is not None:
        return value
    try:
        text = bytes(data).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError(what, "is not valid UTF-8") from exc
    ints_ok = True  # every integer read by _safe_int
    try:
        try:
            value = _STRICT_DECODER.decode(text)
        except _OutOfRange:  # decode again to let _check_parsed name the field
            ints_ok = False
            value = _STRICT_ANY_INT.decode(text)
    except ValidationError:
        raise
    except RecursionError as exc:
        raise ValidationError(what, "nests too deeply") from exc
    except ValueError as exc:
        # JSONDecodeError has .msg; int()'s digit limit raises a plain ValueError
        reason = getattr(exc, "msg", None) or str(exc)
        raise ValidationError(what, f"is not valid JSON ({reason})") from exc
    if type(value) is dict or type(value) is list:
        if ints_ok and _shallow(text):
            return value  # what _check_parsed checks holds already (see _shallow)
        try:
            _check_parsed(value, 0)
        except _At as exc:
            raise ValidationError(_path(exc.parts), exc.reason) from None
        return value
    return _prepare(value, "", 0)


def parse_canonical(data: bytes, *, max_bytes: int, what: str = "document") -> JsonValue:
    """Parse and insist the bytes are already canonical (what signatures cover)."""
    if type(data) is bytes and len(data) <= max_bytes:
        value = _canonical_or_none(data)
        if value is not None:
            return value
    value = parse_json(data, max_bytes=max_bytes, what=what)
    if _encode(value) != bytes(data):  # parse_json's output is already checked
        raise ValidationError(what, "is not in canonical form")
    return value


def canonical_object_or_none(data: bytes, *, max_bytes: int) -> dict[str, JsonValue] | None:
    """The object canonical `data` holds, for a typed parser to check field by field
    next (see `parse_canonical_object`); None if `data` is not canonical, or not an object.
    """
    value = _canonical_or_none(data, typed=True, max_bytes=max_bytes)
    return value if type(value) is dict else None


def parse_json_object(data: bytes, *, max_bytes: int, what: str = "document") -> JsonValue:
    """`parse_json` for an object that a typed parser checks field by field next.

    Canonical input (all that our encoders write) is read without the generic
    leaf walk, for the reason `parse_canonical_object` gives; anything else
    takes `parse_json` and is decided exactly as there.
    """
    value = _canonical_or_none(data, typed=True, max_bytes=max_bytes)
    return value if value is not None else parse_json(data, max_bytes=max_bytes, what=what)


def parse_canonical_object(data: bytes, *, max_bytes: int, what: str = "document") -> JsonValue:
    """`parse_canonical` for an object that a typed parser checks field by field next.

    Accepts exactly what `parse_canonical` accepts for such a parser's input:
    size, UTF-8, duplicate keys and canonical spelling are decided the same
    way, but the generic leaf walk (`_is_plain`) is left out. A float, an
    out-of-range integer or nesting beyond the schema cannot get past a parser
    that takes only strings, booleans, null and range-checked integers where
    its schema puts them (tests/protocol/test_orjson_paths.py holds the
    inner-message parser to that).
    """
    value = _canonical_or_none(data, typed=True, max_bytes=max_bytes)
    return value if value is not None else parse_canonical(data, max_bytes=max_bytes, what=what)


def _canonical_or_none(data: bytes | bytearray, *, typed: bool = False,
                       max_bytes: int | None = None) -> JsonValue:
    """The object or array `data` holds if `data` is already canonical, else None.

    The accepting path of the parsers: canonical bytes hold no repeated key,
    no escape the encoder would not write and no whitespace (each would change
    the re-encoding), and `_is_plain` refuses floats and proves the integer
    range and depth. With `typed` only an object is taken and the walk is left
    to the typed parser that follows (see `parse_canonical_object`). On None the
    caller runs the strict path, which decides and names the failure as before.
    """
    if not isinstance(data, bytes | bytearray):
        return None
    if max_bytes is not None and len(data) > max_bytes:
        return None
    try:
        value: JsonValue = orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
    if typed:
        plain = type(value) is dict
    else:
        plain = (type(value) is dict or type(value) is list) and _is_plain(value, 0)
    if plain:
        try:
            if orjson.dumps(value, option=_SORTED) == data:
                return value
        except orjson.JSONEncodeError:
            return None
    return None
