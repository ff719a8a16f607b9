"""First run: turn IT's provisioning file into an enrolled, encrypted profile.

`prepare_profile` works offline (verify the file, make keys, wrap them, create
the cache); `complete_enrolment` needs the hub (register the device with the
one-time token, receive and verify the directory). Between the two the
profile is ready and "enrol when connected" simply calls the second later.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from liaison_app.crypto.directory import DirectoryError, verify_directory
from liaison_app.crypto.keyring_store import DeviceSecretStore, OsKeyring
from liaison_app.crypto.keys import DeviceKeys
from liaison_app.crypto.keystore import UnlockedSecrets, create_vault
from liaison_app.crypto.passphrase import DEFAULT_KDF, INTERACTIVE_KDF, KdfParams
from liaison_app.crypto.provisioning import verify_profile
from liaison_app.protocol.api import EnrolRequest, EnrolResponse
from liaison_app.protocol.provisioning import ProvisioningProfile
from liaison_app.services.errors import ServiceError
from liaison_app.services.session import (
    ENROLLED_KEY,
    PROVISIONING_KEY,
    Session,
    session_from_secrets,
)
from liaison_app.store import settings
from liaison_app.store.audit import AuditKind
from liaison_app.store.database import Database
from liaison_app.store.directory_apply import store_directory
from liaison_app.store.profile import ProfileDir

__all__ = ["Enroller", "KdfParams", "ProvisioningProfile", "complete_enrolment", "enrol_at_hub",
           "prepare_profile", "read_provisioning"]


class Enroller(Protocol):
    """What enrolment needs from the hub (the sync layer's HubClient)."""

    def enrol(self, request: EnrolRequest) -> EnrolResponse: ...


def read_provisioning(data: bytes, *, now: datetime | None = None) -> ProvisioningProfile:
    """Verify a provisioning file from IT (signature, shape, expiry)."""
    return verify_profile(data, None, now=now or datetime.now(UTC))


def prepare_profile(profile_path: Path, provisioning_file: bytes, passphrase: str, *,
                    store: DeviceSecretStore | None = None, kdf: KdfParams | None = None,
                    now: datetime | None = None) -> Session:
    """Create keys, the wrapped key file and the encrypted cache; return a session."""
    now = now or datetime.now(UTC)
    provisioning = read_provisioning(provisioning_file, now=now)
    profile = ProfileDir(profile_path)
    if profile.keys.exists() or profile.exists():
        raise ServiceError(
            "A Liaison profile already exists at {path}. Open it, or choose "
            "another profile directory.", path=profile.path)
    profile.ensure()
    keys = DeviceKeys.generate()
    secrets = UnlockedSecrets(os.urandom(32), keys.sign_seed, keys.box_secret)
    resolved = store if store is not None else OsKeyring()
    if kdf is None:
        kdf = INTERACTIVE_KDF if resolved.info().secure else DEFAULT_KDF
    create_vault(profile.keys, passphrase, secrets, profile_id=keys.device_id,
                 policy_allows_passphrase_only=provisioning.policy.passphrase_only_allowed,
                 store=resolved, kdf=kdf)
    db = Database.open(profile.database, secrets.db_key)
    try:
        with db.transaction() as conn:
            settings.put(conn, PROVISIONING_KEY, provisioning_file.decode("utf-8"))
    finally:
        db.close()
    session = session_from_secrets(profile, secrets, now=now, audit_unlock=False)
    with session.db.transaction() as conn:
        session.audit(conn, AuditKind.CREATE, "profile", {
            "device": keys.device_id, "hub": provisioning.hub_url,
            "policy": provisioning.policy.to_wire(),
        }, now=now)
    return session


def complete_enrolment(session: Session, hub: Enroller, *,
                       now: datetime | None = None) -> None:
    """Register this device with the hub and store the directory it returns."""
    now = now or datetime.now(UTC)
    keys, prov = session.keys, session.provisioning
    public = keys.public()
    response = hub.enrol(EnrolRequest(
        token=prov.enrolment_token, officer_id=prov.officer_id, device_id=public.device_id,
        sign_key=public.sign_key, box_key=public.box_key, box_key_sig=public.box_key_sig,
    ))
    raw = response.directory_bytes
    try:
        directory = verify_directory(raw, prov.directory_authority_key, min_version=0, now=now)
    except DirectoryError as exc:
        raise ServiceError(
            "The hub answered with a directory that does not verify ({problem}). "
            "Do not use this hub; contact IT.", problem=exc) from exc
    entry = directory.device(keys.device_id)
    if entry is None or not entry.active:
        raise ServiceError("The hub did not list this device as active after enrolment. "
                           "Contact IT.")
    with session.db.transaction() as conn:
        store_directory(conn, directory, raw, now=now)
        settings.put(conn, ENROLLED_KEY, now.isoformat())
        session.audit(conn, AuditKind.POLICY_CHANGE, "enrolment", {
            "device": keys.device_id, "directory_version": directory.version,
        }, now=now)


def enrol_at_hub(session: Session, *, timeout: float = 30.0,
                 connect_timeout: float = 10.0) -> None:
    """Register this device with the profile's hub over HTTPS (the first-run wizard).

    Builds the sync layer's HubClient (httpx is imported here, on the caller's
    thread), then `complete_enrolment`. The hub's failures are the sync layer's
    errors (`problems.problem_of` words them): offline, refused, wrong identity.
    """
    from liaison_app.sync.hub_client import HubClient

    prov = session.provisioning
    with HubClient(prov.hub_url, prov.ca_cert_pem.encode("ascii"), session.keys.device_id,
                   session.keys.signing_key, timeout=timeout,
                   connect_timeout=connect_timeout) as client:
        complete_enrolment(session, client)
