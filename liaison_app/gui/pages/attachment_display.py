"""How an attachment looks in lists: its type's icon and name, its size in words."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QIcon

from liaison_app.gui.theme import icon

translate = QCoreApplication.translate

_KINDS = {
    "image/jpeg": str(QT_TRANSLATE_NOOP("AttachmentKind", "JPEG photo")),
    "image/png": str(QT_TRANSLATE_NOOP("AttachmentKind", "PNG image")),
    "image/gif": str(QT_TRANSLATE_NOOP("AttachmentKind", "GIF image")),
    "image/tiff": str(QT_TRANSLATE_NOOP("AttachmentKind", "TIFF scan")),
    "image/webp": str(QT_TRANSLATE_NOOP("AttachmentKind", "WebP image")),
    "image/bmp": str(QT_TRANSLATE_NOOP("AttachmentKind", "Bitmap image")),
    "image/heic": str(QT_TRANSLATE_NOOP("AttachmentKind", "HEIC photo")),
    "image/heif": str(QT_TRANSLATE_NOOP("AttachmentKind", "HEIF photo")),
    "image/avif": str(QT_TRANSLATE_NOOP("AttachmentKind", "AVIF image")),
    "application/pdf": str(QT_TRANSLATE_NOOP("AttachmentKind", "PDF document")),
    "text/plain": str(QT_TRANSLATE_NOOP("AttachmentKind", "Text")),
}


def kind_label(media_type: str) -> str:
    """The type in the officer's language (the media type itself when unknown)."""
    known = _KINDS.get(media_type)
    return media_type if known is None else translate("AttachmentKind", known)


def type_icon(media_type: str) -> QIcon:
    """The icon for a media type: image, PDF, text, or any file."""
    if media_type.startswith("image/"):
        return icon("attach-image")
    if media_type == "application/pdf":
        return icon("attach-pdf")
    if media_type.startswith("text/"):
        return icon("attach-text")
    return icon("attach-file")


def human_size(size: int) -> str:
    """Bytes as the officer reads them: 850 bytes, 12.4 KB, 48.0 MB (decimal units)."""
    if size < 1000:
        return translate("AttachmentSize", "%n byte(s)", "", size)
    for unit, scale in (("KB", 1e3), ("MB", 1e6), ("GB", 1e9)):
        if size < scale * 1000 or unit == "GB":
            return f"{size / scale:.1f} {unit}"
    return f"{size} B"
