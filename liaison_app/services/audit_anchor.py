"""Compare this device's audit log with the head it attested to the hub.

`liaison audit verify --against-hub`: the local chain is walked as always
(hashes, links, signatures, its own head record), then the hub's copy of
the last attested head (signed by this device, so the hub cannot make one
up) must be in the log: an entry the hub holds that the log no longer has
means the tail was cut; a different hash at that entry means it was
rewritten. The database is opened without writing to it (no unlock entry).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from liaison_app.crypto.audit_head import verify_audit_head
from liaison_app.crypto.keys import DeviceKeys
from liaison_app.crypto.keystore import unlock_vault
from liaison_app.crypto.provisioning import verify_profile
from liaison_app.protocol.errors import ValidationError
from liaison_app.services.errors import ProfileMissing
from liaison_app.services.hub_endpoint import hub_endpoint
from liaison_app.services.session import PROVISIONING_KEY
from liaison_app.store import audit, settings
from liaison_app.store.audit import AuditVerdict
from liaison_app.store.database import Database
from liaison_app.store.profile import ProfileDir
from liaison_app.sync.hub_client import HubClient


@dataclass(frozen=True, slots=True)
class AnchoredVerdict:
    """The local chain's verdict and how it compares with the hub's attested head."""

    local: AuditVerdict
    ok: bool
    reason: str
    hub_seq: int | None = None
    hub_at: datetime | None = None


def verify_against_hub(profile_path: Path, passphrase: str) -> AnchoredVerdict:
    """Walk the local chain, then compare it with the head the hub keeps for this device."""
    profile = ProfileDir(profile_path)
    if not profile.exists():
        raise ProfileMissing("There is no Liaison profile at {path}.", path=profile.path)
    secrets = unlock_vault(profile.keys, passphrase)
    keys = DeviceKeys.from_seeds(secrets.sign_seed, secrets.box_secret)
    db = Database.open(profile.database, secrets.db_key, migrate=False)
    try:
        local = audit.verify_chain(db, keys.sign_key)
        raw = settings.get(db, PROVISIONING_KEY)
        if raw is None:
            raise ProfileMissing("This profile has no provisioning data; enrol again.")
        endpoint = hub_endpoint(verify_profile(raw.encode("utf-8"), None))
        with HubClient(endpoint.url, endpoint.ca_pem, keys.device_id,
                       keys.signing_key) as client:
            signed = client.get_audit_head()
        return _compare(db, keys, local, signed)
    finally:
        db.close()


def _compare(db: Database, keys: DeviceKeys, local: AuditVerdict,
             signed: bytes | None) -> AnchoredVerdict:
    if not local.ok:
        return AnchoredVerdict(local, False, local.reason)
    if signed is None:
        return AnchoredVerdict(local, True, "the hub holds no audit head for this device yet "
                               "(it is sent at the end of each sync)")
    try:
        head = verify_audit_head(signed, keys.sign_key)
    except ValidationError as exc:
        return AnchoredVerdict(local, False, f"the hub's copy of the audit head does not "
                               f"verify as this device's ({exc})")
    when = f"{head.at:%Y-%m-%d %H:%M} UTC"
    if head.seq > local.count:
        return AnchoredVerdict(
            local, False, f"the hub holds entry {head.seq} (attested {when}) but this log "
            f"ends at entry {local.count}: entries were cut off the end", head.seq, head.at)
    if audit.entry_hash_at(db, head.seq) != head.entry_hash:
        return AnchoredVerdict(
            local, False, f"entry {head.seq} is not the one attested to the hub on {when}: "
            "the log was rewritten", head.seq, head.at)
    return AnchoredVerdict(local, True, f"matches the head attested to the hub (entry "
                           f"{head.seq}, {when})", head.seq, head.at)
