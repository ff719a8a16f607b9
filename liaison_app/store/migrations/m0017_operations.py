"""Schema 13: joint operations: the shared record of signed updates, what waits, what was
refused, and the link to the local case.

`operation_updates` holds every update this copy applied, with its signed header
(canonical JSON), the author's signature, its body (NULL once erased here), its
version vector (the causal past, ADR 0026) and the agencies its author sent it to.
`operation_pending` holds updates whose causal past has not all arrived yet;
`operation_quarantine` the refused ones with their reason. The operation's row caches
what its updates give (title, lead, status, this agency's standing). The local case
(`case_ref`) appears once this agency is a member of an agreed operation; erasing the
case erases the operation's record with it.
"""

from __future__ import annotations

from liaison_app.store.columns import Conn

STATEMENTS = (
    """CREATE TABLE operations (
        operation_id  TEXT PRIMARY KEY,
        ref           TEXT NOT NULL,
        title         TEXT NOT NULL,
        lead          TEXT NOT NULL,
        lead_device   TEXT NOT NULL,
        status        TEXT NOT NULL CHECK (status IN
                      ('proposed', 'agreed', 'active', 'concluded')),
        own_state     TEXT NOT NULL CHECK (own_state IN
                      ('invited', 'member', 'declined', 'left', 'none')),
        case_ref      TEXT,
        proposed_at   TEXT NOT NULL,
        updated_at    TEXT NOT NULL
    ) WITHOUT ROWID""",
    "CREATE INDEX operations_ref ON operations(ref)",
    "CREATE INDEX operations_case ON operations(case_ref) WHERE case_ref IS NOT NULL",
    """CREATE TABLE operation_updates (
        update_id     TEXT PRIMARY KEY,
        operation_id  TEXT NOT NULL REFERENCES operations(operation_id) ON DELETE CASCADE,
        kind          TEXT NOT NULL,
        author_officer TEXT NOT NULL,
        author_agency TEXT NOT NULL,
        author_device TEXT NOT NULL,
        seq           INTEGER NOT NULL,
        clock         INTEGER NOT NULL,
        about         TEXT,
        created_at    TEXT NOT NULL,
        header        TEXT NOT NULL,
        sig           TEXT NOT NULL,
        body          TEXT,
        body_state    TEXT NOT NULL CHECK (body_state IN
                      ('held', 'erased')),
        vv            TEXT NOT NULL,
        addressed     TEXT NOT NULL,
        message_id    TEXT,
        applied_at    TEXT NOT NULL,
        CHECK ((body IS NULL) = (body_state <> 'held'))
    ) WITHOUT ROWID""",
    "CREATE INDEX operation_updates_order ON operation_updates(operation_id, clock, update_id)",
    "CREATE INDEX operation_updates_kind ON operation_updates(operation_id, kind)",
    "CREATE INDEX operation_updates_message ON operation_updates(message_id)",
    """CREATE TABLE operation_deps (
        update_id     TEXT NOT NULL REFERENCES operation_updates(update_id) ON DELETE CASCADE,
        dep_id        TEXT NOT NULL,
        PRIMARY KEY (update_id, dep_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX operation_deps_dep ON operation_deps(dep_id)",
    """CREATE TABLE operation_pending (
        update_id       TEXT PRIMARY KEY,
        operation_id    TEXT NOT NULL,
        item            TEXT NOT NULL,
        carrier_message TEXT,
        carrier_device  TEXT NOT NULL,
        carrier_agency  TEXT NOT NULL,
        received_at     TEXT NOT NULL
    ) WITHOUT ROWID""",
    "CREATE INDEX operation_pending_operation ON operation_pending(operation_id)",
    """CREATE TABLE operation_quarantine (
        row_id          INTEGER PRIMARY KEY,
        operation_id    TEXT NOT NULL,
        update_id       TEXT,
        kind            TEXT NOT NULL,
        author_agency   TEXT NOT NULL,
        author_device   TEXT NOT NULL,
        reason          TEXT NOT NULL,
        detail          TEXT NOT NULL,
        signed          INTEGER NOT NULL,
        carrier_message TEXT,
        carrier_agency  TEXT NOT NULL,
        received_at     TEXT NOT NULL
    )""",
    "CREATE INDEX operation_quarantine_operation ON operation_quarantine(operation_id)",
    "CREATE INDEX operation_quarantine_update ON operation_quarantine(update_id)",
    """CREATE TABLE operation_ingested (
        message_id    TEXT PRIMARY KEY REFERENCES messages(message_id) ON DELETE CASCADE,
        ingested_at   TEXT NOT NULL
    ) WITHOUT ROWID""",
    # the operation's local record follows its case: erasing the case erases it
    """CREATE TRIGGER operation_case_erased AFTER DELETE ON cases BEGIN
        DELETE FROM operations WHERE case_ref = old.case_ref;
    END""",
    # an operation that never became a case here goes with the proposal that brought it
    """CREATE TRIGGER operation_proposal_erased AFTER DELETE ON messages
       WHEN old.type = 'operation' BEGIN
        DELETE FROM operations WHERE case_ref IS NULL AND operation_id IN (
            SELECT operation_id FROM operation_updates
             WHERE message_id = old.message_id AND kind = 'propose');
    END""",
)


def apply(conn: Conn) -> None:
    """Create the joint-operation tables and their triggers."""
    for statement in STATEMENTS:
        conn.execute(statement)
