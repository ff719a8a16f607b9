"""The parse memos (`remember`/`recall`) never change what a parser decides.

Gradings, handling codes, senders and recipient lists are kept by their exact
wire values once parsed. For any input, parsing with the memo warm must give
the same value or the same refusal as parsing with it empty: equal-but-different
inputs (`1` for `true`, an array for text) must miss.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liaison_app.domain import grading as grading_module
from liaison_app.domain.checks import MEMO_MAX
from liaison_app.domain.grading import Grading, HandlingCode
from liaison_app.protocol import message as message_module
from liaison_app.protocol.errors import ValidationError

A, B = "rs-bp", "bg-bp"
DEVICES = ["2hptebztgoxx2onxtmxjvkfzhsb3b5qx", "empc5dlhqy4bpszwiu6mg2dry52xqqwk"]

Parse = Callable[[Any, str], object]
CASES: dict[str, tuple[Parse, dict[Any, Any], dict[str, Any]]] = {
    "grading": (Grading.from_wire, grading_module._GRADINGS,
                {"scheme": "uk-3x5x2", "source": "1", "information": "A"}),
    "handling": (HandlingCode.from_wire, grading_module._HANDLINGS,
                 {"scheme": "uk-3x5x2", "code": "C", "conditions": "Not for court.",
                  "no_onward_sharing": True}),
    "handling-false": (HandlingCode.from_wire, grading_module._HANDLINGS,
                       {"scheme": "uk-3x5x2", "code": "P", "conditions": "",
                        "no_onward_sharing": False}),
    "sender": (message_module._sender_from_wire, message_module._SENDERS,
               {"officer": "rs-bp.duty-desk", "agency": "RS-BP",
                "device": "ntliftmouw4bgwlja2kdw7pt6xb6bs5h"}),
    "recipients": (message_module._recipients_from_wire, message_module._RECIPIENTS,
                   {"agencies": ["BG-BP", "RS-BP"], "devices": DEVICES}),
}

_SCALARS = (st.none() | st.booleans() | st.integers(-2, 2) | st.floats(allow_nan=False)
            | st.sampled_from(["", "1", "A", "C", "P", "true", "uk-3x5x2", "RS-BP", *DEVICES]))
_VALUES = (_SCALARS | st.lists(_SCALARS, max_size=3)
           | st.lists(st.lists(st.text(max_size=2), max_size=2), min_size=1, max_size=2)
           | st.dictionaries(st.text(max_size=2), _SCALARS, max_size=2))


def _outcome(parse: Parse, obj: Any) -> tuple[object, ...]:
    try:
        return ("accepted", parse(obj, "f"))
    except ValidationError as exc:
        return ("refused", exc.field, exc.reason)


@pytest.mark.parametrize("name", sorted(set(CASES) - {"handling"}))
def test_a_hit_is_the_value_first_parsed(name: str) -> None:
    parse, memo, valid = CASES[name]
    memo.clear()
    first = parse(dict(valid), "f")
    again = parse(dict(valid), "f")
    assert again is first and len(memo) == 1


def test_conditions_text_is_never_kept() -> None:
    """Conditions are the sender's own words: a handling code carrying them is parsed
    each time and never remembered."""
    parse, memo, valid = CASES["handling"]
    memo.clear()
    first = parse(dict(valid), "f")
    assert parse(dict(valid), "f") == first and not memo


@settings(max_examples=500)
@given(name=st.sampled_from(sorted(CASES)), pick=st.integers(0, 10), value=_VALUES,
       drop=st.booleans())
def test_the_memo_never_changes_an_outcome(name: str, pick: int, value: Any,
                                           drop: bool) -> None:
    parse, memo, valid = CASES[name]
    key = sorted(valid)[pick % len(valid)]
    mutated = {**valid, key: value}
    if drop:
        mutated.pop(key)
    memo.clear()
    parse(dict(valid), "f")  # warm: the valid value is remembered
    warm = _outcome(parse, mutated)
    memo.clear()
    cold = _outcome(parse, mutated)
    assert warm == cold


def test_true_is_not_one_and_false_is_not_zero() -> None:
    parse, memo, valid = CASES["handling"]
    memo.clear()
    parse(dict(valid), "f")
    with pytest.raises(ValidationError, match="true or false"):
        parse({**valid, "no_onward_sharing": 1}, "f")
    parse, _, valid = CASES["handling-false"]
    parse(dict(valid), "f")
    with pytest.raises(ValidationError, match="true or false"):
        parse({**valid, "no_onward_sharing": 0}, "f")


def test_memos_stay_bounded() -> None:
    memo = message_module._SENDERS
    memo.clear()
    for i in range(MEMO_MAX + 50):
        officer = f"rs-bp.officer-{i}"
        message_module._sender_from_wire(
            {"officer": officer, "agency": "RS-BP", "device": DEVICES[0]}, "f")
    assert len(memo) == MEMO_MAX
    late = {"officer": f"rs-bp.officer-{MEMO_MAX + 49}", "agency": "RS-BP",
            "device": DEVICES[0]}
    assert message_module._sender_from_wire(late, "f") == message_module.SenderRef(
        late["officer"], "RS-BP", DEVICES[0])  # past the bound: parsed, not kept
