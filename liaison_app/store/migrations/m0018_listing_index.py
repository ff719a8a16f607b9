"""An index that counts the message lists without reading a message row.

A list's total (the Inbox of 100k cached messages, shown on the first paint
after unlock) filters on direction and type and leaves restricted records out;
with `messages_listed` those conditions are all answered from the index, so
the count reads a few hundred index pages instead of every encrypted row
(~500 ms -> ~7 ms for 75k incoming messages; bench P5).
"""

from __future__ import annotations

from liaison_app.store.columns import Conn

STATEMENTS = (
    """CREATE INDEX messages_listed ON messages(direction, type, status)
       WHERE restricted_at IS NULL""",
)


def apply(conn: Conn) -> None:
    """Create the index."""
    for statement in STATEMENTS:
        conn.execute(statement)
