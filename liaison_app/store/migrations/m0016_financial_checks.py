"""Financial subjects in the cross-checks and the monitoring figures.

- Financial subjects already held are keyed in `subject_match_keys` (their
  IBAN, national account, crypto address, transfer reference, broker's phone
  and the names on them: `matching.financial`), and list entries that carry
  identifiers of those kinds (kept, unmatched, by the clients before) are
  keyed in `watch_keys`.
- `cash_amounts`: each cash subject of an exchanged message, with the
  message's side and exchange time (kept by a trigger on `exchanges`) and the
  amount in the currency's minor unit (`store.cash_amounts`), so the
  monitoring figures add a period's cash up per currency from an index range.
- `check_hits_found`: hits found on arrival counted by period.
"""

from __future__ import annotations

import json

from liaison_app.domain.financial import FINANCIAL_KINDS
from liaison_app.store.columns import Conn

FINANCIAL_IDENTIFIERS = ("iban", "account", "crypto", "transfer")

STATEMENTS = (
    """CREATE TABLE cash_amounts (
        message_id    TEXT NOT NULL REFERENCES messages(message_id) ON DELETE CASCADE,
        subject_row   INTEGER NOT NULL REFERENCES subjects(row_id) ON DELETE CASCADE,
        direction     TEXT NOT NULL,
        at            INTEGER,
        currency      TEXT NOT NULL,
        amount_minor  INTEGER NOT NULL CHECK (amount_minor >= 0),
        PRIMARY KEY (message_id, subject_row)
    ) WITHOUT ROWID""",
    # a period's cash, all partners, from the index alone
    """CREATE INDEX cash_amounts_at ON cash_amounts(at, direction, currency, amount_minor)
        WHERE at IS NOT NULL""",
    "CREATE INDEX cash_amounts_subject ON cash_amounts(subject_row)",
    # an outgoing message is exchanged when the hub accepts it (and no longer if it fails)
    """CREATE TRIGGER exchanges_cash_at AFTER UPDATE OF at ON exchanges
       WHEN new.lead = 1 BEGIN
        UPDATE cash_amounts SET at = new.at WHERE message_id = new.message_id;
    END""",
    # a period's arrival hits counted from the index alone
    "CREATE INDEX check_hits_found ON check_hits(found_at, source, strong, message_id)",
)


def apply(conn: Conn) -> None:
    """Create the table and index; key and file what the cache already holds."""
    from liaison_app.matching.records import record_from_entry
    from liaison_app.store.cash_amounts import file_cash
    from liaison_app.store.match_index import entry_key_rows, subject_key_rows

    for statement in STATEMENTS:
        conn.execute(statement)
    marks = ",".join("?" * len(FINANCIAL_KINDS))
    rows = conn.execute(
        f"SELECT row_id, data, label FROM subjects WHERE kind IN ({marks})",  # noqa: S608
        list(FINANCIAL_KINDS)).fetchall()
    for row_id, data, label in rows:
        parsed = json.loads(data)
        conn.executemany(
            "INSERT OR IGNORE INTO subject_match_keys (key, subject_row) VALUES (?, ?)",
            subject_key_rows(int(row_id), parsed, str(label)))
    for message_id, subject_id, data in conn.execute(
            """SELECT ms.message_id, s.subject_id, s.data FROM subjects AS s
                 JOIN message_subjects AS ms ON ms.subject_id = s.subject_id
                WHERE s.kind = 'cash'""").fetchall():
        file_cash(conn, str(message_id), str(subject_id), json.loads(data))
    for row_id, data in conn.execute("SELECT row_id, data FROM watch_entries").fetchall():
        parsed = json.loads(data)
        kinds = {i.get("kind") for i in parsed.get("identifiers", []) if isinstance(i, dict)}
        if kinds & set(FINANCIAL_IDENTIFIERS):
            conn.executemany(
                "INSERT OR IGNORE INTO watch_keys (key, entry_row) VALUES (?, ?)",
                entry_key_rows(int(row_id), record_from_entry(parsed)))
