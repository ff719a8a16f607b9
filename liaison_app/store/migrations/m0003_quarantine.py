"""Schema 3: the quarantine of refused envelopes, and review-date indexes for retention."""

from __future__ import annotations

from liaison_app.store.columns import Conn

STATEMENTS = (
    """CREATE TABLE quarantine (
        quarantine_id INTEGER PRIMARY KEY,
        envelope_id   TEXT,
        envelope      BLOB NOT NULL,
        reason        TEXT NOT NULL,
        detail        TEXT NOT NULL DEFAULT '',
        received_at   TEXT NOT NULL
    )""",
    "CREATE INDEX quarantine_received ON quarantine(received_at)",
    "CREATE INDEX subjects_review ON subjects(review_on) WHERE review_on IS NOT NULL",
    "CREATE INDEX cases_review ON cases(review_on) WHERE review_on IS NOT NULL",
)


def apply(conn: Conn) -> None:
    """Create the quarantine table and the retention indexes."""
    for statement in STATEMENTS:
        conn.execute(statement)
