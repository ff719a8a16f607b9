"""Arrival checks: every subject of every received message against the lists and the cache.

Runs inside the transaction that stores an inbox page (`receive.store_page`'s
hook), so a message is never stored unchecked: its hits (`store.check_hits`)
and their `combination` audit entries (list, version, entry, score) commit
with it. The message's own subjects are left out of the cache check. The
whole page's subjects are looked up together (`crosscheck.check_records`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from liaison_app.domain.subjects import subject_label, subject_to_wire
from liaison_app.matching.records import record_from_subject
from liaison_app.protocol.message import InnerMessage
from liaison_app.store import audit, check_hits, crosscheck
from liaison_app.store.audit import AuditKind
from liaison_app.store.database import Database
from liaison_app.sync.receive import PageOutcome

__all__ = ["ArrivalChecks"]

PURPOSE = "arrival"


class ArrivalChecks:
    """The store hook that checks a page's messages as they are stored."""

    def __init__(self, actor: str) -> None:
        self.actor = actor

    def __call__(self, conn: Database, stored: Sequence[InnerMessage], now: datetime,
                 outcome: PageOutcome) -> list[audit.AuditItem]:
        entries: list[audit.AuditItem] = []
        where: list[tuple[str, int]] = []
        queries = []
        for inner in stored:
            for index, subject in enumerate(inner.subjects):
                record = record_from_subject(subject_to_wire(subject), subject_label(subject))
                if record is not None:
                    where.append((inner.id, index))
                    queries.append((record, inner.id))
        if not queries:
            return entries
        found = crosscheck.check_records(conn, queries)
        for (message_id, index), hits in zip(where, found, strict=True):
            if hits:
                check_hits.add(conn, message_id, index, hits, now=now)
                outcome.hits += len(hits)
                outcome.strong_hits += sum(h.strong for h in hits)
                entries.extend((AuditKind.COMBINATION, self.actor, message_id,
                                h.audit_details(PURPOSE, subject=index)) for h in hits)
        return entries
