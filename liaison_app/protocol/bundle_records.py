"""The records inside a bundle's body (docs/protocol.md §28.4), before encryption.

The body's plaintext is one byte stream of records, padded with zeros to whole
chunks and then encrypted chunk by chunk::

    0x45 'E' ‖ length (u32) ‖ envelope (canonical JSON, ≤ 1 MiB)
    0x42 'B' ‖ attachment id (36 ASCII bytes) ‖ length (u64) ‖ blob ciphertext
    0x00     end; only zero bytes may follow

Envelopes come first, then blobs. `RecordReader` parses the stream as it is
decrypted, handing blob bytes on piece by piece so a large blob is never whole
in memory. No I/O here.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass

from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.ids import validate_message_id
from liaison_app.protocol.limits import MAX_BLOB_BYTES, MAX_ENVELOPE_BYTES

__all__ = ["END", "BlobSink", "RecordReader", "blob_record_head", "envelope_record"]

ENVELOPE = 0x45
BLOB = 0x42
END = b"\x00"
_ID_BYTES = 36
_U32 = struct.Struct(">I")
_U64 = struct.Struct(">Q")


def envelope_record(envelope: bytes) -> bytes:
    """One envelope as a record."""
    if not 0 < len(envelope) <= MAX_ENVELOPE_BYTES:
        raise ValidationError("envelope", f"must be 1 to {MAX_ENVELOPE_BYTES} bytes")
    return bytes([ENVELOPE]) + _U32.pack(len(envelope)) + envelope


def blob_record_head(blob_id: str, size: int) -> bytes:
    """The start of a blob record; the `size` ciphertext bytes follow it."""
    validate_message_id(blob_id, "blob id")
    if not 0 < size <= MAX_BLOB_BYTES:
        raise ValidationError("blob", f"must be 1 to {MAX_BLOB_BYTES} bytes")
    return bytes([BLOB]) + blob_id.encode("ascii") + _U64.pack(size)


@dataclass(slots=True)
class BlobSink:
    """Where a blob's bytes go while the body is read: `write(piece)` then `close()`."""

    write: Callable[[bytes], object]
    close: Callable[[], object]


class RecordReader:
    """Parse the body plaintext as it arrives (`feed`), then `finish` at the stream's end.

    `on_envelope(bytes)` gets each envelope; `on_blob(id, size)` returns the sink
    for that blob's bytes. Any fault raises ValidationError naming it.
    """

    def __init__(self, on_envelope: Callable[[bytes], None],
                 on_blob: Callable[[str, int], BlobSink]) -> None:
        self._on_envelope = on_envelope
        self._on_blob = on_blob
        self._buf = bytearray()
        self._blob_left = 0
        self._sink: BlobSink | None = None
        self._ended = False
        self._in_blobs = False

    def feed(self, data: bytes) -> None:
        """Take the next plaintext bytes."""
        view = memoryview(data)
        while view:
            if self._ended:
                if any(view):
                    raise ValidationError("body", "holds bytes after its end record")
                return
            if self._sink is not None:
                take = min(self._blob_left, len(view))
                self._sink.write(bytes(view[:take]))
                self._blob_left -= take
                view = view[take:]
                if self._blob_left == 0:
                    self._sink.close()
                    self._sink = None
                continue
            self._buf += view
            view = memoryview(b"")
            rest = self._records()
            if rest:
                view = memoryview(rest)

    def _records(self) -> bytes:
        """Parse complete records from the buffer; return blob bytes to pass on."""
        while self._buf and not self._ended:
            kind = self._buf[0]
            if kind == 0:
                self._ended = True
                tail = bytes(self._buf[1:])
                self._buf.clear()
                if any(tail):
                    raise ValidationError("body", "holds bytes after its end record")
                return b""
            if kind == ENVELOPE:
                if self._in_blobs:
                    raise ValidationError("body", "an envelope follows a blob")
                if len(self._buf) < 5:
                    return b""
                (length,) = _U32.unpack_from(self._buf, 1)
                if not 0 < length <= MAX_ENVELOPE_BYTES:
                    raise ValidationError("body", f"an envelope record of {length} bytes")
                if len(self._buf) < 5 + length:
                    return b""
                envelope = bytes(self._buf[5:5 + length])
                del self._buf[:5 + length]
                self._on_envelope(envelope)
            elif kind == BLOB:
                head = 1 + _ID_BYTES + 8
                if len(self._buf) < head:
                    return b""
                try:
                    blob_id = validate_message_id(
                        bytes(self._buf[1:1 + _ID_BYTES]).decode("ascii"), "blob id")
                except UnicodeDecodeError as exc:
                    raise ValidationError("body", "a blob record's id is not ASCII") from exc
                (size,) = _U64.unpack_from(self._buf, 1 + _ID_BYTES)
                if not 0 < size <= MAX_BLOB_BYTES:
                    raise ValidationError("body", f"a blob record of {size} bytes")
                del self._buf[:head]
                self._in_blobs = True
                self._sink = self._on_blob(blob_id, size)
                self._blob_left = size
                rest = bytes(self._buf)
                self._buf.clear()
                return rest
            else:
                raise ValidationError("body", f"unknown record type 0x{kind:02x}")
        return b""

    def finish(self) -> None:
        """The stream ended: it must have ended with the end record."""
        if not self._ended or self._sink is not None:
            raise ValidationError("body", "ends before its end record")
