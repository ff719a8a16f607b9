"""Watch lists on sync: fetch the signed index, then each list whose version changed.

Called by the engine after the directory (`SyncEngine._refresh_watchlists`).
Every document is verified against the directory authority's key pinned in
the provisioning profile (`crypto.watchlist`): a bad signature, an expired
or older (rolled-back) index or snapshot, or a snapshot that is not the one
the index names is refused and reported, and the version held stays in
force; one refused list never stops the sync of messages. The index (and
its ETag) is stored only when every list it names is held at its version,
so a refused list is fetched again at the next sync. Lists the index no
longer names are dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from liaison_app.crypto.watchlist import (
    WatchlistError,
    snapshot_digest,
    verify_index,
    verify_watchlist,
)
from liaison_app.store import settings, watchlists
from liaison_app.store.database import Database
from liaison_app.sync.hub_client import DirectoryFetch

__all__ = ["WATCHLIST_ETAG_KEY", "WatchlistHub", "WatchlistOutcome", "refresh_watchlists"]

log = logging.getLogger(__name__)
WATCHLIST_ETAG_KEY = "watchlists.etag"


class WatchlistHub(Protocol):
    """The two calls this module makes (HubClient)."""

    def get_watchlist_index(self, etag: str | None = None) -> DirectoryFetch | None: ...
    def get_watchlist(self, name: str) -> DirectoryFetch | None: ...


@dataclass(slots=True)
class WatchlistOutcome:
    """What one refresh did: lists updated and dropped, and refusals in plain words."""

    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


def refresh_watchlists(db: Database, hub: WatchlistHub, authority_key: bytes, now: datetime,
                       notify: Callable[[str], None] | None = None) -> WatchlistOutcome:
    """Bring the cached lists up to the hub's signed index (see the module docstring)."""
    out = WatchlistOutcome()
    held_version = watchlists.index_version(db)
    etag = settings.get(db, WATCHLIST_ETAG_KEY) if held_version else None
    fetched = hub.get_watchlist_index(etag)
    if fetched is None:
        return out
    try:
        index = verify_index(fetched.raw, authority_key, min_version=held_version, now=now)
    except WatchlistError as exc:
        out.refused.append(f"the hub's watch-list index was refused ({exc}); the lists "
                           "held stay in force; contact IT")
        log.warning("watch-list index refused: %s", exc.problem.value)
        return out
    held = watchlists.held_lists(db)
    complete = True
    for item in index.lists:
        mine = held.get(item.name)
        if mine is not None and mine.version == item.version and mine.sha256 == item.sha256:
            continue
        if notify is not None:
            notify(item.name)
        kept = f"version {mine.version} stays in force" if mine else "it is not held"
        snapshot = hub.get_watchlist(item.name)
        if snapshot is None:
            complete = False
            out.refused.append(f"watch list {item.name} is named by the index but the hub "
                               f"did not send it; {kept}")
            continue
        try:
            w = verify_watchlist(snapshot.raw, authority_key, expected=item,
                                 min_version=mine.version if mine else 0, now=now)
        except WatchlistError as exc:
            complete = False
            out.refused.append(f"watch list {item.name} version {item.version} was refused "
                               f"({exc}); {kept}; contact IT")
            log.warning("watch list %s refused: %s", item.name, exc.problem.value)
            continue
        with db.transaction() as conn:
            watchlists.replace_list(conn, w, snapshot.raw, snapshot_digest(snapshot.raw),
                                    now=now)
        out.updated.append(f"{w.name} v{w.version}")
    with db.transaction() as conn:
        for name in sorted(set(held) - {x.name for x in index.lists}):
            watchlists.remove_list(conn, name)
            out.removed.append(name)
        if complete:
            watchlists.put_index(conn, index, fetched.raw, now=now)
            if fetched.etag:
                settings.put(conn, WATCHLIST_ETAG_KEY, fetched.etag)
    return out
