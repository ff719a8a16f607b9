"""The wrapped-key parser's unnamed first pass must accept, return and refuse
exactly what the per-item named parser does."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from liaison_app.protocol.canonical import b64u_encode
from liaison_app.protocol.envelope import (
    _keys_from_wire,
    _keys_from_wire_named,
    envelope_to_wire,
)
from liaison_app.protocol.errors import ValidationError
from tests.protocol.test_fast_paths import ENV


def _outcome(fn: Any, value: Any) -> Any:
    try:
        return fn(value)
    except ValidationError as exc:
        return (exc.field, exc.reason)


_GOOD_KEYS: list[dict[str, Any]] = envelope_to_wire(ENV)["keys"]  # type: ignore[assignment]
_KEY_ITEMS = st.sampled_from(_GOOD_KEYS) | st.sampled_from([
    {"device": _GOOD_KEYS[0]["device"]},
    {"device": _GOOD_KEYS[0]["device"], "wrapped": b64u_encode(b"\x00" * 79)},
    {"device": "NOT-A-DEVICE", "wrapped": _GOOD_KEYS[0]["wrapped"]},
    {"device": _GOOD_KEYS[0]["device"], "wrapped": _GOOD_KEYS[0]["wrapped"] + "A"},
    {"device": _GOOD_KEYS[0]["device"], "wrapped": 7},
    {"device": None, "wrapped": _GOOD_KEYS[0]["wrapped"], "x": 1},
    ["device", "wrapped"], "key", None,
])


@given(st.lists(_KEY_ITEMS, min_size=1, max_size=5))
def test_keys_first_pass_same_outcome_as_named(items: list[Any]) -> None:
    assert _outcome(lambda v: _keys_from_wire(v, "envelope.keys"), items) == \
        _outcome(lambda v: _keys_from_wire_named(v, "envelope.keys"), items)


def test_keys_first_pass_on_sealed_envelope() -> None:
    assert _keys_from_wire(_GOOD_KEYS, "k") == ENV.keys
