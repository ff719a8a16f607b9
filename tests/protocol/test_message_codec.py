"""Inner message codec: round trip, strictness, field names in errors."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from liaison_app.domain.messages import AckKind, MessageType
from liaison_app.domain.replies_acks_recalls import AckContent
from liaison_app.protocol.errors import UnsupportedVersion, ValidationError
from liaison_app.protocol.message import Recipients, inner_from_wire, inner_to_wire
from tests.vectors.samples import A, B, C, message

MSG = message(A, (B, C))


def wire() -> dict[str, Any]:
    return dict(inner_to_wire(MSG))


def field_of(obj: Any) -> str:
    with pytest.raises(ValidationError) as info:
        inner_from_wire(obj)
    return info.value.field


def test_round_trip() -> None:
    assert inner_from_wire(wire()) == MSG
    for lang in ("en", "sr-Latn", "sr-Cyrl", "bg", "en-GB"):
        m = dataclasses.replace(MSG, lang=lang)
        assert inner_from_wire(inner_to_wire(m)) == m


def test_every_key_required_and_no_unknown_keys() -> None:
    for key in wire():
        if key == "v":
            continue
        w = wire()
        del w[key]
        assert field_of(w) == f"message.{key}"
    assert field_of({**wire(), "bcc": []}) == "message.bcc"


def test_nested_fields_named() -> None:
    w = wire()
    assert field_of({**w, "sender": {**w["sender"], "agency": "RS-BP"}}) == "message.sender.agency"
    assert field_of({**w, "sender": {**w["sender"], "x": 1}}) == "message.sender.x"
    rec = w["recipients"]
    assert field_of({**w, "recipients": {**rec, "devices": list(reversed(rec["devices"]))}}) \
        == "message.recipients.devices"
    assert field_of({**w, "recipients": {**rec, "agencies": []}}) \
        == "message.recipients.agencies"
    subj = dict(w["subjects"][0])
    subj["surname"] = "  padded"
    assert field_of({**w, "subjects": [subj]}) == "message.subjects[0].surname"
    assert field_of({**w, "content": {**w["content"], "urgency": "soon"}}) \
        == "message.content.urgency"
    assert field_of({**w, "lang": "Serbian"}) == "message.lang"
    assert field_of({**w, "lang": "sr-latn"}) == "message.lang"
    assert field_of({**w, "expires_at": "2026-11-01T00:00:00Z"}) == "message.expires_at"
    assert field_of({**w, "in_reply_to": w["id"]}) == "message.in_reply_to"
    assert field_of({**w, "type": "alert"}).startswith("message.content")
    assert field_of({**w, "priority": "high"}) == "message.priority"
    assert field_of({**w, "case_ref": 5}) == "message.case_ref"
    assert field_of({**w, "body": "x" * 20_001}) == "message.body"
    assert field_of({**w, "grading": {"scheme": "europol-4x4", "source": "A",
                                      "information": "1"}}) == "message.handling"


def test_version() -> None:
    with pytest.raises(UnsupportedVersion):
        inner_from_wire({**wire(), "v": 4})


def test_reply_needs_in_reply_to_and_content_matches_type() -> None:
    with pytest.raises(ValidationError) as info:
        dataclasses.replace(MSG, type=MessageType.ACK)
    assert info.value.field == "content"
    ack = dataclasses.replace(MSG, type=MessageType.ACK,
                              content=AckContent.single(AckKind.READ,
                                                                MSG.id.replace("01", "02", 1)))
    assert inner_from_wire(inner_to_wire(ack)) == ack


def test_recipients_helper_sorts() -> None:
    r = Recipients.of(["RS-BP", "BG-BP", "RS-BP"], [C.keys.device_id, B.keys.device_id])
    assert r.agencies == ("BG-BP", "RS-BP")
    assert list(r.devices) == sorted(r.devices)
    with pytest.raises(ValidationError):
        Recipients(("RS-BP", "BG-BP"), r.devices)
