"""The hub's watch-list tables (schema version 5).

`watchlists` holds one row per list in force (its current version and
where it came from); `watchlist_snapshots` the signed versions kept
(the current one is served, the two before it stay for the record);
`watchlist_indexes` the signed index, one row per version, the newest served.
Times are Unix seconds.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
)

watch_metadata = MetaData()

watchlists = Table(
    "watchlists", watch_metadata,
    Column("name", String(64), primary_key=True),
    Column("title", String(200), nullable=False),
    Column("format", String(32), nullable=False),
    Column("version", BigInteger, nullable=False),
    Column("entries", Integer, nullable=False),
    Column("source_file", String(255), nullable=False),
    Column("source_sha256", String(64), nullable=False),
    Column("imported_at", BigInteger, nullable=False),
)

watchlist_snapshots = Table(
    "watchlist_snapshots", watch_metadata,
    Column("name", String(64), primary_key=True),
    Column("version", BigInteger, primary_key=True, autoincrement=False),
    Column("signed", LargeBinary, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("etag", String(80), nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
)

watchlist_indexes = Table(
    "watchlist_indexes", watch_metadata,
    Column("version", BigInteger, primary_key=True, autoincrement=False),
    Column("signed", LargeBinary, nullable=False),
    Column("etag", String(80), nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
)


def create_watch_tables(conn: Connection) -> None:
    """Migration 5: the watch-list tables."""
    watch_metadata.create_all(conn)
