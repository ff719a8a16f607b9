"""Schema 13: carrier bundles (docs/protocol.md §28, ADR 0021).

- `messages.status` admits `handed_to_carrier`: SQLite cannot alter a CHECK
  constraint, and rebuilding `messages` would cascade into every table that
  refers to it and drop the triggers later schemas hang on it (search, the
  exchange record, restrictions), so the table's stored definition is widened
  in place (the procedure SQLite documents for loosening a CHECK:
  `writable_schema`, then a schema version bump) — existing rows all satisfy
  the wider rule. The status list is found by its shape, not its exact text,
  so a schema whose list another step widened is widened too, once.
- The exchange record (schema 11) counts an outgoing message from the moment
  it left this officer's hands: the hub accepting it, or a carrier taking it
  (`handed_to_carrier`), whichever came first. A carried request is neither
  "unsent" nor late because the carrier is slow: its response time and its
  limit run from the hand-over, as a pushed one's run from the hub taking it,
  and a later confirmation (`sent`, `delivered`, ...) leaves that moment as it
  is (`messages_exchanges_sent` is replaced).
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

import re

from liaison_app.store.columns import Conn

NEW_STATUS = "handed_to_carrier"
_STATUS_CHECK = re.compile(r"CHECK\s*\(\s*status\s+IN\s*\(([^()]*)\)\s*\)", re.IGNORECASE)
_EXCHANGED = "('handed_to_carrier', 'sent', 'delivered', 'read', 'replied')"

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


def widened_sql(sql: str) -> str | None:
    """`messages`' definition with `handed_to_carrier` admitted after `queued`; None when
    it is admitted already. Refuses a definition without exactly one status list."""
    found = list(_STATUS_CHECK.finditer(sql))
    if len(found) != 1:
        raise RuntimeError("the messages table has no single CHECK on its status; "
                           "this cache was not made by Liaison")
    listed = re.findall(r"'([a-z_]+)'", found[0].group(1))
    if NEW_STATUS in listed:
        return None
    at = listed.index("queued") + 1 if "queued" in listed else len(listed)
    statuses = [*listed[:at], NEW_STATUS, *listed[at:]]
    check = "CHECK (status IN\n                          ({}))".format(
        ", ".join(f"'{s}'" for s in statuses))
    return sql[:found[0].start()] + check + sql[found[0].end():]


def _widen_status_check(conn: Conn) -> None:
    row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' "
                       "AND name = 'messages'").fetchone()
    sql = widened_sql(str(row[0]))
    if sql is None:
        return
    version = int(conn.execute("PRAGMA schema_version").fetchone()[0])
    conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' "
                     "AND name = 'messages'", (sql,))
        conn.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        conn.execute("PRAGMA writable_schema = OFF")


EXCHANGE_SENT = f"""CREATE TRIGGER messages_exchanges_sent AFTER UPDATE OF status ON messages
   WHEN new.direction = 'outgoing' AND new.type IN ('request', 'alert', 'reply')
    AND (new.status IN {_EXCHANGED}) IS NOT (old.status IN {_EXCHANGED}) BEGIN
    UPDATE exchanges
       SET at = CASE WHEN new.status IN {_EXCHANGED}
                     THEN unixepoch(new.status_changed_at) END
     WHERE message_id = new.message_id;
END"""  # noqa: S608 - a fixed status list, no input
"""Schema 11's trigger, with the hand-over to a carrier counted as the message leaving."""


def apply(conn: Conn) -> None:
    """Widen the status rule, create the carrier tables, count a carried message as
    exchanged from its hand-over."""
    _widen_status_check(conn)
    for statement in STATEMENTS:
        conn.execute(statement)
    conn.execute("DROP TRIGGER IF EXISTS messages_exchanges_sent")
    conn.execute(EXCHANGE_SENT)
