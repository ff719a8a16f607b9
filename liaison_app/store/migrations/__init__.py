"""Numbered schema migrations, tracked in `PRAGMA user_version`.

Each migration runs in its own transaction together with the version bump,
so a crash leaves the database at one version or the next, never between.
Add a migration as `mNNNN_name.py` exposing `apply(conn)` and list it below.
A migration's module is imported only when it has to run: opening an
up-to-date cache (every unlock) imports none of them.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from liaison_app.store.columns import Conn
from liaison_app.store.errors import SchemaTooNew

if TYPE_CHECKING:
    from liaison_app.store.database import Database


@dataclass(frozen=True)
class Migration:
    """One schema step: from `version - 1` to `version` (module `mNNNN_<name>`)."""

    version: int
    name: str

    def apply(self, conn: Conn) -> None:
        """Run the step (its module is imported now)."""
        module = importlib.import_module(f"{__name__}.m{self.version:04d}_{self.name}")
        module.apply(conn)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial"),
    Migration(2, "search"),
    Migration(3, "quarantine"),
    Migration(4, "outbox_order"),
    Migration(5, "subject_keys"),
    Migration(6, "attachments"),
    Migration(7, "erasure_tombstones"),
    Migration(8, "seal_at_push"),
    Migration(9, "watchlists"),
    Migration(10, "search_folded"),
    Migration(11, "monitoring"),
    Migration(12, "accountability"),
    Migration(13, "search_prefix"),
    Migration(14, "officers_day"),
    Migration(15, "carrier_bundles"),
    Migration(16, "financial_checks"),
    Migration(17, "operations"),
    Migration(18, "listing_index"),
    Migration(19, "message_tally"),
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
