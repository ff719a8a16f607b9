"""Attachment references in the inner message, and the ciphertext layout they describe.

An attachment is encrypted once, with its own random key, as a libsodium
secretstream (XChaCha20-Poly1305) in fixed plaintext chunks; the last chunk is
tagged FINAL. The ciphertext (the *blob*) is `header(24) ‖ c_1 ‖ … ‖ c_n` with
`n = max(1, ceil(size / chunk_size))` and `len(c_i) = len(chunk_i) + 17`, so its
length follows from `size` and `chunk_size` alone. The inner message carries,
per attachment, the id (which is also the blob id at the hub), the file name,
the media type, the plaintext size, the chunk size, BLAKE2b-256 of the whole
ciphertext and the key: the sender's inner signature binds all of it. The
outer envelope names only the blob ids. See docs/protocol.md §21.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from liaison_app.domain.checks import NAME_MAX, check_text
from liaison_app.protocol.canonical import JsonValue, b64u_decode, b64u_encode
from liaison_app.protocol.domains import ATTACHMENT_AD_PREFIX
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.ids import validate_message_id
from liaison_app.protocol.limits import (
    ATTACHMENT_DIGEST_BYTES,
    ATTACHMENT_KEY_BYTES,
    MAX_ATTACHMENT_BYTES,
    MAX_ATTACHMENTS,
    MAX_CHUNK_BYTES,
    MIN_CHUNK_BYTES,
    STREAM_ABYTES,
    STREAM_HEADER_BYTES,
)
from liaison_app.protocol.wire import check_keys, expect_list, expect_object

__all__ = [
    "AttachmentRef",
    "attachment_ad",
    "attachments_from_wire",
    "attachments_to_wire",
    "check_attachment_list",
    "chunk_count",
    "ciphertext_size",
    "validate_chunk_size",
    "validate_file_name",
    "validate_media_type",
]

_FIELDS = frozenset({"id", "name", "media_type", "size", "chunk_size", "digest", "key",
                     "location_removed"})
_MEDIA_TYPE_RE = re.compile(
    r"[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}", re.ASCII)
_NAME_REFUSED = frozenset("/\\\x00")


def validate_media_type(value: object, field: str) -> str:
    """A bare lowercase `type/subtype` (no parameters), at most 129 characters."""
    if not isinstance(value, str) or not _MEDIA_TYPE_RE.fullmatch(value):
        raise ValidationError(field, "must be a lowercase media type like image/jpeg")
    return value


def validate_file_name(value: object, field: str) -> str:
    """A file name without a path: single-line text, no `/` `\\`, not `.` or `..`."""
    name = check_text(value, field, max_len=NAME_MAX)
    if any(c in _NAME_REFUSED for c in name) or name in (".", ".."):
        raise ValidationError(field, "must be a file name without a folder")
    return name


def validate_chunk_size(value: object, field: str) -> int:
    """A power of two from 4 KiB to 1 MiB."""
    if (not isinstance(value, int) or isinstance(value, bool)
            or not MIN_CHUNK_BYTES <= value <= MAX_CHUNK_BYTES or value & (value - 1)):
        raise ValidationError(field, f"must be a power of two from {MIN_CHUNK_BYTES} to "
                              f"{MAX_CHUNK_BYTES}")
    return value


def chunk_count(size: int, chunk_size: int) -> int:
    """Chunks in the stream: at least one (an empty file is one empty FINAL chunk)."""
    return max(1, -(-size // chunk_size))


def ciphertext_size(size: int, chunk_size: int) -> int:
    """The exact blob length for `size` plaintext bytes in `chunk_size` chunks."""
    return STREAM_HEADER_BYTES + size + STREAM_ABYTES * chunk_count(size, chunk_size)


def attachment_ad(message_id: str, attachment_id: str) -> bytes:
    """The associated data of every chunk: binds the ciphertext to its message and id."""
    return b"".join((ATTACHMENT_AD_PREFIX, message_id.encode("ascii"), b"\x00",
                     attachment_id.encode("ascii")))


@dataclass(frozen=True, slots=True)
class AttachmentRef:
    """One attachment as the inner message describes it (validated on construction)."""

    id: str
    name: str
    media_type: str
    size: int
    chunk_size: int
    digest: bytes
    key: bytes
    location_removed: bool = False

    def __post_init__(self) -> None:
        validate_message_id(self.id, "id")
        validate_file_name(self.name, "name")
        validate_media_type(self.media_type, "media_type")
        if (not isinstance(self.size, int) or isinstance(self.size, bool)
                or not 0 <= self.size <= MAX_ATTACHMENT_BYTES):
            raise ValidationError("size", f"must be from 0 to {MAX_ATTACHMENT_BYTES} bytes")
        validate_chunk_size(self.chunk_size, "chunk_size")
        if not isinstance(self.digest, bytes) or len(self.digest) != ATTACHMENT_DIGEST_BYTES:
            raise ValidationError("digest", f"must be {ATTACHMENT_DIGEST_BYTES} bytes")
        if not isinstance(self.key, bytes) or len(self.key) != ATTACHMENT_KEY_BYTES:
            raise ValidationError("key", f"must be {ATTACHMENT_KEY_BYTES} bytes")
        if not isinstance(self.location_removed, bool):
            raise ValidationError("location_removed", "must be true or false")

    @property
    def blob_size(self) -> int:
        """The ciphertext's exact length."""
        return ciphertext_size(self.size, self.chunk_size)

    def to_wire(self) -> dict[str, JsonValue]:
        """The JSON-ready object."""
        return {"id": self.id, "name": self.name, "media_type": self.media_type,
                "size": self.size, "chunk_size": self.chunk_size,
                "digest": b64u_encode(self.digest), "key": b64u_encode(self.key),
                "location_removed": self.location_removed}

    @classmethod
    def from_wire(cls, obj: Any, field: str) -> AttachmentRef:
        """Strictly build one from a parsed JSON object; errors name the field."""
        o = expect_object(obj, field)
        check_keys(o, field, _FIELDS)
        p = f"{field}."
        try:
            return cls(
                id=o["id"], name=o["name"], media_type=o["media_type"], size=o["size"],
                chunk_size=o["chunk_size"],
                digest=b64u_decode(o["digest"], "digest", size=ATTACHMENT_DIGEST_BYTES),
                key=b64u_decode(o["key"], "key", size=ATTACHMENT_KEY_BYTES),
                location_removed=o["location_removed"])
        except ValidationError as exc:
            raise ValidationError(p + exc.field, exc.reason) from None


def check_attachment_list(items: tuple[AttachmentRef, ...], field: str) -> None:
    """At most MAX_ATTACHMENTS, each an AttachmentRef, ids unique."""
    if not isinstance(items, tuple) or len(items) > MAX_ATTACHMENTS:
        raise ValidationError(field, f"must be a tuple of at most {MAX_ATTACHMENTS}")
    seen: set[str] = set()
    for i, item in enumerate(items):
        if not isinstance(item, AttachmentRef):
            raise ValidationError(f"{field}[{i}]", "must be an attachment reference")
        if item.id in seen:
            raise ValidationError(f"{field}[{i}].id", "names an attachment twice")
        seen.add(item.id)


def attachments_to_wire(items: tuple[AttachmentRef, ...]) -> list[JsonValue]:
    """The wire list (the caller omits the key when it is empty)."""
    return [a.to_wire() for a in items]


def attachments_from_wire(value: Any, field: str) -> tuple[AttachmentRef, ...]:
    """The wire list when the key is present: 1 to MAX_ATTACHMENTS items (an empty list
    is refused: a message without attachments omits the key, so each message has one
    canonical form)."""
    raw = expect_list(value, field, max_items=MAX_ATTACHMENTS, min_items=1)
    items = tuple(AttachmentRef.from_wire(item, f"{field}[{i}]") for i, item in enumerate(raw))
    check_attachment_list(items, field)
    return items
