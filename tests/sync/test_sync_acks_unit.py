"""Per-page technical acks: grouping by sender device and case, de-duplication, splitting."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from types import SimpleNamespace

from liaison_app.crypto.envelope import open_envelope_bytes
from liaison_app.domain.messages import AckKind, MessageType
from liaison_app.domain.replies_acks_recalls import MAX_ACKED_MESSAGES, AckContent
from liaison_app.protocol.ids import new_message_id
from liaison_app.protocol.message import InnerMessage
from liaison_app.sync.receive import technical_acks
from tests.vectors.samples import A, B, C, directory, message

NOW = datetime(2026, 11, 23, 3, 45, tzinfo=UTC)
ME = SimpleNamespace(officer_id=B.officer, agency_id=B.agency, device_id=B.keys.device_id)


def _acked(envelope: bytes, reader: object) -> InnerMessage:
    _, inner = open_envelope_bytes(envelope, reader, directory(),  # type: ignore[arg-type]
                                   seen=lambda _id: False, now=NOW)
    return inner


def test_one_ack_per_sender_device_and_case_naming_each_message_once() -> None:
    from_a = [message(A, (B,), msg_id=new_message_id()) for _ in range(3)]
    other_case = dataclasses.replace(message(A, (B,), msg_id=new_message_id()),
                                     case_ref="NCA/OIC/2026/0043")
    from_c = message(C, (B,), msg_id=new_message_id())
    page = [*from_a, from_a[0], other_case, from_c]  # from_a[0] twice in one page
    acks = technical_acks(page, B.keys, ME, directory(), NOW)
    assert len(acks) == 3
    by_ids = {ack.acked: ack for ack in acks}
    assert set(by_ids) == {tuple(m.id for m in from_a), (other_case.id,), (from_c.id,)}
    ack_a = by_ids[tuple(m.id for m in from_a)]
    assert ack_a.inner.recipients.devices == (A.keys.device_id,)
    assert ack_a.inner.case_ref == from_a[0].case_ref
    opened = _acked(ack_a.envelope, A.keys)
    assert opened == ack_a.inner and opened.type is MessageType.ACK
    assert opened.content == AckContent(AckKind.TECHNICAL, tuple(m.id for m in from_a))
    assert _acked(by_ids[(from_c.id,)].envelope, C.keys).sender.device == B.keys.device_id


def test_acks_are_split_at_the_limit_and_acks_are_not_acknowledged() -> None:
    many = [message(A, (B,), msg_id=new_message_id()) for _ in range(MAX_ACKED_MESSAGES + 5)]
    an_ack = dataclasses.replace(many[0], id=new_message_id(), type=MessageType.ACK,
                                 content=AckContent.single(AckKind.READ, many[1].id))
    acks = technical_acks([*many, an_ack], B.keys, ME, directory(), NOW)
    assert [len(a.acked) for a in acks] == [MAX_ACKED_MESSAGES, 5]
    assert [i for a in acks for i in a.acked] == [m.id for m in many]
