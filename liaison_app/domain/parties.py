"""Who takes part: agencies, their officers and the officers' devices.

Identifiers are ASCII so they sort and compare the same everywhere:
an agency id is a country code and an acronym (`GB-NCA`, `RS-BP`, `EU-EUROPOL`);
an officer id is the agency id in lower case, a dot and a post or name
(`gb-nca.lo-belgrade`), so every officer id names its agency; a device id is
the 32-character lowercase base32 fingerprint of its signing key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from liaison_app.domain.checks import NAME_MAX, check_text, parse_enum, reprefixed, wire_object
from liaison_app.domain.countries import validate_country
from liaison_app.domain.errors import ValidationError

ID_MAX = 64
_AGENCY_RE = re.compile(r"[A-Z]{2}-[A-Z0-9]+(?:-[A-Z0-9]+)*", re.ASCII)
_OFFICER_RE = re.compile(r"([a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z0-9]+(?:[-_][a-z0-9]+)*)",
                         re.ASCII)
_DEVICE_RE = re.compile(r"[a-z2-7]{32}", re.ASCII)

_KNOWN_MAX = 4096
_KNOWN_AGENCIES: set[str] = set()
_KNOWN_OFFICERS: set[str] = set()
_KNOWN_DEVICES: set[str] = set()
"""Ids already found valid. The same few dozen agencies, officers and devices
recur in every message and directory, and validity is a pure function of the
text, so a hit skips the pattern match. Bounded: once full, nothing is added."""


def _known(ids: set[str], text: str) -> str:
    if len(ids) < _KNOWN_MAX:
        ids.add(text)
    return text

# Wire key sets of the from_wire parsers below (built once).
_AGENCY_KEYS = frozenset({"id", "name", "country"})
_OFFICER_KEYS = frozenset({"id", "agency_id", "name"})
_DEVICE_KEYS = frozenset({"device_id", "officer_id", "agency_id", "status"})


_AGENCY_ID_RULE = ("must be an agency id like GB-NCA: two capital letters, '-', "
                   f"capitals and digits, at most {ID_MAX} characters")
_OFFICER_ID_RULE = ("must be an officer id like gb-nca.lo-belgrade: the agency id in lower "
                    f"case, '.', then lower-case letters, digits, '-' or '_', at most {ID_MAX} "
                    "characters")


def _check_id(text: object, field: str, known: set[str], pattern: re.Pattern[str],
              rule: str) -> str:
    if type(text) is str and text in known:
        return text
    if not isinstance(text, str):
        raise ValidationError(field, "must be a string")
    if len(text) > ID_MAX or not pattern.fullmatch(text):
        raise ValidationError(field, rule)
    return _known(known, text) if type(text) is str else text


def validate_agency_id(text: object, field: str) -> str:
    """Return `text` if it is an agency id like `GB-NCA` or `RS-BP`, else raise."""
    return _check_id(text, field, _KNOWN_AGENCIES, _AGENCY_RE, _AGENCY_ID_RULE)


def validate_officer_id(text: object, field: str) -> str:
    """Return `text` if it is an officer id like `gb-nca.lo-belgrade`, else raise."""
    return _check_id(text, field, _KNOWN_OFFICERS, _OFFICER_RE, _OFFICER_ID_RULE)


def officer_agency_id(officer_id: str) -> str:
    """The agency id an officer id belongs to (`gb-nca.lo-belgrade` -> `GB-NCA`)."""
    return validate_officer_id(officer_id, "officer_id").split(".", 1)[0].upper()


def validate_device_id(text: object, field: str) -> str:
    """Return `text` if it is a device fingerprint (32 lowercase base32 chars), else raise."""
    if type(text) is str and text in _KNOWN_DEVICES:
        return text
    if not isinstance(text, str) or not _DEVICE_RE.fullmatch(text):
        raise ValidationError(field, "must be 32 lowercase base32 characters (a-z, 2-7)")
    return _known(_KNOWN_DEVICES, text) if type(text) is str else text


def _check_belongs(officer_id: str, agency_id: str, field: str) -> None:
    if officer_agency_id(officer_id) != agency_id:
        raise ValidationError(field, "officer {officer_id} does not belong to agency {agency_id}",
                              officer_id=officer_id, agency_id=agency_id)


@dataclass(frozen=True, slots=True)
class Agency:
    """A law-enforcement agency taking part (NCA, Serbian Border Police, ...)."""

    id: str
    name: str
    country: str
    """ISO 3166-1 code of the agency's home (alpha-2 preferred)."""

    def __post_init__(self) -> None:
        validate_agency_id(self.id, "id")
        check_text(self.name, "name", max_len=NAME_MAX)
        validate_country(self.country, "country")

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"id": self.id, "name": self.name, "country": self.country}

    @classmethod
    def from_wire(cls, obj: object, field: str) -> Agency:
        """Strict parse; errors name `field`."""
        try:
            d = wire_object(obj, _AGENCY_KEYS)
            return cls(id=d["id"], name=d["name"], country=d["country"])
        except ValidationError as exc:
            raise reprefixed(field, exc) from None


@dataclass(frozen=True, slots=True)
class Officer:
    """A liaison officer or investigator; the id's prefix is the agency id."""

    id: str
    agency_id: str
    name: str

    def __post_init__(self) -> None:
        validate_officer_id(self.id, "id")
        validate_agency_id(self.agency_id, "agency_id")
        check_text(self.name, "name", max_len=NAME_MAX)
        _check_belongs(self.id, self.agency_id, "agency_id")

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"id": self.id, "agency_id": self.agency_id, "name": self.name}

    @classmethod
    def from_wire(cls, obj: object, field: str) -> Officer:
        """Strict parse; errors name `field`."""
        try:
            d = wire_object(obj, _OFFICER_KEYS)
            return cls(id=d["id"], agency_id=d["agency_id"], name=d["name"])
        except ValidationError as exc:
            raise reprefixed(field, exc) from None


class DeviceStatus(StrEnum):
    """Whether a device may still send and receive."""

    ACTIVE = "active"
    REVOKED = "revoked"


@dataclass(frozen=True, slots=True)
class Device:
    """One officer's laptop: its key fingerprint and whether it is still trusted."""

    device_id: str
    officer_id: str
    agency_id: str
    status: DeviceStatus

    def __post_init__(self) -> None:
        validate_device_id(self.device_id, "device_id")
        validate_officer_id(self.officer_id, "officer_id")
        validate_agency_id(self.agency_id, "agency_id")
        object.__setattr__(self, "status", parse_enum(DeviceStatus, self.status, "status"))
        _check_belongs(self.officer_id, self.agency_id, "agency_id")

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"device_id": self.device_id, "officer_id": self.officer_id,
                "agency_id": self.agency_id, "status": self.status.value}

    @classmethod
    def from_wire(cls, obj: object, field: str) -> Device:
        """Strict parse; errors name `field`."""
        try:
            d = wire_object(obj, _DEVICE_KEYS)
            return cls(
                device_id=d["device_id"], officer_id=d["officer_id"],
                agency_id=d["agency_id"], status=d["status"],
            )
        except ValidationError as exc:
            raise reprefixed(field, exc) from None
