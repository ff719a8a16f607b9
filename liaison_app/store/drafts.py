"""Drafts: what an officer is composing, one JSON document per dialog, in the encrypted cache.

A draft is `kind` (request, alert, reply, forward, recall), the `version` of
its document's layout, the message it is `about` (for a reply, forward or
recall; the draft is erased with that message) and the `document` itself:
whatever fields the dialog had, as JSON. The store does not look inside the
document, so a dialog may grow new fields (an attachment list) without a
schema change. Drafts live only in SQLCipher pages: never a temp file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from liaison_app.domain.errors import ValidationError
from liaison_app.store.columns import (
    Conn,
    from_json_text,
    from_time_text,
    json_text,
    require_text,
    require_transaction,
    time_text,
)

DRAFT_KINDS = frozenset({"request", "alert", "reply", "forward", "recall"})
MAX_DOCUMENT_CHARS = 2_000_000
"""A draft larger than this is refused (a message is at most 768 KiB signed)."""


@dataclass(frozen=True)
class DraftRow:
    """One stored draft."""

    draft_id: str
    kind: str
    version: int
    about: str | None
    document: Mapping[str, Any]
    created_at: datetime
    updated_at: datetime


def _row(row: Any) -> DraftRow:
    document = from_json_text(row["document"])
    return DraftRow(
        draft_id=row["draft_id"], kind=row["kind"], version=int(row["version"]),
        about=row["about"], document=document if isinstance(document, dict) else {},
        created_at=from_time_text(row["created_at"]),
        updated_at=from_time_text(row["updated_at"]),
    )


def put(conn: Conn, draft_id: str, *, kind: str, version: int, document: Mapping[str, Any],
        now: datetime, about: str | None = None) -> bool:
    """Create or replace a draft; True if it was new."""
    require_transaction(conn)
    require_text(draft_id, "draft_id")
    if kind not in DRAFT_KINDS:
        raise ValidationError("kind", f"no draft kind {kind!r}")
    text = json_text(dict(document), "document")
    if len(text) > MAX_DOCUMENT_CHARS:
        raise ValidationError("document", "the draft is too large to keep")
    stamp = time_text(now, "now")
    new = conn.execute("SELECT 1 FROM drafts WHERE draft_id = ?", (draft_id,)).fetchone() is None
    conn.execute(
        """INSERT INTO drafts (draft_id, kind, version, about, document, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (draft_id) DO UPDATE SET kind = excluded.kind,
               version = excluded.version, about = excluded.about,
               document = excluded.document, updated_at = excluded.updated_at""",
        (draft_id, kind, int(version), about, text, stamp, stamp))
    return new


def get(conn: Conn, draft_id: str) -> DraftRow | None:
    """One draft by id."""
    row = conn.execute("SELECT * FROM drafts WHERE draft_id = ?", (draft_id,)).fetchone()
    return None if row is None else _row(row)


def delete(conn: Conn, draft_id: str) -> bool:
    """Erase a draft; True if there was one."""
    require_transaction(conn)
    return conn.execute("DELETE FROM drafts WHERE draft_id = ?", (draft_id,)).rowcount == 1


def list_all(conn: Conn, *, limit: int = 1000) -> list[DraftRow]:
    """Drafts, the most recently edited first."""
    rows = conn.execute("SELECT * FROM drafts ORDER BY updated_at DESC, rowid DESC LIMIT ?",
                        (int(limit),))
    return [_row(r) for r in rows]


def latest_about(conn: Conn, kind: str, about: str) -> DraftRow | None:
    """The most recently edited draft of `kind` about a message (a reply being written)."""
    row = conn.execute(
        "SELECT * FROM drafts WHERE about = ? AND kind = ? ORDER BY updated_at DESC, rowid DESC "
        "LIMIT 1", (about, kind)).fetchone()
    return None if row is None else _row(row)


def count(conn: Conn) -> int:
    """How many drafts there are."""
    return int(conn.execute("SELECT count(*) FROM drafts").fetchone()[0])


def not_edited_since(conn: Conn, before: datetime) -> list[DraftRow]:
    """Drafts last edited before `before` (retention)."""
    rows = conn.execute("SELECT * FROM drafts WHERE updated_at < ? ORDER BY updated_at",
                        (time_text(before, "before"),))
    return [_row(r) for r in rows]
