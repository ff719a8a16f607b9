"""Schema 12: accountability (review dates on messages, restriction, disclosure reasons
remembered per case, forward links, recall relays, and the indexes the transfer record,
the audit export and recall marks read).

- `messages.review_on`: every message gets a review date (retention, LED Art. 5), with
  or without a case; filled here for the messages already stored (a year after they
  were stored, the old default; a case kept longer keeps its messages with it).
- `restricted_at` on messages, subjects and cases: "restrict instead of erase" (kept
  for evidence, hidden from the normal views and from search); `restrictions` keeps the
  officer's reason. Erasing a record drops its restriction (triggers).
- `case_disclosure_basis`: the legal basis and justification last given for a
  disclosure in a case, offered again for the next one.
- `message_forwards`: which message a forward passes on (local only). The officer's-day
  work defines the same table; both create it only if it is missing, so either order of
  the two migrations leaves one table.
- `recall_relays`: a recall passed on to those a message was forwarded to, once each.
- Indexes: recalls by the message they recall, disclosures by time, disclosure and
  push records by message (the transfer record's "sent at", a relayed recall's basis).
"""

from __future__ import annotations

from liaison_app.store.columns import Conn

STATEMENTS = (
    "ALTER TABLE messages ADD COLUMN review_on TEXT",
    "ALTER TABLE messages ADD COLUMN restricted_at TEXT",
    "ALTER TABLE subjects ADD COLUMN restricted_at TEXT",
    "ALTER TABLE cases ADD COLUMN restricted_at TEXT",
    "UPDATE messages SET review_on = date(coalesce(received_at, created_at), '+365 days')",
    "CREATE INDEX messages_review ON messages(review_on) WHERE restricted_at IS NULL",
    "CREATE INDEX messages_restricted ON messages(restricted_at) "
    "WHERE restricted_at IS NOT NULL",
    """CREATE TABLE restrictions (
        kind          TEXT NOT NULL CHECK (kind IN ('case', 'subject', 'message')),
        ref           TEXT NOT NULL,
        reason        TEXT NOT NULL,
        restricted_at TEXT NOT NULL,
        PRIMARY KEY (kind, ref)
    ) WITHOUT ROWID""",
    """CREATE TRIGGER restrictions_message_gone AFTER DELETE ON messages BEGIN
        DELETE FROM restrictions WHERE kind = 'message' AND ref = old.message_id;
    END""",
    """CREATE TRIGGER restrictions_subject_gone AFTER DELETE ON subjects BEGIN
        DELETE FROM restrictions WHERE kind = 'subject' AND ref = old.subject_id;
    END""",
    """CREATE TRIGGER restrictions_case_gone AFTER DELETE ON cases BEGIN
        DELETE FROM restrictions WHERE kind = 'case' AND ref = old.case_ref;
    END""",
    """CREATE TABLE case_disclosure_basis (
        case_ref      TEXT PRIMARY KEY REFERENCES cases(case_ref) ON DELETE CASCADE,
        basis         TEXT NOT NULL,
        justification TEXT NOT NULL,
        updated_at    TEXT NOT NULL
    ) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS message_forwards (
        message_id  TEXT PRIMARY KEY REFERENCES messages(message_id) ON DELETE CASCADE,
        of_message  TEXT NOT NULL
    ) WITHOUT ROWID""",
    "CREATE INDEX IF NOT EXISTS message_forwards_of ON message_forwards(of_message)",
    """CREATE TABLE recall_relays (
        recall_id   TEXT NOT NULL,
        forward_id  TEXT NOT NULL,
        relay_id    TEXT NOT NULL,
        relayed_at  TEXT NOT NULL,
        PRIMARY KEY (recall_id, forward_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX messages_recall_of ON messages(json_extract(content, '$.of_message')) "
    "WHERE type = 'recall'",
    "CREATE INDEX audit_disclosures ON audit(at) WHERE kind IN ('disclose', 'forward')",
    "CREATE INDEX audit_message_object ON audit(object_ref) "
    "WHERE kind IN ('alter', 'disclose', 'forward')",
)


def apply(conn: Conn) -> None:
    """Add the columns, tables, triggers and indexes; give stored messages a review date."""
    for statement in STATEMENTS:
        conn.execute(statement)
