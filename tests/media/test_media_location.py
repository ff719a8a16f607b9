"""Location data removed from photos without touching anything else; media types sniffed."""

from __future__ import annotations

import struct
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liaison_app.media.location import LocationState, scan_location
from liaison_app.media.sniff import is_image, media_type_of
from tests.support.images import (
    MAKE,
    MODEL,
    exif_tiff,
    gps_values,
    jpeg_with_metadata,
    png_with_metadata,
    synthetic_jpeg_body,
    tiny_png,
)


def _differences(a: bytes, b: bytes) -> list[int]:
    assert len(a) == len(b)
    return [i for i in range(len(a)) if a[i] != b[i]]


@pytest.mark.parametrize("big_endian", [False, True])
def test_jpeg_gps_directory_is_emptied_in_place(big_endian: bool) -> None:
    tiff = exif_tiff(big_endian=big_endian)
    original = jpeg_with_metadata(synthetic_jpeg_body(20_000, b"scan"), tiff=tiff)
    scan = scan_location(original, "image/jpeg")
    assert scan.state is LocationState.REMOVED
    cleaned = scan.cleaned_head + original[scan.head_length:]
    assert len(cleaned) == len(original)
    assert gps_values(big_endian) in original and gps_values(big_endian) not in cleaned
    assert MAKE in cleaned and MODEL in cleaned  # the rest of the EXIF stays
    changed = _differences(original, cleaned)
    exif_at = original.index(tiff)
    gps_at = exif_at + tiff.index(b"N\x00\x00\x00") - 10  # the GPS directory's start
    assert changed and min(changed) >= gps_at - 2 and max(changed) < exif_at + len(tiff)
    assert original[exif_at + len(tiff):] == cleaned[exif_at + len(tiff):]  # the picture
    assert scan_location(cleaned, "image/jpeg").state is LocationState.NONE


def test_jpeg_xmp_with_gps_is_dropped() -> None:
    original = jpeg_with_metadata(synthetic_jpeg_body(5000, b"x"), tiff=exif_tiff(gps=False),
                                  xmp=True)
    scan = scan_location(original, "image/jpeg")
    assert scan.state is LocationState.REMOVED
    cleaned = scan.cleaned_head + original[scan.head_length:]
    assert b"GPSLatitude" in original and b"GPS" not in cleaned
    assert cleaned.endswith(original[original.index(b"\xff\xdb"):])


def test_png_exif_and_xmp_and_crc() -> None:
    original = png_with_metadata(tiny_png(), tiff=exif_tiff(), xmp=True)
    scan = scan_location(original, "image/png")
    assert scan.state is LocationState.REMOVED
    cleaned = scan.cleaned_head + original[scan.head_length:]
    assert gps_values() not in cleaned and b"GPSLatitude" not in cleaned
    at = 8
    kinds = []
    while at < len(cleaned):
        length, kind = struct.unpack_from(">I4s", cleaned, at)
        data = cleaned[at + 8:at + 8 + length]
        (crc,) = struct.unpack_from(">I", cleaned, at + 8 + length)
        assert crc == zlib.crc32(kind + data) & 0xFFFFFFFF, kind
        kinds.append(kind)
        at += 12 + length
    assert kinds == [b"IHDR", b"eXIf", b"IDAT", b"IEND"]


def test_tiff_and_nothing_to_remove_and_unknown_formats() -> None:
    assert scan_location(exif_tiff(), "image/tiff").state is LocationState.REMOVED
    plain = jpeg_with_metadata(synthetic_jpeg_body(3000, b"y"), tiff=exif_tiff(gps=False))
    assert scan_location(plain, "image/jpeg").state is LocationState.NONE
    assert scan_location(tiny_png(), "image/png").state is LocationState.NONE
    webp = b"RIFF\x10\x00\x00\x00WEBPVP8 " + bytes(20)
    assert scan_location(webp, "image/webp").state is LocationState.UNCHECKED
    broken = jpeg_with_metadata(b"", tiff=exif_tiff())[:40]  # cut inside the EXIF
    assert scan_location(broken, "image/jpeg").state is LocationState.UNCHECKED


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600), st.sampled_from(["image/jpeg", "image/png", "image/tiff"]))
def test_garbage_never_raises(data: bytes, kind: str) -> None:
    heads = {"image/jpeg": b"\xff\xd8", "image/png": b"\x89PNG\r\n\x1a\n",
             "image/tiff": b"II*\x00"}
    scan = scan_location(heads[kind] + data, kind)
    assert scan.state in LocationState


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 400), st.binary(min_size=1, max_size=4))
def test_corrupted_exif_is_unchecked_or_emptied(at: int, junk: bytes) -> None:
    """A damaged EXIF is either reported unchecked or left with no GPS entry at all (a
    damaged pointer cannot say which bytes it meant; intact files lose every value)."""
    original = bytearray(jpeg_with_metadata(synthetic_jpeg_body(2000, b"z"), tiff=exif_tiff()))
    original[4 + at % 300:4 + at % 300 + len(junk)] = junk
    scan = scan_location(bytes(original), "image/jpeg")
    if scan.state is LocationState.REMOVED:
        cleaned = scan.cleaned_head + bytes(original[scan.head_length:])
        assert scan_location(cleaned, "image/jpeg").state is not LocationState.REMOVED


def test_media_types() -> None:
    assert media_type_of(b"\xff\xd8\xff\xe0", "x.bin") == "image/jpeg"
    assert media_type_of(b"%PDF-1.7", "scan") == "application/pdf"
    assert media_type_of(b"\x89PNG\r\n\x1a\n", "p") == "image/png"
    assert media_type_of(b"RIFF\x00\x00\x00\x00WEBP", "w") == "image/webp"
    assert media_type_of(b"hello", "note.txt") == "text/plain"
    assert media_type_of(b"hello", "fake.jpg") == "application/octet-stream"
    assert media_type_of(b"PK\x03\x04", "report.docx").startswith("application/")
    assert is_image("image/jpeg") and not is_image("application/pdf")
