"""One entry per subject kind: its form in `ui/`, its choices, and how its fields become a subject.

The domain dataclasses (`liaison_app.domain.subjects`) do all the checking;
this module only reads the widgets and hands the values over.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from liaison_app.domain.errors import ValidationError
from liaison_app.domain.subjects import (
    CommsIdentifier,
    CommsKind,
    DocumentStatus,
    DocumentType,
    Location,
    Organisation,
    Person,
    Route,
    RouteMode,
    Sex,
    Subject,
    TravelDocument,
    Vehicle,
    VehicleKind,
)
from liaison_app.domain.timefmt import parse_date
from liaison_app.gui.compose._util import combo_enum, fill_combo, items, lines
from liaison_app.gui.forms import child

# Qt's translate under the name lupdate looks for (literal context and text at each call)
translate = QCoreApplication.translate


def _text(form: QWidget, name: str) -> str:
    return child(form, QLineEdit, name).text()


def _lines(form: QWidget, name: str) -> tuple[str, ...]:
    return lines(child(form, QPlainTextEdit, name).toPlainText())


def _date(form: QWidget, name: str, field: str) -> Any:
    text = _text(form, name).strip()
    return parse_date(text, field) if text else None


def _degrees_e6(form: QWidget, name: str, field: str, limit: int) -> int | None:
    text = _text(form, name).strip()
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValidationError(
            field, translate("SubjectKinds", "must be a number of degrees, e.g. 44.8176")
        ) from None
    if not value.is_finite() or abs(value) > limit:
        raise ValidationError(
            field, translate("SubjectKinds", "must be between -{n} and {n} degrees").format(n=limit)
        )
    return int((value * 1_000_000).to_integral_value())


def _combo(form: QWidget, name: str, choices: list[tuple[str, str]], default: str = "") -> None:
    combo = child(form, QComboBox, name)
    fill_combo(combo, choices, placeholder="" if default else translate("SubjectKinds", "Choose…"))
    if default:
        combo.setCurrentIndex(combo.findData(default))


Builder = Callable[[QWidget, dict[str, Any]], Subject]


@dataclass(frozen=True)
class KindSpec:
    """How one kind of subject is edited."""

    kind: str
    form: str
    title: Callable[[], str]
    setup: Callable[[QWidget], None]
    build: Builder


def _person_setup(form: QWidget) -> None:
    _combo(
        form,
        "sexCombo",
        [
            (translate("SubjectKinds", "Unknown"), Sex.UNKNOWN.value),
            (translate("SubjectKinds", "Female"), Sex.FEMALE.value),
            (translate("SubjectKinds", "Male"), Sex.MALE.value),
            (translate("SubjectKinds", "Other"), Sex.OTHER.value),
        ],
        default=Sex.UNKNOWN.value,
    )


def _person(form: QWidget, common: dict[str, Any]) -> Subject:
    return Person(**common, surname=_text(form, "surnameEdit"),
                  given_names=_text(form, "givenNamesEdit"),
                  aliases=_lines(form, "aliasesEdit"), date_of_birth=_text(form, "dobEdit"),
                  place_of_birth=_text(form, "pobEdit"),
                  nationalities=items(_text(form, "nationalitiesEdit")),
                  sex=combo_enum(child(form, QComboBox, "sexCombo"), Sex, "sex"))


def _organisation(form: QWidget, common: dict[str, Any]) -> Subject:
    return Organisation(**common, name=_text(form, "nameEdit"),
                        aliases=_lines(form, "aliasesEdit"), country=_text(form, "countryEdit"))


def _vehicle_setup(form: QWidget) -> None:
    _combo(
        form,
        "vehicleKindCombo",
        [
            (translate("SubjectKinds", "Lorry"), VehicleKind.LORRY.value),
            (translate("SubjectKinds", "Van"), VehicleKind.VAN.value),
            (translate("SubjectKinds", "Car"), VehicleKind.CAR.value),
            (translate("SubjectKinds", "Bus"), VehicleKind.BUS.value),
            (translate("SubjectKinds", "Boat"), VehicleKind.BOAT.value),
            (translate("SubjectKinds", "Other"), VehicleKind.OTHER.value),
        ],
    )


def _vehicle(form: QWidget, common: dict[str, Any]) -> Subject:
    return Vehicle(**common, vehicle_kind=combo_enum(child(form, QComboBox, "vehicleKindCombo"),
                                                     VehicleKind, "vehicle_kind"),
                   registration=_text(form, "registrationEdit"),
                   registration_country=_text(form, "registrationCountryEdit"),
                   vin=_text(form, "vinEdit"), make=_text(form, "makeEdit"),
                   model=_text(form, "modelEdit"), colour=_text(form, "colourEdit"))


def _document_setup(form: QWidget) -> None:
    _combo(
        form,
        "documentTypeCombo",
        [
            (translate("SubjectKinds", "Passport"), DocumentType.PASSPORT.value),
            (translate("SubjectKinds", "Identity card"), DocumentType.ID_CARD.value),
            (translate("SubjectKinds", "Visa"), DocumentType.VISA.value),
            (translate("SubjectKinds", "Residence permit"), DocumentType.RESIDENCE_PERMIT.value),
            (translate("SubjectKinds", "Other"), DocumentType.OTHER.value),
        ],
    )
    _combo(
        form,
        "statusCombo",
        [
            (translate("SubjectKinds", "Unknown"), DocumentStatus.UNKNOWN.value),
            (translate("SubjectKinds", "Genuine"), DocumentStatus.GENUINE.value),
            (
                translate("SubjectKinds", "False (forged or counterfeit)"),
                DocumentStatus.FALSE.value,
            ),
            (translate("SubjectKinds", "Stolen"), DocumentStatus.STOLEN.value),
            (translate("SubjectKinds", "Stolen blank"), DocumentStatus.BLANK.value),
        ],
        default=DocumentStatus.UNKNOWN.value,
    )


def _document(form: QWidget, common: dict[str, Any]) -> Subject:
    return TravelDocument(
        **common, document_type=combo_enum(child(form, QComboBox, "documentTypeCombo"),
                                           DocumentType, "document_type"),
        number=_text(form, "numberEdit"), issuing_country=_text(form, "issuingCountryEdit"),
        issued_on=_date(form, "issuedOnEdit", "issued_on"),
        expires_on=_date(form, "expiresOnEdit", "expires_on"),
        status=combo_enum(child(form, QComboBox, "statusCombo"), DocumentStatus, "status"))


def _comms_setup(form: QWidget) -> None:
    _combo(
        form,
        "identifierKindCombo",
        [
            (translate("SubjectKinds", "Phone number"), CommsKind.PHONE.value),
            (translate("SubjectKinds", "IMEI"), CommsKind.IMEI.value),
            (translate("SubjectKinds", "E-mail address"), CommsKind.EMAIL.value),
            (translate("SubjectKinds", "Messaging handle"), CommsKind.HANDLE.value),
        ],
        default=CommsKind.PHONE.value,
    )


def _comms(form: QWidget, common: dict[str, Any]) -> Subject:
    return CommsIdentifier(
        **common, identifier_kind=combo_enum(child(form, QComboBox, "identifierKindCombo"),
                                             CommsKind, "identifier_kind"),
        value=_text(form, "valueEdit"), service=_text(form, "serviceEdit"))


def _location(form: QWidget, common: dict[str, Any]) -> Subject:
    return Location(**common, name=_text(form, "nameEdit"), country=_text(form, "countryEdit"),
                    is_border_crossing=child(form, QCheckBox, "borderCheck").isChecked(),
                    latitude_e6=_degrees_e6(form, "latitudeEdit", "latitude_e6", 90),
                    longitude_e6=_degrees_e6(form, "longitudeEdit", "longitude_e6", 180))


def _route_setup(form: QWidget) -> None:
    _combo(
        form,
        "modeCombo",
        [
            (translate("SubjectKinds", "Unknown"), RouteMode.UNKNOWN.value),
            (translate("SubjectKinds", "Road"), RouteMode.ROAD.value),
            (translate("SubjectKinds", "Rail"), RouteMode.RAIL.value),
            (translate("SubjectKinds", "Sea"), RouteMode.SEA.value),
            (translate("SubjectKinds", "River"), RouteMode.RIVER.value),
            (translate("SubjectKinds", "Air"), RouteMode.AIR.value),
            (translate("SubjectKinds", "On foot"), RouteMode.ON_FOOT.value),
            (translate("SubjectKinds", "Mixed"), RouteMode.MIXED.value),
        ],
        default=RouteMode.UNKNOWN.value,
    )


def _route(form: QWidget, common: dict[str, Any]) -> Subject:
    return Route(**common, waypoints=_lines(form, "waypointsEdit"),
                 mode=combo_enum(child(form, QComboBox, "modeCombo"), RouteMode, "mode"),
                 name=_text(form, "nameEdit"))


def _nothing(form: QWidget) -> None:
    return None


KINDS: dict[str, KindSpec] = {
    spec.kind: spec
    for spec in (
        KindSpec(
            "person",
            "subject_editor_person",
            lambda: translate("SubjectKinds", "Person"),
            _person_setup,
            _person,
        ),
        KindSpec(
            "organisation",
            "subject_editor_organisation",
            lambda: translate("SubjectKinds", "Organisation"),
            _nothing,
            _organisation,
        ),
        KindSpec(
            "vehicle",
            "subject_editor_vehicle",
            lambda: translate("SubjectKinds", "Vehicle"),
            _vehicle_setup,
            _vehicle,
        ),
        KindSpec(
            "travel_document",
            "subject_editor_document",
            lambda: translate("SubjectKinds", "Travel document"),
            _document_setup,
            _document,
        ),
        KindSpec(
            "comms",
            "subject_editor_comms",
            lambda: translate("SubjectKinds", "Phone or other identifier"),
            _comms_setup,
            _comms,
        ),
        KindSpec(
            "location",
            "subject_editor_location",
            lambda: translate("SubjectKinds", "Location"),
            _nothing,
            _location,
        ),
        KindSpec(
            "route",
            "subject_editor_route",
            lambda: translate("SubjectKinds", "Route"),
            _route_setup,
            _route,
        ),
    )
}
"""Wire `kind` -> how it is edited, in the order the Kind list offers them."""
