"""Schema 4: the outbox index covers the whole push order (state, due time, enqueue time).

`outbox.next_batch` orders pending rows by `next_attempt_at, enqueued_at, rowid`.
With the index on `(state, next_attempt_at)` alone SQLite sorted every pending
row (envelope blobs included) for each batch, so pushing N queued envelopes
cost O(N^2); with `enqueued_at` in the index the batch is read in order and
the scan stops at the batch size.
"""

from __future__ import annotations

from liaison_app.store.columns import Conn

STATEMENTS = (
    "DROP INDEX IF EXISTS outbox_due",
    "CREATE INDEX outbox_next ON outbox(state, next_attempt_at, enqueued_at)",
)


def apply(conn: Conn) -> None:
    """Replace the outbox due-index with one that also orders by enqueue time."""
    for statement in STATEMENTS:
        conn.execute(statement)
