"""Numbered schema migrations, tracked in `PRAGMA user_version`.

Each migration runs in its own transaction together with the version bump,
so a crash leaves the database at one version or the next, never between.
Add a migration as `mNNNN_name.py` exposing `apply(conn)` and list it below.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from liaison_app.store.columns import Conn
from liaison_app.store.errors import SchemaTooNew
from liaison_app.store.migrations import (
    m0001_initial,
    m0002_search,
    m0003_quarantine,
    m0004_outbox_order,
    m0005_subject_keys,
    m0006_attachments,
    m0007_erasure_tombstones,
    m0008_seal_at_push,
    m0009_watchlists,
    m0010_search_folded,
    m0011_monitoring,
    m0012_accountability,
    m0013_search_prefix,
    m0014_officers_day,
    m0015_carrier_bundles,
    m0016_financial_checks,
    m0017_operations,
)

if TYPE_CHECKING:
    from liaison_app.store.database import Database


@dataclass(frozen=True)
class Migration:
    """One schema step: from `version - 1` to `version`."""

    version: int
    name: str
    apply: Callable[[Conn], None]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial", m0001_initial.apply),
    Migration(2, "search", m0002_search.apply),
    Migration(3, "quarantine", m0003_quarantine.apply),
    Migration(4, "outbox_order", m0004_outbox_order.apply),
    Migration(5, "subject_keys", m0005_subject_keys.apply),
    Migration(6, "attachments", m0006_attachments.apply),
    Migration(7, "erasure_tombstones", m0007_erasure_tombstones.apply),
    Migration(8, "seal_at_push", m0008_seal_at_push.apply),
    Migration(9, "watchlists", m0009_watchlists.apply),
    Migration(10, "search_folded", m0010_search_folded.apply),
    Migration(11, "monitoring", m0011_monitoring.apply),
    Migration(12, "accountability", m0012_accountability.apply),
    Migration(13, "search_prefix", m0013_search_prefix.apply),
    Migration(14, "officers_day", m0014_officers_day.apply),
    Migration(15, "carrier_bundles", m0015_carrier_bundles.apply),
    Migration(16, "financial_checks", m0016_financial_checks.apply),
    Migration(17, "operations", m0017_operations.apply),
)
HEAD = MIGRATIONS[-1].version


def upgrade(db: Database, target: int | None = None) -> int:
    """Apply pending migrations up to `target` (default: head); return the new version."""
    goal = HEAD if target is None else target
    if not 0 <= goal <= HEAD:
        raise ValueError(f"no schema version {goal}; head is {HEAD}")
    current = db.schema_version()
    if current > HEAD:
        raise SchemaTooNew(current, HEAD)
    for migration in MIGRATIONS:
        if current < migration.version <= goal:
            with db.transaction() as tx:
                migration.apply(tx)
                tx.execute(f"PRAGMA user_version = {int(migration.version)}")
            current = migration.version
    return current
