"""Directory timestamps: the hub's authority re-signs a short-lived "current directory"
statement on a schedule and with every new directory (TUF's timestamp role).

A timestamp names the newest directory's version and SHA-256 and expires after
`timestamp_ttl_hours` (24 by default). It is re-signed once half its life has
passed, so a client always finds one valid for at least half a lifetime, and a
hub that stops doing so (or an attacker replaying old answers) is refused by
clients within one lifetime.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import nacl.signing
from sqlalchemy import Connection, delete, func, insert, select

from liaison_app.crypto.timestamp import sign_timestamp
from liaison_app.hub.storage import directories, serialise, timestamps
from liaison_app.protocol.timestamp import DirectoryTimestamp, directory_digest

DEFAULT_TIMESTAMP_TTL = 24 * 3600
"""Seconds a timestamp is valid unless `[limits] timestamp_ttl_hours` says otherwise."""
KEEP_OLD = 10
"""Older timestamps kept beside the newest (for the operator's eyes only)."""


def sign_current_timestamp(conn: Connection, authority: nacl.signing.SigningKey,
                           now: datetime, ttl_seconds: int) -> int:
    """Sign a timestamp naming the newest directory; store it; return its version."""
    serialise(conn, timestamps)
    row = conn.execute(select(directories.c.version, directories.c.signed)
                       .order_by(directories.c.version.desc()).limit(1)).first()
    if row is None:
        raise RuntimeError("no directory has been signed yet")
    issued = now.astimezone(UTC).replace(microsecond=0)
    newest = conn.execute(select(func.max(timestamps.c.version))).scalar()
    version = int(newest or 0) + 1
    ts = DirectoryTimestamp(version=version, directory_version=int(row.version),
                            directory_sha256=directory_digest(bytes(row.signed)),
                            issued_at=issued, expires_at=issued + timedelta(seconds=ttl_seconds))
    conn.execute(insert(timestamps).values(
        version=version, signed=sign_timestamp(ts, authority),
        directory_version=ts.directory_version, created_at=int(issued.timestamp()),
        expires_at=int(ts.expires_at.timestamp())))
    conn.execute(delete(timestamps).where(timestamps.c.version < version - KEEP_OLD))
    return version


def timestamp_is_due(conn: Connection, now: datetime, ttl_seconds: int) -> bool:
    """True when there is no timestamp, it names an older directory, or half its life
    has passed."""
    row = conn.execute(select(timestamps.c.directory_version, timestamps.c.created_at,
                              timestamps.c.expires_at)
                       .order_by(timestamps.c.version.desc()).limit(1)).first()
    if row is None:
        return True
    newest = conn.execute(select(func.max(directories.c.version))).scalar()
    if newest is not None and int(newest) != int(row.directory_version):
        return True
    return int(row.expires_at) - int(now.timestamp()) <= max(1, ttl_seconds // 2)
