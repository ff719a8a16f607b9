"""Which message a forward passes on (local only, never on the wire).

A recall of a message must reach everyone it was passed on to (LED Art. 7(3)):
the recall relay (`sync.recall_relay`) finds them here.
"""

from __future__ import annotations

from liaison_app.store.columns import Conn, require_transaction


def record_forward(conn: Conn, message_id: str, of_message: str) -> None:
    """Note that `message_id` forwards `of_message` (in the queueing transaction)."""
    require_transaction(conn)
    conn.execute("INSERT OR IGNORE INTO message_forwards (message_id, of_message) VALUES (?, ?)",
                 (message_id, of_message))


def forwards_of(conn: Conn, of_message: str) -> list[str]:
    """The forwards of `of_message` this profile sent, oldest first."""
    rows = conn.execute(
        """SELECT f.message_id FROM message_forwards f JOIN messages m USING (message_id)
           WHERE f.of_message = ? ORDER BY m.created_at, m.row_id""", (of_message,))
    return [str(row[0]) for row in rows]


def forwarded_from(conn: Conn, message_id: str) -> str | None:
    """The message `message_id` forwards, if it is a forward."""
    row = conn.execute("SELECT of_message FROM message_forwards WHERE message_id = ?",
                       (message_id,)).fetchone()
    return None if row is None else str(row[0])
