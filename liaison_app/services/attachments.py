"""Attachments on compose: encrypt each file straight into the profile's spool.

`prepare` reads the officer's file once, chunk by chunk, and writes only
ciphertext (secretstream under a fresh key) into `<profile>/attachments/`, so
an upload can resume after kill -9 and no plaintext copy ever exists. An image
loses its location data on the way (EXIF GPS, XMP), unless the officer chose
to keep the original as evidence. The references it returns go into the
`Draft`; `compose.queue_message` stores them with the message in its one
transaction. `discard` removes the spool files of a draft that was not queued.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from liaison_app.crypto.attachment_stream import AttachmentRefused, new_attachment_key, seal_stream
from liaison_app.media.location import HEAD_BYTES, LocationState, scan_location
from liaison_app.media.sniff import SNIFF_BYTES, is_image, media_type_of
from liaison_app.protocol.attachment import AttachmentRef, validate_file_name
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.ids import new_message_id
from liaison_app.protocol.limits import (
    ATTACHMENT_CHUNK_BYTES,
    MAX_ATTACHMENT_BYTES,
    MAX_ATTACHMENTS,
)
from liaison_app.services.errors import ServiceError
from liaison_app.services.session import Session
from liaison_app.store.attachment_spool import Spool

__all__ = ["MAX_ATTACHMENTS", "AttachmentFile", "AttachmentTooLarge", "FileFacts",
           "LocationState", "Prepared", "discard", "inspect_file", "new_message_id", "prepare",
           "spool_of"]


class AttachmentTooLarge(ServiceError):
    """A file over the 50 MiB limit (refused before anything is written)."""


@dataclass(frozen=True, slots=True)
class AttachmentFile:
    """A file the officer attached, and whether to send it exactly as it is.

    `data` is for content that exists only in memory (an image pasted from the
    clipboard): it is encrypted from there, never written out first.
    """

    path: Path
    keep_original: bool = False
    name: str | None = None
    data: bytes | None = None

    @property
    def shown_name(self) -> str:
        return self.name or self.path.name


@dataclass(frozen=True, slots=True)
class FileFacts:
    """What the officer sees before sending: type, size, location data."""

    name: str
    media_type: str
    size: int
    location: LocationState
    location_detail: str = ""

    @property
    def is_image(self) -> bool:
        return is_image(self.media_type)


@dataclass(frozen=True, slots=True)
class Prepared:
    """An attachment encrypted into the spool, ready for a Draft."""

    ref: AttachmentRef
    location: LocationState
    """What happened to location data (REMOVED, NONE, UNCHECKED; NONE when kept)."""


def spool_of(session: Session) -> Spool:
    """The session's attachment spool."""
    return Spool(session.profile.attachments)


def _too_large(name: str, size: int) -> AttachmentTooLarge:
    return AttachmentTooLarge(
        f"{name} is {size / 1048576:.1f} MiB; attachments are limited to "
        f"{MAX_ATTACHMENT_BYTES // 1048576} MiB each. Send a smaller file or split it.")


def _open(item: AttachmentFile) -> tuple[BinaryIO, int]:
    if item.data is not None:
        return io.BytesIO(item.data), len(item.data)
    try:
        fh = item.path.open("rb")
    except OSError as exc:
        raise ServiceError("Cannot read {name} ({error}). Check the file and try again.",
                           name=item.path.name, error=exc.strerror or exc) from exc
    size = os.fstat(fh.fileno()).st_size
    return fh, size


def _size(item: AttachmentFile) -> int:
    if item.data is not None:
        return len(item.data)
    try:
        return item.path.stat().st_size
    except OSError as exc:
        raise ServiceError("Cannot read {name} ({error}). Check the file and try again.",
                           name=item.path.name, error=exc.strerror or exc) from exc


def inspect_file(item: AttachmentFile) -> FileFacts:
    """Type, size and location data of a file, without encrypting it (for the list)."""
    shown = validate_file_name(item.shown_name, "name")
    fh, size = _open(item)
    with fh:
        if size > MAX_ATTACHMENT_BYTES:
            raise _too_large(shown, size)
        head = fh.read(HEAD_BYTES)
    media_type = media_type_of(head[:SNIFF_BYTES], shown)
    if not is_image(media_type):
        return FileFacts(shown, media_type, size, LocationState.NONE)
    scan = scan_location(head, media_type)
    return FileFacts(shown, media_type, size, scan.state, scan.detail)


class _EditedReader:
    """The file with its first `head_length` bytes replaced by `head` (location removed)."""

    def __init__(self, fh: BinaryIO, head: bytes, head_length: int) -> None:
        self._fh = fh
        self._head = memoryview(head)
        self._at = 0
        fh.seek(head_length)

    def read(self, n: int) -> bytes:
        if self._at < len(self._head):
            part = bytes(self._head[self._at:self._at + n])
            self._at += len(part)
            if len(part) == n:
                return part
            return part + self._fh.read(n - len(part))
        return self._fh.read(n)


def _encrypt_one(spool: Spool, message_id: str, item: AttachmentFile) -> Prepared:
    name = validate_file_name(item.shown_name, "name")
    fh, size = _open(item)
    with fh:
        if size > MAX_ATTACHMENT_BYTES:
            raise _too_large(name, size)
        head = fh.read(HEAD_BYTES)
        media_type = media_type_of(head[:SNIFF_BYTES], name)
        state = LocationState.NONE
        reader = _EditedReader(fh, b"", 0)
        plain_size = size
        if is_image(media_type) and not item.keep_original:
            scan = scan_location(head, media_type)
            state = scan.state
            if scan.state is LocationState.REMOVED:
                reader = _EditedReader(fh, scan.cleaned_head, scan.head_length)
                plain_size = size - scan.head_length + len(scan.cleaned_head)
        else:
            fh.seek(0)
        key = new_attachment_key()
        attachment_id = new_message_id()
        with spool.writing(attachment_id) as out:
            try:
                digest = seal_stream(reader.read, out.write, size=plain_size,
                                     chunk_size=ATTACHMENT_CHUNK_BYTES, key=key,
                                     message_id=message_id, attachment_id=attachment_id)
            except AttachmentRefused as exc:
                raise ServiceError("{name} changed while it was being encrypted; attach it "
                                   "again once nothing is writing to it.",
                                   name=name) from exc
    ref = AttachmentRef(id=attachment_id, name=name, media_type=media_type, size=plain_size,
                        chunk_size=ATTACHMENT_CHUNK_BYTES, digest=digest, key=key,
                        location_removed=state is LocationState.REMOVED)
    return Prepared(ref, state)


def prepare(session: Session, message_id: str, files: Sequence[AttachmentFile]) -> list[Prepared]:
    """Encrypt `files` into the spool for message `message_id` (all or none).

    Sizes are checked before anything is written; on any failure the spool
    files already written are removed again.
    """
    if len(files) > MAX_ATTACHMENTS:
        raise ServiceError("A message carries at most {count} attachments.",
                           count=MAX_ATTACHMENTS)
    for item in files:
        size = _size(item)
        if size > MAX_ATTACHMENT_BYTES:
            raise _too_large(item.shown_name, size)
    spool = spool_of(session).ensure()
    done: list[Prepared] = []
    try:
        for item in files:
            done.append(_encrypt_one(spool, message_id, item))
    except ValidationError as exc:
        discard(session, [p.ref for p in done])
        raise ServiceError("The file name cannot be sent: {reason}.", reason=exc.reason) from exc
    except BaseException:
        discard(session, [p.ref for p in done])
        raise
    return done


def discard(session: Session, refs: Sequence[AttachmentRef]) -> None:
    """Remove the spool files of attachments that were not queued after all."""
    spool = spool_of(session)
    for ref in refs:
        with contextlib.suppress(OSError):
            spool.remove(ref.id)
