"""Subjects: the union type, its wire codec, search terms, labels and the personal-data flag.

The dataclasses live in `subject_kinds`, their generic codec in `subject_wire`;
this module is the public entry.
On the wire a subject is a flat object with every field present and a
`kind` (`person`, `organisation`, `vehicle`, `travel_document`, `comms`,
`location`, `route`, and the financial kinds of `financial`: `bank_account`,
`payment_card`, `money_transfer`, `crypto_address`, `informal_transfer`,
`cash`) that selects the type; unknown fields are refused.

Personal data (`holds_personal_data`): Person, TravelDocument,
CommsIdentifier and Vehicle identify or single out a natural person, so
retention and erasure treat them as personal data. Organisation, Location and
Route describe bodies, places and paths and are not flagged; anything
personal about them belongs in a linked Person subject, and their notes are
reviewed with the case (its review date) like all case content. Every
financial subject is personal data too: an account, card, transfer, wallet,
broker or courier's cash points at the natural persons behind it.
"""

from __future__ import annotations

from typing import TypeAlias

from liaison_app.domain.captions import subject_caption
from liaison_app.domain.checks import reprefixed
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.financial import (
    FINANCIAL_KINDS,
    NETWORK_LABELS,
    financial_search_terms,
)
from liaison_app.domain.financial_kinds import (
    BankAccount,
    Cash,
    CryptoAddress,
    InformalTransfer,
    MoneyTransfer,
    PaymentCard,
)
from liaison_app.domain.subject_kinds import (
    CATEGORY_LABELS,
    Basis,
    CommsIdentifier,
    CommsKind,
    DataSubjectCategory,
    DocumentStatus,
    DocumentType,
    Location,
    Organisation,
    Person,
    Route,
    RouteMode,
    Sex,
    TravelDocument,
    Vehicle,
    VehicleKind,
    check_partial_date,
)
from liaison_app.domain.subject_wire import dataclass_from_wire, dataclass_to_wire

__all__ = [
    "CATEGORY_LABELS",
    "MAX_SUBJECTS",
    "SUBJECT_KINDS",
    "SUBJECT_VALUE_LABELS",
    "BankAccount",
    "Basis",
    "Cash",
    "CommsIdentifier",
    "CommsKind",
    "CryptoAddress",
    "DataSubjectCategory",
    "DocumentStatus",
    "DocumentType",
    "InformalTransfer",
    "Location",
    "MoneyTransfer",
    "Organisation",
    "PaymentCard",
    "Person",
    "Route",
    "RouteMode",
    "Sex",
    "Subject",
    "TravelDocument",
    "Vehicle",
    "VehicleKind",
    "check_partial_date",
    "holds_personal_data",
    "subject_from_wire",
    "subject_label",
    "subject_search_terms",
    "subject_to_wire",
    "subjects_from_wire",
    "subjects_to_wire",
]

Subject: TypeAlias = (
    Person | Organisation | Vehicle | TravelDocument | CommsIdentifier | Location | Route
    | BankAccount | PaymentCard | MoneyTransfer | CryptoAddress | InformalTransfer | Cash
)

SUBJECT_KINDS: dict[str, type[Subject]] = {
    "person": Person,
    "organisation": Organisation,
    "vehicle": Vehicle,
    "travel_document": TravelDocument,
    "comms": CommsIdentifier,
    "location": Location,
    "route": Route,
    **FINANCIAL_KINDS,
}
"""Wire `kind` -> subject class."""

MAX_SUBJECTS = 100

_PERSONAL = (Person, TravelDocument, CommsIdentifier, Vehicle, BankAccount, PaymentCard,
             MoneyTransfer, CryptoAddress, InformalTransfer, Cash)
_DATES: dict[type, tuple[str, ...]] = {TravelDocument: ("issued_on", "expires_on"),
                                       MoneyTransfer: ("sent_on",)}

SUBJECT_VALUE_LABELS: dict[str, dict[str, str]] = {
    "sex": {Sex.FEMALE: "Female", Sex.MALE: "Male", Sex.UNKNOWN: "Unknown", Sex.OTHER: "Other"},
    "vehicle_kind": {VehicleKind.LORRY: "Lorry", VehicleKind.VAN: "Van", VehicleKind.CAR: "Car",
                     VehicleKind.BUS: "Bus", VehicleKind.BOAT: "Boat", VehicleKind.OTHER: "Other"},
    "document_type": {DocumentType.PASSPORT: "Passport", DocumentType.ID_CARD: "Identity card",
                      DocumentType.VISA: "Visa",
                      DocumentType.RESIDENCE_PERMIT: "Residence permit",
                      DocumentType.OTHER: "Other"},
    "status": {DocumentStatus.GENUINE: "Genuine",
               DocumentStatus.FALSE: "False (forged or counterfeit)",
               DocumentStatus.STOLEN: "Stolen", DocumentStatus.BLANK: "Stolen blank",
               DocumentStatus.UNKNOWN: "Unknown"},
    "identifier_kind": {CommsKind.PHONE: "Phone number", CommsKind.IMEI: "IMEI",
                        CommsKind.EMAIL: "E-mail address", CommsKind.HANDLE: "Messaging handle"},
    "mode": {RouteMode.ROAD: "Road", RouteMode.RAIL: "Rail", RouteMode.SEA: "Sea",
             RouteMode.RIVER: "River", RouteMode.AIR: "Air", RouteMode.ON_FOOT: "On foot",
             RouteMode.MIXED: "Mixed", RouteMode.UNKNOWN: "Unknown"},
    "network": NETWORK_LABELS,
}
"""Wire field -> wire value -> what officers read, for the coded fields of subjects."""


def subject_to_wire(s: Subject) -> dict[str, object]:
    """JSON-ready form of any subject (every field present, `kind` included)."""
    return dataclass_to_wire(s)


def subject_from_wire(obj: object, field: str) -> Subject:
    """Strict parse of one subject, dispatching on `kind`; errors name `field`."""
    if not isinstance(obj, dict):
        raise ValidationError(field, "must be an object")
    kind = obj.get("kind")
    cls = SUBJECT_KINDS.get(kind) if isinstance(kind, str) else None
    if cls is None:
        try:
            raise ValidationError("kind", "must be one of: {choices}",
                                  choices=", ".join(SUBJECT_KINDS))
        except ValidationError as exc:
            raise reprefixed(field, exc) from None
    return dataclass_from_wire(cls, obj, field, dates=_DATES.get(cls, ()))


def subjects_to_wire(subjects: tuple[Subject, ...]) -> list[dict[str, object]]:
    """JSON-ready list of subjects."""
    return [subject_to_wire(s) for s in subjects]


def subjects_from_wire(obj: object, field: str) -> tuple[Subject, ...]:
    """Strict parse of a list of at most MAX_SUBJECTS subjects (`field[i]` in errors)."""
    if not isinstance(obj, list):
        raise ValidationError(field, "must be an array")
    if len(obj) > MAX_SUBJECTS:
        raise ValidationError(field, "holds {given} subjects; the limit is {limit}",
                              given=str(len(obj)), limit=str(MAX_SUBJECTS))
    try:
        return tuple([subject_from_wire(item, field) for item in obj])
    except ValidationError:  # parse again to name the item; names are built only now
        for i, item in enumerate(obj):
            subject_from_wire(item, f"{field}[{i}]")
        raise


def _squash(text: str) -> str:
    return "".join(ch for ch in text if ch not in " -/").upper()


def subject_search_terms(s: Subject) -> list[str]:
    """Words to index for full-text search: names, aliases, plates, numbers, identifiers.

    Plates and document numbers also appear without spaces, hyphens and
    slashes, so `AB12 CDE` is found as `AB12CDE`; phone numbers also appear
    without `+`; e-mail addresses also in lower case.
    """
    terms: list[str] = []
    if isinstance(s, Person):
        full = " ".join(p for p in (s.given_names, s.surname) if p)
        terms += [s.surname, s.given_names, full, *s.aliases]
    elif isinstance(s, Organisation):
        terms += [s.name, *s.aliases]
    elif isinstance(s, Vehicle):
        terms += [s.registration, _squash(s.registration), s.vin]
    elif isinstance(s, TravelDocument):
        terms += [s.number, _squash(s.number)]
    elif isinstance(s, CommsIdentifier):
        terms.append(s.value)
        if s.identifier_kind is CommsKind.PHONE:
            terms.append(s.value[1:])
        elif s.identifier_kind is CommsKind.EMAIL:
            terms.append(s.value.lower())
    elif isinstance(s, Location):
        terms.append(s.name)
    elif isinstance(s, Route):
        terms += [s.name, *s.waypoints]
    else:
        terms += financial_search_terms(s)
    seen: set[str] = set()
    out: list[str] = []
    for term in terms:
        if term and term not in seen:
            seen.add(term)
            out.append(term)
    return out


def subject_label(s: Subject) -> str:
    """A short human label for lists, e.g. `Petrović, Marko (b. 1984)` or `Lorry GB AB12 CDE`
    (the English text of `captions.subject_caption`)."""
    return subject_caption(s).text()


def holds_personal_data(s: Subject) -> bool:
    """True for Person, TravelDocument, CommsIdentifier, Vehicle and the financial kinds
    (see module docstring)."""
    return isinstance(s, _PERSONAL)
