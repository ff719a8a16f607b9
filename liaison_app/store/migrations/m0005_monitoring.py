"""Schema 5: case outcomes, when a case was closed, and the exchange record monitoring counts.

`exchanges` holds one row per request, alert or reply and partner agency: who
the partner was, which way it went, when it was exchanged (received here, or
accepted by the hub when sent from here), when its sender signed it, a
request's urgency class and a reply's outcome. No text and no personal data:
only what the monitoring figures count. Triggers on `messages` keep it in step
inside the writing transaction (so every path that stores a message, today's
and tomorrow's, feeds it), and erasing a message erases its rows. Times are
Unix seconds so response times are plain subtraction in SQL.

A message to two agencies is two rows; an outgoing message has no exchange
time until the hub accepts it ("sent"), and loses it again if it fails.
"""

from __future__ import annotations

from liaison_app.store.columns import Conn

STATEMENTS = (
    """CREATE TABLE case_outcomes (
        outcome_id   TEXT PRIMARY KEY,
        case_ref     TEXT NOT NULL REFERENCES cases(case_ref) ON DELETE CASCADE,
        kind         TEXT NOT NULL,
        occurred_on  TEXT NOT NULL,
        count        INTEGER NOT NULL CHECK (count >= 1),
        amount_minor INTEGER CHECK (amount_minor > 0),
        currency     TEXT,
        note         TEXT NOT NULL DEFAULT '',
        recorded_by  TEXT NOT NULL,
        recorded_at  TEXT NOT NULL,
        CHECK ((amount_minor IS NULL) = (currency IS NULL))
    ) WITHOUT ROWID""",
    "CREATE INDEX case_outcomes_case ON case_outcomes(case_ref, occurred_on)",
    "CREATE INDEX case_outcomes_day ON case_outcomes(occurred_on, kind)",
    # -- when a case was closed (cases opened/closed in a period) ---------------
    "ALTER TABLE cases ADD COLUMN closed_at TEXT",
    "UPDATE cases SET closed_at = updated_at WHERE status = 'closed'",
    """CREATE TRIGGER cases_closed_insert AFTER INSERT ON cases
       WHEN new.status = 'closed' BEGIN
        UPDATE cases SET closed_at = new.created_at WHERE case_ref = new.case_ref;
    END""",
    """CREATE TRIGGER cases_closed_update AFTER UPDATE OF status ON cases
       WHEN new.status IS NOT old.status BEGIN
        UPDATE cases SET closed_at = CASE WHEN new.status = 'closed' THEN new.updated_at END
         WHERE case_ref = new.case_ref;
    END""",
    "CREATE INDEX cases_created ON cases(created_at)",
    "CREATE INDEX cases_closed ON cases(closed_at) WHERE closed_at IS NOT NULL",
    # -- the exchange record -----------------------------------------------------
    """CREATE TABLE exchanges (
        message_id  TEXT NOT NULL REFERENCES messages(message_id) ON DELETE CASCADE,
        partner     TEXT NOT NULL,
        direction   TEXT NOT NULL,
        type        TEXT NOT NULL,
        at          INTEGER,
        signed_at   INTEGER NOT NULL,
        urgency     TEXT,
        outcome     TEXT,
        in_reply_to TEXT,
        lead        INTEGER NOT NULL,
        PRIMARY KEY (message_id, partner)
    ) WITHOUT ROWID""",
    """CREATE INDEX exchanges_at ON exchanges(at, type, direction, partner, outcome, lead,
        urgency)""",
    """CREATE INDEX exchanges_partner ON exchanges(partner, at, type, direction, outcome, lead,
        urgency)""",
    """CREATE INDEX exchanges_reply ON exchanges(in_reply_to, partner, type, direction, at,
        signed_at) WHERE in_reply_to IS NOT NULL""",
    """CREATE TRIGGER messages_exchanges_insert AFTER INSERT ON messages
       WHEN new.type IN ('request', 'alert', 'reply') BEGIN
        INSERT OR IGNORE INTO exchanges (message_id, partner, direction, type, at, signed_at,
               urgency, outcome, in_reply_to, lead)
        -- the partners: the recipients' agencies of an outgoing message, the sender's
        -- agency of an incoming one
        SELECT new.message_id, p.value, new.direction, new.type,
               CASE WHEN new.direction = 'incoming' THEN unixepoch(new.received_at)
                    WHEN new.status IN ('sent', 'delivered', 'read', 'replied')
                    THEN unixepoch(new.status_changed_at) END,
               unixepoch(new.created_at),
               CASE new.type WHEN 'request' THEN json_extract(new.content, '$.urgency') END,
               CASE new.type WHEN 'reply' THEN json_extract(new.content, '$.outcome') END,
               new.in_reply_to, p.key = 0
          FROM json_each(CASE new.direction WHEN 'outgoing'
                   THEN json_extract(new.recipients, '$.agencies')
                   ELSE json_array(new.sender_agency) END) AS p
         WHERE p.type = 'text';
    END""",
    """CREATE TRIGGER messages_exchanges_sent AFTER UPDATE OF status ON messages
       WHEN new.direction = 'outgoing' AND new.type IN ('request', 'alert', 'reply')
        AND (new.status IN ('sent', 'delivered', 'read', 'replied'))
            IS NOT (old.status IN ('sent', 'delivered', 'read', 'replied')) BEGIN
        UPDATE exchanges
           SET at = CASE WHEN new.status IN ('sent', 'delivered', 'read', 'replied')
                         THEN unixepoch(new.status_changed_at) END
         WHERE message_id = new.message_id;
    END""",
)

BACKFILL = """
    INSERT OR IGNORE INTO exchanges (message_id, partner, direction, type, at, signed_at,
           urgency, outcome, in_reply_to, lead)
    SELECT m.message_id, p.value, m.direction, m.type,
           CASE WHEN m.direction = 'incoming' THEN unixepoch(m.received_at)
                WHEN m.status IN ('sent', 'delivered', 'read', 'replied')
                THEN unixepoch(COALESCE(o.sent_at, m.status_changed_at)) END,
           unixepoch(m.created_at),
           CASE m.type WHEN 'request' THEN json_extract(m.content, '$.urgency') END,
           CASE m.type WHEN 'reply' THEN json_extract(m.content, '$.outcome') END,
           m.in_reply_to, p.key = 0
      FROM messages AS m
      LEFT JOIN outbox AS o ON o.message_id = m.message_id
      JOIN json_each(CASE m.direction WHEN 'outgoing'
                          THEN json_extract(m.recipients, '$.agencies')
                          ELSE json_array(m.sender_agency) END) AS p
     WHERE m.type IN ('request', 'alert', 'reply') AND p.type = 'text'
"""


def apply(conn: Conn) -> None:
    """Create the outcome and exchange tables, their triggers, and fill them from the cache."""
    for statement in STATEMENTS:
        conn.execute(statement)
    conn.execute(BACKFILL)
