"""Hub API payloads for attachment blobs (`/v1/blobs`): create, state, acknowledge.

Blob bytes themselves travel as raw `application/octet-stream` bodies (upload
at an offset, download from an offset); these are the JSON around them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from liaison_app.protocol.canonical import JsonValue, b64u_decode, b64u_encode
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.ids import validate_message_id
from liaison_app.protocol.limits import ATTACHMENT_DIGEST_BYTES, MAX_BLOB_BYTES
from liaison_app.protocol.wire import check_keys, expect_int, expect_object

__all__ = ["BlobAckResponse", "BlobCreate", "BlobState", "validate_offset"]

_MAX_OFFSET = 2**53 - 1


def validate_offset(text: str | None, field: str) -> int:
    """A byte offset from a query string: 1-16 decimal digits (0 when absent)."""
    if text is None:
        return 0
    if not text.isdigit() or not 1 <= len(text) <= 16 or (len(text) > 1 and text[0] == "0"):
        raise ValidationError(field, "must be a byte offset (decimal digits)")
    return int(text)


@dataclass(frozen=True, slots=True)
class BlobCreate:
    """`POST /v1/blobs`: the blob's id (the attachment id), ciphertext size and digest."""

    id: str
    size: int
    digest: bytes

    def to_wire(self) -> dict[str, JsonValue]:
        return {"id": self.id, "size": self.size, "digest": b64u_encode(self.digest)}

    @classmethod
    def from_wire(cls, obj: Any) -> BlobCreate:
        o = expect_object(obj, "blob")
        check_keys(o, "blob", frozenset({"id", "size", "digest"}))
        return cls(id=validate_message_id(o["id"], "blob.id"),
                   size=expect_int(o["size"], "blob.size", minimum=1, maximum=_MAX_OFFSET),
                   digest=b64u_decode(o["digest"], "blob.digest", size=ATTACHMENT_DIGEST_BYTES))


@dataclass(frozen=True, slots=True)
class BlobState:
    """Where an upload stands: `offset` bytes of `size` held; `complete` once checked."""

    id: str
    size: int
    offset: int
    complete: bool

    def to_wire(self) -> dict[str, JsonValue]:
        return {"id": self.id, "size": self.size, "offset": self.offset,
                "complete": self.complete}

    @classmethod
    def from_wire(cls, obj: Any) -> BlobState:
        o = expect_object(obj, "blob")
        check_keys(o, "blob", frozenset({"id", "size", "offset", "complete"}))
        size = expect_int(o["size"], "blob.size", minimum=1, maximum=MAX_BLOB_BYTES * 64)
        offset = expect_int(o["offset"], "blob.offset", minimum=0, maximum=size)
        if not isinstance(o["complete"], bool):
            raise ValidationError("blob.complete", "must be true or false")
        return cls(validate_message_id(o["id"], "blob.id"), size, offset, o["complete"])


@dataclass(frozen=True, slots=True)
class BlobAckResponse:
    """`POST /v1/blobs/{id}/ack`: whether the blob is now deleted (every recipient done)."""

    deleted: bool

    def to_wire(self) -> dict[str, JsonValue]:
        return {"deleted": self.deleted}

    @classmethod
    def from_wire(cls, obj: Any) -> BlobAckResponse:
        o = expect_object(obj, "ack")
        check_keys(o, "ack", frozenset({"deleted"}))
        if not isinstance(o["deleted"], bool):
            raise ValidationError("ack.deleted", "must be true or false")
        return cls(o["deleted"])
