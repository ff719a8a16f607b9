"""The hub's tables (SQLAlchemy Core), engine set-up and numbered migrations.

SQLite (WAL) is the embedded default; PostgreSQL (`postgresql+psycopg://…`, the
`postgres` extra) is chosen by `database_url` in hub.toml. Both are tested: the
same migrations, the same queries. SQLite serialises writers with BEGIN
IMMEDIATE; on PostgreSQL (READ COMMITTED) the few read-then-write steps take
explicit locks (`serialise`, row locks, an advisory lock for migrations).
Times are stored as Unix seconds. Envelope bodies are stored
as the canonical ciphertext envelope bytes; nothing else about them is known.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    create_engine,
    event,
    insert,
    inspect,
    literal,
    select,
    text,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from liaison_app.hub.watchlist_storage import create_watch_tables

metadata = MetaData()
_Id = String(64)
_Seq = BigInteger().with_variant(Integer(), "sqlite")

schema_version = Table("schema_version", metadata, Column("version", Integer, nullable=False))

agencies = Table(
    "agencies", metadata,
    Column("id", _Id, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("country", String(8), nullable=False),
    Column("created_at", BigInteger, nullable=False),
)

officers = Table(
    "officers", metadata,
    Column("id", _Id, primary_key=True),
    Column("agency_id", _Id, ForeignKey("agencies.id"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("created_at", BigInteger, nullable=False),
)

devices = Table(
    "devices", metadata,
    Column("device_id", _Id, primary_key=True),
    Column("officer_id", _Id, ForeignKey("officers.id"), nullable=False),
    Column("sign_key", LargeBinary(32), nullable=False),
    Column("box_key", LargeBinary(32), nullable=False),
    Column("box_key_sig", LargeBinary(64), nullable=False),
    Column("status", String(16), nullable=False),
    Column("enrolled_at", BigInteger, nullable=False),
    Column("revoked_at", BigInteger, nullable=True),
)

enrol_tokens = Table(
    "enrol_tokens", metadata,
    Column("token_hash", LargeBinary(32), primary_key=True),
    Column("officer_id", _Id, ForeignKey("officers.id"), nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
    Column("used_at", BigInteger, nullable=True),
    Column("device_id", _Id, nullable=True),
)

directories = Table(
    "directories", metadata,
    Column("version", BigInteger, primary_key=True, autoincrement=False),
    Column("signed", LargeBinary, nullable=False),
    Column("etag", String(80), nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
)

envelopes = Table(
    "envelopes", metadata,
    Column("id", _Id, primary_key=True),
    Column("sender", _Id, nullable=False),
    Column("digest", LargeBinary(32), nullable=False),
    Column("body", LargeBinary, nullable=True),
    Column("size", Integer, nullable=False),
    Column("received_at", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
)
"""One row per envelope id; `body` is cleared once every mailbox copy is acked,
and the row (a tombstone) stays until `expires_at` so a resend is `duplicate`."""

mailbox = Table(
    "mailbox", metadata,
    Column("device_id", _Id, primary_key=True),
    Column("seq", _Seq, primary_key=True, autoincrement=False),
    Column("envelope_id", _Id, ForeignKey("envelopes.id"), nullable=False),
    Column("expires_at", BigInteger, nullable=False),
    Index("ix_mailbox_envelope", "envelope_id"),
    Index("ix_mailbox_expires", "expires_at"),
)
"""One row per copy waiting for a device. `seq` orders one mailbox (schema 6): it
comes from that mailbox's row in `mailbox_heads`, so writers to different
mailboxes never wait for each other and no table is locked."""

mailbox_heads = Table(
    "mailbox_heads", metadata,
    Column("device_id", _Id, primary_key=True),
    Column("last_seq", _Seq, nullable=False),
)
"""The last seq handed out per mailbox. Cursors are seqs: one is never handed
out twice, even after every entry has been acked and deleted. A storing
transaction takes the row lock of each mailbox it writes (in device-id order,
so two writers cannot deadlock) and holds it to commit: seqs of one mailbox
commit in order, so a reader never sees seq N+1 before N."""

rate_buckets = Table(
    "rate_buckets", metadata,
    Column("key", String(128), primary_key=True),
    Column("tokens", Float, nullable=False),
    Column("stamp", Float, nullable=False),
    Column("granted", Integer, nullable=False),
)
"""Token buckets shared by every hub process on one PostgreSQL (schema 6)."""

nonces = Table(
    "nonces", metadata,
    Column("device_id", _Id, primary_key=True),
    Column("nonce", String(64), primary_key=True),
    Column("expires_at", BigInteger, nullable=False),
    Index("ix_nonces_expires", "expires_at"),
)


blobs = Table(
    "blobs", metadata,
    Column("id", _Id, primary_key=True),
    Column("owner", _Id, nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("digest", LargeBinary(32), nullable=False),
    Column("received", BigInteger, nullable=False),
    Column("complete", Boolean, nullable=False),
    Column("envelope_id", _Id, nullable=True),
    Column("created_at", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
    Index("ix_blobs_owner", "owner"),
    Index("ix_blobs_expires", "expires_at"),
)
"""Attachment blobs: declared size and digest, bytes received so far, the envelope that
names them once accepted. The bytes are files in the blob directory, never rows."""

blob_access = Table(
    "blob_access", metadata,
    Column("blob_id", _Id, ForeignKey("blobs.id", ondelete="CASCADE"), primary_key=True),
    Column("device_id", _Id, primary_key=True),
)
"""Devices that may download a blob (recipients of the envelope naming it) and have not
acknowledged it yet; when none is left the blob is deleted."""


timestamps = Table(
    "timestamps", metadata,
    Column("version", BigInteger, primary_key=True, autoincrement=False),
    Column("signed", LargeBinary, nullable=False),
    Column("directory_version", BigInteger, nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
)
"""Signed directory timestamps (TUF timestamp role); the newest is served."""

audit_heads = Table(
    "audit_heads", metadata,
    Column("device_id", _Id, primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Column("entry_hash", LargeBinary(32), nullable=False),
    Column("signed", LargeBinary, nullable=False),
    Column("received_at", BigInteger, nullable=False),
)
"""The latest signed audit head each device attested (kept outside its own file)."""

_metadata_v1 = MetaData()
_mailbox_v1 = Table(
    "mailbox", _metadata_v1,
    Column("seq", _Seq, primary_key=True, autoincrement=True),
    Column("device_id", _Id, nullable=False),
    Column("envelope_id", _Id, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
    Index("ix_mailbox_device_seq", "device_id", "seq"),
    Index("ix_mailbox_envelope", "envelope_id"),
    Index("ix_mailbox_expires", "expires_at"),
    sqlite_autoincrement=True,
)
"""Schema 1's mailbox: one global seq, which made every storing transaction on
PostgreSQL lock the whole table to commit seqs in order."""

_V1_TABLES = ("schema_version", "agencies", "officers", "devices", "enrol_tokens",
              "directories", "envelopes", "nonces")


def _v1(conn: Connection) -> None:
    metadata.create_all(conn, tables=[metadata.tables[t] for t in _V1_TABLES])
    _metadata_v1.create_all(conn)


def _v2(conn: Connection) -> None:
    """Directory timestamps (freshness)."""
    timestamps.create(conn)


def _v3(conn: Connection) -> None:
    """Audit head attestations."""
    audit_heads.create(conn)


def _v4(conn: Connection) -> None:
    """Attachment blobs and who may fetch them."""
    metadata.create_all(conn, tables=[blobs, blob_access])


def _v6(conn: Connection) -> None:
    """Per-mailbox seqs (no table lock in ingest) and shared rate-limit buckets.

    Every device's counter starts at the old global high-water mark, so a cursor
    handed out before the upgrade is never handed out again.
    """
    if conn.dialect.name == "postgresql":
        high = conn.exec_driver_sql(
            "SELECT last_value FROM mailbox_seq_seq").scalar()
    else:
        high = conn.exec_driver_sql(
            "SELECT seq FROM sqlite_sequence WHERE name = 'mailbox'").scalar()
    conn.exec_driver_sql("ALTER TABLE mailbox RENAME TO mailbox_v1")
    for name in ("ix_mailbox_device_seq", "ix_mailbox_envelope", "ix_mailbox_expires"):
        conn.exec_driver_sql(f"DROP INDEX {name}")
    metadata.create_all(conn, tables=[mailbox, mailbox_heads, rate_buckets])
    conn.exec_driver_sql(
        "INSERT INTO mailbox (device_id, seq, envelope_id, expires_at) "
        "SELECT device_id, seq, envelope_id, expires_at FROM mailbox_v1")
    conn.execute(insert(mailbox_heads).from_select(
        ["device_id", "last_seq"],
        select(devices.c.device_id, literal(int(high or 0), _Seq))))
    conn.exec_driver_sql("DROP TABLE mailbox_v1")


_MIGRATION_LOCK = 0x4C69_6169_736F_6E  # "Liaison": pg_advisory_xact_lock key for upgrade()

MIGRATIONS: tuple[Callable[[Connection], None], ...] = (_v1, _v2, _v3, _v4,
                                                       create_watch_tables, _v6)
"""MIGRATIONS[i] upgrades the schema from version i to i + 1."""
SCHEMA_VERSION = len(MIGRATIONS)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (see _sqlite_begin)
    cur = dbapi_conn.cursor()
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON",
                   "busy_timeout=10000"):
        cur.execute(f"PRAGMA {pragma}")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    write = conn.get_execution_options().get("write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def describe_url(url: str) -> str:
    """`url` fit for logs and messages: the password (if any) replaced by ***."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<a database URL that does not parse>"


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets WAL, foreign keys and write-locking BEGINs."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False},
                               pool_size=8, max_overflow=8)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=8, max_overflow=8)


def serialise(conn: Connection, table: Table) -> None:
    """Make this write transaction the only writer of `table` until it ends.

    SQLite's BEGIN IMMEDIATE already serialises every writer; PostgreSQL needs
    the lock for read-then-write steps such as "next version = newest + 1".
    Readers are not blocked.
    """
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f'LOCK TABLE "{table.name}" IN EXCLUSIVE MODE')


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A write transaction (on SQLite, BEGIN IMMEDIATE so read-then-write cannot deadlock)."""
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        yield conn


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """A read transaction."""
    with engine.connect() as conn, conn.begin():
        yield conn


def current_version(conn: Connection) -> int:
    """The schema version recorded in the database (0 for an empty one)."""
    if not inspect(conn).has_table("schema_version"):
        return 0
    value = conn.execute(select(schema_version.c.version)).scalar()
    return int(value or 0)


def upgrade(engine: Engine) -> int:
    """Create or upgrade the schema to SCHEMA_VERSION; return the version before."""
    with writing(engine) as conn:
        if conn.dialect.name == "postgresql":
            # Several hub processes may start at once on one empty database.
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                         {"key": _MIGRATION_LOCK})
        before = current_version(conn)
        if before > SCHEMA_VERSION:
            raise RuntimeError(
                f"the database schema is version {before}; this hub knows {SCHEMA_VERSION}")
        for step in MIGRATIONS[before:]:
            step(conn)
        if before == 0:
            conn.execute(insert(schema_version).values(version=SCHEMA_VERSION))
        elif before < SCHEMA_VERSION:
            conn.execute(update(schema_version).values(version=SCHEMA_VERSION))
    return before
