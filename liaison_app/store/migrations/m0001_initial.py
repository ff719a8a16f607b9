"""Schema 1: directory cache, cases, subjects, messages, outbox, sync state, settings, audit."""

from __future__ import annotations

from liaison_app.store.columns import Conn

STATEMENTS = (
    # -- directory cache (replaced whole on each new signed directory) --------
    """CREATE TABLE directory_meta (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        version     INTEGER NOT NULL,
        issued_at   TEXT,
        expires_at  TEXT NOT NULL,
        raw         BLOB NOT NULL,
        fetched_at  TEXT NOT NULL
    )""",
    """CREATE TABLE agencies (
        agency_id   TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        country     TEXT NOT NULL
    )""",
    """CREATE TABLE officers (
        officer_id  TEXT PRIMARY KEY,
        agency_id   TEXT NOT NULL REFERENCES agencies(agency_id) ON DELETE CASCADE,
        name        TEXT NOT NULL,
        status      TEXT NOT NULL CHECK (status IN ('active', 'revoked'))
    )""",
    "CREATE INDEX officers_agency ON officers(agency_id)",
    """CREATE TABLE devices (
        device_id   TEXT PRIMARY KEY,
        officer_id  TEXT NOT NULL REFERENCES officers(officer_id) ON DELETE CASCADE,
        sign_key    BLOB NOT NULL,
        box_key     BLOB NOT NULL,
        box_key_sig BLOB,
        status      TEXT NOT NULL CHECK (status IN ('active', 'revoked'))
    )""",
    "CREATE INDEX devices_officer ON devices(officer_id)",
    # -- cases and subjects -------------------------------------------------
    """CREATE TABLE cases (
        case_ref      TEXT PRIMARY KEY,
        title         TEXT NOT NULL,
        crime_area    TEXT NOT NULL,
        status        TEXT NOT NULL,
        review_on     TEXT,
        external_refs TEXT NOT NULL DEFAULT '[]',
        notes         TEXT NOT NULL DEFAULT '',
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
    )""",
    """CREATE TABLE subjects (
        row_id      INTEGER PRIMARY KEY,
        subject_id  TEXT NOT NULL UNIQUE,
        kind        TEXT NOT NULL,
        category    TEXT NOT NULL,
        basis       TEXT NOT NULL,
        label       TEXT NOT NULL,
        data        TEXT NOT NULL,
        review_on   TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    )""",
    # -- messages, both directions ------------------------------------------
    """CREATE TABLE messages (
        row_id            INTEGER PRIMARY KEY,
        message_id        TEXT NOT NULL UNIQUE,
        direction         TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
        type              TEXT NOT NULL,
        status            TEXT NOT NULL CHECK (status IN
                          ('draft', 'queued', 'sent', 'delivered', 'read', 'replied', 'failed')),
        sender_officer    TEXT NOT NULL,
        sender_agency     TEXT NOT NULL,
        sender_device     TEXT NOT NULL,
        recipients        TEXT NOT NULL,
        case_ref          TEXT,
        priority          TEXT NOT NULL,
        handling          TEXT NOT NULL,
        grading           TEXT NOT NULL,
        subjects          TEXT NOT NULL DEFAULT '[]',
        body              TEXT NOT NULL DEFAULT '',
        content           TEXT NOT NULL DEFAULT '{}',
        in_reply_to       TEXT,
        created_at        TEXT NOT NULL,
        received_at       TEXT,
        due_at            TEXT,
        expires_at        TEXT,
        lang              TEXT NOT NULL,
        inner_bytes       BLOB,
        status_changed_at TEXT NOT NULL,
        failure_reason    TEXT
    )""",
    # sort and filter paths of the Inbox/Outbox lists (100k rows, paged in SQL):
    # (direction, sort column) lets a page come straight off an index
    *(f"CREATE INDEX messages_dir_{column} ON messages(direction, {column})"
      for column in ("created_at", "received_at", "due_at", "priority", "status", "type",
                     "sender_agency")),
    "CREATE INDEX messages_status ON messages(status, created_at)",
    "CREATE INDEX messages_type ON messages(type, created_at)",
    "CREATE INDEX messages_case ON messages(case_ref)",
    "CREATE INDEX messages_reply ON messages(in_reply_to) WHERE in_reply_to IS NOT NULL",
    # -- links ----------------------------------------------------------------
    """CREATE TABLE case_messages (
        case_ref    TEXT NOT NULL REFERENCES cases(case_ref) ON DELETE CASCADE,
        message_id  TEXT NOT NULL REFERENCES messages(message_id) ON DELETE CASCADE,
        linked_at   TEXT NOT NULL,
        PRIMARY KEY (case_ref, message_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX case_messages_message ON case_messages(message_id)",
    """CREATE TABLE case_subjects (
        case_ref    TEXT NOT NULL REFERENCES cases(case_ref) ON DELETE CASCADE,
        subject_id  TEXT NOT NULL REFERENCES subjects(subject_id) ON DELETE CASCADE,
        role        TEXT NOT NULL DEFAULT '',
        linked_at   TEXT NOT NULL,
        PRIMARY KEY (case_ref, subject_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX case_subjects_subject ON case_subjects(subject_id)",
    """CREATE TABLE message_subjects (
        message_id  TEXT NOT NULL REFERENCES messages(message_id) ON DELETE CASCADE,
        subject_id  TEXT NOT NULL REFERENCES subjects(subject_id) ON DELETE CASCADE,
        PRIMARY KEY (message_id, subject_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX message_subjects_subject ON message_subjects(subject_id)",
    # -- transactional outbox -----------------------------------------------
    """CREATE TABLE outbox (
        message_id      TEXT PRIMARY KEY
                        REFERENCES messages(message_id) ON DELETE CASCADE,
        envelope        BLOB NOT NULL,
        state           TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
        attempts        INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error      TEXT,
        enqueued_at     TEXT NOT NULL,
        sent_at         TEXT
    )""",
    "CREATE INDEX outbox_due ON outbox(state, next_attempt_at)",
    # -- key/value state --------------------------------------------------------
    "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    # -- audit chain (append-only) --------------------------------------------
    """CREATE TABLE audit (
        seq         INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        kind        TEXT NOT NULL,
        actor       TEXT NOT NULL,
        object_ref  TEXT NOT NULL,
        details     TEXT NOT NULL,
        prev_hash   BLOB NOT NULL,
        entry_hash  BLOB NOT NULL,
        sig         BLOB NOT NULL
    )""",
    """CREATE TABLE audit_head (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        seq         INTEGER NOT NULL,
        entry_hash  BLOB NOT NULL
    )""",
    """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    """CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
)


def apply(conn: Conn) -> None:
    """Create the version 1 schema."""
    for statement in STATEMENTS:
        conn.execute(statement)
