"""Schema 6: attachments (metadata and keys; the ciphertext is a spool file) and the
journal of spool files to delete after an erasure."""

from __future__ import annotations

from liaison_app.store.columns import Conn

STATEMENTS = (
    """CREATE TABLE attachments (
        attachment_id    TEXT PRIMARY KEY,
        message_id       TEXT NOT NULL REFERENCES messages(message_id) ON DELETE CASCADE,
        position         INTEGER NOT NULL,
        direction        TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
        name             TEXT NOT NULL,
        media_type       TEXT NOT NULL,
        size             INTEGER NOT NULL,
        chunk_size       INTEGER NOT NULL,
        digest           BLOB NOT NULL,
        key              BLOB NOT NULL,
        location_removed INTEGER NOT NULL,
        state            TEXT NOT NULL CHECK (state IN
                         ('remote', 'downloading', 'available', 'failed')),
        uploaded         INTEGER NOT NULL DEFAULT 0,
        hub_released     INTEGER NOT NULL DEFAULT 0,
        failure          TEXT,
        updated_at       TEXT NOT NULL
    ) WITHOUT ROWID""",
    "CREATE INDEX attachments_message ON attachments(message_id, position)",
    "CREATE INDEX attachments_state ON attachments(state, size)",
    """CREATE TABLE attachment_trash (
        attachment_id   TEXT PRIMARY KEY,
        release_pending INTEGER NOT NULL,
        trashed_at      TEXT NOT NULL
    ) WITHOUT ROWID""",
    # Every way a row goes (erasing a message cascades here) leaves its file to delete
    # and, for a received blob the hub still keeps for us, a release to send.
    """CREATE TRIGGER attachments_trash AFTER DELETE ON attachments BEGIN
        INSERT OR REPLACE INTO attachment_trash (attachment_id, release_pending, trashed_at)
        VALUES (old.attachment_id, old.direction = 'incoming' AND old.hub_released = 0,
                strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
    END""",
)


def apply(conn: Conn) -> None:
    """Create the attachment tables and the trash trigger."""
    for statement in STATEMENTS:
        conn.execute(statement)
