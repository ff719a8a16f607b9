"""The encrypted local cache (SQLCipher): schema, migrations, repositories, FTS5, audit.

Open with `database.Database.open(path, raw_key)`; write through the repository
modules (`messages`, `cases`, `outbox`, `sync_state`, `quarantine`,
`directory_cache`, `settings`, `audit`) inside `with db.transaction() as tx:`.
`profile.ProfileDir` names a profile's files. No Qt, no HTTP. This package
imports nothing itself: `store.profile` is on the desktop client's start-up
path and must not bring SQLCipher and the schema with it.
"""
