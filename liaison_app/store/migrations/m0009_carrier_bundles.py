"""Schema 9: carrier bundles (docs/protocol.md §23, ADR 0014).

- `messages.status` admits `handed_to_carrier`: SQLite cannot alter a CHECK
  constraint, and rebuilding `messages` would cascade into every table that
  refers to it, so the table's stored definition is widened in place (the
  procedure SQLite documents for loosening a CHECK: `writable_schema`, then a
  schema version bump) — existing rows all satisfy the wider rule.
- `bundle_routes`: per carrier route, the last sequence number used.
- `bundles_sent` / `bundle_items`: the bundles this device wrote and the
  messages each carried (their outbox rows stay until delivery is confirmed).
- `bundles_received`: bundles imported here (the acknowledgements owed).
- `carrier_deliveries`: who confirmed having a carried message (an
  acknowledgement, a reply, or a bundle acknowledgement), per device.
- `received_envelopes`: the SHA-256 of each stored incoming envelope, so the
  same envelope arriving again (by bundle and by the hub) is recognised as a
  duplicate and not quarantined as a replay.
"""

from __future__ import annotations

from liaison_app.store.columns import Conn

_OLD_STATUSES = "('draft', 'queued', 'sent', 'delivered', 'read', 'replied', 'failed')"
_NEW_STATUSES = ("('draft', 'queued', 'handed_to_carrier', 'sent', 'delivered', 'read', "
                 "'replied', 'failed')")

STATEMENTS = (
    """CREATE TABLE bundle_routes (
        route       TEXT PRIMARY KEY,
        recipients  TEXT NOT NULL,
        last_seq    INTEGER NOT NULL
    ) WITHOUT ROWID""",
    """CREATE TABLE bundles_sent (
        bundle_id       TEXT PRIMARY KEY,
        route           TEXT NOT NULL,
        seq             INTEGER NOT NULL,
        recipients      TEXT NOT NULL,
        carriers        TEXT NOT NULL,
        devices         TEXT NOT NULL,
        state           TEXT NOT NULL CHECK (state IN ('writing', 'written', 'abandoned')),
        file_name       TEXT NOT NULL,
        file_digest     BLOB,
        created_at      TEXT NOT NULL,
        expires_at      TEXT NOT NULL,
        acknowledged_at TEXT,
        acknowledged_by TEXT
    ) WITHOUT ROWID""",
    """CREATE TABLE bundle_items (
        bundle_id   TEXT NOT NULL REFERENCES bundles_sent(bundle_id) ON DELETE CASCADE,
        message_id  TEXT NOT NULL REFERENCES messages(message_id) ON DELETE CASCADE,
        PRIMARY KEY (bundle_id, message_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX bundle_items_message ON bundle_items(message_id)",
    """CREATE TABLE bundles_received (
        bundle_id       TEXT PRIMARY KEY,
        route           TEXT NOT NULL,
        seq             INTEGER NOT NULL,
        creator_device  TEXT NOT NULL,
        creator_officer TEXT NOT NULL,
        file_digest     BLOB NOT NULL,
        imported_at     TEXT NOT NULL,
        expires_at      TEXT NOT NULL
    ) WITHOUT ROWID""",
    "CREATE INDEX bundles_received_creator ON bundles_received(creator_device, imported_at)",
    """CREATE TABLE carrier_deliveries (
        message_id  TEXT NOT NULL REFERENCES messages(message_id) ON DELETE CASCADE,
        device      TEXT NOT NULL,
        agency      TEXT NOT NULL,
        at          TEXT NOT NULL,
        PRIMARY KEY (message_id, device)
    ) WITHOUT ROWID""",
    """CREATE TABLE received_envelopes (
        message_id  TEXT PRIMARY KEY REFERENCES messages(message_id) ON DELETE CASCADE,
        sha256      BLOB NOT NULL
    ) WITHOUT ROWID""",
)


def _widen_status_check(conn: Conn) -> None:
    row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' "
                       "AND name = 'messages'").fetchone()
    sql = str(row[0])
    if _NEW_STATUSES in sql:
        return
    if sql.count(_OLD_STATUSES) != 1:
        raise RuntimeError("the messages table is not the one schema 1 created")
    version = int(conn.execute("PRAGMA schema_version").fetchone()[0])
    conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' "
                     "AND name = 'messages'", (sql.replace(_OLD_STATUSES, _NEW_STATUSES),))
        conn.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        conn.execute("PRAGMA writable_schema = OFF")


def apply(conn: Conn) -> None:
    """Widen the status rule and create the carrier tables."""
    _widen_status_check(conn)
    for statement in STATEMENTS:
        conn.execute(statement)
