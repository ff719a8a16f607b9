"""Attest this device's audit head to the hub at the end of a sync (the outside anchor).

The signed head (last entry's sequence number and hash) is sent when it moved
since the hub last accepted one, naming in `since` the previously attested
entry as this log holds it now; the hub accepts only a head that continues
the one it keeps. When this device does not remember what the hub keeps (a
crash between the hub's answer and recording it), it fetches the kept head,
checks it is its own and present in the log unchanged, and tries once more.
A refusal (the log was cut or rewritten since, or a profile was restored from
an older backup) does not stop the sync: it is reported as a warning, and
`liaison audit verify --against-hub` says what differs.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from liaison_app.crypto.audit_head import sign_audit_head, verify_audit_head
from liaison_app.crypto.keys import DeviceKeys
from liaison_app.protocol.audit_head import AuditHead, AuditMark
from liaison_app.protocol.errors import ValidationError
from liaison_app.store import audit, sync_state
from liaison_app.store.database import Database
from liaison_app.store.sync_state import SyncKey
from liaison_app.sync.errors import Rejected

__all__ = ["AuditAnchor", "attest_audit_head"]


class AuditAnchor(Protocol):
    """The hub calls (HubClient fits)."""

    def post_audit_head(self, signed: bytes) -> int: ...
    def get_audit_head(self) -> bytes | None: ...


def _text(mark: AuditMark) -> str:
    return f"{mark.seq}:{mark.entry_hash.hex()}"


def _as_held_here(db: Database, seq: int) -> AuditMark | None:
    """Entry `seq` as this log holds it now (None if the log no longer has it)."""
    digest = audit.entry_hash_at(db, seq)
    return None if digest is None else AuditMark(seq, digest)


def _remembered(db: Database) -> int | None:
    text = sync_state.get(db, SyncKey.AUDIT_ATTESTED)
    seq, _, _ = (text or "").partition(":")
    return int(seq) if seq.isdigit() else None


def attest_audit_head(db: Database, hub: AuditAnchor, keys: DeviceKeys,
                      now: datetime) -> str | None:
    """Send the current head if it moved; return a warning when the hub refuses it."""
    seq, digest = audit.current_head(db)
    head = AuditMark(seq, digest)
    if sync_state.get(db, SyncKey.AUDIT_ATTESTED) == _text(head):
        return None
    last = _remembered(db)
    since = None if last is None else _as_held_here(db, last)
    try:
        try:
            hub.post_audit_head(sign_audit_head(
                AuditHead(keys.device_id, seq, digest, now, since), keys))
        except Rejected as exc:
            if exc.reason != "audit_head_conflict":
                raise
            kept = _kept_by_hub(db, hub, keys)  # we may just not remember what it keeps
            if kept is None or kept == since:
                raise
            hub.post_audit_head(sign_audit_head(
                AuditHead(keys.device_id, seq, digest, now, kept), keys))
    except Rejected as exc:
        return (f"the hub refused this device's audit head at entry {seq} ({exc.reason}): "
                "the log does not continue the head attested before; run "
                "`liaison audit verify --against-hub` and tell IT")
    with db.transaction() as conn:
        sync_state.put(conn, SyncKey.AUDIT_ATTESTED, _text(head))
    return None


def _kept_by_hub(db: Database, hub: AuditAnchor, keys: DeviceKeys) -> AuditMark | None:
    """The hub's kept head when it is ours and this log still holds that entry unchanged."""
    signed = hub.get_audit_head()
    if signed is None:
        return None
    try:
        kept = verify_audit_head(signed, keys.sign_key).mark
    except ValidationError:
        return None
    return kept if _as_held_here(db, kept.seq) == kept else None
