"""The records an auditor and IT read: refused envelopes (quarantine) and the audit log.

Read models for the Quarantine and Audit pages; never the refused ciphertext,
never the audit entries' raw JSON (`audit_render` words them).
"""

from __future__ import annotations

from liaison_app.services.session import Session
from liaison_app.services.view_types import PAGE_SIZE, AuditSummary, QuarantineSummary
from liaison_app.store import audit, quarantine
from liaison_app.store import view_queries as vq
from liaison_app.store.audit import AuditKind


def quarantine_page(session: Session, *, offset: int = 0,
                    limit: int = PAGE_SIZE) -> list[QuarantineSummary]:
    """Refused envelopes, newest first (reason and detail, never the ciphertext)."""
    return [QuarantineSummary(e.quarantine_id, e.envelope_id, e.reason.value, e.detail,
                              e.received_at, len(e.envelope))
            for e in quarantine.list_entries(session.db, offset=offset, limit=limit)]


def quarantine_count(session: Session) -> int:
    """How many envelopes are quarantined."""
    return quarantine.count(session.db)


def audit_page(session: Session, *, offset: int = 0, limit: int = PAGE_SIZE,
               kind: str | None = None, newest_first: bool = True) -> list[AuditSummary]:
    """A page of the audit log."""
    from liaison_app.services.audit_render import audit_summary

    entries = audit.entries(session.db, offset=offset, limit=limit, newest_first=newest_first,
                            kind=None if kind is None else AuditKind(kind))
    names: dict[str, str] = {}
    return [audit_summary(session.db, e, names) for e in entries]


def audit_count(session: Session, *, kind: str | None = None) -> int:
    """How many audit entries (optionally of one kind)."""
    return vq.audit_total(session.db, None if kind is None else AuditKind(kind))
