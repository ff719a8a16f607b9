"""Message ids are UUIDv7 text; validation names the field."""

from __future__ import annotations

import uuid

import pytest

from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.ids import new_message_id, validate_message_id


def test_new_ids_are_uuid7_and_time_ordered() -> None:
    a = new_message_id(now_ms=1_000)
    b = new_message_id(now_ms=2_000)
    assert uuid.UUID(a).version == 7
    assert a < b
    assert validate_message_id(new_message_id(), "id")


def test_pinned_id_layout() -> None:
    got = new_message_id(now_ms=0x0190_0000_0001, rng=lambda n: b"\xff" * n)
    assert got == "01900000-0001-7fff-bfff-ffffffffffff"


@pytest.mark.parametrize("bad", [
    None, 7, "", "01900000-0001-4fff-bfff-ffffffffffff",
    "01900000-0001-7FFF-BFFF-FFFFFFFFFFFF", "0190000000017fffbfffffffffffffff",
    "01900000-0001-7fff-cfff-ffffffffffff",
])
def test_bad_ids_refused(bad: object) -> None:
    with pytest.raises(ValidationError) as info:
        validate_message_id(bad, "message.id")
    assert info.value.field == "message.id"
