"""Move a verified directory between its protocol form and the local cache.

Only a directory that `crypto.directory.verify_directory` accepted is stored;
the raw signed bytes are kept so it can be re-verified after a restart.
"""

from __future__ import annotations

from datetime import datetime

from liaison_app.domain.parties import Agency, DeviceStatus, Officer
from liaison_app.protocol.directory import DeviceEntry, Directory
from liaison_app.store import directory_cache
from liaison_app.store.columns import Conn
from liaison_app.store.directory_cache import (
    AgencyEntry,
    OfficerEntry,
    PartyStatus,
)


def store_directory(conn: Conn, directory: Directory, raw: bytes, *, now: datetime) -> None:
    """Replace the cached directory with `directory` (refuses rollback)."""
    revoked_officers = {
        d.officer_id for d in directory.devices if d.status is DeviceStatus.REVOKED
    } - {d.officer_id for d in directory.devices if d.status is DeviceStatus.ACTIVE}
    directory_cache.replace(
        conn, version=directory.version, expires_at=directory.expires_at, raw=raw,
        fetched_at=now, issued_at=directory.issued_at,
        agencies=[AgencyEntry(a.id, a.name, a.country) for a in directory.agencies],
        officers=[
            OfficerEntry(o.id, o.agency_id, o.name,
                         PartyStatus.REVOKED if o.id in revoked_officers else PartyStatus.ACTIVE)
            for o in directory.officers
        ],
        devices=[
            directory_cache.DeviceEntry(
                d.device_id, d.officer_id, d.sign_key, d.box_key,
                PartyStatus(d.status.value), d.box_key_sig)
            for d in directory.devices
        ],
    )


def load_directory(conn: Conn) -> Directory | None:
    """The cached directory as the protocol type (for opening envelopes), or None."""
    meta = directory_cache.meta(conn)
    if meta is None:
        return None
    agencies = tuple(Agency(a.agency_id, a.name, a.country)
                     for a in directory_cache.agencies(conn))
    officers = tuple(Officer(o.officer_id, o.agency_id, o.name)
                     for o in directory_cache.officers(conn))
    agency_of = {o.id: o.agency_id for o in officers}
    devices = tuple(
        DeviceEntry(
            device_id=d.device_id, officer_id=d.officer_id,
            agency_id=agency_of.get(d.officer_id, ""), sign_key=bytes(d.sign_key),
            box_key=bytes(d.box_key), box_key_sig=bytes(d.box_key_sig or b""),
            status=DeviceStatus(d.status.value),
        )
        for d in _all_devices(conn)
    )
    return Directory(version=meta.version, issued_at=meta.issued_at or meta.fetched_at,
                     expires_at=meta.expires_at, agencies=agencies, officers=officers,
                     devices=devices)


def _all_devices(conn: Conn) -> list[directory_cache.DeviceEntry]:
    out: list[directory_cache.DeviceEntry] = []
    for a in directory_cache.agencies(conn):
        out.extend(directory_cache.devices_of_agency(conn, a.agency_id, active_only=False))
    return out
