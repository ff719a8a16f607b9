"""Who can be addressed, and which cases a message can join: reads for the compose dialogs.

Everything comes from the local cache, so the recipient picker works offline.
Every agency in the cached directory is offered: a message is sealed when it is
pushed, for the devices listed then, so an agency with no device yet (`waiting`)
can be written to and the message waits for the partner's directory entry.
Single officers are offered when they have an active device. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

from liaison_app.domain.cases import CaseStatus
from liaison_app.services.session import Session
from liaison_app.store import cases, directory_cache
from liaison_app.store.columns import Conn


@dataclass(frozen=True, slots=True)
class RecipientOfficer:
    """An officer who can be addressed directly: their active devices."""

    officer_id: str
    agency_id: str
    name: str
    device_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RecipientAgency:
    """An agency that can receive a message, with its addressable officers."""

    agency_id: str
    name: str
    country: str
    officers: tuple[RecipientOfficer, ...]

    @property
    def waiting(self) -> bool:
        """True when no officer there has an active device yet: a message waits."""
        return not self.officers


@dataclass(frozen=True, slots=True)
class CaseChoice:
    """A local case a new message can be linked to."""

    ref: str
    title: str
    crime_area: str
    status: str


def _officers(conn: Conn, agency_id: str, own_device: str) -> tuple[RecipientOfficer, ...]:
    by_officer: dict[str, list[str]] = {}
    for device in directory_cache.devices_of_agency(conn, agency_id):
        if device.device_id != own_device:
            by_officer.setdefault(device.officer_id, []).append(device.device_id)
    out: list[RecipientOfficer] = []
    for officer in directory_cache.officers(conn, agency_id):
        devices = by_officer.get(officer.officer_id)
        if devices:
            out.append(RecipientOfficer(officer.officer_id, agency_id, officer.name,
                                        tuple(sorted(devices))))
    return tuple(out)


def recipient_agencies(session: Session) -> list[RecipientAgency]:
    """Every partner agency in the cached directory, with its officers who have an active
    device; a partner with none yet is `waiting`. The officer's own agency is offered
    when a colleague there has a device (this device is never a recipient)."""
    own = session.identity.device_id
    conn = session.db
    out: list[RecipientAgency] = []
    for agency in directory_cache.agencies(conn):
        officers = _officers(conn, agency.agency_id, own)
        if officers or agency.agency_id != session.identity.agency_id:
            out.append(RecipientAgency(agency.agency_id, agency.name, agency.country, officers))
    return out


@dataclass(frozen=True, slots=True)
class DirectoryAgency:
    """An agency the cached directory lists (whether or not it can be addressed now)."""

    agency_id: str
    name: str
    country: str


def all_agencies(session: Session) -> list[DirectoryAgency]:
    """Every agency in the cached directory, by name."""
    rows = [DirectoryAgency(a.agency_id, a.name, a.country)
            for a in directory_cache.agencies(session.db)]
    return sorted(rows, key=lambda a: (a.name.casefold(), a.agency_id))


def officers_of(session: Session, agency_id: str) -> list[RecipientOfficer]:
    """The officers of `agency_id` who have an active device (empty if none or unknown)."""
    return list(_officers(session.db, agency_id, session.identity.device_id))


def agency_name(session: Session, agency_id: str) -> str:
    """The agency's name from the directory, or its id when it is not listed."""
    entry = directory_cache.agency(session.db, agency_id)
    return agency_id if entry is None else entry.name


def case_choices(session: Session, *, include_closed: bool = False) -> list[CaseChoice]:
    """Local cases a message can be linked to, most recently updated first."""
    rows = cases.list_cases(session.db)
    return [CaseChoice(r.case_ref, r.title, r.crime_area, r.status) for r in rows
            if include_closed or r.status != CaseStatus.CLOSED.value]
