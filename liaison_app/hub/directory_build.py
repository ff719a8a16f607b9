"""Build the directory from the hub's tables and store it signed with the next version."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import nacl.signing
from sqlalchemy import Connection, func, insert, select

from liaison_app.crypto.directory import sign_directory
from liaison_app.domain.parties import Agency, DeviceStatus, Officer
from liaison_app.hub.freshness import DEFAULT_TIMESTAMP_TTL, sign_current_timestamp
from liaison_app.hub.storage import agencies, devices, directories, officers, serialise
from liaison_app.protocol.directory import DeviceEntry, Directory


def build_directory(conn: Connection, version: int, issued_at: datetime,
                    expires_at: datetime) -> Directory:
    """The directory as the tables hold it now, sorted by id."""
    ags = tuple(Agency(id=r.id, name=r.name, country=r.country)
                for r in conn.execute(select(agencies).order_by(agencies.c.id)))
    offs = tuple(Officer(id=r.id, agency_id=r.agency_id, name=r.name)
                 for r in conn.execute(select(officers).order_by(officers.c.id)))
    q = (select(devices, officers.c.agency_id)
         .join(officers, officers.c.id == devices.c.officer_id)
         .order_by(devices.c.device_id))
    devs = tuple(
        DeviceEntry(device_id=r.device_id, officer_id=r.officer_id, agency_id=r.agency_id,
                    sign_key=bytes(r.sign_key), box_key=bytes(r.box_key),
                    box_key_sig=bytes(r.box_key_sig), status=DeviceStatus(r.status))
        for r in conn.execute(q)
    )
    return Directory(version=version, issued_at=issued_at, expires_at=expires_at,
                     agencies=ags, officers=offs, devices=devs)


def directory_etag(version: int, signed: bytes) -> str:
    """A strong ETag naming the version and the signed bytes."""
    return f'"v{version}-{hashlib.sha256(signed).hexdigest()[:16]}"'


def resign_directory(conn: Connection, authority: nacl.signing.SigningKey,
                     now: datetime, ttl_seconds: int, *,
                     timestamp_ttl: int = DEFAULT_TIMESTAMP_TTL) -> int:
    """Sign the current content as version (newest + 1) and store it, with a timestamp
    naming it (so clients see the change at once); return the version."""
    issued = now.astimezone(UTC).replace(microsecond=0)
    expires = issued + timedelta(seconds=ttl_seconds)
    # One re-signer at a time, so each version is built from everything committed
    # before it (on PostgreSQL two enrolments would otherwise race for one version).
    serialise(conn, directories)
    newest = conn.execute(select(func.max(directories.c.version))).scalar()
    version = int(newest or 0) + 1
    signed = sign_directory(build_directory(conn, version, issued, expires), authority)
    conn.execute(insert(directories).values(
        version=version, signed=signed, etag=directory_etag(version, signed),
        created_at=int(issued.timestamp()), expires_at=int(expires.timestamp())))
    sign_current_timestamp(conn, authority, issued, timestamp_ttl)
    return version
