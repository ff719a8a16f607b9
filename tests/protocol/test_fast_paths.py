"""The P3 fast paths accept and produce exactly what the plain definitions do.

Each shortcut (base64url canonical check by trailing bits, canonical parse
without the duplicate-key hook, encoding without `_walk`'s copy, envelopes
written out field by field, text accepted by `isprintable`) is compared
against the straightforward form it replaces.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import unicodedata
from collections.abc import Iterator
from typing import Any
from unittest import mock

import pybase64
import pybase64._fallback as pybase64_fallback
import pytest
from hypothesis import given
from hypothesis import strategies as st

from liaison_app.crypto.envelope import seal
from liaison_app.domain.checks import check_text
from liaison_app.domain.errors import ValidationError as DomainValidationError
from liaison_app.domain.grading import Grading
from liaison_app.protocol.canonical import (
    _ENCODER,
    _STRICT_ANY_INT,
    _At,
    _check_parsed,
    _path,
    _prepare,
    b64u_decode,
    b64u_encode,
    canonical_bytes,
    parse_canonical,
    parse_json,
)
from liaison_app.protocol.envelope import (
    WrappedKey,
    envelope_bytes,
    envelope_from_wire_signed,
    envelope_signing_bytes,
    envelope_to_wire,
    parse_envelope_signed,
    signed_envelope_bytes,
    signed_envelope_length,
)
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.limits import MAX_ENVELOPE_BYTES
from liaison_app.protocol.message import InnerMessage, inner_from_wire, inner_to_wire
from tests.vectors.samples import MESSAGE_ID, T0, A, B, C, D, message

ENV = seal(message(A, (B, C)), A.keys, [B.entry(), C.entry()], sent_at=T0)
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def _reference_b64u(text: str) -> bytes | None:
    """The former definition: regex alphabet, decode, re-encode must match."""
    if not all(ch in _ALPHABET for ch in text) or len(text) % 4 == 1:
        return None
    raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    return raw if base64.urlsafe_b64encode(raw).rstrip(b"=").decode() == text else None


@given(st.text(alphabet=_ALPHABET + "=+/ \n\r\t\x00.\u00e9", max_size=40)
       | st.builds(lambda data, bad, at: (data[:at] + bad + data[at:]),
                   st.binary(min_size=30, max_size=300).map(
                       lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()),
                   st.sampled_from(["", "=", "+", "/", " ", "\n", ".", "\x00", "\u00e9",
                                    "==", "A"]),
                   st.integers(0, 400)))
def test_b64u_decode_accepts_what_re_encoding_accepts(text: str) -> None:
    """Short texts of every kind, and long ones (the SIMD paths) with one fault inserted;
    with pybase64's compiled module and with its pure-Python fallback alike."""
    expected = _reference_b64u(text)
    for _ in _each_pybase64():
        try:
            got: bytes | None = b64u_decode(text, "f")
        except ValidationError:
            got = None
        assert got == expected


@given(st.binary(max_size=600))
def test_b64u_round_trip(data: bytes) -> None:
    for _ in _each_pybase64():
        text = b64u_encode(data)
        assert text == base64.urlsafe_b64encode(data).rstrip(b"=").decode()
        assert b64u_decode(text, "f") == data


def _each_pybase64() -> Iterator[str]:
    """Run the loop body with the compiled pybase64, then with its fallback (which a
    bundle without the extension module would use)."""
    yield "compiled"
    with (mock.patch.object(pybase64, "b64decode", pybase64_fallback.b64decode),
          mock.patch.object(pybase64, "b64encode_as_string",
                            pybase64_fallback.b64encode_as_string)):
        yield "fallback"


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**60), 2**60) | st.text(max_size=8),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=4), kids,
                                                              max_size=4),
    max_leaves=20,
)


def _strict_canonical(data: bytes) -> Any:
    value = parse_json(data, max_bytes=1 << 20)
    if _ENCODER.encode(value).encode() != data:
        raise ValidationError("document", "is not in canonical form")
    return value


def _outcome(fn: Any, data: bytes) -> tuple[bool, Any]:
    try:
        return True, fn(data)
    except ValidationError as exc:
        return False, (exc.field, exc.reason)


@given(_JSON)
def test_canonical_bytes_without_walk_copy_is_unchanged(value: Any) -> None:
    try:
        expected: Any = _ENCODER.encode(_prepare(value, "", 0)).encode()
    except ValidationError as exc:
        expected = (exc.field, exc.reason)
    try:
        got: Any = canonical_bytes(value)
    except ValidationError as exc:
        got = (exc.field, exc.reason)
    assert got == expected


@given(_JSON, st.sampled_from(["", " ", "dup", "float"]))
def test_parse_canonical_same_outcome_as_strict_path(value: Any, twist: str) -> None:
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    if twist == " ":
        text = text.replace(":", ": ", 1)
    elif twist == "dup" and text.startswith("{") and text != "{}":
        text = text[:-1] + "," + text[1:]  # every key of the object once more
    elif twist == "float":
        text = f"[{text},1.5]"
    data = text.encode()
    assert _outcome(lambda d: parse_canonical(d, max_bytes=1 << 20), data) == \
        _outcome(_strict_canonical, data)


def test_duplicate_keys_still_named() -> None:
    with pytest.raises(ValidationError) as info:
        parse_canonical(b'{"a":1,"a":1}', max_bytes=100)
    assert (info.value.field, info.value.reason) == ("a", "appears twice in one object")


def test_envelope_written_out_equals_generic_encoding() -> None:
    generic = canonical_bytes(envelope_to_wire(ENV))
    assert envelope_bytes(ENV) == generic
    unsigned = {k: v for k, v in envelope_to_wire(ENV).items() if k != "sig"}
    assert envelope_signing_bytes(ENV).endswith(canonical_bytes(unsigned))
    assert signed_envelope_length(envelope_signing_bytes(ENV), ENV.sig) == len(generic)
    env, signed = parse_envelope_signed(generic)
    assert env == ENV and signed == envelope_signing_bytes(ENV)
    raw = parse_json(generic, max_bytes=MAX_ENVELOPE_BYTES)
    assert envelope_from_wire_signed(raw)[1] == signed


def test_envelope_signed_bytes_do_not_depend_on_the_spelling_received() -> None:
    """Canonical input has its signed bytes cut from it; other spellings are re-encoded.
    Either way they are the canonical unsigned envelope."""
    wire = envelope_to_wire(ENV)
    spaced = json.dumps(wire, indent=1).encode()
    reordered = json.dumps(dict(reversed(list(wire.items()))), separators=(",", ":")).encode()
    for data in (canonical_bytes(wire), spaced, reordered):
        env, signed = parse_envelope_signed(data)
        assert env == ENV and signed == envelope_signing_bytes(ENV)


def test_sealed_envelope_keeps_exactly_its_canonical_bytes() -> None:
    generic = canonical_bytes(envelope_to_wire(ENV))
    assert ENV.wire_cache == generic  # what seal computed, not re-encoded
    fresh = dataclasses.replace(ENV)  # replace never copies the cache
    assert fresh.wire_cache is None and envelope_bytes(fresh) == generic
    assert fresh == ENV and hash(fresh) == hash(ENV) and "wire_cache" not in repr(ENV)
    assert signed_envelope_bytes(envelope_signing_bytes(ENV), ENV.sig) == generic
    resigned = dataclasses.replace(ENV, sig=b"\x01" * 64)
    assert envelope_bytes(resigned) == canonical_bytes(envelope_to_wire(resigned))
    parsed, _ = parse_envelope_signed(generic)
    assert parsed.wire_cache is None and envelope_bytes(parsed) == generic


def test_envelope_odd_types_take_the_generic_path() -> None:
    class Device(str):
        pass

    odd = dataclasses.replace(
        ENV, keys=tuple(WrappedKey(Device(k.device), k.wrapped) for k in ENV.keys))
    assert envelope_bytes(odd) == envelope_bytes(ENV)
    with pytest.raises(ValidationError):
        envelope_bytes(dataclasses.replace(ENV, v=2**60))


def _reference_text_ok(value: str, multiline: bool) -> bool:
    """The former per-character rule (with the old ASCII-only shortcut removed)."""
    if not value.strip() or (not multiline and value != value.strip()):
        return False
    for ch in value:
        if multiline and ch in "\n\t":
            continue
        if unicodedata.category(ch) in {"Cc", "Cs", "Zl", "Zp"}:
            return False
        if ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
            return False
    return True


@given(st.text(max_size=12), st.booleans())
def test_check_text_fast_accept_matches_the_scan(value: str, multiline: bool) -> None:
    try:
        check_text(value, "f", max_len=100, multiline=multiline)
        ok = True
    except DomainValidationError:
        ok = False
    assert ok == _reference_text_ok(value, multiline)


_INNER_MUTATIONS: list[tuple[str, Any]] = [
    ("case_ref", " padded"), ("case_ref", "x" * 101), ("body", "\u202e"), ("body", 7),
    ("lang", "EN"), ("lang", None), ("in_reply_to", MESSAGE_ID), ("expires_at", None),
    ("grading", {"scheme": "europol-4x4", "source": "A", "information": "1"}),
    ("subjects", []), ("case_ref", None), ("body", ""),
]


@pytest.mark.parametrize(("key", "value"), _INNER_MUTATIONS)
def test_parsed_inner_checks_what_the_constructor_checks(key: str, value: Any) -> None:
    """inner_from_wire builds without re-running __post_init__: same result, same error."""
    sample = message(A, (B, C))
    wire = inner_to_wire(sample)
    wire[key] = value
    if key == "expires_at" and value is None:
        wire["created_at"] = "2026-11-23T03:45:00Z"
    try:
        parsed: object = inner_from_wire(wire, "message")
    except ValidationError as exc:
        parsed = ("error", exc.reason)
    try:
        rebuilt = inner_from_wire(inner_to_wire(parsed), "message") \
            if isinstance(parsed, InnerMessage) else None
        fields = {f: getattr(sample, f) for f in InnerMessage.__dataclass_fields__}
        direct: object = InnerMessage(**{**fields, **_direct_value(key, wire, sample)})
    except ValidationError as exc:
        direct = ("error", exc.reason)
    assert parsed == direct
    if rebuilt is not None:
        assert rebuilt == parsed


def _direct_value(key: str, wire: dict[str, Any], sample: InnerMessage) -> dict[str, Any]:
    value = wire[key]
    if key == "in_reply_to" or key == "body" or key == "case_ref" or key == "lang":
        return {key: value}
    if key == "expires_at":
        return {key: None}
    if key == "subjects":
        return {key: tuple(value)}
    return {key: Grading.from_wire(value, key)}


def test_parsed_inner_equals_constructed_for_samples() -> None:
    for to in ((B,), (B, C), (C, D)):
        sample = message(A, to)
        parsed = inner_from_wire(inner_to_wire(sample), "message")
        assert parsed == sample and repr(parsed) == repr(sample)
        assert type(parsed) is InnerMessage and parsed.v == sample.v


def _reference_parse_json(data: bytes) -> Any:
    """parse_json as first written: strict decode, then `_check_parsed` on every tree."""
    text = data.decode()
    value = _STRICT_ANY_INT.decode(text)
    try:
        _check_parsed(value, 0)
    except _At as exc:
        raise ValidationError(_path(exc.parts), exc.reason) from None
    return value


def _nest(depth: int, leaf: Any, in_list: bool) -> Any:
    for i in range(depth):
        leaf = [leaf] if in_list or i % 2 else {"k": leaf, "s": "{[" * (i % 3)}
    return leaf


@given(st.integers(28, 36), st.sampled_from([1, 2**53 - 1, -(2**53) + 1, 2**53, -(2**53),
                                             10**30, "x", None]),
       st.booleans(), st.integers(0, 3))
def test_integer_and_depth_checks_skipped_only_when_they_hold(
    depth: int, leaf: Any, in_list: bool, pad: int,
) -> None:
    """Range-checked ints while decoding and the bracket count decide the same as the walk."""
    value = {"pad": "[" * pad, "v": _nest(depth, leaf, in_list)}
    data = json.dumps(value, sort_keys=True, separators=(",", ":")).encode()
    assert _outcome(lambda d: parse_json(d, max_bytes=1 << 20), data) == \
        _outcome(_reference_parse_json, data)
    assert _outcome(lambda d: parse_canonical(d, max_bytes=1 << 20), data) == \
        _outcome(_reference_parse_json, data)


def test_huge_integer_named_like_before() -> None:
    data = b'{"a":[1,' + b"9" * 5000 + b"]}"
    with pytest.raises(ValueError):
        _reference_parse_json(data)
    with pytest.raises(ValidationError):  # was an AttributeError (ValueError has no .msg)
        parse_json(data, max_bytes=1 << 20)
    with pytest.raises(ValidationError):
        parse_canonical(data, max_bytes=1 << 20)
    big = b'{"a":{"b":[0,' + str(2**53).encode() + b"]}}"
    with pytest.raises(ValidationError) as info:
        parse_json(big, max_bytes=100)
    assert (info.value.field, info.value.reason) == ("a.b[1]", "integer out of the safe range")
