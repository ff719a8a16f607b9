"""Drafts: keep what an officer is composing, so nothing is lost to Escape, a lock or a crash.

A compose dialog saves its whole state as one JSON document (`kind`, the
layout `version`, its `fields`, and a `heading` the Drafts page lists: the
recipients, the priority and the first words) while the officer types, and
again when it closes. Sending deletes the draft in the very transaction that
queues the message (`compose.Draft.draft_id`). A draft's first save and its
erasure are audited (not every keystroke's save). Drafts are personal data:
inside the encrypted cache only, with a review date `store.drafts.KEEP_DAYS`
after the last edit (or the shorter review period in force); retention erases
them past it like any record (`services.retention_auto`, audited with its
rule) or lists them on the Review page when the policy wants a confirmation.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from liaison_app.services.errors import ServiceError
from liaison_app.services.session import Session
from liaison_app.store import drafts, messages
from liaison_app.store.audit import AuditKind

HEADING_TEXT = 120


@dataclass(frozen=True, slots=True)
class SavedDraft:
    """A draft as saved: what to reopen and how."""

    draft_id: str
    kind: str
    version: int
    about: str | None
    fields: Mapping[str, Any]
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class DraftSummary:
    """One row of the Drafts page."""

    draft_id: str
    kind: str
    about: str | None
    to: tuple[str, ...]
    priority: str
    text: str
    created_at: datetime
    updated_at: datetime


def new_draft_id() -> str:
    """A fresh draft id (random; drafts never travel)."""
    return str(uuid.uuid4())


def heading(to: tuple[str, ...] | list[str], priority: str, text: str) -> dict[str, Any]:
    """The part of a draft document the Drafts page lists."""
    words = " ".join(text.split())
    if len(words) > HEADING_TEXT:
        words = words[:HEADING_TEXT - 1].rstrip() + "…"
    return {"to": [str(t) for t in to], "priority": str(priority), "text": words}


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).replace(microsecond=0)


def save(session: Session, draft_id: str, kind: str, fields: Mapping[str, Any], *,
         version: int, heading: Mapping[str, Any] | None = None, about: str | None = None,
         now: datetime | None = None) -> bool:
    """Save (create or overwrite) a draft; True the first time (audited as its creation)."""
    moment = _now(now)
    document = {"kind": kind, "version": int(version), "fields": dict(fields),
                "heading": dict(heading or {})}
    with session.db.transaction() as conn:
        if about is not None and not messages.exists(conn, about):
            raise ServiceError("The message this draft answers is no longer in this profile.")
        new = drafts.put(conn, draft_id, kind=kind, version=version, document=document,
                         about=about, now=moment)
        if new:
            session.audit(conn, AuditKind.CREATE, f"draft:{draft_id}",
                          {"what": "draft", "kind": kind, **({"about": about} if about else {})},
                          now=moment)
    return new


def load(session: Session, draft_id: str) -> SavedDraft:
    """A saved draft; ServiceError if it is gone (sent, discarded or erased)."""
    row = drafts.get(session.db, draft_id)
    if row is None:
        raise ServiceError("This draft is no longer there: it was sent, discarded or erased.")
    fields = row.document.get("fields")
    return SavedDraft(row.draft_id, row.kind, row.version, row.about,
                      fields if isinstance(fields, dict) else {}, row.updated_at)


def latest_about(session: Session, kind: str, about: str) -> SavedDraft | None:
    """The draft of `kind` (reply, forward, recall) already started about a message, if any."""
    row = drafts.latest_about(session.db, kind, about)
    return None if row is None else load(session, row.draft_id)


def exists(session: Session, draft_id: str) -> bool:
    """Whether the draft is still saved."""
    return drafts.get(session.db, draft_id) is not None


def discard(session: Session, draft_id: str, *, now: datetime | None = None) -> bool:
    """The officer threw the draft away: erase it (audited); False if it was already gone."""
    moment = _now(now)
    with session.db.transaction() as conn:
        row = drafts.get(conn, draft_id)
        if row is None:
            return False
        drafts.delete(conn, draft_id)
        session.audit(conn, AuditKind.ERASE, f"draft:{draft_id}",
                      {"what": "draft", "kind": row.kind, "reason": "discarded by the officer"},
                      now=moment)
    return True


def _summary(row: drafts.DraftRow) -> DraftSummary:
    head = row.document.get("heading")
    head = head if isinstance(head, dict) else {}
    to = head.get("to")
    return DraftSummary(
        draft_id=row.draft_id, kind=row.kind, about=row.about,
        to=tuple(str(t) for t in to) if isinstance(to, list) else (),
        priority=str(head.get("priority") or ""), text=str(head.get("text") or ""),
        created_at=row.created_at, updated_at=row.updated_at)


def listing(session: Session, *, limit: int = 1000) -> list[DraftSummary]:
    """Every draft, the most recently edited first."""
    return [_summary(r) for r in drafts.list_all(session.db, limit=limit)]


def count(session: Session) -> int:
    """How many drafts are saved (the nav entry's count)."""
    return drafts.count(session.db)


@dataclass(frozen=True, slots=True)
class DraftRetention:
    """How long an untouched draft is kept, as the Drafts page states it."""

    #: days after the last edit until the draft is erased (review period plus grace)
    days: int
    #: True: it then waits on the Review page for an officer to confirm the erasure
    confirm: bool


def retention(session: Session) -> DraftRetention:
    """The retention in force for drafts: `store.drafts.keep_days` to the review date,
    plus the policy's grace days before the automatic run erases it (or, under
    `retention_confirm_erasure`, the review date, from which it waits for a confirmation)."""
    from liaison_app.services.retention_auto import current_policy

    policy = current_policy(session)
    keep = drafts.keep_days(session.db)
    return DraftRetention(keep if policy.confirm else keep + policy.grace_days, policy.confirm)
