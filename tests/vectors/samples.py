"""Fixed keys, directory and messages shared by the golden vectors and the tests.

Every key here is derived from a constant seed, so the vectors are reproducible.
Never use these keys for anything real.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import nacl.signing

from liaison_app.crypto.keys import DeviceKeys
from liaison_app.domain.grading import Grading, GradingScheme, HandlingCode
from liaison_app.domain.messages import MessageType, Priority, RequestContent, UrgencyClass
from liaison_app.domain.parties import Agency, DeviceStatus, Officer
from liaison_app.domain.subject_kinds import Basis, DataSubjectCategory, Person, Sex
from liaison_app.protocol.directory import DeviceEntry, Directory
from liaison_app.protocol.message import InnerMessage, Recipients, SenderRef

T0 = datetime(2026, 11, 23, 3, 45, 0, tzinfo=UTC)
MESSAGE_ID = "019ab0c4-5e28-7000-8000-000000000001"
AUTHORITY_SEED = bytes([0xD0]) * 32


@dataclass(frozen=True)
class Party:
    """A device with its owner."""

    name: str
    keys: DeviceKeys
    officer: str
    agency: str
    status: DeviceStatus = DeviceStatus.ACTIVE

    def entry(self) -> DeviceEntry:
        """Its directory entry."""
        pub = self.keys.public()
        return DeviceEntry(pub.device_id, self.officer, self.agency, pub.sign_key,
                           pub.box_key, pub.box_key_sig, self.status)

    def sender_ref(self) -> SenderRef:
        """Its inner-message sender reference."""
        return SenderRef(self.officer, self.agency, self.keys.device_id)


def _party(name: str, n: int, officer: str, agency: str,
           status: DeviceStatus = DeviceStatus.ACTIVE) -> Party:
    keys = DeviceKeys.from_seeds(bytes([0x10 + n]) * 32, bytes([0x20 + n]) * 32)
    return Party(name, keys, officer, agency, status)


A = _party("A", 1, "gb-nca.lo-belgrade", "GB-NCA")
B = _party("B", 2, "rs-bp.duty-desk", "RS-BP")
C = _party("C", 3, "bg-bp.kapitan-andreevo", "BG-BP")
D = _party("D", 4, "rs-bp.analyst", "RS-BP")
E = _party("E", 5, "gb-nca.lo-sofia", "GB-NCA", DeviceStatus.REVOKED)
PARTIES = (A, B, C, D, E)

AGENCIES = (
    Agency("BG-BP", "Bulgarian Border Police", "BG"),
    Agency("GB-NCA", "National Crime Agency", "GB"),
    Agency("RS-BP", "Border Police Directorate", "RS"),
)
OFFICERS = (
    Officer(A.officer, A.agency, "Liaison Officer Belgrade"),
    Officer(B.officer, B.agency, "Duty Desk"),
    Officer(C.officer, C.agency, "Kapitan Andreevo Duty Officer"),
    Officer(D.officer, D.agency, "Analyst"),
    Officer(E.officer, E.agency, "Liaison Officer Sofia"),
)


def authority() -> nacl.signing.SigningKey:
    """The directory authority's fixed key."""
    return nacl.signing.SigningKey(AUTHORITY_SEED)


def directory(version: int = 7, parties: Sequence[Party] = PARTIES,
              issued_at: datetime = datetime(2026, 11, 1, tzinfo=UTC),
              expires_at: datetime = datetime(2026, 12, 1, tzinfo=UTC)) -> Directory:
    """A directory listing `parties`."""
    return Directory(version, issued_at, expires_at, AGENCIES, OFFICERS,
                     tuple(p.entry() for p in parties))


def message(sender: Party = A, to: Sequence[Party] = (B, C), *, msg_id: str = MESSAGE_ID,
            expires_at: datetime | None = datetime(2026, 12, 23, tzinfo=UTC),
            body: str = "Lorry seen at Kapitan Andreevo; please check the driver.") -> InnerMessage:
    """A request from `sender` to the devices of `to`."""
    return InnerMessage(
        id=msg_id,
        type=MessageType.REQUEST,
        sender=sender.sender_ref(),
        recipients=Recipients.of([p.agency for p in to], [p.keys.device_id for p in to]),
        case_ref="NCA/OIC/2026/0042",
        priority=Priority.URGENT,
        handling=HandlingCode(GradingScheme.UK_3X5X2, "P"),
        grading=Grading(GradingScheme.UK_3X5X2, "1", "A"),
        subjects=(Person(category=DataSubjectCategory.SUSPECT, basis=Basis.FACT,
                         surname="Petrović", given_names="Marko", date_of_birth="1984-03",
                         nationalities=("RS",), sex=Sex.MALE),),
        body=body,
        content=RequestContent(
            purpose="Identify the facilitator behind a smuggling route.",
            information_requested="Registered keeper and crossings of lorry PK-123-AB.",
            grounds="Investigation into migrant smuggling (Operation Kestrel).",
            urgency=UrgencyClass.URGENT_INDIRECT,
            evidence_use_sought=False,
        ),
        in_reply_to=None,
        created_at=T0,
        expires_at=expires_at,
        lang="sr-Latn",
    )


def counter_rng(start: int = 0) -> Callable[[int], bytes]:
    """A deterministic rng: bytes start, start+1, ... (mod 256), for golden vectors."""
    state = [start]

    def rng(n: int) -> bytes:
        out = bytes((state[0] + i) % 256 for i in range(n))
        state[0] = (state[0] + n) % 256
        return out

    return rng


HUB_CA_PEM = """-----BEGIN CERTIFICATE-----
MIIByjCCAW+gAwIBAgIUKrD6zqNSqJQQ4rDrPcdz7qCKjQwwCgYIKoZIzj0EAwIw
QTEUMBIGA1UECgwLTGlhaXNvbiBodWIxKTAnBgNVBAMMIExpYWlzb24gaHViIENB
IChodWIuZXhhbXBsZS5vcmcpMB4XDTI2MTAzMTIzMDAwMFoXDTM2MTAyOTAwMDAw
MFowQTEUMBIGA1UECgwLTGlhaXNvbiBodWIxKTAnBgNVBAMMIExpYWlzb24gaHVi
IENBIChodWIuZXhhbXBsZS5vcmcpMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE
nLyplpPEj5N900T/XkOL3V6sjlW/lrFJUCT+8/cGSp4pR6PPfPLQwXcY4QaU2m3r
vSiVKIvQJaXRKu/3eEwwRKNFMEMwEgYDVR0TAQH/BAgwBgEB/wIBADAOBgNVHQ8B
Af8EBAMCAQYwHQYDVR0OBBYEFK8IniPdXA+2MJCIN/VA+xUTqswmMAoGCCqGSM49
BAMCA0kAMEYCIQDxU+ucG7rmrpJexAxsqW0GzRzI0OXh4O1u0LJ/4MT6hgIhAPoQ
YXDvCmDBe5TlPzq80lUPOTATpe5l436VHF2mQeV+
-----END CERTIFICATE-----
"""
"""A fixed hub CA certificate for the provisioning vector (its key is long gone)."""
RELEASE_SEED = bytes([0xE0]) * 32
REQUEST_NONCE = "AAECAwQFBgcICQoLDA0ODw"
"""The request-signature vector's nonce: base64url of bytes 0..15 (never fixed in use)."""
