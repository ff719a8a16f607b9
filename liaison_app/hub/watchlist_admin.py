"""Watch lists at the hub: import a file as the next signed version, list, remove, re-sign.

An import reads the whole file first (`watchlist_formats`); only a file that
parses completely becomes a new version, signed with the directory
authority's key, stored together with a re-signed index in one transaction.
A refused file changes nothing: the version in force stays in force.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Connection, delete, func, insert, select, update

from liaison_app.crypto.watchlist import (
    sign_index,
    sign_watchlist,
    snapshot_digest,
    verify_watchlist,
)
from liaison_app.domain.errors import ValidationError
from liaison_app.hub.admin import AdminError, HubContext
from liaison_app.hub.storage import reading, serialise, writing
from liaison_app.hub.watchlist_formats import FORMATS, ListFormatError
from liaison_app.hub.watchlist_storage import watchlist_indexes, watchlist_snapshots, watchlists
from liaison_app.protocol.watchlist import (
    IndexedList,
    WatchList,
    WatchListIndex,
    validate_list_name,
)

__all__ = [
    "ImportOutcome", "ListRow", "ensure_fresh_watchlists", "import_watchlist",
    "list_watchlists", "remove_watchlist", "watchlist_etag",
]

MAX_FILE_BYTES = 512 * 1024 * 1024
KEEP_VERSIONS = 3
"""Signed versions of a list kept at the hub (the current one and the two before)."""
TITLES = {
    "uk-sanctions-csv": "UK Sanctions List (FCDO)", "uk-sanctions-xml": "UK Sanctions List (FCDO)",
    "eu-fsf-xml": "EU consolidated financial sanctions list", "un-xml":
    "UN Security Council consolidated list", "liaison-csv": "Agency watch list",
}


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What an import did."""

    name: str
    version: int
    entries: int
    warnings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ListRow:
    """A list in force, as `liaison-hub watchlist list` shows it."""

    name: str
    title: str
    format: str
    version: int
    entries: int
    source_file: str
    imported_at: datetime
    expires_at: datetime


def watchlist_etag(kind: str, version: int, signed: bytes) -> str:
    """A strong ETag naming the document, its version and its bytes."""
    return f'"{kind}-v{version}-{hashlib.sha256(signed).hexdigest()[:16]}"'


def _ttl(ctx: HubContext) -> timedelta:
    return timedelta(days=ctx.config.limits.directory_ttl_days)


def _resign_index(conn: Connection, ctx: HubContext, now: datetime) -> int:
    """Sign the lists in force as index version (newest + 1); return that version."""
    serialise(conn, watchlist_indexes)
    newest = conn.execute(select(func.max(watchlist_indexes.c.version))).scalar()
    version = int(newest or 0) + 1
    rows = conn.execute(
        select(watchlists.c.name, watchlists.c.title, watchlists.c.version,
               watchlists.c.entries, watchlist_snapshots.c.sha256)
        .join(watchlist_snapshots, (watchlist_snapshots.c.name == watchlists.c.name)
              & (watchlist_snapshots.c.version == watchlists.c.version))
        .order_by(watchlists.c.name)).all()
    index = WatchListIndex(version, now, now + _ttl(ctx), tuple(
        IndexedList(r.name, r.title, int(r.version), r.sha256, int(r.entries)) for r in rows))
    signed = sign_index(index, ctx.authority)
    conn.execute(insert(watchlist_indexes).values(
        version=version, signed=signed, etag=watchlist_etag("index", version, signed),
        created_at=int(now.timestamp()), expires_at=int(index.expires_at.timestamp())))
    return version


def _store_snapshot(conn: Connection, ctx: HubContext, w: WatchList) -> str:
    signed = sign_watchlist(w, ctx.authority)
    digest = snapshot_digest(signed)
    conn.execute(insert(watchlist_snapshots).values(
        name=w.name, version=w.version, signed=signed, sha256=digest,
        etag=watchlist_etag(w.name, w.version, signed), created_at=int(w.issued_at.timestamp()),
        expires_at=int(w.expires_at.timestamp())))
    return digest


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)


def import_watchlist(ctx: HubContext, name: str, fmt: str, path: Path, *,
                     now: datetime | None = None) -> ImportOutcome:
    """Read `path` as `fmt`; if it parses completely, sign it as `name`'s next version."""
    when = _now(now)
    try:
        validate_list_name(name, "--name")
    except ValidationError as exc:
        raise AdminError(str(exc)) from exc
    parser = FORMATS.get(fmt)
    if parser is None:
        raise AdminError(f"--format must be one of {', '.join(FORMATS)}")
    if not path.is_file():
        raise AdminError(f"{path}: no such file")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise AdminError(f"{path} is larger than {MAX_FILE_BYTES // 2**20} MiB; refused")
    source_sha = hashlib.sha256(path.read_bytes()).hexdigest()
    try:
        parsed = parser(path)
    except ListFormatError as exc:
        raise AdminError(f"{path.name} refused ({fmt}), nothing imported: {exc}") from exc
    with writing(ctx.engine) as conn:
        serialise(conn, watchlists)
        held = conn.execute(select(watchlists).where(watchlists.c.name == name)).first()
        if held is not None and held.format != fmt:
            raise AdminError(f"list {name} was imported as {held.format}; import {fmt} under "
                             "another name, or remove the list first")
        last = conn.execute(select(func.max(watchlist_snapshots.c.version)).where(
            watchlist_snapshots.c.name == name)).scalar()
        version = int(last or 0) + 1
        title = held.title if held is not None else TITLES[fmt]
        w = WatchList(name, title, fmt, version, when, when + _ttl(ctx), source_sha,
                      parsed.entries)
        _store_snapshot(conn, ctx, w)
        conn.execute(delete(watchlist_snapshots).where(
            (watchlist_snapshots.c.name == name)
            & (watchlist_snapshots.c.version <= version - KEEP_VERSIONS)))
        values = dict(title=title, format=fmt, version=version, entries=len(parsed.entries),
                      source_file=path.name[:255], source_sha256=source_sha,
                      imported_at=int(when.timestamp()))
        if held is None:
            conn.execute(insert(watchlists).values(name=name, **values))
        else:
            conn.execute(update(watchlists).where(watchlists.c.name == name).values(**values))
        _resign_index(conn, ctx, when)
    return ImportOutcome(name, version, len(parsed.entries), parsed.warnings)


def list_watchlists(ctx: HubContext) -> list[ListRow]:
    """The lists in force, by name."""
    with reading(ctx.engine) as conn:
        rows = conn.execute(
            select(watchlists, watchlist_snapshots.c.expires_at)
            .join(watchlist_snapshots, (watchlist_snapshots.c.name == watchlists.c.name)
                  & (watchlist_snapshots.c.version == watchlists.c.version))
            .order_by(watchlists.c.name)).all()
    return [ListRow(r.name, r.title, r.format, int(r.version), int(r.entries), r.source_file,
                    datetime.fromtimestamp(r.imported_at, UTC),
                    datetime.fromtimestamp(r.expires_at, UTC)) for r in rows]


def remove_watchlist(ctx: HubContext, name: str, *, now: datetime | None = None) -> int:
    """Withdraw a list (clients drop it at their next sync); return the new index version."""
    with writing(ctx.engine) as conn:
        if conn.execute(select(watchlists.c.name).where(watchlists.c.name == name)).first() \
                is None:
            raise AdminError(f"no watch list {name} at this hub")
        conn.execute(delete(watchlists).where(watchlists.c.name == name))
        conn.execute(delete(watchlist_snapshots).where(watchlist_snapshots.c.name == name))
        return _resign_index(conn, ctx, _now(now))


def ensure_fresh_watchlists(ctx: HubContext, *, now: datetime | None = None) -> int | None:
    """Re-sign lists and the index that expire within `directory_resign_days`.

    A list is re-signed as its next version with the same entries, so clients
    holding it fetch it again; returns the new index version, or None.
    """
    when = _now(now)
    margin = ctx.config.limits.directory_resign_days * 86400
    limit = int(when.timestamp()) + margin
    with writing(ctx.engine) as conn:
        index_expiry = conn.execute(select(watchlist_indexes.c.expires_at).order_by(
            watchlist_indexes.c.version.desc()).limit(1)).scalar()
        stale = conn.execute(
            select(watchlists.c.name, watchlist_snapshots.c.signed,
                   watchlist_snapshots.c.sha256, watchlists.c.version, watchlists.c.entries,
                   watchlists.c.title)
            .join(watchlist_snapshots, (watchlist_snapshots.c.name == watchlists.c.name)
                  & (watchlist_snapshots.c.version == watchlists.c.version))
            .where(watchlist_snapshots.c.expires_at <= limit)).all()
        if not stale and (index_expiry is None or int(index_expiry) > limit):
            return None
        for row in stale:
            old = verify_watchlist(
                bytes(row.signed), bytes(ctx.authority.verify_key),
                expected=IndexedList(row.name, row.title, int(row.version), row.sha256,
                                     int(row.entries)),
                min_version=0, now=datetime.fromtimestamp(0, UTC))
            fresh = WatchList(old.name, old.title, old.format, old.version + 1, when,
                              when + _ttl(ctx), old.source_sha256, old.entries)
            _store_snapshot(conn, ctx, fresh)
            conn.execute(update(watchlists).where(watchlists.c.name == old.name).values(
                version=fresh.version))
        return _resign_index(conn, ctx, when)
