"""The media type of a file, from its first bytes (images, PDF) or its name."""

from __future__ import annotations

import mimetypes
import re

__all__ = ["SNIFF_BYTES", "is_image", "media_type_of"]

SNIFF_BYTES = 32
"""How many leading bytes `media_type_of` looks at."""

_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
    (b"%PDF-", 0, "application/pdf"),
    (b"BM", 0, "image/bmp"),
)
_HEIF_BRANDS = {b"heic": "image/heic", b"heix": "image/heic", b"mif1": "image/heif",
                b"avif": "image/avif"}
_PLAIN = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}")
_IMAGES = frozenset({"image/jpeg", "image/png", "image/gif", "image/tiff", "image/webp",
                     "image/bmp", "image/heic", "image/heif", "image/avif"})


def media_type_of(head: bytes, name: str) -> str:
    """`type/subtype` for a file that starts with `head` and is called `name`."""
    for magic, at, kind in _MAGIC:
        if head[at:at + len(magic)] == magic:
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return _HEIF_BRANDS[head[8:12]]
    guessed, _ = mimetypes.guess_type(name, strict=True)
    if guessed:
        plain = guessed.split(";", 1)[0].strip().lower()
        if _PLAIN.fullmatch(plain) and plain not in _IMAGES and plain != "application/pdf":
            return plain  # a name claiming an image or PDF is not believed without magic
    return "application/octet-stream"


def is_image(media_type: str) -> bool:
    """True for the image types the client knows."""
    return media_type in _IMAGES
