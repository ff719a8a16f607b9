"""A running tally of messages by direction, type, status, priority and restriction.

The window counts its lists at every start (the Inbox total on the first page,
the unread and unread-alert badges right after the first paint). Counted
through `messages_listed` those read every index entry of the list: about
15 + 12 ms for 75k received messages on a test laptop, and they grow with the
cache. The tally answers both from a few dozen rows, kept exact by triggers in
the same transaction as every insert, delete and change of a counted column
(bench P5; ADR 0029). It holds counts only: no identifier, no content.

A later migration that rebuilds `messages` must create these triggers again.
"""

from __future__ import annotations

from liaison_app.store.columns import Conn

_KEY = "direction, type, status, priority, restricted"


def _add(row: str) -> str:
    return (f"INSERT INTO message_tally ({_KEY}, n) VALUES ({row}.direction, {row}.type, "  # noqa: S608
            f"{row}.status, {row}.priority, {row}.restricted_at IS NOT NULL, 1) "
            f"ON CONFLICT ({_KEY}) DO UPDATE SET n = n + 1;")


def _remove(row: str) -> str:
    return (f"UPDATE message_tally SET n = n - 1 WHERE direction = {row}.direction "  # noqa: S608
            f"AND type = {row}.type AND status = {row}.status AND priority = {row}.priority "
            f"AND restricted = ({row}.restricted_at IS NOT NULL);")


STATEMENTS = (
    f"""CREATE TABLE message_tally (
        direction  TEXT NOT NULL,
        type       TEXT NOT NULL,
        status     TEXT NOT NULL,
        priority   TEXT NOT NULL,
        restricted INTEGER NOT NULL,
        n          INTEGER NOT NULL,
        PRIMARY KEY ({_KEY})
    ) WITHOUT ROWID""",
    f"""INSERT INTO message_tally ({_KEY}, n)
        SELECT direction, type, status, priority, restricted_at IS NOT NULL, count(*)
          FROM messages GROUP BY 1, 2, 3, 4, 5""",  # noqa: S608 - fixed names
    f"CREATE TRIGGER message_tally_insert AFTER INSERT ON messages BEGIN {_add('new')} END",
    f"CREATE TRIGGER message_tally_delete AFTER DELETE ON messages BEGIN {_remove('old')} END",
    f"""CREATE TRIGGER message_tally_update
        AFTER UPDATE OF direction, type, status, priority, restricted_at ON messages
        WHEN (old.direction, old.type, old.status, old.priority, old.restricted_at IS NULL)
             IS NOT (new.direction, new.type, new.status, new.priority,
                     new.restricted_at IS NULL)
        BEGIN {_remove('old')} {_add('new')} END""",
)


def apply(conn: Conn) -> None:
    """Create the tally, fill it from the messages held, and keep it by triggers."""
    for statement in STATEMENTS:
        conn.execute(statement)
