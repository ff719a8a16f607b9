"""Schema 13: drafts and the follow-up state of requests.

- `drafts`: what an officer is composing, as one JSON document per dialog
  (kind, version, fields), inside the encrypted database only, with its review
  date (retention: erased automatically past it like any record); a draft about
  a message (a reply, a forward, a recall) goes when that message is erased.
- The forward links a conversation follows (`message_forwards`) came with
  schema 12 (accountability), which created the table; nothing here touches it.
- `follow_ups`: per request, the state its answers put it in (awaiting,
  clarification requested, provided, partly answered, refused, withdrawn),
  kept up to date whenever a message of its conversation is stored; filled
  here for the requests already stored.
- `messages_unread`: a partial index of the unread received messages, for the
  unread counts on the navigation, window title and tray.
"""

from __future__ import annotations

from datetime import UTC, datetime

from liaison_app.store.columns import Conn

STATEMENTS = (
    """CREATE TABLE drafts (
        draft_id    TEXT PRIMARY KEY,
        kind        TEXT NOT NULL,
        version     INTEGER NOT NULL,
        about       TEXT REFERENCES messages(message_id) ON DELETE CASCADE,
        document    TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        review_on   TEXT NOT NULL
    )""",
    "CREATE INDEX drafts_updated ON drafts(updated_at)",
    "CREATE INDEX drafts_about ON drafts(about) WHERE about IS NOT NULL",
    "CREATE INDEX drafts_review ON drafts(review_on)",
    """CREATE TABLE follow_ups (
        request_id   TEXT PRIMARY KEY REFERENCES messages(message_id) ON DELETE CASCADE,
        state        TEXT NOT NULL CHECK (state IN ('awaiting', 'clarification', 'provided',
                                                    'partial', 'refused', 'withdrawn')),
        answered_at  TEXT,
        last_answer  TEXT,
        updated_at   TEXT NOT NULL
    ) WITHOUT ROWID""",
    "CREATE INDEX follow_ups_state ON follow_ups(state)",
    # the unread counts beside the navigation (100k cached messages): only unread rows,
    # each with the type the counts filter on, so a count never reads a message row
    """CREATE INDEX messages_unread ON messages(type, priority)
       WHERE direction = 'incoming' AND status = 'delivered'""",
)


def apply(conn: Conn) -> None:
    """Create the tables, then the follow-up state of every stored request."""
    from liaison_app.store import follow_up

    for statement in STATEMENTS:
        conn.execute(statement)
    requests = [str(row[0]) for row in conn.execute(
        "SELECT message_id FROM messages WHERE type = 'request'")]
    follow_up.refresh(conn, requests, now=datetime.now(UTC).replace(microsecond=0))
