"""Attachment rows: metadata and keys of each message's attachments (ciphertext is a
spool file, see `attachment_spool`), their transfer state, and the trash journal.

States of a received attachment: `remote` (at the hub, not wanted yet),
`downloading` (wanted: the sync fetches it, resuming a partial file),
`available` (verified ciphertext in the spool), `failed` (refused: `failure`
says why; nothing of it is kept). An outgoing attachment is `available` from
the moment it is composed; `uploaded` turns 1 when the hub holds the whole blob.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from liaison_app.protocol.attachment import AttachmentRef
from liaison_app.store.columns import Conn, require_transaction, time_text


class AttachmentState(StrEnum):
    """Where an attachment's ciphertext is."""

    REMOTE = "remote"
    DOWNLOADING = "downloading"
    AVAILABLE = "available"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    """One stored attachment."""

    ref: AttachmentRef
    message_id: str
    position: int
    direction: str
    state: AttachmentState
    uploaded: bool
    hub_released: bool
    failure: str | None

    @property
    def attachment_id(self) -> str:
        return self.ref.id


_COLUMNS = ("attachment_id, message_id, position, direction, name, media_type, size, "
            "chunk_size, digest, key, location_removed, state, uploaded, hub_released, "
            "failure")


def _row(row: Any) -> AttachmentRow:
    ref = AttachmentRef(
        id=row["attachment_id"], name=row["name"], media_type=row["media_type"],
        size=int(row["size"]), chunk_size=int(row["chunk_size"]), digest=bytes(row["digest"]),
        key=bytes(row["key"]), location_removed=bool(row["location_removed"]))
    return AttachmentRow(ref=ref, message_id=row["message_id"], position=int(row["position"]),
                         direction=row["direction"], state=AttachmentState(row["state"]),
                         uploaded=bool(row["uploaded"]), hub_released=bool(row["hub_released"]),
                         failure=row["failure"])


def insert(conn: Conn, message_id: str, direction: str, refs: Sequence[AttachmentRef],
           state: AttachmentState, *, now: datetime) -> None:
    """Store a message's attachments in their order."""
    require_transaction(conn)
    stamp = time_text(now, "now")
    conn.executemany(
        f"INSERT INTO attachments ({_COLUMNS}, updated_at) "  # noqa: S608 - fixed columns
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,0,0,NULL,?)",
        [(r.id, message_id, i, direction, r.name, r.media_type, r.size, r.chunk_size,
          r.digest, r.key, int(r.location_removed), state.value, stamp)
         for i, r in enumerate(refs)])


def of_message(conn: Conn, message_id: str) -> list[AttachmentRow]:
    """A message's attachments in order."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM attachments WHERE message_id = ? "  # noqa: S608
        "ORDER BY position", (message_id,))
    return [_row(r) for r in rows]


def refs_of_message(conn: Conn, message_id: str) -> tuple[AttachmentRef, ...]:
    """The references an inner message carries (to rebuild it for sealing)."""
    return tuple(r.ref for r in of_message(conn, message_id))


def get(conn: Conn, attachment_id: str) -> AttachmentRow | None:
    """One attachment by id."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM attachments "  # noqa: S608
                       "WHERE attachment_id = ?", (attachment_id,)).fetchone()
    return None if row is None else _row(row)


def existing(conn: Conn, attachment_ids: Sequence[str]) -> dict[str, str]:
    """Which of these ids are stored already, and for which message."""
    found: dict[str, str] = {}
    ids = list(dict.fromkeys(attachment_ids))
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        marks = ",".join("?" * len(part))
        for row in conn.execute(
                f"SELECT attachment_id, message_id FROM attachments "  # noqa: S608
                f"WHERE attachment_id IN ({marks})", part):
            found[str(row[0])] = str(row[1])
    return found


def set_state(conn: Conn, attachment_id: str, state: AttachmentState, *, now: datetime,
              failure: str | None = None) -> None:
    """Move an attachment to `state` (`failure` is kept only with FAILED)."""
    require_transaction(conn)
    conn.execute(
        "UPDATE attachments SET state = ?, failure = ?, updated_at = ? WHERE attachment_id = ?",
        (state.value, failure if state is AttachmentState.FAILED else None,
         time_text(now, "now"), attachment_id))


def mark_uploaded(conn: Conn, attachment_id: str, *, now: datetime) -> None:
    """The hub holds the whole blob."""
    require_transaction(conn)
    conn.execute("UPDATE attachments SET uploaded = 1, updated_at = ? WHERE attachment_id = ?",
                 (time_text(now, "now"), attachment_id))


def mark_released(conn: Conn, attachment_id: str, *, now: datetime) -> None:
    """The hub was told this device needs the blob no more."""
    require_transaction(conn)
    conn.execute(
        "UPDATE attachments SET hub_released = 1, updated_at = ? WHERE attachment_id = ?",
        (time_text(now, "now"), attachment_id))


def not_uploaded(conn: Conn, message_id: str) -> list[AttachmentRow]:
    """A message's outgoing attachments the hub does not hold whole yet."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM attachments WHERE message_id = ? "  # noqa: S608
        "AND direction = 'outgoing' AND uploaded = 0 ORDER BY position", (message_id,))
    return [_row(r) for r in rows]


def with_uploads_pending(conn: Conn, message_ids: Sequence[str]) -> set[str]:
    """Which of these messages have an attachment the hub does not hold whole yet."""
    found: set[str] = set()
    ids = list(dict.fromkeys(message_ids))
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        marks = ",".join("?" * len(part))
        found.update(str(r[0]) for r in conn.execute(
            f"SELECT DISTINCT message_id FROM attachments WHERE message_id IN ({marks}) "  # noqa: S608
            "AND direction = 'outgoing' AND uploaded = 0", part))
    return found


def to_download(conn: Conn, auto_bytes: int) -> list[AttachmentRow]:
    """Received attachments to fetch now: asked for, or small enough to fetch unasked."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM attachments WHERE direction = 'incoming' AND "  # noqa: S608
        "(state = 'downloading' OR (state = 'remote' AND size <= ?)) "
        "ORDER BY state = 'remote', size", (int(auto_bytes),))
    return [_row(r) for r in rows]


def to_release(conn: Conn) -> list[str]:
    """Received blobs this device has verified but not yet told the hub about."""
    rows = conn.execute(
        "SELECT attachment_id FROM attachments WHERE direction = 'incoming' "
        "AND state = 'available' AND hub_released = 0")
    return [str(r[0]) for r in rows]


def all_ids(conn: Conn) -> set[str]:
    """Every attachment id stored (to find spool files nobody owns)."""
    return {str(r[0]) for r in conn.execute("SELECT attachment_id FROM attachments")}


# -- the trash journal: files to delete, releases to send -------------------------------


def trashed(conn: Conn) -> list[tuple[str, bool]]:
    """(attachment id, hub release pending) of erased attachments."""
    rows = conn.execute("SELECT attachment_id, release_pending FROM attachment_trash")
    return [(str(r[0]), bool(r[1])) for r in rows]


def settle_trash(conn: Conn, attachment_id: str, *, released: bool) -> None:
    """The file is gone; forget the entry, or keep it while a release is still due."""
    require_transaction(conn)
    if released:
        conn.execute("DELETE FROM attachment_trash WHERE attachment_id = ?", (attachment_id,))
    else:
        conn.execute("DELETE FROM attachment_trash WHERE attachment_id = ? "
                     "AND release_pending = 0", (attachment_id,))
