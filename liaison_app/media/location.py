"""Remove location data from an image's metadata without touching its picture.

A photo of a forged passport or a lorry's false floor taken on a phone carries
where it was taken (EXIF GPS), which may expose the officer or a source. The
officer sends it without that by default, or keeps the original as evidence.

What is removed, and how (every other byte stays as it was, so nothing is
re-encoded and the picture is bit-for-bit the same):

- JPEG: in the EXIF segment (APP1 `Exif`), the GPS directory is emptied in
  place: its entry count becomes 0, its entries and every value they point
  to are zeroed (sizes and offsets unchanged, so the rest of the EXIF stays
  valid). An XMP segment (APP1) that mentions GPS is dropped whole.
- PNG: the same inside an `eXIf` chunk (its CRC recomputed); an XMP `iTXt`
  chunk that mentions GPS is dropped.
- TIFF: the same on the file's own directories.

Only the file's head is examined (`HEAD_BYTES`; metadata sits before the
picture data in these formats). Other formats (WebP, HEIF, …) or metadata
this parser cannot follow are reported as `UNCHECKED`: the officer is told.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["HEAD_BYTES", "LocationScan", "LocationState", "scan_location"]

HEAD_BYTES = 4 * 1024 * 1024
"""How much of a file's start is read to find and remove its metadata."""

_GPS_IFD_TAG = 0x8825
_EXIF_IFD_TAG = 0x8769
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8,
               13: 4}
_MAX_IFDS = 16
_XMP_JPEG = b"http://ns.adobe.com/xap/1.0/\x00"
_XMP_EXTENSION = b"http://ns.adobe.com/xmp/extension/\x00"
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class LocationState(StrEnum):
    """What a scan found."""

    REMOVED = "removed"          # location data was there and is gone in `cleaned_head`
    NONE = "none"                # the metadata was read and holds no location data
    UNCHECKED = "unchecked"      # the format or its metadata could not be followed


@dataclass(frozen=True, slots=True)
class LocationScan:
    """The outcome: with REMOVED, `cleaned_head` replaces the first `head_length` bytes."""

    state: LocationState
    cleaned_head: bytes = b""
    head_length: int = 0
    detail: str = ""


class _Unreadable(Exception):
    """The metadata does not parse; reported as UNCHECKED, never guessed at."""


class _Tiff:
    """A TIFF structure (EXIF is one) being edited in place."""

    def __init__(self, data: bytearray) -> None:
        if data[:4] == b"II*\x00":
            self.end = "<"
        elif data[:4] == b"MM\x00*":
            self.end = ">"
        else:
            raise _Unreadable("not a TIFF header")
        self.data = data

    def u16(self, at: int) -> int:
        if at < 0 or at + 2 > len(self.data):
            raise _Unreadable("offset outside the metadata")
        return int(struct.unpack_from(self.end + "H", self.data, at)[0])

    def u32(self, at: int) -> int:
        if at < 0 or at + 4 > len(self.data):
            raise _Unreadable("offset outside the metadata")
        return int(struct.unpack_from(self.end + "I", self.data, at)[0])

    def entries(self, ifd: int) -> list[tuple[int, int, int, int]]:
        """(tag, type, count, value or offset) of each entry of the directory at `ifd`."""
        count = self.u16(ifd)
        if ifd + 2 + 12 * count + 4 > len(self.data):
            raise _Unreadable("directory runs past the metadata")
        at = ifd + 2
        return [(self.u16(at + 12 * i), self.u16(at + 12 * i + 2), self.u32(at + 12 * i + 4),
                 self.u32(at + 12 * i + 8)) for i in range(count)]

    def next_ifd(self, ifd: int) -> int:
        return self.u32(ifd + 2 + 12 * self.u16(ifd))

    def empty(self, ifd: int) -> bool:
        """Zero a directory's out-of-line values, its entries and next pointer; count 0.
        True if it had entries."""
        listed = self.entries(ifd)
        if not listed:
            return False
        for _tag, kind, count, value in listed:
            if kind not in _TYPE_SIZES or count == 0:
                raise _Unreadable("a location entry is malformed")
            size = _TYPE_SIZES[kind] * count
            if size > 4:
                if value + size > len(self.data):
                    raise _Unreadable("a location value lies outside the metadata")
                self.data[value:value + size] = bytes(size)
        span = 2 + 12 * len(listed) + 4
        self.data[ifd:ifd + span] = bytes(span)
        return True


def _zero_gps_in_tiff(data: bytearray) -> bool:
    """Empty every GPS directory of a TIFF structure in place; True if one had entries."""
    tiff = _Tiff(data)
    found = False
    seen: set[int] = set()
    todo = [tiff.u32(4)]
    while todo:
        ifd = todo.pop()
        if ifd == 0 or ifd in seen:
            continue
        if len(seen) >= _MAX_IFDS:
            raise _Unreadable("too many directories")
        seen.add(ifd)
        for tag, _kind, _count, value in tiff.entries(ifd):
            if tag == _GPS_IFD_TAG:
                found |= tiff.empty(value)
            elif tag == _EXIF_IFD_TAG:
                todo.append(value)
        todo.append(tiff.next_ifd(ifd))
    return found


def _jpeg(head: bytes) -> LocationScan:
    out = bytearray()
    pos = 2
    out += head[:2]
    removed = False
    while True:
        if pos + 4 > len(head):
            raise _Unreadable("the metadata goes on past the part read")
        if head[pos] != 0xFF:
            raise _Unreadable("a segment does not start with a marker")
        marker = head[pos + 1]
        if marker == 0xFF:  # fill byte
            out.append(0xFF)
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            out += head[pos:pos + 2]
            pos += 2
            continue
        if marker in (0xDA, 0xD9):  # start of scan / end of image: the metadata is over
            if not removed:
                return LocationScan(LocationState.NONE)
            return LocationScan(LocationState.REMOVED, bytes(out), pos)
        length = int(struct.unpack_from(">H", head, pos + 2)[0])
        end = pos + 2 + length
        if length < 2 or end > len(head):
            raise _Unreadable("a segment runs past the part read")
        payload = head[pos + 4:end]
        if marker == 0xE1 and payload.startswith(b"Exif\x00\x00"):
            tiff = bytearray(payload[6:])
            if _zero_gps_in_tiff(tiff):
                removed = True
                out += head[pos:pos + 4] + b"Exif\x00\x00" + tiff
                pos = end
                continue
        elif marker == 0xE1 and (payload.startswith(_XMP_JPEG)
                                 or payload.startswith(_XMP_EXTENSION)) and b"GPS" in payload:
            removed = True  # dropped whole: XMP has no fixed layout to zero in place
            pos = end
            continue
        out += head[pos:end]
        pos = end


def _png(head: bytes) -> LocationScan:
    out = bytearray(head[:8])
    pos = 8
    removed = False
    while True:
        if pos + 8 > len(head):
            raise _Unreadable("the metadata goes on past the part read")
        length, kind = struct.unpack_from(">I4s", head, pos)
        end = pos + 12 + int(length)
        if kind in (b"IDAT", b"IEND"):
            if not removed:
                return LocationScan(LocationState.NONE)
            return LocationScan(LocationState.REMOVED, bytes(out), pos)
        if end > len(head):
            raise _Unreadable("a chunk runs past the part read")
        data = head[pos + 8:pos + 8 + int(length)]
        if kind == b"eXIf":
            tiff = bytearray(data)
            if _zero_gps_in_tiff(tiff):
                removed = True
                crc = zlib.crc32(kind + bytes(tiff)) & 0xFFFFFFFF
                out += head[pos:pos + 8] + tiff + struct.pack(">I", crc)
                pos = end
                continue
        elif kind == b"iTXt" and data.startswith(b"XML:com.adobe.xmp\x00") and b"GPS" in data:
            removed = True
            pos = end
            continue
        out += head[pos:end]
        pos = end


def _tiff(head: bytes) -> LocationScan:
    tiff = bytearray(head)
    if not _zero_gps_in_tiff(tiff):
        return LocationScan(LocationState.NONE)
    return LocationScan(LocationState.REMOVED, bytes(tiff), len(head))


def scan_location(head: bytes, media_type: str) -> LocationScan:
    """Find location data in `head` (a file's first bytes, up to HEAD_BYTES)."""
    parsers = {"image/jpeg": _jpeg, "image/png": _png, "image/tiff": _tiff}
    parser = parsers.get(media_type)
    if parser is None:
        return LocationScan(LocationState.UNCHECKED,
                            detail="location data cannot be checked in this format")
    if media_type == "image/png" and not head.startswith(_PNG_SIGNATURE):
        return LocationScan(LocationState.UNCHECKED, detail="not a PNG file")
    try:
        return parser(head)
    except (_Unreadable, struct.error) as exc:
        return LocationScan(LocationState.UNCHECKED,
                            detail=f"the image's metadata could not be read ({exc})")
