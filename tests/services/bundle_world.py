"""Real profiles of several officers sharing one directory signed by a test authority.

No hub: every profile is prepared as enrolment would (key vault, SQLCipher
cache) and given the same signed directory, so carrier bundles can travel
between them on "removable media" (a temporary folder) with the hub absent.

    a  gb-nca.lo-belgrade   GB-NCA  (the officer at the border post)
    b  rs-bp.horgos-desk    RS-BP   (the partner)
    c  gb-nca.lo-regional   GB-NCA  (a colleague who may carry and relay)
    d  rs-bp.analyst        RS-BP   (another partner officer)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import nacl.signing

from liaison_app.crypto.directory import sign_directory, verify_directory
from liaison_app.crypto.keys import DeviceKeys
from liaison_app.crypto.passphrase import INSECURE_TEST_KDF
from liaison_app.domain.disclosure import DisclosureReason, LegalBasis
from liaison_app.domain.messages import RequestContent, UrgencyClass
from liaison_app.domain.parties import Agency, DeviceStatus, Officer
from liaison_app.protocol.directory import DeviceEntry, Directory
from liaison_app.services.compose import Draft, queue_message
from liaison_app.services.enrolment import prepare_profile
from liaison_app.services.session import ENROLLED_KEY, Session, open_session
from liaison_app.store import settings
from liaison_app.store.directory_apply import store_directory
from tests.services.workspace import PASSPHRASE, provisioning_for

AGENCIES = (Agency("GB-NCA", "National Crime Agency", "GB"),
            Agency("RS-BP", "Border Police Directorate", "RS"))
OFFICERS = {"a": ("gb-nca.lo-belgrade", "GB-NCA"), "b": ("rs-bp.horgos-desk", "RS-BP"),
            "c": ("gb-nca.lo-regional", "GB-NCA"), "d": ("rs-bp.analyst", "RS-BP")}


@dataclass
class World:
    """The profiles and the authority that signs their directory."""

    root: Path
    authority: nacl.signing.SigningKey
    keys: dict[str, DeviceKeys]
    version: int = 7
    revoked: set[str] = field(default_factory=set)

    def path(self, name: str) -> Path:
        return self.root / f"profile-{name}"

    def open(self, name: str) -> Session:
        return open_session(self.path(name), PASSPHRASE)

    def officer(self, name: str) -> str:
        return OFFICERS[name][0]

    def directory(self, now: datetime) -> tuple[Directory, bytes]:
        devices = tuple(
            DeviceEntry(k.device_id, OFFICERS[n][0], OFFICERS[n][1], k.sign_key, k.box_key,
                        k.public().box_key_sig,
                        DeviceStatus.REVOKED if n in self.revoked else DeviceStatus.ACTIVE)
            for n, k in self.keys.items())
        directory = Directory(
            version=self.version, issued_at=now, expires_at=now + timedelta(days=30),
            agencies=AGENCIES, officers=tuple(Officer(o, a, f"Officer {o}")
                                              for o, a in OFFICERS.values()),
            devices=devices)
        raw = sign_directory(directory, self.authority)
        return verify_directory(raw, bytes(self.authority.verify_key), min_version=0,
                                now=now), raw

    def publish(self, *names: str) -> None:
        """A new directory version stored in these profiles (all by default)."""
        self.version += 1
        now = datetime.now(UTC).replace(microsecond=0)
        verified, raw = self.directory(now)
        for name in names or tuple(self.keys):
            session = self.open(name)
            try:
                with session.db.transaction() as conn:
                    store_directory(conn, verified, raw, now=now)
            finally:
                session.close()


def make_world(root: Path, names: tuple[str, ...] = ("a", "b", "c", "d")) -> World:
    now = datetime.now(UTC).replace(microsecond=0)
    authority = nacl.signing.SigningKey.generate()
    keys: dict[str, DeviceKeys] = {}
    for name in names:
        officer, agency = OFFICERS[name]
        session = prepare_profile(root / f"profile-{name}",
                                  provisioning_for(authority, officer, agency, now),
                                  PASSPHRASE, kdf=INSECURE_TEST_KDF, now=now)
        keys[name] = session.keys
        with session.db.transaction() as conn:
            settings.put(conn, ENROLLED_KEY, now.isoformat())
        session.close()
    world = World(root, authority, keys, version=6)
    world.publish()
    return world


REQUEST_REASON = DisclosureReason(LegalBasis.LAW_ENFORCEMENT,
                                  "Lorry suspected of carrying migrants at Horgos")
"""The reason a request of these tests is sent with (issue 17: required on requests)."""
CARRIED = DisclosureReason(LegalBasis.LAW_ENFORCEMENT,
                           "No link at the crossing for days; the pouch carries the request")
"""The reason an officer gives when handing queued messages to a carrier."""


def queue_request(session: Session, body: str, to: str = "RS-BP") -> str:
    """A request from this officer to agency `to`."""
    return queue_message(session, Draft(
        content=RequestContent(purpose="Identify the lorry's owner",
                               information_requested="Registered keeper and crossings",
                               grounds="Suspected smuggling of migrants",
                               urgency=UrgencyClass.URGENT_INDIRECT,
                               evidence_use_sought=False),
        to_agencies=(to,), body=body,
        reason=REQUEST_REASON))
