"""Schema 12: financial subjects in the cross-checks and the monitoring figures.

- Financial subjects already held are keyed in `subject_match_keys` (their
  IBAN, national account, crypto address, transfer reference, broker's phone
  and the names on them: `matching.financial`), and list entries that carry
  identifiers of those kinds (kept, unmatched, by the clients before) are
  keyed in `watch_keys`.
- `cash_amounts`: each cash subject's amount in the currency's minor unit
  (`store.cash_amounts`), so the monitoring figures add cash up per currency
  in SQL.
- `check_hits_found`: hits found on arrival counted by period.
"""

from __future__ import annotations

import json

from liaison_app.domain.financial import FINANCIAL_KINDS
from liaison_app.store.columns import Conn

FINANCIAL_IDENTIFIERS = ("iban", "account", "crypto", "transfer")

STATEMENTS = (
    """CREATE TABLE cash_amounts (
        subject_row   INTEGER PRIMARY KEY REFERENCES subjects(row_id) ON DELETE CASCADE,
        currency      TEXT NOT NULL,
        amount_minor  INTEGER NOT NULL CHECK (amount_minor >= 0)
    )""",
    "CREATE INDEX check_hits_found ON check_hits(found_at)",
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
        file_cash(conn, int(row_id), parsed)
    for row_id, data in conn.execute("SELECT row_id, data FROM watch_entries").fetchall():
        parsed = json.loads(data)
        kinds = {i.get("kind") for i in parsed.get("identifiers", []) if isinstance(i, dict)}
        if kinds & set(FINANCIAL_IDENTIFIERS):
            conn.executemany(
                "INSERT OR IGNORE INTO watch_keys (key, entry_row) VALUES (?, ?)",
                entry_key_rows(int(row_id), record_from_entry(parsed)))
