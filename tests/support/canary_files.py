"""Attachment files for end-to-end tests, with canary strings at start, middle and end.

A canary is a unique ASCII string that must never appear in plaintext anywhere the
software writes (profiles, the hub's directory and logs); only in the files the
officer saved on purpose.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from tests.support.images import exif_tiff, jpeg_with_metadata, synthetic_jpeg_body


@dataclass(frozen=True)
class CanaryFile:
    path: Path
    canaries: tuple[bytes, bytes, bytes]


def _canaries(tag: str) -> tuple[bytes, bytes, bytes]:
    token = secrets.token_hex(6).upper()
    return tuple(f"CANARY-{tag}-{where}-{token}".encode("ascii")  # type: ignore[return-value]
                 for where in ("START", "MIDDLE", "END"))


def _filler(size: int) -> bytes:
    """Incompressible bytes (so nothing downstream can shortcut them), made fast."""
    block = os.urandom(1 << 20)
    return (block * (size // len(block) + 1))[:size]


def jpeg(path: Path, size: int, *, gps: bool = True) -> CanaryFile:
    """A JPEG of `size` bytes: EXIF (with GPS when asked), a comment with the start
    canary, scan data with the middle and end canaries."""
    start, middle, end = _canaries("JPEG")
    comment = b"\xff\xfe" + (len(start) + 2).to_bytes(2, "big") + start
    body = bytearray(synthetic_jpeg_body(size, _filler(64 * 1024)))
    sos = body.index(b"\xff\xda")
    mid = sos + 12 + (len(body) - sos) // 2
    body[mid:mid + len(middle)] = middle
    body[-2 - len(end) - 8:-2 - 8] = end
    data = jpeg_with_metadata(comment + bytes(body), tiff=exif_tiff() if gps else None)
    path.write_bytes(data)
    return CanaryFile(path, (start, middle, end))


def pdf(path: Path, size: int) -> CanaryFile:
    """A PDF-looking file of `size` bytes with canaries in text at start, middle, end."""
    start, middle, end = _canaries("PDF")
    head = b"%PDF-1.7\n% " + start + b"\n1 0 obj << /Length 0 >> stream\n"
    tail = b"\nendstream endobj\n% " + end + b"\n%%EOF\n"
    room = size - len(head) - len(tail)
    body = bytearray(_filler(room))
    at = room // 2
    body[at:at + len(middle)] = middle
    path.write_bytes(head + bytes(body) + tail)
    return CanaryFile(path, (start, middle, end))


def text(path: Path, size: int = 1024) -> CanaryFile:
    """A UTF-8 note of `size` bytes with canaries at start, middle and end."""
    start, middle, end = _canaries("TEXT")
    line = "Lorry NS123AB, false floor behind the cab; 14 people; Horgoš crossing.\n"
    room = size - len(start) - len(middle) - len(end) - 2
    filler = (line * (room // len(line) + 1))[:room].encode("utf-8")[:room]
    half = len(filler) // 2
    path.write_bytes(start + b"\n" + filler[:half] + middle + filler[half:] + b"\n" + end)
    return CanaryFile(path, (start, middle, end))


def scan_for(needles: list[bytes], roots: list[Path]) -> list[str]:
    """Where any needle occurs in any file under `roots` (streamed, overlap-safe)."""
    hits: list[str] = []
    longest = max(len(n) for n in needles)
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            tail = b""
            with path.open("rb") as fh:
                while block := fh.read(4 << 20):
                    window = tail + block
                    hits += [f"{path}: {n.decode()}" for n in needles if n in window]
                    tail = window[-longest:]
    return sorted(set(hits))
