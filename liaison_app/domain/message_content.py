"""Any message's content: which class each message type carries, and the codec by type.

The inner message's `type` says which content class its `content` object is
(request, alert, case share in `messages`; reply, acknowledgement, recall in
`replies_acks_recalls`; joint-operation updates in `operation_updates`).
"""

from __future__ import annotations

from typing import TypeAlias

from liaison_app.domain.checks import parse_enum
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.messages import (
    AlertContent,
    CaseShareContent,
    MessageType,
    RequestContent,
)
from liaison_app.domain.operation_updates import OperationContent
from liaison_app.domain.replies_acks_recalls import AckContent, RecallContent, ReplyContent

Content: TypeAlias = (
    RequestContent | AlertContent | ReplyContent | AckContent | RecallContent | CaseShareContent
    | OperationContent
)

CONTENT_TYPES: dict[MessageType, type[Content]] = {
    MessageType.REQUEST: RequestContent,
    MessageType.ALERT: AlertContent,
    MessageType.REPLY: ReplyContent,
    MessageType.ACK: AckContent,
    MessageType.RECALL: RecallContent,
    MessageType.CASE_SHARE: CaseShareContent,
    MessageType.OPERATION: OperationContent,
}
"""Message type -> its content class."""


def content_type(c: Content) -> MessageType:
    """The message type a content object belongs to."""
    for msg_type, cls in CONTENT_TYPES.items():
        if type(c) is cls:
            return msg_type
    raise ValidationError("content", f"{type(c).__name__} is not message content")


def content_to_wire(c: Content) -> dict[str, object]:
    """JSON-ready form of any content."""
    return c.to_wire()


def content_from_wire(msg_type: MessageType, obj: object, field: str) -> Content:
    """Strict parse of the content for `msg_type`; errors name `field`."""
    cls = CONTENT_TYPES.get(parse_enum(MessageType, msg_type, "type"))
    assert cls is not None  # every MessageType has a content class
    return cls.from_wire(obj, field)
