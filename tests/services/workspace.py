"""A real profile for officer A, enrolled against a directory signed by a test authority.

No hub is involved: the signed directory is stored as enrolment would store
it, so the services can be exercised with real keys and a real SQLCipher file.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import nacl.signing

from liaison_app.crypto.directory import sign_directory, verify_directory
from liaison_app.crypto.keys import DeviceKeys
from liaison_app.crypto.passphrase import INSECURE_TEST_KDF
from liaison_app.crypto.provisioning import sign_profile
from liaison_app.domain.parties import Agency, DeviceStatus, Officer
from liaison_app.protocol.directory import DeviceEntry, Directory
from liaison_app.protocol.provisioning import Policy, ProvisioningProfile
from liaison_app.services.enrolment import prepare_profile
from liaison_app.services.session import ENROLLED_KEY, Session, open_session
from liaison_app.store import settings
from liaison_app.store.directory_apply import store_directory

PASSPHRASE = "correct horse battery staple"
CA_PEM = "-----BEGIN CERTIFICATE-----\nMIIBtest\n-----END CERTIFICATE-----\n"
AGENCIES = (Agency("GB-NCA", "National Crime Agency", "GB"),
            Agency("RS-BP", "Border Police Directorate", "RS"),
            Agency("BG-BP", "Border Police", "BG"))


@dataclass
class Workspace:
    """Officer A's profile plus the keys of partners B (RS-BP) and C (BG-BP)."""

    path: Path
    authority: nacl.signing.SigningKey
    b_keys: DeviceKeys
    c_keys: DeviceKeys
    directory: Directory
    release: nacl.signing.SigningKey

    def open(self) -> Session:
        return open_session(self.path, PASSPHRASE)


def _entry(keys: DeviceKeys, officer: str, agency: str) -> DeviceEntry:
    pub = keys.public()
    return DeviceEntry(pub.device_id, officer, agency, pub.sign_key, pub.box_key,
                       pub.box_key_sig, DeviceStatus.ACTIVE)


def provisioning_for(authority: nacl.signing.SigningKey, officer_id: str, agency_id: str,
                     now: datetime, release: nacl.signing.SigningKey | None = None,
                     update_channel: str = "stable") -> bytes:
    profile = ProvisioningProfile(
        hub_url="https://127.0.0.1:9", ca_cert_pem=CA_PEM,
        directory_authority_key=bytes(authority.verify_key),
        release_signing_key=bytes(
            (release or nacl.signing.SigningKey.generate()).verify_key),
        officer_id=officer_id, agency_id=agency_id, officer_name="Test Officer",
        policy=Policy(auto_lock_minutes=10, retention_days=365,
                      passphrase_only_allowed=True, update_channel=update_channel),
        enrolment_token=base64.urlsafe_b64encode(os.urandom(24)).decode().rstrip("="),
        issued_at=now, expires_at=now + timedelta(days=3))
    return sign_profile(profile, authority)


def make_workspace(path: Path, *, update_channel: str = "stable") -> Workspace:
    now = datetime.now(UTC).replace(microsecond=0)
    authority = nacl.signing.SigningKey.generate()
    release = nacl.signing.SigningKey.generate()
    session = prepare_profile(
        path, provisioning_for(authority, "gb-nca.lo-belgrade", "GB-NCA", now, release,
                               update_channel),
        PASSPHRASE,
        kdf=INSECURE_TEST_KDF, now=now)
    b_keys, c_keys = DeviceKeys.generate(), DeviceKeys.generate()
    directory = Directory(
        version=7, issued_at=now, expires_at=now + timedelta(days=30), agencies=AGENCIES,
        officers=(Officer("gb-nca.lo-belgrade", "GB-NCA", "Test Officer"),
                  Officer("rs-bp.horgos-desk", "RS-BP", "Partner B"),
                  Officer("bg-bp.kapitan-andreevo", "BG-BP", "Partner C")),
        devices=(_entry(session.keys, "gb-nca.lo-belgrade", "GB-NCA"),
                 _entry(b_keys, "rs-bp.horgos-desk", "RS-BP"),
                 _entry(c_keys, "bg-bp.kapitan-andreevo", "BG-BP")))
    raw = sign_directory(directory, authority)
    verified = verify_directory(raw, bytes(authority.verify_key), min_version=0, now=now)
    with session, session.db.transaction() as conn:
        store_directory(conn, verified, raw, now=now)
        settings.put(conn, ENROLLED_KEY, now.isoformat())
    return Workspace(path, authority, b_keys, c_keys, verified, release)


def sealed_at_push(session: Session, ws: Workspace, message_id: str) -> bytes:
    """What the sync engine does before a push: seal the queued message for the devices
    the workspace's directory lists now; return the envelope."""
    from liaison_app.store import outbox
    from liaison_app.sync.seal_at_push import prepare_outbox

    prepare_outbox(session.db, ws.directory, session.keys, now=datetime.now(UTC))
    item = outbox.get(session.db, message_id)
    assert item is not None and item.envelope and item.hold_reason is None
    return item.envelope
