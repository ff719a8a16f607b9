"""Schema 5: the normalised keys of subjects (IBAN, account, crypto address, transfer, phone).

`subject_keys` holds, for each stored subject, the keys `domain.financial.
financial_keys` gives it, so the same account or wallet found in two messages
is recognised ("seen in case ...") and found by search whatever its spelling.
Rows go with their subject (ON DELETE CASCADE), so erasure leaves none behind.
Existing subjects are keyed here; their search terms are refreshed so an IBAN
is also indexed in groups of four.
"""

from __future__ import annotations

import json

from liaison_app.domain.errors import ValidationError
from liaison_app.domain.financial import financial_keys
from liaison_app.domain.subjects import subject_from_wire
from liaison_app.store.columns import Conn
from liaison_app.store.search_terms import subject_terms

STATEMENTS = (
    """CREATE TABLE subject_keys (
        key         TEXT NOT NULL,
        subject_id  TEXT NOT NULL REFERENCES subjects(subject_id) ON DELETE CASCADE,
        PRIMARY KEY (key, subject_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX subject_keys_subject ON subject_keys(subject_id)",
)


def apply(conn: Conn) -> None:
    """Create the key table and key every stored subject that has keys."""
    for statement in STATEMENTS:
        conn.execute(statement)
    rows = conn.execute("SELECT subject_id, data FROM subjects").fetchall()
    for subject_id, data in rows:
        parsed = json.loads(data)
        try:
            keys = financial_keys(subject_from_wire(parsed, "subject"))
        except ValidationError:  # stored as received; an odd one simply has no key
            continue
        conn.executemany("INSERT OR IGNORE INTO subject_keys (key, subject_id) VALUES (?, ?)",
                         [(key, subject_id) for key in sorted(keys)])
        if keys:
            conn.execute("UPDATE subjects SET search_terms = ? WHERE subject_id = ?",
                         (subject_terms(parsed), subject_id))
