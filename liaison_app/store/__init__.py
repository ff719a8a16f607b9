"""The encrypted local cache (SQLCipher): schema, migrations, repositories, FTS5, audit.

Open with `Database.open(path, raw_key)`; write through the repository modules
(`messages`, `cases`, `outbox`, `sync_state`, `quarantine`, `directory_cache`,
`settings`, `audit`) inside `with db.transaction() as tx:`. No Qt, no HTTP.
"""

from __future__ import annotations

from liaison_app.store.database import Database
from liaison_app.store.errors import (
    DirectoryRollback,
    InvalidTransition,
    NotInTransaction,
    SchemaTooNew,
    StoreError,
    UnknownRecord,
    WrongDatabaseKey,
)
from liaison_app.store.profile import ProfileDir, default_profile_path

__all__ = [
    "Database",
    "DirectoryRollback",
    "InvalidTransition",
    "NotInTransaction",
    "ProfileDir",
    "SchemaTooNew",
    "StoreError",
    "UnknownRecord",
    "WrongDatabaseKey",
    "default_profile_path",
]
