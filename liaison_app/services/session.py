"""An unlocked profile: the open database, the device keys and who the officer is.

Opening a session unlocks the key vault, opens the SQLCipher cache and writes
an `unlock` audit entry; closing writes `lock`, closes the database and drops
the keys. Everything else in `services` works through a `Session`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from liaison_app.crypto.keyring_store import DeviceSecretStore
from liaison_app.crypto.keys import DeviceKeys
from liaison_app.crypto.keystore import UnlockedSecrets, VaultMissing, unlock_vault
from liaison_app.crypto.provisioning import verify_profile
from liaison_app.protocol.provisioning import ProvisioningProfile
from liaison_app.services.errors import ProfileMissing
from liaison_app.store import audit, settings
from liaison_app.store.attachment_spool import Spool, sweep
from liaison_app.store.audit import AuditKind
from liaison_app.store.columns import Conn
from liaison_app.store.database import Database
from liaison_app.store.profile import ProfileDir

log = logging.getLogger(__name__)

PROVISIONING_KEY = "provisioning_profile"
ENROLLED_KEY = "enrolled_at"


@dataclass(frozen=True, slots=True)
class Identity:
    """The officer and device this profile speaks for."""

    officer_id: str
    agency_id: str
    officer_name: str
    device_id: str


class Session:
    """One unlocked profile. Not thread-safe: one per thread (the DB connection is)."""

    def __init__(self, profile: ProfileDir, db: Database, keys: DeviceKeys,
                 provisioning: ProvisioningProfile, db_key: bytes) -> None:
        self.profile = profile
        self.db = db
        self.keys = keys
        self.provisioning = provisioning
        self._db_key = db_key
        self.identity = Identity(
            officer_id=provisioning.officer_id, agency_id=provisioning.agency_id,
            officer_name=provisioning.officer_name, device_id=keys.device_id,
        )

    @property
    def closed(self) -> bool:
        """True once the session was closed (locked): nothing can be read any more."""
        return self.db.closed

    @property
    def auto_lock_minutes(self) -> int:
        """Minutes without activity after which the client locks (IT's provisioning policy)."""
        return int(self.provisioning.policy.auto_lock_minutes)

    @property
    def retention_days(self) -> int:
        """Days a record is kept before it is due for review (IT's provisioning policy)."""
        return int(self.provisioning.policy.retention_days)

    @property
    def hub_url(self) -> str:
        """The hub this profile syncs with (IT's policy over the provisioning profile)."""
        from liaison_app.services.hub_endpoint import hub_endpoint  # lazily: start-up path

        return hub_endpoint(self.provisioning).url

    def for_this_thread(self) -> Session:
        """The same profile, keys and identity over a new connection to the cache, for a
        worker thread (close it there with `close(audit=False)`)."""
        return Session(self.profile, self.open_second_connection(), self.keys,
                       self.provisioning, b"")

    @property
    def enrolled(self) -> bool:
        """True once the hub has accepted this device."""
        return settings.get(self.db, ENROLLED_KEY) is not None

    def audit(self, conn: Conn, kind: AuditKind, obj: str, details: Mapping[str, Any],
              *, now: datetime | None = None) -> None:
        """Append a signed audit entry inside the caller's transaction."""
        audit.append(conn, kind, self.identity.officer_id, obj, details, self.keys.sign,
                     now=now)

    def open_second_connection(self) -> Database:
        """Another connection to the same cache, for a worker thread."""
        return Database.open(self.profile.database, self._db_key, migrate=False)

    def close(self, *, reason: str = "user", audit: bool = True) -> None:
        """Audit the lock, close the database and drop the keys (`audit=False`: a worker
        thread's second connection, which opened no session of its own)."""
        if self.db.closed:
            return
        if not audit:
            self.db.close()
            self._db_key = b""
            return
        try:
            with self.db.transaction() as conn:
                self.audit(conn, AuditKind.LOCK, "profile", {"reason": reason})
        finally:
            self.db.close()
            self._db_key = b""

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_session(profile_path: Path, passphrase: str, *,
                 store: DeviceSecretStore | None = None,
                 now: datetime | None = None) -> Session:
    """Unlock `profile_path` with `passphrase` (KeystoreError on failure)."""
    profile = ProfileDir(profile_path)
    if not profile.keys.is_file():
        raise ProfileMissing(
            "There is no Liaison profile at {path}. Enrol first with the "
            "provisioning file from IT (liaison enrol).", path=profile.path)
    try:
        secrets = unlock_vault(profile.keys, passphrase, store=store,
                               now=None if now is None else now.timestamp())
    except VaultMissing as exc:
        raise ProfileMissing(
            "No key file was found for this profile. Enrol this device or restore "
            "from backup; contact IT.") from exc
    return session_from_secrets(profile, secrets, now=now)


def _retention_at_unlock(session: Session, now: datetime | None) -> None:
    """Apply the retention policy and erase what is past review (`retention_auto`).

    A failure here must not keep the officer out of the profile: it is logged with
    its traceback and the daily run tries again.
    """
    from liaison_app.services.retention_auto import at_unlock

    try:
        at_unlock(session, now=now)
    except Exception:
        log.exception("the retention run at unlock failed; it is tried again later")


def session_from_secrets(profile: ProfileDir, secrets: UnlockedSecrets, *,
                         now: datetime | None = None, audit_unlock: bool = True) -> Session:
    """Open the cache with unwrapped secrets and write the unlock entry."""
    keys = DeviceKeys.from_seeds(secrets.sign_seed, secrets.box_secret)
    db_key = secrets.db_key
    db = Database.open(profile.database, db_key)
    try:
        raw = settings.get(db, PROVISIONING_KEY)
        if raw is None:
            raise ProfileMissing(
                "This profile is incomplete (no provisioning data). Enrol again with "
                "the provisioning file from IT.")
        provisioning = verify_profile(raw.encode("utf-8"), None)
        session = Session(profile, db, keys, provisioning, db_key)
        if audit_unlock:
            with db.transaction() as conn:
                session.audit(conn, AuditKind.UNLOCK, "profile",
                              {"device": keys.device_id}, now=now or datetime.now(UTC))
            # files of erased attachments, and of a compose or download cut short
            sweep(db, Spool(profile.attachments), orphans=True)
            _retention_at_unlock(session, now)
        return session
    except BaseException:
        db.close()
        raise
