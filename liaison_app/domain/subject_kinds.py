"""The structured subjects of a message or case: who, what and where.

Each subject records its data-subject category (LED Art. 6) and whether it is
a fact or an assessment (LED Art. 7: facts kept apart from assessments).
Import these through `liaison_app.domain.subjects`, which adds the codecs.

Choices: a date of birth may be partial (`1984`, `1984-03`) or "" when
unknown, because partners often know only the year; optional text is "" when
unknown (never None); countries are ISO 3166 codes kept as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import (
    Any,
    Literal,
)

from liaison_app.domain.checks import (
    NAME_MAX,
    SHORT_MAX,
    TEXT_MAX,
    check_bool,
    check_int,
    check_str_tuple,
    check_text,
    each_item,
    parse_enum,
)
from liaison_app.domain.countries import ALPHA3_TO_ALPHA2, validate_country
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.timefmt import check_date


class DataSubjectCategory(StrEnum):
    """Categories of data subject (LED Art. 6)."""

    SUSPECT = "suspect"
    CONVICTED = "convicted"
    VICTIM = "victim"
    WITNESS = "witness"
    CONTACT_ASSOCIATE = "contact_associate"
    OTHER = "other"


class Basis(StrEnum):
    """Whether an entry is a fact or a personal assessment (kept apart, LED Art. 7)."""

    FACT = "fact"
    ASSESSMENT = "assessment"


class Sex(StrEnum):
    """Sex as recorded on a document or observed."""

    FEMALE = "female"
    MALE = "male"
    UNKNOWN = "unknown"
    OTHER = "other"


class VehicleKind(StrEnum):
    """What sort of vehicle or vessel."""

    LORRY = "lorry"
    VAN = "van"
    CAR = "car"
    BUS = "bus"
    BOAT = "boat"
    OTHER = "other"


class DocumentType(StrEnum):
    """Kind of travel or identity document."""

    PASSPORT = "passport"
    ID_CARD = "id_card"
    VISA = "visa"
    RESIDENCE_PERMIT = "residence_permit"
    OTHER = "other"


class DocumentStatus(StrEnum):
    """What is known about a document; `blank` is a stolen blank."""

    GENUINE = "genuine"
    FALSE = "false"
    STOLEN = "stolen"
    BLANK = "blank"
    UNKNOWN = "unknown"


class CommsKind(StrEnum):
    """Kind of communications identifier."""

    PHONE = "phone"
    IMEI = "imei"
    EMAIL = "email"
    HANDLE = "handle"


class RouteMode(StrEnum):
    """How a route is travelled."""

    ROAD = "road"
    RAIL = "rail"
    SEA = "sea"
    RIVER = "river"
    AIR = "air"
    ON_FOOT = "on_foot"
    MIXED = "mixed"
    UNKNOWN = "unknown"


CATEGORY_LABELS: dict[DataSubjectCategory, str] = {
    DataSubjectCategory.SUSPECT: "Suspect",
    DataSubjectCategory.CONVICTED: "Convicted person",
    DataSubjectCategory.VICTIM: "Victim",
    DataSubjectCategory.WITNESS: "Witness",
    DataSubjectCategory.CONTACT_ASSOCIATE: "Contact or associate",
    DataSubjectCategory.OTHER: "Other",
}

MAX_NATIONALITIES = 10
MAX_WAYPOINTS = 50
REGISTRATION_MAX = 20
DOCUMENT_NUMBER_MAX = 30
EMAIL_MAX = 254

_PARTIAL_DATE_RE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?", re.ASCII)
_VIN_RE = re.compile(r"[A-HJ-NPR-Z0-9]{17}", re.ASCII)
_HIN_RE = re.compile(r"[A-Z0-9]{12,17}", re.ASCII)
_PHONE_RE = re.compile(r"\+[1-9][0-9]{6,14}", re.ASCII)
_IMEI_RE = re.compile(r"[0-9]{15}", re.ASCII)
_DOMAIN_LABEL_RE = re.compile(r"[^\W_](?:[\w-]{0,61}[^\W_])?")

LATITUDE_E6_MAX = 90_000_000
LONGITUDE_E6_MAX = 180_000_000


def _check_common(s: Any) -> None:
    object.__setattr__(s, "category", parse_enum(DataSubjectCategory, s.category, "category"))
    object.__setattr__(s, "basis", parse_enum(Basis, s.basis, "basis"))
    check_text(s.notes, "notes", max_len=TEXT_MAX, required=False, multiline=True)


def _validate_nationality(code: object, field: str) -> str:
    return validate_country(code, field, special=True)


def check_partial_date(value: object, field: str) -> str:
    """Return `value` if it is "", `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real date), else raise."""
    if not isinstance(value, str):
        raise ValidationError(field, "must be a string")
    if value == "":
        return value
    m = _PARTIAL_DATE_RE.fullmatch(value)
    if m is None:
        raise ValidationError(field, "must be YYYY, YYYY-MM or YYYY-MM-DD (or empty if unknown)")
    y, mo, d = m.groups()
    year, month, day = int(y), int(mo) if mo else 1, int(d) if d else 1
    if year < 1880:
        raise ValidationError(field, "is before 1880")
    try:
        date(year, month, day)
    except ValueError:
        raise ValidationError(field, "is not a real date") from None
    return value


def _check_code_chars(value: str, field: str, allowed: str) -> None:
    rest = value
    for ch in allowed:
        rest = rest.replace(ch, "")
    if not rest or rest.isalnum():  # every character alphanumeric: no scan needed
        return
    for ch in value:
        if not (ch.isalnum() or ch in allowed):
            raise ValidationError(field, "may hold only letters, digits and {allowed}",
                                  allowed=repr(allowed))


def luhn_ok(digits: str) -> bool:
    """True if the decimal string passes the Luhn check (IMEI check digit)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def check_email(value: str, field: str) -> None:
    """Refuse anything not shaped like `local@domain.tld` (no full RFC 5322 parse)."""
    if len(value) > EMAIL_MAX:
        raise ValidationError(field, "an e-mail address holds at most {limit} characters",
                              limit=str(EMAIL_MAX))
    local, at, domain = value.rpartition("@")
    if not at or not local or "@" in local or len(local) > 64:
        raise ValidationError(field, "must be an e-mail address like name@example.org")
    if any(ch.isspace() for ch in value):
        raise ValidationError(field, "an e-mail address holds no spaces")
    labels = domain.split(".")
    if len(labels) < 2 or not all(_DOMAIN_LABEL_RE.fullmatch(lb) for lb in labels):
        raise ValidationError(field, "the part after '@' must be a domain like example.org")


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """A natural person: at least one of surname, given names or an alias."""

    kind: Literal["person"] = field(default="person", init=False)
    category: DataSubjectCategory
    basis: Basis
    surname: str = ""
    given_names: str = ""
    aliases: tuple[str, ...] = ()
    date_of_birth: str = ""
    """`YYYY-MM-DD`, or partial `YYYY` / `YYYY-MM`, or "" if unknown."""
    place_of_birth: str = ""
    nationalities: tuple[str, ...] = ()
    """ISO 3166 alpha-2 or alpha-3 codes (and ICAO XXA/XXB/XXC/XXX for stateless etc.)."""
    sex: Sex = Sex.UNKNOWN
    notes: str = ""

    def __post_init__(self) -> None:
        _check_common(self)
        check_text(self.surname, "surname", max_len=NAME_MAX, required=False)
        check_text(self.given_names, "given_names", max_len=NAME_MAX, required=False)
        check_str_tuple(self.aliases, "aliases")
        if not (self.surname or self.given_names or self.aliases):
            raise ValidationError("surname", "a person needs a surname, given names or an alias")
        check_partial_date(self.date_of_birth, "date_of_birth")
        check_text(self.place_of_birth, "place_of_birth", max_len=NAME_MAX, required=False)
        check_str_tuple(self.nationalities, "nationalities", max_items=MAX_NATIONALITIES,
                        max_len=3)
        each_item(self.nationalities, "nationalities", _validate_nationality)
        if len({ALPHA3_TO_ALPHA2.get(c, c) for c in self.nationalities}) < len(self.nationalities):
            raise ValidationError("nationalities", "names the same country twice")
        object.__setattr__(self, "sex", parse_enum(Sex, self.sex, "sex"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Organisation:
    """A criminal network, company, travel agency or other body."""

    kind: Literal["organisation"] = field(default="organisation", init=False)
    category: DataSubjectCategory
    basis: Basis
    name: str
    aliases: tuple[str, ...] = ()
    country: str = ""
    notes: str = ""

    def __post_init__(self) -> None:
        _check_common(self)
        check_text(self.name, "name", max_len=NAME_MAX)
        check_str_tuple(self.aliases, "aliases")
        validate_country(self.country, "country", required=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Vehicle:
    """A lorry, van, car, bus or boat; `vin` holds the hull number for a boat."""

    kind: Literal["vehicle"] = field(default="vehicle", init=False)
    category: DataSubjectCategory
    basis: Basis
    vehicle_kind: VehicleKind
    registration: str = ""
    """As on the plate: letters (any script), digits, spaces and hyphens."""
    registration_country: str = ""
    vin: str = ""
    """ISO 3779 VIN (17 chars, no I/O/Q); for a boat, its hull id (12-17 A-Z/0-9)."""
    make: str = ""
    model: str = ""
    colour: str = ""
    notes: str = ""

    def __post_init__(self) -> None:
        _check_common(self)
        kind = parse_enum(VehicleKind, self.vehicle_kind, "vehicle_kind")
        object.__setattr__(self, "vehicle_kind", kind)
        check_text(self.registration, "registration", max_len=REGISTRATION_MAX, required=False)
        _check_code_chars(self.registration, "registration", " -")
        validate_country(self.registration_country, "registration_country", required=False)
        check_text(self.vin, "vin", max_len=17, required=False)
        if self.vin:
            if kind is VehicleKind.BOAT and not _HIN_RE.fullmatch(self.vin):
                raise ValidationError("vin", "a hull id is 12-17 capital letters and digits")
            if kind is not VehicleKind.BOAT and not _VIN_RE.fullmatch(self.vin):
                raise ValidationError(
                    "vin", "a VIN is 17 capital letters (not I, O or Q) and digits"
                )
        for name in ("make", "model", "colour"):
            check_text(getattr(self, name), name, max_len=SHORT_MAX, required=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class TravelDocument:
    """A passport, identity card, visa or permit, genuine or not."""

    kind: Literal["travel_document"] = field(default="travel_document", init=False)
    category: DataSubjectCategory
    basis: Basis
    document_type: DocumentType
    number: str = ""
    issuing_country: str = ""
    issued_on: date | None = None
    expires_on: date | None = None
    status: DocumentStatus = DocumentStatus.UNKNOWN
    notes: str = ""

    def __post_init__(self) -> None:
        _check_common(self)
        object.__setattr__(
            self, "document_type", parse_enum(DocumentType, self.document_type, "document_type")
        )
        check_text(self.number, "number", max_len=DOCUMENT_NUMBER_MAX, required=False)
        _check_code_chars(self.number, "number", " -/")
        validate_country(self.issuing_country, "issuing_country", required=False, special=True)
        if self.issued_on is not None:
            check_date(self.issued_on, "issued_on")
        if self.expires_on is not None:
            check_date(self.expires_on, "expires_on")
        if self.issued_on and self.expires_on and self.expires_on < self.issued_on:
            raise ValidationError("expires_on", "is before issued_on")
        object.__setattr__(self, "status", parse_enum(DocumentStatus, self.status, "status"))


@dataclass(frozen=True, slots=True, kw_only=True)
class CommsIdentifier:
    """A phone number (E.164, `+381641234567`), IMEI, e-mail address or messaging handle."""

    kind: Literal["comms"] = field(default="comms", init=False)
    category: DataSubjectCategory
    basis: Basis
    identifier_kind: CommsKind
    value: str
    service: str = ""
    """Optional: the app or network it was seen on (WhatsApp, Telegram, ...)."""
    notes: str = ""

    def __post_init__(self) -> None:
        _check_common(self)
        kind = parse_enum(CommsKind, self.identifier_kind, "identifier_kind")
        object.__setattr__(self, "identifier_kind", kind)
        check_text(self.value, "value", max_len=EMAIL_MAX if kind is CommsKind.EMAIL else NAME_MAX)
        check_text(self.service, "service", max_len=SHORT_MAX, required=False)
        if kind is CommsKind.PHONE and not _PHONE_RE.fullmatch(self.value):
            raise ValidationError(
                "value", "a phone number is '+', country code and number, digits only "
                "(E.164, e.g. +381641234567)",
            )
        if kind is CommsKind.IMEI:
            if not _IMEI_RE.fullmatch(self.value):
                raise ValidationError("value", "an IMEI is 15 digits")
            if not luhn_ok(self.value):
                raise ValidationError("value", "this IMEI fails its check digit")
        if kind is CommsKind.EMAIL:
            check_email(self.value, "value")


@dataclass(frozen=True, slots=True, kw_only=True)
class Location:
    """A place: a town, address, car park or border-crossing point.

    Coordinates are WGS 84 degrees times 10^6 as integers (no floats on the
    wire); both or neither.
    """

    kind: Literal["location"] = field(default="location", init=False)
    category: DataSubjectCategory
    basis: Basis
    name: str
    country: str = ""
    is_border_crossing: bool = False
    latitude_e6: int | None = None
    longitude_e6: int | None = None
    notes: str = ""

    def __post_init__(self) -> None:
        _check_common(self)
        check_text(self.name, "name", max_len=NAME_MAX)
        validate_country(self.country, "country", required=False)
        check_bool(self.is_border_crossing, "is_border_crossing")
        if (self.latitude_e6 is None) != (self.longitude_e6 is None):
            raise ValidationError("latitude_e6", "give both latitude and longitude, or neither")
        if self.latitude_e6 is not None:
            check_int(self.latitude_e6, "latitude_e6", minimum=-LATITUDE_E6_MAX,
                      maximum=LATITUDE_E6_MAX)
        if self.longitude_e6 is not None:
            check_int(self.longitude_e6, "longitude_e6", minimum=-LONGITUDE_E6_MAX,
                      maximum=LONGITUDE_E6_MAX)


@dataclass(frozen=True, slots=True, kw_only=True)
class Route:
    """A smuggling route as an ordered list of places (at least two)."""

    kind: Literal["route"] = field(default="route", init=False)
    category: DataSubjectCategory
    basis: Basis
    waypoints: tuple[str, ...]
    mode: RouteMode = RouteMode.UNKNOWN
    name: str = ""
    """Optional: what it is called, e.g. "Western Balkans route"."""
    notes: str = ""

    def __post_init__(self) -> None:
        _check_common(self)
        check_str_tuple(self.waypoints, "waypoints", min_items=2, max_items=MAX_WAYPOINTS,
                        unique=False)
        object.__setattr__(self, "mode", parse_enum(RouteMode, self.mode, "mode"))
        check_text(self.name, "name", max_len=NAME_MAX, required=False)
