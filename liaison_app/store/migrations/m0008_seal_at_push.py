"""Schema 8: messages sealed at push (docs/adr: seal at push).

`addressing` (JSON `{"agencies", "devices"}`) marks an outbox row to be sealed
for those agencies' active devices (and those devices) when it is pushed,
from the directory refreshed in that sync; NULL keeps the old meaning (the
envelope was sealed when queued, as technical acks are). `offered_at` is when
the envelope first went to the hub: from then on it is never re-sealed, since
the hub may hold it. `hold_reason` says why a row is not pushed yet.
"""

from __future__ import annotations

from liaison_app.store.columns import Conn

STATEMENTS = (
    "ALTER TABLE outbox ADD COLUMN addressing TEXT",
    "ALTER TABLE outbox ADD COLUMN offered_at TEXT",
    "ALTER TABLE outbox ADD COLUMN hold_reason TEXT",
)


def apply(conn: Conn) -> None:
    """Add the seal-at-push columns to the outbox."""
    for statement in STATEMENTS:
        conn.execute(statement)
