"""Refresh the directory, trusting only what a fresh signed timestamp names.

Every sync starts here. The hub's timestamp (signed by the directory
authority, valid for about a day) is fetched and verified first: an expired
one means the hub cannot show that its directory is current (it may be
replaying old data) and the sync stops before anything is sent or opened. The
timestamp names the current directory by SHA-256; the cached directory is
kept when it is that one, otherwise the hub's directory is fetched (ETag),
verified (signature, expiry, rollback) and must be exactly the one named.
The accepted timestamp's version (rollback) and issue time (the "directory
age" the status bar shows) are kept in `sync_state`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from liaison_app.crypto.directory import DirectoryError, verify_directory
from liaison_app.crypto.timestamp import TimestampError, verify_timestamp
from liaison_app.protocol.directory import Directory
from liaison_app.protocol.timestamp import DirectoryTimestamp
from liaison_app.store import directory_cache, sync_state
from liaison_app.store.columns import time_text
from liaison_app.store.database import Database
from liaison_app.store.directory_apply import load_directory, store_directory
from liaison_app.store.sync_state import SyncKey
from liaison_app.sync.errors import ProtocolViolation
from liaison_app.sync.hub_client import DirectoryFetch

__all__ = ["DirectoryRefused", "DirectorySource", "refresh_directory"]


class DirectoryRefused(ProtocolViolation):
    """The hub's directory or timestamp fails verification (signature, expiry, rollback,
    or a directory other than the one the timestamp names)."""


class DirectorySource(Protocol):
    """The two hub calls a refresh makes (HubClient fits)."""

    def get_timestamp(self) -> bytes: ...
    def get_directory(self, etag: str | None = None) -> DirectoryFetch | None: ...


def _verified_timestamp(db: Database, hub: DirectorySource, authority_key: bytes,
                        now: datetime) -> DirectoryTimestamp:
    newest = sync_state.get(db, SyncKey.TIMESTAMP_VERSION)
    try:
        return verify_timestamp(hub.get_timestamp(), authority_key,
                                min_version=int(newest or 0), now=now)
    except TimestampError as exc:
        if exc.problem.value == "expired":
            raise DirectoryRefused(
                f"the hub's directory timestamp has expired ({exc.detail}): the hub cannot "
                "show its directory is current and may be replaying old data; nothing was "
                "sent; contact IT") from exc
        raise DirectoryRefused(f"the hub's directory timestamp was refused ({exc}); nothing "
                               "was sent; contact IT") from exc


def _fetch(hub: DirectorySource, etag: str | None) -> DirectoryFetch:
    fetched = hub.get_directory(etag)
    if fetched is None:  # "unchanged", but the timestamp names another one: ask in full
        fetched = hub.get_directory(None)
    if fetched is None:
        raise ProtocolViolation("the hub answered 304 to an unconditional directory request")
    return fetched


def refresh_directory(db: Database, hub: DirectorySource, authority_key: bytes,
                      now: datetime) -> Directory:
    """The current verified directory (cached or new), after a fresh timestamp; the
    cache and the freshness record are updated in one transaction."""
    stamp = _verified_timestamp(db, hub, authority_key, now)
    meta = directory_cache.meta(db)
    directory: Directory | None = None
    fetched: DirectoryFetch | None = None
    if meta is not None and stamp.names(meta.raw):
        directory = load_directory(db)
    if directory is None:
        etag = sync_state.get(db, SyncKey.DIRECTORY_ETAG) if meta is not None else None
        fetched = _fetch(hub, etag)
        if not stamp.names(fetched.raw):  # re-signed between the two calls: look again
            stamp = _verified_timestamp(db, hub, authority_key, now)
            if not stamp.names(fetched.raw):
                raise DirectoryRefused("the hub's directory is not the one its signed "
                                       "timestamp names; nothing was changed; contact IT")
        try:
            directory = verify_directory(fetched.raw, authority_key,
                                         min_version=meta.version if meta else 0, now=now)
        except DirectoryError as exc:
            raise DirectoryRefused(f"the hub's directory was refused ({exc}); nothing was "
                                   "changed; contact IT") from exc
    if now >= directory.expires_at:
        raise DirectoryRefused("the directory has expired and the hub has no newer one; "
                               "contact IT")
    with db.transaction() as conn:
        if fetched is not None:
            store_directory(conn, directory, fetched.raw, now=now)
            sync_state.put(conn, SyncKey.DIRECTORY_ETAG, fetched.etag)
        sync_state.put(conn, SyncKey.DIRECTORY_VERSION, str(directory.version))
        sync_state.put(conn, SyncKey.TIMESTAMP_VERSION, str(stamp.version))
        sync_state.put(conn, SyncKey.DIRECTORY_FRESH_AT, time_text(stamp.issued_at))
        sync_state.put(conn, SyncKey.DIRECTORY_FRESH_UNTIL, time_text(stamp.expires_at))
    return directory
