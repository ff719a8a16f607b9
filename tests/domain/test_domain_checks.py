"""Text, number, enum and key-set checks; RFC 3339 times and ISO dates."""

from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from liaison_app.domain.checks import (
    check_bool,
    check_int,
    check_str_tuple,
    check_text,
    join_field,
    parse_enum,
    reprefixed,
    wire_object,
)
from liaison_app.domain.countries import ALPHA2_TO_ALPHA3, validate_country
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.messages import MessageType
from liaison_app.domain.timefmt import (
    check_time,
    format_date,
    format_time,
    parse_date,
    parse_time,
    utc_now,
)


def reason_of(fn: object, *args: object, **kw: object) -> tuple[str, str]:
    with pytest.raises(ValidationError) as info:
        fn(*args, **kw)  # type: ignore[operator]
    return info.value.field, info.value.reason


@pytest.mark.parametrize("value", ["Marko", "Ђорђе Петровић", "O'Neil-Smith", "x" * 200])
def test_text_accepts(value: str) -> None:
    assert check_text(value, "f", max_len=200) == value


@pytest.mark.parametrize(("value", "kw", "needle"), [
    (5, {}, "must be a string"),
    ("", {}, "must not be empty"),
    ("   ", {"required": False}, "blank"),
    (" Marko", {}, "leading or trailing"),
    ("Marko\n", {}, "control character"),
    ("a\tb", {}, "control character"),
    ("a\x00b", {"multiline": True}, "U+0000"),
    ("a\x1bb", {"multiline": True}, "U+001B"),
    ("a\x85b", {"multiline": True}, "U+0085"),
    ("a\u2028b", {"multiline": True}, "U+2028"),
    ("a\u202eb", {"multiline": True}, "bidirectional"),
    ("a\ud800b", {"multiline": True}, "U+D800"),
    ("x" * 201, {}, "limit is 200"),
])
def test_text_refuses(value: object, kw: dict[str, bool], needle: str) -> None:
    field, reason = reason_of(check_text, value, "a.b", max_len=200, **kw)
    assert field == "a.b"
    assert needle in reason


def test_text_free_text_allows_newline_tab_and_edges() -> None:
    assert check_text(" line 1\n\tline 2\n", "f", max_len=50, multiline=True)
    assert check_text("", "f", max_len=5, required=False) == ""


def test_bool_int_enum() -> None:
    assert check_bool(True, "f") is True
    assert reason_of(check_bool, 1, "f")[1] == "must be true or false"
    assert check_int(5, "f", minimum=0, maximum=5) == 5
    for bad in (True, 5.0, "5", None):
        assert reason_of(check_int, bad, "f", minimum=0, maximum=9)[1] == "must be an integer"
    assert "between" in reason_of(check_int, 10, "f", minimum=0, maximum=9)[1]
    assert parse_enum(MessageType, "case_share", "t") is MessageType.CASE_SHARE
    for wrong in ("CASE_SHARE", ["request"], None, 1):
        assert "must be one of" in reason_of(parse_enum, MessageType, wrong, "t")[1]


def test_str_tuple() -> None:
    assert check_str_tuple(("a", "b"), "f") == ("a", "b")
    assert reason_of(check_str_tuple, ["a"], "f")[1] == "must be a tuple of strings"
    assert reason_of(check_str_tuple, ("a", 1), "f")[0] == "f[1]"
    assert "twice" in reason_of(check_str_tuple, ("a", "a"), "f")[1]
    assert "limit is 2" in reason_of(check_str_tuple, ("a", "b", "c"), "f", max_items=2)[1]
    assert "at least 2" in reason_of(check_str_tuple, ("a",), "f", min_items=2)[1]


def _under(field: str, fn: Any, *args: Any) -> Any:
    try:
        return fn(*args)
    except ValidationError as exc:
        raise reprefixed(field, exc) from None


def test_wire_object_and_prefix() -> None:
    keys = frozenset({"a", "b"})
    assert wire_object({"a": 1, "b": 2}, keys) == {"a": 1, "b": 2}
    with pytest.raises(ValidationError) as info:
        _under("subjects[0]", wire_object, {"a": 1, "b": 2, "c": 3}, keys)
    assert (info.value.field, info.value.reason) == ("subjects[0].c", "is not a known field")
    with pytest.raises(ValidationError) as info:
        _under("x", wire_object, {"a": 1}, keys)
    assert (info.value.field, info.value.reason) == ("x.b", "is missing")
    with pytest.raises(ValidationError) as info:
        _under("x", wire_object, [1], keys)
    assert (info.value.field, info.value.reason) == ("x", "must be an object")
    assert reason_of(wire_object, {1: 2, "a": 1, "b": 2}, keys)[0] == "1"
    assert join_field("a", "[0]") == "a[0]"
    assert join_field("", "b") == "b"
    assert join_field("a", "") == "a"


def test_countries() -> None:
    assert len(ALPHA2_TO_ALPHA3) == 250  # ISO 3166-1 (249) + Kosovo's XK
    for code in ("RS", "SRB", "BG", "BGR", "TR", "TUR", "GB", "GBR", "XK", "XKX", "MK", "MKD"):
        assert validate_country(code, "c") == code
    assert "GB or GBR" in reason_of(validate_country, "UK", "c")[1]
    for bad in ("rs", "SER", "R", "SRBX", "", 7):
        with pytest.raises(ValidationError):
            validate_country(bad, "c")
    assert validate_country("", "c", required=False) == ""
    assert validate_country("XXA", "c", special=True) == "XXA"
    with pytest.raises(ValidationError):
        validate_country("XXA", "c")


def test_time_round_trip_and_format() -> None:
    dt = datetime(2026, 11, 23, 3, 45, tzinfo=UTC)
    assert format_time(dt) == "2026-11-23T03:45:00Z"
    assert parse_time("2026-11-23T03:45:00Z", "t") == dt
    belgrade = timezone(timedelta(hours=1))
    assert format_time(datetime(2026, 11, 23, 4, 45, tzinfo=belgrade)) == "2026-11-23T03:45:00Z"
    assert format_time(datetime(2026, 11, 23, 3, 45, 0, 999_999, tzinfo=UTC)).endswith(":00Z")
    with pytest.raises(ValidationError):
        format_time(datetime(2026, 11, 23, 3, 45))
    now = utc_now()
    assert now.tzinfo is UTC and now.microsecond == 0


@pytest.mark.parametrize("text", [
    "2026-11-23T03:45:00+00:00", "2026-11-23T03:45:00+01:00", "2026-11-23T03:45:00",
    "2026-11-23T03:45Z", "2026-11-23T03:45:00.123Z", "2026-11-23t03:45:00z",
    "2026-11-23 03:45:00Z", "2026-02-30T03:45:00Z", "2026-11-23T24:00:00Z",
    "2026-11-23T23:59:60Z", "2026-11-23T03:45:00Z\n", "٢٠٢٦-11-23T03:45:00Z", "", 20261123,
])
def test_parse_time_refuses(text: object) -> None:
    field, _ = reason_of(parse_time, text, "msg.created_at")
    assert field == "msg.created_at"


def test_check_time() -> None:
    assert check_time(datetime(2026, 1, 1, 1, tzinfo=timezone(timedelta(hours=1))), "t") == \
        datetime(2026, 1, 1, tzinfo=UTC)
    assert "naive" in reason_of(check_time, datetime(2026, 1, 1), "t")[1]
    assert "whole seconds" in reason_of(check_time, datetime(2026, 1, 1, 0, 0, 0, 5,
                                                             tzinfo=UTC), "t")[1]
    assert reason_of(check_time, "2026-01-01T00:00:00Z", "t")[1] == "must be a datetime"


def test_dates() -> None:
    assert parse_date("2027-11-23", "d") == date(2027, 11, 23)
    assert format_date(date(7, 1, 2)) == "0007-01-02"
    for bad in ("2027-11-31", "2027-1-1", "27-11-23", "2027-11-23T00:00:00Z", None, "2027-11-23 "):
        with pytest.raises(ValidationError):
            parse_date(bad, "d")


def test_listed_country_codes_all_have_the_checked_shape() -> None:
    """validate_country accepts a listed code before the shape check: every one fits it."""
    from liaison_app.domain.countries import _SHAPE, ALPHA2_TO_ALPHA3, ALPHA3_TO_ALPHA2

    assert all(_SHAPE.fullmatch(c) for c in [*ALPHA2_TO_ALPHA3, *ALPHA3_TO_ALPHA2])


def test_known_ids_cache_never_admits_a_bad_id() -> None:
    """Ids remembered as valid are exactly the ones the patterns accept."""
    from liaison_app.domain import parties

    for good in ("GB-NCA", "gb-nca.lo-belgrade", "a" * 32):
        for check in (parties.validate_agency_id, parties.validate_officer_id,
                      parties.validate_device_id):
            with contextlib.suppress(ValidationError):
                check(good, "f")
    assert all(parties._AGENCY_RE.fullmatch(t) for t in parties._KNOWN_AGENCIES)
    assert all(parties._OFFICER_RE.fullmatch(t) for t in parties._KNOWN_OFFICERS)
    assert all(parties._DEVICE_RE.fullmatch(t) for t in parties._KNOWN_DEVICES)
    with pytest.raises(ValidationError):
        parties.validate_device_id("A" * 32, "f")


def _str_tuple_reference(value: tuple[Any, ...], max_len: int) -> None:
    """What check_str_tuple decides, item by item through check_text."""
    for i, item in enumerate(value):
        check_text(item, f"f[{i}]", max_len=max_len)
    if len(set(value)) != len(value):
        raise ValidationError("f", "holds the same entry twice")


_ITEM_TEXT = st.text(alphabet=st.sampled_from(
    ["a", "Ž", " ", "\t", "\n", "\x00", "\u202e", "\u00ad", "\u2028", "\ud800", "7"]),
    max_size=5)


@given(st.lists(_ITEM_TEXT | st.integers(0, 2) | st.none(), max_size=4), st.integers(1, 4))
def test_str_tuple_decides_as_check_text_does(items: list[Any], max_len: int) -> None:
    """The inline fast accept takes only what check_text takes; the rest is named alike."""
    value = tuple(items)
    try:
        _str_tuple_reference(value, max_len)
        expected: tuple[str, ...] | str = value
    except ValidationError as exc:
        expected = str(exc)
    try:
        got: tuple[str, ...] | str = check_str_tuple(value, "f", max_len=max_len)
    except ValidationError as exc:
        got = str(exc)
    assert got == expected
