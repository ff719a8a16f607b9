"""Cutting a batch into its items when the strict parser refuses the whole document."""

from __future__ import annotations

import pytest

from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.json_members import split_array_member


def test_items_come_back_byte_for_byte() -> None:
    body = b' { "envelopes" : [ {"a":"x]}\\"y","b":[1,{"c":2.5}]} , 1.5 ,"s\\\\",[] , null ] } '
    assert split_array_member(body, "envelopes", max_items=10) == [
        b'{"a":"x]}\\"y","b":[1,{"c":2.5}]}', b"1.5", b'"s\\\\"', b"[]", b"null"]


def test_empty_array() -> None:
    assert split_array_member(b'{"envelopes":[]}', "envelopes", max_items=1) == []


@pytest.mark.parametrize("body", [
    b'{"envelopes":[1,2', b'{"other":[]}', b'{"envelopes":[1],"x":2}', b'[1]',
    b'{"envelopes":{}}', b'{"envelopes":[{"a":1]]}', b'{"envelopes":[1 2]}',
    b'{"envelopes":["unterminated]}', b'{"envelopes":[1,]}', b'{"envelopes":[1]} x',
])
def test_a_broken_frame_is_refused(body: bytes) -> None:
    with pytest.raises(ValidationError):
        split_array_member(body, "envelopes", max_items=10)


def test_too_many_items_and_deep_nesting_are_refused() -> None:
    with pytest.raises(ValidationError, match="more than 2"):
        split_array_member(b'{"e":[1,2,3]}', "e", max_items=2)
    deep = b'{"e":[' + b"[" * 70 + b"]" * 70 + b"]}"
    with pytest.raises(ValidationError, match="deeper"):
        split_array_member(deep, "e", max_items=2)
