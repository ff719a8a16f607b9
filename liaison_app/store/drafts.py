"""Drafts: what an officer is composing, one JSON document per dialog, in the encrypted cache.

A draft is `kind` (request, alert, reply, forward, recall), the `version` of
its document's layout, the message it is `about` (for a reply, forward or
recall; the draft is erased with that message) and the `document` itself:
whatever fields the dialog had, as JSON. The store does not look inside the
document, so a dialog may grow new fields (an attachment list) without a
schema change. Drafts live only in SQLCipher pages: never a temp file.

Drafts are personal data with a review date like every record (retention):
`KEEP_DAYS` after the last edit, or the review period in force if shorter
(`review_dates`); each save moves it on. Past it (and the policy's grace) the
automatic retention run erases them (`retention_due.drafts_due`). A draft about
a message that is restricted is hidden with it (not listed, not counted, not
reopened): restriction limits processing, and a reply or forward is processing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
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
from liaison_app.store.review_dates import review_days

DRAFT_KINDS = frozenset({"request", "alert", "reply", "forward", "recall"})
MAX_DOCUMENT_CHARS = 2_000_000
"""A draft larger than this is refused (a message is at most 768 KiB signed)."""
KEEP_DAYS = 30
"""A draft nobody edits comes up for review this many days after its last edit (or
after the review period in force, if shorter)."""
_VISIBLE = """(d.about IS NULL OR NOT EXISTS (
    SELECT 1 FROM messages m WHERE m.message_id = d.about AND m.restricted_at IS NOT NULL))"""


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
    review_on: date


def keep_days(conn: Conn) -> int:
    """Days from a draft's last edit to its review: KEEP_DAYS, or the review period in
    force (IT's policy over the provisioning profile, as the services last wrote it)
    if that is shorter."""
    return max(1, min(KEEP_DAYS, review_days(conn)))


def _row(row: Any) -> DraftRow:
    document = from_json_text(row["document"])
    return DraftRow(
        draft_id=row["draft_id"], kind=row["kind"], version=int(row["version"]),
        about=row["about"], document=document if isinstance(document, dict) else {},
        created_at=from_time_text(row["created_at"]),
        updated_at=from_time_text(row["updated_at"]),
        review_on=date.fromisoformat(row["review_on"]),
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
    review_on = (now + timedelta(days=keep_days(conn))).date().isoformat()
    new = conn.execute("SELECT 1 FROM drafts WHERE draft_id = ?", (draft_id,)).fetchone() is None
    conn.execute(
        """INSERT INTO drafts (draft_id, kind, version, about, document, created_at, updated_at,
                               review_on)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (draft_id) DO UPDATE SET kind = excluded.kind,
               version = excluded.version, about = excluded.about,
               document = excluded.document, updated_at = excluded.updated_at,
               review_on = max(drafts.review_on, excluded.review_on)""",
        (draft_id, kind, int(version), about, text, stamp, stamp, review_on))
    return new


def get(conn: Conn, draft_id: str, *, include_restricted: bool = False) -> DraftRow | None:
    """One draft by id (None too when it is about a restricted message, unless asked)."""
    hidden = "" if include_restricted else f" AND {_VISIBLE}"
    row = conn.execute(f"SELECT * FROM drafts d WHERE draft_id = ?{hidden}",  # noqa: S608
                       (draft_id,)).fetchone()
    return None if row is None else _row(row)


def delete(conn: Conn, draft_id: str) -> bool:
    """Erase a draft; True if there was one."""
    require_transaction(conn)
    return conn.execute("DELETE FROM drafts WHERE draft_id = ?", (draft_id,)).rowcount == 1


def list_all(conn: Conn, *, limit: int = 1000) -> list[DraftRow]:
    """Drafts, the most recently edited first."""
    rows = conn.execute(f"""SELECT * FROM drafts d WHERE {_VISIBLE}
                             ORDER BY updated_at DESC, rowid DESC LIMIT ?""",  # noqa: S608
                        (int(limit),))
    return [_row(r) for r in rows]


def latest_about(conn: Conn, kind: str, about: str) -> DraftRow | None:
    """The most recently edited draft of `kind` about a message (a reply being written)."""
    row = conn.execute(
        f"SELECT * FROM drafts d WHERE about = ? AND kind = ? AND {_VISIBLE} "  # noqa: S608
        "ORDER BY updated_at DESC, rowid DESC LIMIT 1", (about, kind)).fetchone()
    return None if row is None else _row(row)


def count(conn: Conn) -> int:
    """How many drafts there are."""
    return int(conn.execute(
        f"SELECT count(*) FROM drafts d WHERE {_VISIBLE}").fetchone()[0])  # noqa: S608


def due(conn: Conn, on: date, *, limit: int = 500) -> list[DraftRow]:
    """Drafts whose review date is `on` or earlier, oldest first (restricted ones too:
    a draft is never evidence, and goes on its own date)."""
    rows = conn.execute(
        "SELECT * FROM drafts WHERE review_on <= ? ORDER BY review_on, rowid LIMIT ?",
        (on.isoformat(), int(limit)))
    return [_row(r) for r in rows]


def count_due(conn: Conn, on: date) -> int:
    """How many drafts are due on `on`."""
    return int(conn.execute("SELECT count(*) FROM drafts WHERE review_on <= ?",
                            (on.isoformat(),)).fetchone()[0])


def set_review_on(conn: Conn, draft_id: str, until: date) -> bool:
    """Keep a draft longer (an officer's decision on the Review page)."""
    require_transaction(conn)
    return conn.execute("UPDATE drafts SET review_on = ? WHERE draft_id = ?",
                        (until.isoformat(), draft_id)).rowcount == 1
