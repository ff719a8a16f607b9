"""Schema 11: case outcomes, when a case was closed, and the exchange record monitoring counts.

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
Triggers on `exchanges` keep each request's `answered_at` and the per-day
counts of `exchange_days` and `exchange_months` in step with every insert, send and erasure, so the
figures for a period read the day counts and the period's requests, never
every message (ADR 0016).
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
        answered_at INTEGER,
        response_s  INTEGER,
        PRIMARY KEY (message_id, partner)
    ) WITHOUT ROWID""",
    """CREATE INDEX exchanges_at ON exchanges(type, at, direction, partner, urgency,
        response_s)""",
    """CREATE INDEX exchanges_reply ON exchanges(in_reply_to, partner, type, direction, at,
        signed_at) WHERE in_reply_to IS NOT NULL""",
    # a request's first answer, kept on its row: the first reply from the other side
    # (ours when the hub accepted it, the partner's when they signed it), and the
    # response time in seconds once the request has been sent and answered
    """CREATE INDEX exchanges_response ON exchanges(type, direction, urgency, response_s, at,
        partner) WHERE response_s IS NOT NULL""",
    *(f"""CREATE TRIGGER {name} AFTER {event} ON exchanges
       WHEN {row}.type = '{kind}'{extra} BEGIN
        UPDATE exchanges SET (answered_at, response_s) = (
            SELECT first, max(0, first - exchanges.at) FROM (
                SELECT min(CASE WHEN p.direction = 'outgoing' THEN p.at ELSE p.signed_at END)
                       AS first
                  FROM exchanges AS p
                 WHERE p.in_reply_to = exchanges.message_id AND p.partner = exchanges.partner
                   AND p.type = 'reply' AND p.direction <> exchanges.direction))
         WHERE message_id = {row}.{target} AND partner = {row}.partner AND type = 'request';
    END"""  # noqa: S608 - names and clauses from the fixed table below
      for name, event, row, kind, extra, target in (
          ("exchanges_request_insert", "INSERT", "new", "request", "", "message_id"),
          ("exchanges_request_sent", "UPDATE OF at", "new", "request", "", "message_id"),
          ("exchanges_reply_insert", "INSERT", "new", "reply",
           " AND new.in_reply_to IS NOT NULL", "in_reply_to"),
          ("exchanges_reply_sent", "UPDATE OF at", "new", "reply",
           " AND new.in_reply_to IS NOT NULL", "in_reply_to"),
          ("exchanges_reply_delete", "DELETE", "old", "reply",
           " AND old.in_reply_to IS NOT NULL", "in_reply_to"))),
    # counts per UTC day and per month, partner, direction, type and reply outcome: a
    # period's counts add up whole months and the days at its ends, never every message
    *(f"""CREATE TABLE exchange_{unit}s (
        {unit}      TEXT NOT NULL,
        partner     TEXT NOT NULL,
        direction   TEXT NOT NULL,
        type        TEXT NOT NULL,
        outcome     TEXT NOT NULL,
        messages    INTEGER NOT NULL,
        lead        INTEGER NOT NULL,
        PRIMARY KEY ({unit}, partner, direction, type, outcome)
    ) WITHOUT ROWID""" for unit in ("day", "month")),
    "CREATE INDEX exchange_days_partner ON exchange_days(partner, day)",
    "CREATE INDEX exchange_months_partner ON exchange_months(partner, month)",
    *(f"""CREATE TRIGGER {name} AFTER {event} ON exchanges
       WHEN {row}.at IS NOT NULL BEGIN
        INSERT INTO exchange_days VALUES (date({row}.at, 'unixepoch'), {row}.partner,
               {row}.direction, {row}.type, COALESCE({row}.outcome, ''), {sign}1,
               {sign}{row}.lead)
            ON CONFLICT (day, partner, direction, type, outcome) DO UPDATE
           SET messages = messages + excluded.messages, lead = lead + excluded.lead;
        INSERT INTO exchange_months VALUES (strftime('%Y-%m', {row}.at, 'unixepoch'),
               {row}.partner, {row}.direction, {row}.type, COALESCE({row}.outcome, ''),
               {sign}1, {sign}{row}.lead)
            ON CONFLICT (month, partner, direction, type, outcome) DO UPDATE
           SET messages = messages + excluded.messages, lead = lead + excluded.lead;
    END"""  # noqa: S608 - names and clauses from the fixed table below
      for name, event, row, sign in (
          ("exchanges_days_insert", "INSERT", "new", ""),
          ("exchanges_days_delete", "DELETE", "old", "-"),
          ("exchanges_days_moved_out", "UPDATE OF at", "old", "-"),
          ("exchanges_days_moved_in", "UPDATE OF at", "new", ""))),
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
