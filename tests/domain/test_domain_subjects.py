"""Subjects: construction rules, the wire codec, search terms, labels, personal data."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from liaison_app.domain.errors import ValidationError
from liaison_app.domain.examples import FACT, SUBJECTS, SUSPECT
from liaison_app.domain.subject_kinds import luhn_ok
from liaison_app.domain.subjects import (
    CommsIdentifier,
    CommsKind,
    DocumentType,
    Location,
    Organisation,
    Person,
    Route,
    TravelDocument,
    Vehicle,
    VehicleKind,
    holds_personal_data,
    subject_from_wire,
    subject_label,
    subject_search_terms,
    subject_to_wire,
    subjects_from_wire,
    subjects_to_wire,
)


@pytest.mark.parametrize("subject", SUBJECTS, ids=lambda s: s.kind)
def test_round_trip(subject: Any) -> None:
    wire = subject_to_wire(subject)
    assert wire["kind"] == subject.kind
    assert subject_from_wire(wire, "subjects[0]") == subject


def test_list_round_trip_and_limit() -> None:
    wire = subjects_to_wire(tuple(SUBJECTS))
    assert subjects_from_wire(wire, "subjects") == tuple(SUBJECTS)
    with pytest.raises(ValidationError) as info:
        subjects_from_wire([wire[0]] * 101, "subjects")
    assert "limit is 100" in info.value.reason
    wire[3] = {**wire[3], "number": "X 1\n"}
    with pytest.raises(ValidationError) as info:
        subjects_from_wire(wire, "subjects")
    assert info.value.field == "subjects[3].number"


def wire_error(obj: object) -> tuple[str, str]:
    with pytest.raises(ValidationError) as info:
        subject_from_wire(obj, "subjects[2]")
    return info.value.field, info.value.reason


def test_wire_strictness() -> None:
    person = subject_to_wire(SUBJECTS[0])
    assert wire_error([person]) == ("subjects[2]", "must be an object")
    assert wire_error({**person, "kind": "dog"})[0] == "subjects[2].kind"
    assert wire_error({k: v for k, v in person.items() if k != "kind"})[0] == "subjects[2].kind"
    assert wire_error({**person, "extra": ""}) == ("subjects[2].extra", "is not a known field")
    missing = {k: v for k, v in person.items() if k != "sex"}
    assert wire_error(missing) == ("subjects[2].sex", "is missing")
    assert wire_error({**person, "nationalities": ["RS", "UK"]})[0] == \
        "subjects[2].nationalities[1]"
    assert wire_error({**person, "aliases": "Kum"})[0] == "subjects[2].aliases"
    assert wire_error({**person, "category": "informant"})[0] == "subjects[2].category"
    assert wire_error({**person, "basis": "opinion"})[0] == "subjects[2].basis"
    assert wire_error({**person, "notes": "x" * 4001})[0] == "subjects[2].notes"
    assert wire_error({**person, "surname": "x" * 201})[0] == "subjects[2].surname"
    doc = subject_to_wire(SUBJECTS[3])
    assert wire_error({**doc, "issued_on": "2020-13-01"})[0] == "subjects[2].issued_on"
    assert wire_error({**doc, "expires_on": 2030})[0] == "subjects[2].expires_on"
    loc = subject_to_wire(SUBJECTS[8])
    assert wire_error({**loc, "latitude_e6": 41.718})[0] == "subjects[2].latitude_e6"
    assert wire_error({**loc, "is_border_crossing": 1})[0] == "subjects[2].is_border_crossing"


def P(**kw: Any) -> Person:
    return Person(category=SUSPECT, basis=FACT, **kw)


@pytest.mark.parametrize(("kw", "field"), [
    ({}, "surname"),
    ({"surname": " Petrović"}, "surname"),
    ({"surname": "A", "aliases": ("x", "x")}, "aliases"),
    ({"surname": "A", "aliases": ("",)}, "aliases[0]"),
    ({"surname": "A", "aliases": ("a",) * 21}, "aliases"),
    ({"surname": "A", "date_of_birth": "84"}, "date_of_birth"),
    ({"surname": "A", "date_of_birth": "1984-02-30"}, "date_of_birth"),
    ({"surname": "A", "date_of_birth": "1984-13"}, "date_of_birth"),
    ({"surname": "A", "date_of_birth": "1850"}, "date_of_birth"),
    ({"surname": "A", "date_of_birth": "12.03.1984"}, "date_of_birth"),
    ({"surname": "A", "nationalities": ("RS", "SRB")}, "nationalities"),
    ({"surname": "A", "nationalities": ("rs",)}, "nationalities[0]"),
    ({"surname": "A", "nationalities": ["RS"]}, "nationalities"),
    ({"surname": "A", "sex": "M"}, "sex"),
    ({"surname": "A", "place_of_birth": "a\x07"}, "place_of_birth"),
])
def test_person_refuses(kw: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        P(**kw)
    assert info.value.field == field


def test_person_accepts() -> None:
    for dob in ("", "1984", "1984-03", "1984-03-12", "2000-02-29"):
        assert P(surname="A", date_of_birth=dob).date_of_birth == dob
    assert P(aliases=("Kum",)).aliases == ("Kum",)
    assert P(given_names="Marko", nationalities=("XXA",)).nationalities == ("XXA",)
    with pytest.raises(TypeError):  # the kind is fixed by the class
        Person(category="suspect", basis="fact", surname="A", kind="vehicle")  # type: ignore[call-arg, arg-type]


def test_vehicle_rules() -> None:
    def V(**kw: Any) -> Vehicle:
        return Vehicle(category=SUSPECT, basis=FACT, **kw)

    assert V(vehicle_kind=VehicleKind.VAN, registration="СА 1234 ВК").registration
    assert V(vehicle_kind=VehicleKind.BOAT, vin="ABC12345D404").vin
    cases: list[tuple[dict[str, Any], str]] = [
        ({"vehicle_kind": "truck"}, "vehicle_kind"),
        ({"vehicle_kind": "car", "registration": "AB_12"}, "registration"),
        ({"vehicle_kind": "car", "registration": "A" * 21}, "registration"),
        ({"vehicle_kind": "car", "registration_country": "SER"}, "registration_country"),
        ({"vehicle_kind": "car", "vin": "WDB9634031L73821"}, "vin"),
        ({"vehicle_kind": "car", "vin": "WDB9634O31L738216"}, "vin"),
        ({"vehicle_kind": "boat", "vin": "abc12345d404"}, "vin"),
        ({"vehicle_kind": "car", "colour": "x" * 101}, "colour"),
    ]
    for kw, field in cases:
        with pytest.raises(ValidationError) as info:
            V(**kw)
        assert info.value.field == field, kw


def test_travel_document_rules() -> None:
    def D(**kw: Any) -> TravelDocument:
        return TravelDocument(category=SUSPECT, basis=FACT, **kw)

    assert D(document_type=DocumentType.ID_CARD).number == ""
    cases: list[tuple[dict[str, Any], str]] = [
        ({"document_type": "passport", "issued_on": date(2020, 1, 1),
          "expires_on": date(2019, 1, 1)}, "expires_on"),
        ({"document_type": "passport", "issued_on": "2020-01-01"}, "issued_on"),
        ({"document_type": "passport", "number": "X12;34"}, "number"),
        ({"document_type": "passport", "status": "forged"}, "status"),
        ({"document_type": "driving_licence"}, "document_type"),
        ({"document_type": "passport", "issuing_country": "ZZZ"}, "issuing_country"),
    ]
    for kw, field in cases:
        with pytest.raises(ValidationError) as info:
            D(**kw)
        assert info.value.field == field, kw


@pytest.mark.parametrize(("kind", "value", "ok"), [
    (CommsKind.PHONE, "+381641234567", True), (CommsKind.PHONE, "+44 7700 900123", False),
    (CommsKind.PHONE, "0641234567", False), (CommsKind.PHONE, "+0641234567", False),
    (CommsKind.PHONE, "+1234567890123456", False),
    (CommsKind.PHONE, "+３８１６４１２３４５６", False),
    (CommsKind.IMEI, "490154203237518", True), (CommsKind.IMEI, "490154203237519", False),
    (CommsKind.IMEI, "49015420323751", False), (CommsKind.IMEI, "4901542032375180", False),
    (CommsKind.EMAIL, "a.b@example.org", True), (CommsKind.EMAIL, "kum@пример.срб", True),
    (CommsKind.EMAIL, "a@b", False), (CommsKind.EMAIL, "a@@b.org", False),
    (CommsKind.EMAIL, "@b.org", False), (CommsKind.EMAIL, "a b@c.org", False),
    (CommsKind.EMAIL, "a@-b.org", False), (CommsKind.EMAIL, "a@b..org", False),
    (CommsKind.HANDLE, "@kum_transport", True), (CommsKind.HANDLE, "", False),
])
def test_comms_identifier(kind: CommsKind, value: str, ok: bool) -> None:
    def make() -> CommsIdentifier:
        return CommsIdentifier(category=SUSPECT, basis=FACT, identifier_kind=kind, value=value)

    if ok:
        assert make().value == value
    else:
        with pytest.raises(ValidationError) as info:
            make()
        assert info.value.field == "value"


def test_luhn() -> None:
    assert luhn_ok("79927398713")
    assert not luhn_ok("79927398710")


def test_location_and_route_rules() -> None:
    def L(**kw: Any) -> Location:
        return Location(category=SUSPECT, basis=FACT, name="Horgoš", **kw)

    assert L(latitude_e6=-90_000_000, longitude_e6=180_000_000).latitude_e6 == -90_000_000
    cases: list[tuple[dict[str, Any], str]] = [
        ({"latitude_e6": 1}, "latitude_e6"),
        ({"latitude_e6": 90_000_001, "longitude_e6": 0}, "latitude_e6"),
        ({"latitude_e6": 0, "longitude_e6": -180_000_001}, "longitude_e6"),
        ({"latitude_e6": 45.5, "longitude_e6": 19}, "latitude_e6"),
        ({"is_border_crossing": "yes"}, "is_border_crossing"),
    ]
    for kw, field in cases:
        with pytest.raises(ValidationError) as info:
            L(**kw)
        assert info.value.field == field, kw
    with pytest.raises(ValidationError) as info:
        Route(category=SUSPECT, basis=FACT, waypoints=("Belgrade",))
    assert info.value.field == "waypoints"
    assert Route(category=SUSPECT, basis=FACT, waypoints=("A", "B", "A")).waypoints[2] == "A"
    with pytest.raises(ValidationError):
        Route(category=SUSPECT, basis=FACT, waypoints=("A", "B"), mode="hovercraft")  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info:
        Organisation(category=SUSPECT, basis=FACT, name="")
    assert info.value.field == "name"


def test_search_terms() -> None:
    person, org, lorry, passport, phone, imei, email, handle, loc, route = SUBJECTS[:10]
    assert subject_search_terms(person) == ["Petrović", "Marko", "Marko Petrović", "Kum",
                                            "Marko S."]
    assert subject_search_terms(org) == ["Balkan Express Tours", "BET"]
    assert subject_search_terms(lorry) == ["NS 123-AB", "NS123AB", "WDB9634031L738216"]
    assert subject_search_terms(passport) == ["X1234567"]
    assert subject_search_terms(phone) == ["+381641234567", "381641234567"]
    assert subject_search_terms(imei) == ["490154203237518"]
    assert subject_search_terms(email) == ["Kum.Travel@example.org", "kum.travel@example.org"]
    assert subject_search_terms(handle) == ["@kum_transport"]
    assert subject_search_terms(loc) == ["Kapitan Andreevo"]
    assert subject_search_terms(route)[:2] == ["Western Balkans route", "Istanbul"]
    bare = Vehicle(category=SUSPECT, basis=FACT, vehicle_kind=VehicleKind.BOAT)
    assert subject_search_terms(bare) == []


def test_labels() -> None:
    labels = [subject_label(s) for s in SUBJECTS]
    assert labels[10:] == [
        "IBAN GB82 WEST 1234 5698 7654 32 (Balkan Express Tours)",
        "Account RS 160-5100-71 / 160 (M. Petrović)",
        "Card ending 4242 (Visa, Banca Intesa)",
        "Transfer Western Union 4716038295 2500.00 EUR",
        "Bitcoin bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
        "Ethereum 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "Hawala Haji Karim, 6000 USD",
        "Cash 48500 EUR (Horgoš, spare wheel of lorry NS 123-AB)",
    ]
    assert labels[:10] == [
        "Petrović, Marko (b. 1984-03-12)",
        "Balkan Express Tours (RS)",
        "Lorry RS NS 123-AB",
        "Passport BGR X1234567 [stolen]",
        "Phone +381641234567 (WhatsApp)",
        "IMEI 490154203237518",
        "E-mail Kum.Travel@example.org",
        "Handle @kum_transport (Telegram)",
        "Kapitan Andreevo (BG) [border crossing]",
        "Western Balkans route: Istanbul → Kapitan Andreevo → Sofia → Belgrade → Subotica",
    ]
    assert subject_label(P(aliases=("Kum",))) == "alias Kum"
    white_van = Vehicle(category=SUSPECT, basis=FACT, vehicle_kind="van", colour="white")  # type: ignore[arg-type]
    assert subject_label(white_van) == "Van white"


def test_personal_data_flag() -> None:
    flags = {s.kind: holds_personal_data(s) for s in SUBJECTS}
    assert flags == {"person": True, "organisation": False, "vehicle": True,
                     "travel_document": True, "comms": True, "location": False,
                     "route": False, "bank_account": True, "payment_card": True,
                     "money_transfer": True, "crypto_address": True,
                     "informal_transfer": True, "cash": True}


def _reference_to_wire(obj: object) -> dict[str, object]:
    """The former definition: every field converted by its value's type."""
    from dataclasses import fields as dc_fields
    from datetime import date as date_type
    from enum import StrEnum

    from liaison_app.domain.timefmt import format_date

    out: dict[str, object] = {}
    for f in dc_fields(obj):  # type: ignore[arg-type]
        value = getattr(obj, f.name)
        if isinstance(value, StrEnum):
            value = value.value
        elif isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, date_type):
            value = format_date(value)
        out[f.name] = value
    return out


def test_subject_to_wire_converts_exactly_what_the_value_types_call_for() -> None:
    """The per-class list of converted fields (from the type hints) misses nothing."""
    from liaison_app.domain.examples import SUBJECTS
    from liaison_app.domain.subjects import SUBJECT_KINDS, subject_to_wire

    assert {type(s) for s in SUBJECTS} == set(SUBJECT_KINDS.values())
    for subject in SUBJECTS:
        wire = subject_to_wire(subject)
        assert wire == _reference_to_wire(subject)
        assert list(wire) == [f for f in subject.__dataclass_fields__]


def test_parsed_subject_is_the_constructed_one_and_still_validated() -> None:
    """The parser fills the object in directly and runs the class's own checks."""
    from liaison_app.domain.examples import SUBJECTS
    from liaison_app.domain.subjects import subject_to_wire

    for subject in SUBJECTS:
        parsed = subject_from_wire(subject_to_wire(subject), "s")
        assert type(parsed) is type(subject)
        assert parsed == subject and hash(parsed) == hash(subject)
        assert repr(parsed) == repr(subject)
    person = next(s for s in SUBJECTS if s.kind == "person")
    bad = {**subject_to_wire(person), "nationalities": ["UK"]}
    with pytest.raises(ValidationError) as info:
        subject_from_wire(bad, "subjects[0]")
    assert info.value.field == "subjects[0].nationalities[0]"
    blank = {**subject_to_wire(person), "surname": " padded "}
    with pytest.raises(ValidationError) as info:
        subject_from_wire(blank, "subjects[0]")
    assert info.value.field == "subjects[0].surname"


def test_the_wire_codec_refuses_a_class_without_slots() -> None:
    """The codec fills objects through their slots; a class without them is a coding
    error, reported as such on first use rather than as an AttributeError mid-parse."""
    from dataclasses import dataclass

    from liaison_app.domain.subject_wire import dataclass_from_wire

    @dataclass(frozen=True)
    class Loose:
        name: str

    with pytest.raises(TypeError, match="slots dataclass"):
        dataclass_from_wire(Loose, {"name": "x"}, "f")
