"""Attachments of stored messages: list, view in memory, save (an audited export),
ask for a download, re-encrypt for a forward, and tidy the spool after erasure.

Plaintext exists only in memory (the image viewer, thumbnails) or in a file
the officer chose with "Save as…", which is audited as an export, with the
justification, before the file is written.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from liaison_app.crypto.attachment_stream import (
    AttachmentRefused,
    new_attachment_key,
    open_stream,
    seal_stream,
)
from liaison_app.media.sniff import is_image
from liaison_app.protocol.attachment import AttachmentRef
from liaison_app.protocol.ids import new_message_id
from liaison_app.services.attachments import spool_of
from liaison_app.services.errors import ServiceError
from liaison_app.services.session import Session
from liaison_app.store import attachments, messages
from liaison_app.store.attachment_spool import sweep
from liaison_app.store.attachments import AttachmentRow, AttachmentState
from liaison_app.store.audit import AuditKind

__all__ = [
    "AttachmentView",
    "begin_export",
    "blob_ciphertext",
    "image_loader",
    "list_attachments",
    "read_image",
    "reencrypt_for",
    "request_download",
    "save_attachment",
    "sweep_spool",
    "unique_target",
]

MAX_VIEW_BYTES = 50 * 1024 * 1024
"""Largest image decrypted into memory for the viewer."""


@dataclass(frozen=True, slots=True)
class AttachmentView:
    """What the message pane and `liaison inbox --json` show of an attachment."""

    id: str
    message_id: str
    name: str
    media_type: str
    size: int
    state: str
    failure: str | None
    location_removed: bool
    direction: str
    uploaded: bool

    @property
    def is_image(self) -> bool:
        return is_image(self.media_type)

    def to_json(self) -> dict[str, object]:
        """The CLI's keys: id, name, media_type, size, state (+ failure, location_removed)."""
        return {"id": self.id, "name": self.name, "media_type": self.media_type,
                "size": self.size, "state": self.state, "failure": self.failure,
                "location_removed": self.location_removed}


def _view(row: AttachmentRow) -> AttachmentView:
    return AttachmentView(id=row.ref.id, message_id=row.message_id, name=row.ref.name,
                          media_type=row.ref.media_type, size=row.ref.size,
                          state=row.state.value, failure=row.failure,
                          location_removed=row.ref.location_removed, direction=row.direction,
                          uploaded=row.uploaded)


def list_attachments(session: Session, message_id: str) -> list[AttachmentView]:
    """A message's attachments in order."""
    return [_view(r) for r in attachments.of_message(session.db, message_id)]


def _row_or_fail(session: Session, message_id: str, attachment_id: str) -> AttachmentRow:
    row = attachments.get(session.db, attachment_id)
    if row is None or row.message_id != message_id:
        raise ServiceError("Message {message_id} has no attachment {attachment_id}.",
                           message_id=message_id, attachment_id=attachment_id)
    return row


def _available(session: Session, row: AttachmentRow) -> BinaryIO:
    if row.state is not AttachmentState.AVAILABLE:
        if row.state is AttachmentState.REMOTE:
            raise ServiceError("{name} is still at the hub: download it first.",
                               name=row.ref.name)
        if row.state is AttachmentState.DOWNLOADING:
            raise ServiceError("{name} is still being downloaded.", name=row.ref.name)
        if row.state is AttachmentState.FAILED:
            raise ServiceError("{name} was refused ({reason}).", name=row.ref.name,
                               reason=row.failure or "unknown reason")
        raise ServiceError("{name} is not here.", name=row.ref.name)
    try:
        return spool_of(session).open(row.ref.id)
    except FileNotFoundError as exc:
        raise ServiceError("The encrypted copy of {name} is missing from this profile.",
                           name=row.ref.name) from exc


def image_loader(session: Session, message_id: str, attachment_id: str
                 ) -> Callable[[], bytes]:
    """A call that returns an image's plaintext, decrypted and verified in memory only.

    The checks and the database read happen now; the returned call only reads the
    spool file, so it may run in a worker thread (thumbnails, the viewer).
    """
    row = _row_or_fail(session, message_id, attachment_id)
    if not is_image(row.ref.media_type) or row.ref.size > MAX_VIEW_BYTES:
        raise ServiceError("{name} is not an image that can be shown here; use Save as… "
                           "to open it.", name=row.ref.name)
    _available(session, row).close()
    path = spool_of(session).path(row.ref.id)
    ref = row.ref

    def load() -> bytes:
        try:
            with path.open("rb") as blob:
                return b"".join(open_stream(blob.read, ref, message_id, check_digest=False))
        except AttachmentRefused as exc:
            raise ServiceError("{name} does not verify ({detail}).", name=ref.name,
                               detail=exc.detail) from exc
        except FileNotFoundError as exc:
            raise ServiceError("The encrypted copy of {name} is gone.", name=ref.name) from exc

    return load


def read_image(session: Session, message_id: str, attachment_id: str) -> bytes:
    """An image's plaintext, decrypted and verified in memory only."""
    return image_loader(session, message_id, attachment_id)()


def unique_target(folder: Path, name: str) -> Path:
    """`folder/name`, or `name (2)`, `name (3)`… when that is taken."""
    stem, dot, ext = name.rpartition(".")
    if not stem:
        stem, dot, ext = name, "", ""
    candidate = folder / name
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({n}){dot}{ext}"
        n += 1
    return candidate


def begin_export(session: Session, message_id: str, attachment_id: str, target: Path,
                 justification: str, *, now: datetime | None = None) -> Callable[[], Path]:
    """Audit the export of an attachment to `target` and return the call that writes it.

    The export is audited first (with the justification), here; the returned call
    decrypts the spool file chunk by chunk into a hidden temporary file beside
    `target` and renames it only after every chunk and the digest verified, so a
    refused blob leaves no file behind. It touches no database: it may run in a
    worker thread.
    """
    why = justification.strip()
    if len(why) < 3:
        raise ServiceError("Give the reason for saving this attachment outside Liaison "
                           "(a few words at least).")
    row = _row_or_fail(session, message_id, attachment_id)
    message = messages.get(session.db, message_id)
    target = Path(target).expanduser()
    if not target.parent.is_dir():
        raise ServiceError("The folder {folder} does not exist; choose another place.",
                           folder=target.parent)
    _available(session, row).close()
    with session.db.transaction() as conn:
        session.audit(conn, AuditKind.EXPORT, f"attachment:{attachment_id}", {
            "what": "attachment", "message": message_id, "name": row.ref.name,
            "media_type": row.ref.media_type, "size": row.ref.size,
            "to": str(target), "justification": why[:500],
            "from_agency": message.sender_agency if message else None,
        }, now=now or datetime.now(UTC))
    source = spool_of(session).path(row.ref.id)
    ref = row.ref

    def write() -> Path:
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            with source.open("rb") as blob:
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "wb") as out:
                    for chunk in open_stream(blob.read, ref, message_id, check_digest=False):
                        out.write(chunk)
                    out.flush()
                    os.fsync(out.fileno())
            os.replace(tmp, target)
        except AttachmentRefused as exc:
            raise ServiceError("{name} does not verify ({detail}); nothing was saved.",
                               name=ref.name, detail=exc.detail) from exc
        except OSError as exc:
            raise ServiceError("Cannot write {path} ({error}); choose another place.",
                               path=target, error=exc.strerror or exc) from exc
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        return target

    return write


def save_attachment(session: Session, message_id: str, attachment_id: str, target: Path,
                    justification: str, *, now: datetime | None = None) -> Path:
    """Write the plaintext to `target` (the officer's choice), audited as an export."""
    return begin_export(session, message_id, attachment_id, target, justification, now=now)()


def request_download(session: Session, message_id: str, attachment_id: str | None = None,
                     *, now: datetime | None = None) -> list[AttachmentView]:
    """Ask the sync to fetch these received attachments (all of the message's if None);
    a refused one is tried again. Returns those now waiting."""
    rows = attachments.of_message(session.db, message_id)
    if attachment_id is not None:
        rows = [r for r in rows if r.ref.id == attachment_id]
        if not rows:
            raise ServiceError("Message {message_id} has no attachment {attachment_id}.",
                           message_id=message_id, attachment_id=attachment_id)
    stamp = now or datetime.now(UTC)
    wanted: list[AttachmentView] = []
    with session.db.transaction() as conn:
        for row in rows:
            if row.direction == "incoming" and row.state in (AttachmentState.REMOTE,
                                                             AttachmentState.FAILED):
                attachments.set_state(conn, row.ref.id, AttachmentState.DOWNLOADING, now=stamp)
            if row.state is not AttachmentState.AVAILABLE:
                wanted.append(_view(row))
    return wanted


def reencrypt_for(session: Session, source_message: str, new_message: str,
                  progress: Callable[[str], None] | None = None) -> list[AttachmentRef]:
    """Copies of a message's attachments for a forward: each decrypted chunk by chunk from
    the spool (in memory) and encrypted under a new key for `new_message`. All must be
    here; on failure nothing new stays in the spool."""
    rows = attachments.of_message(session.db, source_message)
    missing = [r.ref.name for r in rows if r.state is not AttachmentState.AVAILABLE]
    if missing:
        raise ServiceError("Download the attachments first ({names}); a forward carries them.",
                           names=", ".join(missing[:3]) + ("…" if len(missing) > 3 else ""))
    spool = spool_of(session)
    out: list[AttachmentRef] = []
    try:
        for row in rows:
            if progress is not None:
                progress(row.ref.name)
            new_id = new_message_id()
            key = new_attachment_key()
            with _available(session, row) as blob, spool.writing(new_id) as sink:
                plain = open_stream(blob.read, row.ref, source_message, check_digest=False)
                buffer = _ChunkReader(plain)
                digest = seal_stream(buffer.read, sink.write, size=row.ref.size,
                                     chunk_size=row.ref.chunk_size, key=key,
                                     message_id=new_message, attachment_id=new_id)
            out.append(AttachmentRef(id=new_id, name=row.ref.name,
                                     media_type=row.ref.media_type, size=row.ref.size,
                                     chunk_size=row.ref.chunk_size, digest=digest, key=key,
                                     location_removed=row.ref.location_removed))
    except AttachmentRefused as exc:
        for ref in out:
            spool.remove(ref.id)
        raise ServiceError("An attachment does not verify ({detail}); not forwarded.",
                           detail=exc.detail) from exc
    except BaseException:
        for ref in out:
            spool.remove(ref.id)
        raise
    return out


class _ChunkReader:
    """`read(n)` over an iterator of byte chunks (decrypted plaintext, in memory)."""

    def __init__(self, chunks: object) -> None:
        self._it = iter(chunks)  # type: ignore[call-overload]
        self._buf = b""

    def read(self, n: int) -> bytes:
        while len(self._buf) < n:
            try:
                self._buf += next(self._it)
            except StopIteration:
                break
        out, self._buf = self._buf[:n], self._buf[n:]
        return out


def blob_ciphertext(session: Session, blob_id: str) -> BinaryIO:
    """The ciphertext of a blob, exactly as uploaded (for carrier bundles)."""
    row = attachments.get(session.db, blob_id)
    if row is None:
        raise ServiceError("There is no attachment {attachment_id} in this profile.",
                           attachment_id=blob_id)
    return _available(session, row)


def sweep_spool(session: Session) -> int:
    """Delete the spool files of erased attachments (after an erasure); how many."""
    return sweep(session.db, spool_of(session), orphans=False)
