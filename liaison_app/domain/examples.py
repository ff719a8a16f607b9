"""One valid example of every domain type: for tests (any layer), docs and demo data.

The names and places are invented or public; nothing here is real intelligence.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from liaison_app.domain.cases import Case, CaseStatus, CrimeArea, ExternalRef, ExternalSystem
from liaison_app.domain.crypto_addresses import CryptoNetwork
from liaison_app.domain.grading import Grading, GradingScheme, HandlingCode
from liaison_app.domain.message_content import Content
from liaison_app.domain.messages import (
    AckKind,
    AlertContent,
    AlertKind,
    CaseShareContent,
    InterpolNotice,
    InterpolNoticeColour,
    MessageType,
    RecallAction,
    ReplyOutcome,
    RequestContent,
    UrgencyClass,
)
from liaison_app.domain.parties import Agency, Device, DeviceStatus, Officer
from liaison_app.domain.replies_acks_recalls import AckContent, RecallContent, ReplyContent
from liaison_app.domain.subjects import (
    BankAccount,
    Basis,
    Cash,
    CommsIdentifier,
    CommsKind,
    CryptoAddress,
    DataSubjectCategory,
    DocumentStatus,
    DocumentType,
    InformalTransfer,
    Location,
    MoneyTransfer,
    Organisation,
    PaymentCard,
    Person,
    Route,
    RouteMode,
    Sex,
    Subject,
    TravelDocument,
    Vehicle,
    VehicleKind,
)

MSG_ID = "01890a5d-ac96-774b-bcce-b302099a8057"
SUSPECT = DataSubjectCategory.SUSPECT
FACT = Basis.FACT

CASE = Case(
    ref="GB-NCA/2026/0042", title="Lorry route via Subotica",
    crime_area=CrimeArea.MIGRANT_SMUGGLING, status=CaseStatus.OPEN,
    external_refs=(ExternalRef(ExternalSystem.SIENA, "SIENA-2026-11873"),
                   ExternalRef(ExternalSystem.SELEC, "SELEC/OP/2026/7")),
    review_on=date(2027, 11, 23), opened_at=datetime(2026, 11, 23, 3, 45, tzinfo=UTC),
)

FINANCIAL_SUBJECTS: list[Subject] = [
    BankAccount(category=SUSPECT, basis=FACT, iban="GB82WEST12345698765432",
                bic="WESTGB2L", holder_name="Balkan Express Tours", bank_name="West Bank",
                country="GB"),
    BankAccount(category=SUSPECT, basis=FACT, account_number="160-5100-71",
                bank_code="160", holder_name="M. Petrović", country="RS"),
    PaymentCard(category=SUSPECT, basis=FACT, last_four="4242", issuer="Visa, Banca Intesa"),
    MoneyTransfer(category=SUSPECT, basis=FACT, provider="Western Union",
                  reference="4716038295", amount="2500.00", currency="EUR",
                  sent_on=date(2026, 5, 3), sender_name="Ali Rahimi", sender_country="DE",
                  receiver_name="Marko Petrović", receiver_country="RS"),
    CryptoAddress(category=SUSPECT, basis=FACT, network=CryptoNetwork.BITCOIN,
                  address="bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", asset="BTC"),
    CryptoAddress(category=SUSPECT, basis=Basis.ASSESSMENT, network=CryptoNetwork.ETHEREUM,
                  address="0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", asset="USDT"),
    InformalTransfer(category=SUSPECT, basis=Basis.ASSESSMENT, broker_name="Haji Karim",
                     location="Istanbul, Aksaray", phone="+905321234567", amount="6000",
                     currency="USD"),
    Cash(category=SUSPECT, basis=FACT, amount="48500", currency="EUR",
         location="Horgoš, spare wheel of lorry NS 123-AB"),
]
"""One of each financial form (docs/protocol.md §20)."""

SUBJECTS: list[Subject] = [
    Person(category=SUSPECT, basis=FACT, surname="Petrović", given_names="Marko",
           aliases=("Kum", "Marko S."), date_of_birth="1984-03-12",
           place_of_birth="Novi Sad", nationalities=("RS", "BGR"), sex=Sex.MALE,
           notes="Seen at Horgoš.\nDrives a white van."),
    Organisation(category=SUSPECT, basis=Basis.ASSESSMENT, name="Balkan Express Tours",
                 aliases=("BET",), country="RS"),
    Vehicle(category=SUSPECT, basis=FACT, vehicle_kind=VehicleKind.LORRY,
            registration="NS 123-AB", registration_country="RS", vin="WDB9634031L738216",
            make="Mercedes-Benz", model="Actros", colour="white"),
    TravelDocument(category=DataSubjectCategory.VICTIM, basis=FACT,
                   document_type=DocumentType.PASSPORT, number="X1234567",
                   issuing_country="BGR", issued_on=date(2020, 1, 2),
                   expires_on=date(2030, 1, 1), status=DocumentStatus.STOLEN),
    CommsIdentifier(category=SUSPECT, basis=FACT, identifier_kind=CommsKind.PHONE,
                    value="+381641234567", service="WhatsApp"),
    CommsIdentifier(category=SUSPECT, basis=FACT, identifier_kind=CommsKind.IMEI,
                    value="490154203237518"),
    CommsIdentifier(category=DataSubjectCategory.CONTACT_ASSOCIATE, basis=FACT,
                    identifier_kind=CommsKind.EMAIL, value="Kum.Travel@example.org"),
    CommsIdentifier(category=SUSPECT, basis=Basis.ASSESSMENT,
                    identifier_kind=CommsKind.HANDLE, value="@kum_transport",
                    service="Telegram"),
    Location(category=DataSubjectCategory.OTHER, basis=FACT, name="Kapitan Andreevo",
             country="BG", is_border_crossing=True, latitude_e6=41_718_000,
             longitude_e6=26_313_000),
    Route(category=DataSubjectCategory.OTHER, basis=Basis.ASSESSMENT,
          waypoints=("Istanbul", "Kapitan Andreevo", "Sofia", "Belgrade", "Subotica"),
          mode=RouteMode.ROAD, name="Western Balkans route"),
    *FINANCIAL_SUBJECTS,
]

CONTENTS: list[tuple[MessageType, Content]] = [
    (MessageType.REQUEST, RequestContent(
        purpose="Identify the driver", information_requested="Name and date of birth",
        grounds="Suspected facilitation of illegal entry", urgency=UrgencyClass.URGENT_DIRECT,
        evidence_use_sought=False)),
    (MessageType.ALERT, AlertContent(
        alert_kind=AlertKind.LOOKOUT, action_requested="Stop and search",
        valid_until=datetime(2026, 12, 1, 0, 0, tzinfo=UTC),
        interpol_notice=InterpolNotice(InterpolNoticeColour.RED, "A-1234/5-2026"))),
    (MessageType.ALERT, AlertContent(alert_kind=AlertKind.SPONTANEOUS_INFORMATION)),
    (MessageType.REPLY, ReplyContent(outcome=ReplyOutcome.PROVIDED)),
    (MessageType.REPLY, ReplyContent(outcome=ReplyOutcome.REFUSED, reason="Not lawful")),
    (MessageType.ACK, AckContent(ack_kind=AckKind.BUSINESS, of_messages=(MSG_ID,))),
    (MessageType.RECALL, RecallContent(action=RecallAction.RECTIFY, of_message=MSG_ID,
                                       reason="Wrong date of birth")),
    (MessageType.CASE_SHARE, CaseShareContent(case=CASE)),
]

AGENCY = Agency("GB-NCA", "National Crime Agency", "GB")
OFFICER = Officer("gb-nca.lo-belgrade", "GB-NCA", "Liaison officer Belgrade")
DEVICE = Device("abcdefghijklmnopqrstuvwxyz234567", "gb-nca.lo-belgrade", "GB-NCA",
                DeviceStatus.ACTIVE)
GRADING_UK = Grading(GradingScheme.UK_3X5X2, "1", "A")
GRADING_EU = Grading(GradingScheme.EUROPOL_4X4, "B", "2")
HANDLING_UK = HandlingCode(GradingScheme.UK_3X5X2, "C", "Not for court use", True)
HANDLING_EU = HandlingCode(GradingScheme.EUROPOL_4X4, "H3", "Only for SELEC members")

WIRE_TYPES: list[tuple[Any, Callable[[object, str], object]]] = [
    (AGENCY, Agency.from_wire), (OFFICER, Officer.from_wire), (DEVICE, Device.from_wire),
    (GRADING_UK, Grading.from_wire), (GRADING_EU, Grading.from_wire),
    (HANDLING_UK, HandlingCode.from_wire), (HANDLING_EU, HandlingCode.from_wire),
    (CASE, Case.from_wire), (CASE.external_refs[0], ExternalRef.from_wire),
]
"""Objects with their own to_wire/from_wire, with the parser for them."""
