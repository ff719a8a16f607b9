"""orjson paths write and accept exactly what the reference definitions do.

Canonical form is defined by the standard library encoder (`_ENCODER`); orjson
is only a faster way to the same bytes. The typed readers
(`parse_canonical_object`, `parse_json_object`) skip the generic leaf walk
because the typed parser after them checks every leaf: held here to deciding
every document as the reference reader plus the same typed parser does.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from liaison_app.domain.examples import CONTENTS, SUBJECTS
from liaison_app.domain.timefmt import format_time
from liaison_app.protocol.canonical import (
    _ENCODER,
    _encode,
    _is_plain,
    canonical_bytes,
    canonical_bytes_built,
    parse_canonical,
    parse_canonical_object,
    parse_json,
    parse_json_object,
)
from liaison_app.protocol.envelope import envelope_bytes, envelope_from_wire
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.message import InnerMessage, inner_from_wire, inner_to_wire
from tests.protocol.test_fast_paths import ENV
from tests.vectors.samples import message


def _reference(value: Any) -> bytes:
    return _ENCODER.encode(value).encode("utf-8")


def test_every_code_point_is_written_as_the_reference_writes_it() -> None:
    """String escaping is per character, so runs of 4096 code points cover all."""
    points = [cp for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF]
    for start in range(0, len(points), 4096):
        text = "".join(map(chr, points[start:start + 4096]))
        assert _encode([text, {text: text}]) == _reference([text, {text: text}])


def test_lone_surrogate_refused_as_before() -> None:
    with pytest.raises(ValidationError):
        canonical_bytes({"a": "\ud800"})
    with pytest.raises(ValidationError):
        canonical_bytes_built({"a": "\ud800"})


_PLAIN = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | st.text(max_size=12),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=6), kids,
                                                              max_size=4),
    max_leaves=25,
)


@given(_PLAIN)
def test_orjson_writes_the_reference_bytes(value: Any) -> None:
    assert _is_plain(value, 0) or not isinstance(value, dict | list)
    try:
        expected: Any = _reference(value)
    except UnicodeEncodeError:
        expected = "refused"
    for encode in (canonical_bytes, canonical_bytes_built):
        try:
            got: Any = encode(value)
        except ValidationError:
            got = "refused"
        assert got == expected


@given(st.sampled_from([2**53, -(2**53), 2**64, datetime(2026, 1, 1, tzinfo=UTC),
                        b"\x01", (1, 2)]))
def test_built_encoder_hands_odd_values_to_the_reference(odd: Any) -> None:
    """What a typed builder never produces still encodes or fails exactly as before
    (floats aside: the builders cannot produce one, see the next two tests)."""
    value = {"a": [odd]}
    try:
        expected: Any = canonical_bytes(value)
    except ValidationError as exc:
        expected = (exc.field, exc.reason)
    try:
        got: Any = canonical_bytes_built(value)
    except ValidationError as exc:
        got = (exc.field, exc.reason)
    assert got == expected


def _messages() -> list[InnerMessage]:
    base = message()
    out = [base, message(body="Zeile 1\n\tZeile 2 — ćirilica: Петровић \u00a0 \U0001F6A8 \\ \"q\"")]
    for kind, content in CONTENTS:
        out.append(dataclasses.replace(
            base, type=kind, content=content, subjects=tuple(SUBJECTS),
            in_reply_to="019ab0c4-5e28-7000-8000-0000000000ff"))
    return out


@pytest.mark.parametrize("m", _messages(), ids=lambda m: m.type.value)
def test_built_encoder_equals_reference_for_messages(m: InnerMessage) -> None:
    wire = inner_to_wire(m)
    assert canonical_bytes_built(wire) == _reference(wire) == canonical_bytes(wire)


@pytest.mark.parametrize("m", _messages(), ids=lambda m: m.type.value)
def test_builders_produce_plain_trees(m: InnerMessage) -> None:
    assert _is_plain(inner_to_wire(m), 0)


def test_numeric_fields_refuse_floats() -> None:
    location = next(s for s in SUBJECTS if s.kind == "location")
    for name in ("latitude_e6", "longitude_e6"):
        with pytest.raises(ValidationError):
            dataclasses.replace(location, **{name: 1.5})  # type: ignore[arg-type]


def _outcome(read: Any, build: Any, data: bytes) -> Any:
    try:
        return "ok", build(read(data))
    except ValidationError:
        return "refused"


_ODD = st.sampled_from([1.5, 1.0, -0.0, 1e300, 2**53, -(2**53), 2**63, 2**70, [[[[]]]],
                        {"x": 1.5}, None, True, "", "x", 7, [1.5]])


def _mutated(wire: dict[str, Any], data: st.DataObject) -> bytes:
    obj = json.loads(json.dumps(wire))
    node: Any = obj
    while True:  # walk down to a random container, then set one of its slots
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            break
        key = data.draw(st.sampled_from(keys))
        child = node[key]
        if isinstance(child, dict | list) and child and data.draw(st.booleans()):
            node = child
            continue
        node[key] = data.draw(_ODD)
        break
    spacing = data.draw(st.sampled_from([(",", ":"), (", ", ": ")]))
    return json.dumps(obj, sort_keys=True, separators=spacing, ensure_ascii=False).encode()


@given(st.data())
def test_inner_reader_decides_like_the_reference(data: st.DataObject) -> None:
    doc = _mutated(inner_to_wire(message()), data)
    fast = _outcome(lambda d: parse_canonical_object(d, max_bytes=1 << 20),
                    inner_from_wire, doc)
    slow = _outcome(lambda d: parse_canonical(d, max_bytes=1 << 20), inner_from_wire, doc)
    assert fast == slow


@given(st.data())
def test_envelope_reader_decides_like_the_reference(data: st.DataObject) -> None:
    doc = _mutated(json.loads(envelope_bytes(ENV)), data)
    fast = _outcome(lambda d: parse_json_object(d, max_bytes=1 << 20), envelope_from_wire, doc)
    slow = _outcome(lambda d: parse_json(d, max_bytes=1 << 20), envelope_from_wire, doc)
    assert fast == slow


def test_typed_readers_take_the_reference_path_for_what_they_cannot_judge() -> None:
    for bad in (b'[1]', b'"x"', b'{"a":1,"a":2}', b'{"a": 1}', b'\xff'):
        for fast, slow in ((parse_canonical_object, parse_canonical),
                           (parse_json_object, parse_json)):
            assert _outcome(lambda d, f=fast: f(d, max_bytes=100), lambda v: v, bad) == \
                _outcome(lambda d, s=slow: s(d, max_bytes=100), lambda v: v, bad)


@given(st.datetimes(min_value=datetime(2, 1, 1), max_value=datetime(9998, 12, 31),
                    timezones=st.just(UTC)),
       st.integers(-14 * 60, 14 * 60))
def test_format_time_matches_the_former_definition(dt: datetime, offset_minutes: int) -> None:
    local = dt.astimezone(timezone(timedelta(minutes=offset_minutes)))
    u = local.astimezone(UTC)
    expected = (u.strftime("%Y-%m-%dT%H:%M:%SZ") if u.year < 1000 else
                f"{u.year}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:"
                f"{u.second:02d}Z")
    assert format_time(local) == expected
