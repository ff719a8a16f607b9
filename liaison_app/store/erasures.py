"""Erasure tombstones: the ids of erased messages, kept only while a replay could pass.

Erasing a message deletes everything about it; a copy of its envelope could
still come back (a hub that serves it again, or one that forgot the id after
its own expiry and accepts a resend). So the id and the erasure time stay here
until no envelope with that id could still be accepted: a receiver refuses
envelopes sealed more than MAX_ENVELOPE_AGE_DAYS ago, and every message was
sealed before it was erased. The receive path treats an id found here exactly
like one found among the stored messages: `replayed`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from liaison_app.protocol.limits import MAX_ENVELOPE_AGE_DAYS
from liaison_app.store.columns import Conn, require_transaction, time_text

KEEP = timedelta(days=MAX_ENVELOPE_AGE_DAYS)
"""How long a tombstone is kept after the erasure."""
_CHUNK = 500


def record(conn: Conn, message_ids: Iterable[str], *, erased_at: datetime) -> None:
    """Remember that these messages were erased (inside the erasing transaction)."""
    require_transaction(conn)
    stamp = time_text(erased_at, "erased_at")
    conn.executemany(
        "INSERT INTO erased_messages (message_id, erased_at) VALUES (?, ?) "
        "ON CONFLICT (message_id) DO UPDATE SET erased_at = excluded.erased_at",
        [(message_id, stamp) for message_id in dict.fromkeys(message_ids)],
    )


def erased(conn: Conn, message_ids: Iterable[str]) -> set[str]:
    """Which of these ids belong to erased messages."""
    ids = list(dict.fromkeys(message_ids))
    found: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        part = ids[start:start + _CHUNK]
        marks = ",".join("?" * len(part))
        found.update(str(row[0]) for row in conn.execute(
            f"SELECT message_id FROM erased_messages WHERE message_id IN ({marks})",  # noqa: S608
            part))
    return found


def purge(conn: Conn, *, now: datetime) -> int:
    """Forget tombstones no replay could use any more; return how many went."""
    require_transaction(conn)
    cursor = conn.execute("DELETE FROM erased_messages WHERE erased_at < ?",
                          (time_text(now - KEEP, "now"),))
    return int(cursor.rowcount)


def count(conn: Conn) -> int:
    """How many tombstones are kept."""
    return int(conn.execute("SELECT count(*) FROM erased_messages").fetchone()[0])
