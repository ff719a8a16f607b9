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

from liaison_app.config.policy import SystemPolicy, load_policy
from liaison_app.crypto.directory import DirectoryError, verify_directory
from liaison_app.crypto.keyring_store import DeviceSecretStore, OsKeyring
from liaison_app.crypto.keys import DeviceKeys
from liaison_app.crypto.keystore import UnlockedSecrets, create_vault
from liaison_app.crypto.passphrase import DEFAULT_KDF, INTERACTIVE_KDF, KdfParams
from liaison_app.crypto.provisioning import verify_profile
from liaison_app.protocol.api import EnrolRequest, EnrolResponse
from liaison_app.protocol.provisioning import (
    ProvisioningProfile,
    authority_fingerprint,
    normalise_fingerprint,
)
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

__all__ = ["Enroller", "KdfParams", "ProvisioningProfile", "authority_fingerprint",
           "complete_enrolment",
           "prepare_profile", "read_provisioning"]


class Enroller(Protocol):
    """What enrolment needs from the hub (the sync layer's HubClient)."""

    def enrol(self, request: EnrolRequest) -> EnrolResponse: ...


def read_provisioning(data: bytes, *, now: datetime | None = None,
                      system: SystemPolicy | None = None) -> ProvisioningProfile:
    """Verify a provisioning file from IT: signature, shape, expiry, and (when IT's
    policy pins one) that its authority has the expected fingerprint."""
    profile = verify_profile(data, None, now=now or datetime.now(UTC))
    policy = load_policy() if system is None else system
    pinned = policy.values.get("authority_fingerprint") if not policy.refused else None
    if isinstance(pinned, str):
        found = authority_fingerprint(profile.directory_authority_key)
        if found != normalise_fingerprint(pinned):
            raise ServiceError(
                "This provisioning file is signed by the authority {found}, but IT's policy "
                "on this computer expects {expected}. Do not use it; contact IT.",
                found=found, expected=normalise_fingerprint(pinned))
    return profile


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
