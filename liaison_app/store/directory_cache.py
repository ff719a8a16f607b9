"""The cached directory of agencies, officers and devices.

The crypto layer verifies a signed directory; this module stores it whole,
replacing the previous one in a single transaction, and answers lookups.
It refuses an older version than the one cached (a second rollback guard).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from liaison_app.store.columns import (
    Conn,
    from_time_text,
    opt_from_time_text,
    opt_time_text,
    require_transaction,
    time_text,
)
from liaison_app.store.errors import DirectoryRollback


class PartyStatus(StrEnum):
    """Whether an officer or device may still send and receive."""

    ACTIVE = "active"
    REVOKED = "revoked"


@dataclass(frozen=True)
class AgencyEntry:
    """An agency in the directory."""

    agency_id: str
    name: str
    country: str


@dataclass(frozen=True)
class OfficerEntry:
    """An officer in the directory."""

    officer_id: str
    agency_id: str
    name: str
    status: PartyStatus


@dataclass(frozen=True)
class DeviceEntry:
    """A device and its public keys."""

    device_id: str
    officer_id: str
    sign_key: bytes
    box_key: bytes
    status: PartyStatus
    box_key_sig: bytes | None = None


@dataclass(frozen=True)
class DirectoryMeta:
    """The cached directory's version, validity and the signed bytes as received."""

    version: int
    issued_at: datetime | None
    expires_at: datetime
    raw: bytes
    fetched_at: datetime


def replace(
    conn: Conn, *, version: int, expires_at: datetime, raw: bytes, fetched_at: datetime,
    agencies: Iterable[AgencyEntry], officers: Iterable[OfficerEntry],
    devices: Iterable[DeviceEntry], issued_at: datetime | None = None,
) -> None:
    """Swap in a whole verified directory (inside the caller's transaction)."""
    require_transaction(conn)
    current = meta(conn)
    if current is not None and version < current.version:
        raise DirectoryRollback(version, current.version)
    conn.execute("DELETE FROM devices")
    conn.execute("DELETE FROM officers")
    conn.execute("DELETE FROM agencies")
    conn.executemany("INSERT INTO agencies (agency_id, name, country) VALUES (?, ?, ?)",
                     [(a.agency_id, a.name, a.country) for a in agencies])
    conn.executemany(
        "INSERT INTO officers (officer_id, agency_id, name, status) VALUES (?, ?, ?, ?)",
        [(o.officer_id, o.agency_id, o.name, PartyStatus(o.status).value) for o in officers])
    conn.executemany(
        """INSERT INTO devices (device_id, officer_id, sign_key, box_key, box_key_sig, status)
           VALUES (?, ?, ?, ?, ?, ?)""",
        [(d.device_id, d.officer_id, bytes(d.sign_key), bytes(d.box_key),
          None if d.box_key_sig is None else bytes(d.box_key_sig),
          PartyStatus(d.status).value) for d in devices])
    conn.execute(
        """INSERT INTO directory_meta (id, version, issued_at, expires_at, raw, fetched_at)
           VALUES (1, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET version = excluded.version,
               issued_at = excluded.issued_at, expires_at = excluded.expires_at,
               raw = excluded.raw, fetched_at = excluded.fetched_at""",
        (int(version), opt_time_text(issued_at, "issued_at"),
         time_text(expires_at, "expires_at"), bytes(raw), time_text(fetched_at, "fetched_at")),
    )


def meta(conn: Conn) -> DirectoryMeta | None:
    """The cached directory's metadata, or None before the first directory."""
    row = conn.execute("SELECT * FROM directory_meta WHERE id = 1").fetchone()
    if row is None:
        return None
    return DirectoryMeta(
        version=int(row["version"]), issued_at=opt_from_time_text(row["issued_at"]),
        expires_at=from_time_text(row["expires_at"]), raw=bytes(row["raw"]),
        fetched_at=from_time_text(row["fetched_at"]),
    )


def _agency(row: Any) -> AgencyEntry:
    return AgencyEntry(row["agency_id"], row["name"], row["country"])


def _officer(row: Any) -> OfficerEntry:
    return OfficerEntry(row["officer_id"], row["agency_id"], row["name"],
                        PartyStatus(row["status"]))


def _device(row: Any) -> DeviceEntry:
    sig = row["box_key_sig"]
    return DeviceEntry(row["device_id"], row["officer_id"], bytes(row["sign_key"]),
                       bytes(row["box_key"]), PartyStatus(row["status"]),
                       None if sig is None else bytes(sig))


def agency(conn: Conn, agency_id: str) -> AgencyEntry | None:
    """One agency."""
    row = conn.execute("SELECT * FROM agencies WHERE agency_id = ?", (agency_id,)).fetchone()
    return None if row is None else _agency(row)


def agencies(conn: Conn) -> list[AgencyEntry]:
    """All agencies by name."""
    return [_agency(r) for r in conn.execute("SELECT * FROM agencies ORDER BY name, agency_id")]


def officer(conn: Conn, officer_id: str) -> OfficerEntry | None:
    """One officer."""
    row = conn.execute("SELECT * FROM officers WHERE officer_id = ?", (officer_id,)).fetchone()
    return None if row is None else _officer(row)


def officers(conn: Conn, agency_id: str | None = None) -> list[OfficerEntry]:
    """Officers, optionally of one agency, by name."""
    if agency_id is None:
        rows = conn.execute("SELECT * FROM officers ORDER BY name, officer_id")
    else:
        rows = conn.execute(
            "SELECT * FROM officers WHERE agency_id = ? ORDER BY name, officer_id", (agency_id,))
    return [_officer(r) for r in rows]


def device(conn: Conn, device_id: str) -> DeviceEntry | None:
    """One device (the sender check: unknown → None, revoked → status)."""
    row = conn.execute("SELECT * FROM devices WHERE device_id = ?", (device_id,)).fetchone()
    return None if row is None else _device(row)


def devices_of_officer(conn: Conn, officer_id: str, *, active_only: bool = True) -> list[
        DeviceEntry]:
    """An officer's devices."""
    rows = conn.execute(
        "SELECT * FROM devices WHERE officer_id = ? AND (? = 0 OR status = 'active') "
        "ORDER BY device_id", (officer_id, int(active_only)))
    return [_device(r) for r in rows]


def devices_of_agency(conn: Conn, agency_id: str, *, active_only: bool = True) -> list[
        DeviceEntry]:
    """Every device of an agency's officers (the addressees of a message to that agency)."""
    rows = conn.execute(
        """SELECT d.* FROM devices d JOIN officers o USING (officer_id)
           WHERE o.agency_id = ?
             AND (? = 0 OR (d.status = 'active' AND o.status = 'active'))
           ORDER BY d.device_id""", (agency_id, int(active_only)))
    return [_device(r) for r in rows]
