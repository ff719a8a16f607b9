"""Schema 7: erasure tombstones, so an erased message delivered again is a replay.

Only the id and the erasure time are kept, and only until no envelope carrying
that id could still be accepted (`store.erasures`).
"""

from __future__ import annotations

from liaison_app.store.columns import Conn

STATEMENTS = (
    """CREATE TABLE erased_messages (
        message_id  TEXT PRIMARY KEY,
        erased_at   TEXT NOT NULL
    ) WITHOUT ROWID""",
    "CREATE INDEX erased_messages_at ON erased_messages(erased_at)",
)


def apply(conn: Conn) -> None:
    """Create the tombstone table."""
    for statement in STATEMENTS:
        conn.execute(statement)
