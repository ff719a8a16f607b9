"""The directory: agencies, officers, devices and their public keys (no crypto here).

Wire form::

    {"v": 1, "version": int >= 1, "issued_at": time, "expires_at": time,
     "agencies": [Agency], "officers": [Officer], "devices": [DeviceEntry]}

The directory authority signs it (see `liaison_app.crypto.directory`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from liaison_app.domain.checks import parse_enum
from liaison_app.domain.parties import (
    Agency,
    DeviceStatus,
    Officer,
    officer_agency_id,
    validate_agency_id,
    validate_device_id,
    validate_officer_id,
)
from liaison_app.domain.timefmt import format_time, parse_time
from liaison_app.protocol.canonical import (
    MAX_SAFE_INT,
    JsonValue,
    b64u_decode,
    b64u_encode,
    canonical_bytes,
)
from liaison_app.protocol.domains import DIRECTORY_SIG_PREFIX
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.limits import (
    BOX_KEY_BYTES,
    MAX_DIRECTORY_AGENCIES,
    MAX_DIRECTORY_DEVICES,
    MAX_DIRECTORY_OFFICERS,
    PROTOCOL_VERSION,
    SIGN_KEY_BYTES,
    SIGNATURE_BYTES,
)
from liaison_app.protocol.wire import (
    check_keys,
    check_version,
    expect_int,
    expect_list,
    expect_object,
)

__all__ = [
    "DeviceEntry",
    "Directory",
    "device_entry_from_wire",
    "device_entry_to_wire",
    "directory_from_wire",
    "directory_signing_bytes",
    "directory_to_wire",
]

_DEVICE_FIELDS = frozenset(
    {"device_id", "officer_id", "agency_id", "sign_key", "box_key", "box_key_sig", "status"}
)
_DIRECTORY_FIELDS = frozenset(
    {"v", "version", "issued_at", "expires_at", "agencies", "officers", "devices"}
)


@dataclass(frozen=True, slots=True)
class DeviceEntry:
    """One device as the directory lists it, with its public keys."""

    device_id: str
    officer_id: str
    agency_id: str
    sign_key: bytes
    box_key: bytes
    box_key_sig: bytes
    status: DeviceStatus

    @property
    def active(self) -> bool:
        """True if the device may send and receive."""
        return self.status is DeviceStatus.ACTIVE


@dataclass(frozen=True, slots=True)
class Directory:
    """A directory version. Devices are indexed by id (every envelope looks its sender
    up); agencies and officers are looked up linearly (rarely, and few)."""

    version: int
    issued_at: datetime
    expires_at: datetime
    agencies: tuple[Agency, ...]
    officers: tuple[Officer, ...]
    devices: tuple[DeviceEntry, ...]
    _by_device: dict[str, DeviceEntry] = field(default_factory=dict, init=False, repr=False,
                                               compare=False)

    def __post_init__(self) -> None:
        for d in self.devices:
            self._by_device.setdefault(d.device_id, d)  # the first listed, as a scan finds

    def device(self, device_id: str) -> DeviceEntry | None:
        """The entry for `device_id`, if listed."""
        return self._by_device.get(device_id)

    def agency(self, agency_id: str) -> Agency | None:
        """The agency with `agency_id`, if listed."""
        return next((a for a in self.agencies if a.id == agency_id), None)

    def officer(self, officer_id: str) -> Officer | None:
        """The officer with `officer_id`, if listed."""
        return next((o for o in self.officers if o.id == officer_id), None)

    def devices_of_agency(
        self, agency_id: str, active_only: bool = True
    ) -> tuple[DeviceEntry, ...]:
        """The agency's devices (only active ones unless told otherwise)."""
        return tuple(d for d in self.devices
                     if d.agency_id == agency_id and (d.active or not active_only))

    def devices_of_officer(
        self, officer_id: str, active_only: bool = True
    ) -> tuple[DeviceEntry, ...]:
        """The officer's devices (only active ones unless told otherwise)."""
        return tuple(d for d in self.devices
                     if d.officer_id == officer_id and (d.active or not active_only))


def device_entry_to_wire(d: DeviceEntry) -> dict[str, JsonValue]:
    """JSON-ready form of a device entry."""
    return {
        "device_id": d.device_id, "officer_id": d.officer_id, "agency_id": d.agency_id,
        "sign_key": b64u_encode(d.sign_key), "box_key": b64u_encode(d.box_key),
        "box_key_sig": b64u_encode(d.box_key_sig), "status": d.status.value,
    }


def device_entry_from_wire(obj: Any, field: str) -> DeviceEntry:
    """Strict parse of one device entry (keys are only length-checked here)."""
    o = expect_object(obj, field)
    check_keys(o, field, _DEVICE_FIELDS)
    p = f"{field}."
    officer_id = validate_officer_id(o["officer_id"], p + "officer_id")
    agency_id = validate_agency_id(o["agency_id"], p + "agency_id")
    if officer_agency_id(officer_id) != agency_id:
        raise ValidationError(p + "agency_id", "is not the officer's agency")
    return DeviceEntry(
        device_id=validate_device_id(o["device_id"], p + "device_id"),
        officer_id=officer_id,
        agency_id=agency_id,
        sign_key=b64u_decode(o["sign_key"], p + "sign_key", size=SIGN_KEY_BYTES),
        box_key=b64u_decode(o["box_key"], p + "box_key", size=BOX_KEY_BYTES),
        box_key_sig=b64u_decode(o["box_key_sig"], p + "box_key_sig", size=SIGNATURE_BYTES),
        status=parse_enum(DeviceStatus, o["status"], p + "status"),
    )


def directory_to_wire(d: Directory) -> dict[str, JsonValue]:
    """JSON-ready form of the directory (the object the authority signs)."""
    return {
        "v": PROTOCOL_VERSION,
        "version": d.version,
        "issued_at": format_time(d.issued_at),
        "expires_at": format_time(d.expires_at),
        "agencies": [_json(a.to_wire()) for a in d.agencies],
        "officers": [_json(o.to_wire()) for o in d.officers],
        "devices": [device_entry_to_wire(x) for x in d.devices],
    }


def _json(obj: Mapping[str, object]) -> dict[str, JsonValue]:
    return {k: v for k, v in obj.items()}  # type: ignore[misc]


def directory_signing_bytes(d: Directory) -> bytes:
    """What the authority's signature covers: prefix + canonical directory object."""
    return DIRECTORY_SIG_PREFIX + canonical_bytes(directory_to_wire(d))


def _unique(ids: list[str], field: str, what: str) -> None:
    seen: set[str] = set()
    for i, x in enumerate(ids):
        if x in seen:
            raise ValidationError(f"{field}[{i}]", f"repeats {what} {x}")
        seen.add(x)


def directory_from_wire(obj: Any, field: str = "directory") -> Directory:
    """Strict parse: schema, unique ids, every officer's agency and device's officer listed."""
    o = expect_object(obj, field)
    check_version(o, field)
    check_keys(o, field, _DIRECTORY_FIELDS)
    p = f"{field}."
    version = expect_int(o["version"], p + "version", minimum=1, maximum=MAX_SAFE_INT)
    issued_at = parse_time(o["issued_at"], p + "issued_at")
    expires_at = parse_time(o["expires_at"], p + "expires_at")
    if expires_at <= issued_at:
        raise ValidationError(p + "expires_at", "must be after issued_at")
    agencies = tuple(
        Agency.from_wire(a, f"{p}agencies[{i}]") for i, a in enumerate(
            expect_list(o["agencies"], p + "agencies", max_items=MAX_DIRECTORY_AGENCIES))
    )
    officers = tuple(
        Officer.from_wire(x, f"{p}officers[{i}]") for i, x in enumerate(
            expect_list(o["officers"], p + "officers", max_items=MAX_DIRECTORY_OFFICERS))
    )
    devices = tuple(
        device_entry_from_wire(x, f"{p}devices[{i}]") for i, x in enumerate(
            expect_list(o["devices"], p + "devices", max_items=MAX_DIRECTORY_DEVICES))
    )
    _unique([a.id for a in agencies], p + "agencies", "agency")
    _unique([x.id for x in officers], p + "officers", "officer")
    _unique([x.device_id for x in devices], p + "devices", "device")
    agency_ids = {a.id for a in agencies}
    for i, off in enumerate(officers):
        if off.agency_id not in agency_ids:
            raise ValidationError(f"{p}officers[{i}].agency_id", "names no listed agency")
    officer_ids = {x.id for x in officers}
    for i, dev in enumerate(devices):
        if dev.officer_id not in officer_ids:
            raise ValidationError(f"{p}devices[{i}].officer_id", "names no listed officer")
    return Directory(version, issued_at, expires_at, agencies, officers, devices)
