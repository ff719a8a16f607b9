"""Map a protocol `InnerMessage` to the row the cache keeps (both directions use it)."""

from __future__ import annotations

from datetime import datetime

from liaison_app.domain.message_content import content_to_wire
from liaison_app.domain.messages import RequestContent, due_at
from liaison_app.domain.subjects import subjects_to_wire
from liaison_app.protocol.message import InnerMessage
from liaison_app.store.messages import NewMessage


def reply_due(inner: InnerMessage, received_at: datetime) -> datetime | None:
    """A request's due date (Directive 2023/977 Art. 5), counted from receipt."""
    if isinstance(inner.content, RequestContent):
        return due_at(received_at, inner.content.urgency)
    return None


def new_message_from_inner(inner: InnerMessage, *, inner_bytes: bytes | None,
                           due: datetime | None) -> NewMessage:
    """The storable form of `inner`; JSON fields in their wire shape."""
    return NewMessage(
        message_id=inner.id, type=inner.type.value,
        sender_officer=inner.sender.officer, sender_agency=inner.sender.agency,
        sender_device=inner.sender.device,
        recipients={"agencies": list(inner.recipients.agencies),
                    "devices": list(inner.recipients.devices)},
        priority=inner.priority.value,
        handling=None if inner.handling is None else inner.handling.to_wire(),
        grading=None if inner.grading is None else inner.grading.to_wire(),
        created_at=inner.created_at, lang=inner.lang, body=inner.body,
        subjects=subjects_to_wire(inner.subjects), content=content_to_wire(inner.content),
        case_ref=inner.case_ref, in_reply_to=inner.in_reply_to, due_at=due,
        expires_at=inner.expires_at, inner_bytes=inner_bytes,
    )
