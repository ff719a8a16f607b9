"""Image files with location data for tests: EXIF GPS in JPEG, PNG and TIFF, XMP too.

The EXIF is built by hand (a TIFF structure: IFD0 with Make, Model and a GPS
pointer; a GPS directory with latitude and longitude as rationals stored out
of line), so tests know exactly which bytes are location data.
"""

from __future__ import annotations

import struct
import zlib

MAKE = b"CanaryCam\x00"
MODEL = b"Model-7 evidence\x00"
LAT = ((44, 1), (49, 1), (1234, 100))   # 44°49'12.34" N (Belgrade)
LON = ((20, 1), (27, 1), (5678, 100))


def exif_tiff(*, big_endian: bool = False, gps: bool = True) -> bytes:
    """A TIFF structure: IFD0 (Make, Model, GPS pointer) and a GPS directory."""
    e = ">" if big_endian else "<"
    head = b"MM\x00*" if big_endian else b"II*\x00"
    ifd0_at = 8
    n0 = 3 if gps else 2
    ifd0_size = 2 + 12 * n0 + 4
    make_at = ifd0_at + ifd0_size
    model_at = make_at + len(MAKE)
    gps_at = model_at + len(MODEL)
    gps_entries = 4
    gps_size = 2 + 12 * gps_entries + 4
    lat_at = gps_at + gps_size
    lon_at = lat_at + 24
    out = bytearray(head + struct.pack(e + "I", ifd0_at))
    out += struct.pack(e + "H", n0)
    out += struct.pack(e + "HHII", 0x010F, 2, len(MAKE), make_at)
    out += struct.pack(e + "HHII", 0x0110, 2, len(MODEL), model_at)
    if gps:
        out += struct.pack(e + "HHII", 0x8825, 4, 1, gps_at)
    out += struct.pack(e + "I", 0)
    out += MAKE + MODEL
    if gps:
        out += struct.pack(e + "H", gps_entries)
        ref_n = b"N\x00\x00\x00"
        ref_e = b"E\x00\x00\x00"
        out += struct.pack(e + "HHI", 0x0001, 2, 2) + ref_n
        out += struct.pack(e + "HHII", 0x0002, 5, 3, lat_at)
        out += struct.pack(e + "HHI", 0x0003, 2, 2) + ref_e
        out += struct.pack(e + "HHII", 0x0004, 5, 3, lon_at)
        out += struct.pack(e + "I", 0)
        for num, den in (*LAT, *LON):
            out += struct.pack(e + "II", num, den)
    return bytes(out)


def gps_values(big_endian: bool = False) -> bytes:
    """The latitude rationals as they sit in the file (to check they are gone)."""
    e = ">" if big_endian else "<"
    return b"".join(struct.pack(e + "II", n, d) for n, d in LAT)


def xmp_packet() -> bytes:
    return (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description '
            b'exif:GPSLatitude="44,49.2N" exif:GPSLongitude="20,27.9E"/></rdf:RDF>'
            b'</x:xmpmeta>')


def jpeg_with_metadata(body: bytes, *, tiff: bytes | None = None, xmp: bool = False) -> bytes:
    """SOI, APP1 Exif (and XMP), then `body` (a JPEG's remainder after its SOI)."""
    out = bytearray(b"\xff\xd8")
    if tiff is not None:
        payload = b"Exif\x00\x00" + tiff
        out += b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    if xmp:
        payload = b"http://ns.adobe.com/xap/1.0/\x00" + xmp_packet()
        out += b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    return bytes(out + body)


def synthetic_jpeg_body(size: int, filler: bytes) -> bytes:
    """A JPEG remainder of about `size` bytes: DQT, SOF0, SOS and `filler` repeated, EOI."""
    dqt = b"\xff\xdb\x00\x43\x00" + bytes(range(1, 65))
    sof = b"\xff\xc0\x00\x0b\x08\x00\x10\x00\x10\x01\x01\x11\x00"
    sos = b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00"
    room = max(0, size - len(dqt) - len(sof) - len(sos) - 2)
    scan = (filler * (room // max(1, len(filler)) + 1))[:room].replace(b"\xff", b"\xfe")
    return dqt + sof + sos + scan + b"\xff\xd9"


def png_with_metadata(png: bytes, *, tiff: bytes | None = None, xmp: bool = False) -> bytes:
    """`png` with an eXIf (and an XMP iTXt) chunk inserted after IHDR."""
    ihdr_end = 8 + 8 + 13 + 4
    extra = b""
    if tiff is not None:
        extra += _chunk(b"eXIf", tiff)
    if xmp:
        extra += _chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x00\x00\x00\x00" + xmp_packet())
    return png[:ihdr_end] + extra + png[ihdr_end:]


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def tiny_png() -> bytes:
    """A valid 2x2 grey PNG."""
    raw = b"".join(b"\x00" + bytes([0x80, 0x80]) for _ in range(2))
    ihdr = struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(raw))
            + _chunk(b"IEND", b""))
