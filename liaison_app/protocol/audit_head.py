"""The audit head attestation: a device's signed statement of where its audit log ends.

The audit log is hash-chained and signed inside the encrypted cache, with a
head record that catches entries cut off the end. Someone holding the
database key could still cut the tail and rewrite the head; the head
attested to the hub on every sync is the anchor outside the file that
catches it (`liaison audit verify --against-hub`).

Wire form (canonical JSON, exactly these keys)::

    {"v": 1, "device": device id, "seq": int >= 0, "entry_hash": b64u(32 bytes),
     "at": time, "since": null | {"seq": int >= 0, "entry_hash": b64u(32 bytes)}}

Signed form: `{"head": <object>, "sig": b64u(64)}`, signed by the device over
AUDIT_HEAD_SIG_PREFIX + canonical(object). `seq` 0 (with 32 zero bytes) is an
empty log. `since` is the entry the hub kept from the previous attestation, as
this device's log holds it now: the hub accepts the new head only when that
matches what it kept, so a log cut and grown again past the old head cannot
replace the anchor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from liaison_app.domain.timefmt import format_time, parse_time
from liaison_app.protocol.canonical import MAX_SAFE_INT, JsonValue, b64u_decode, b64u_encode
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.ids import validate_device_id
from liaison_app.protocol.limits import PROTOCOL_VERSION
from liaison_app.protocol.wire import check_keys, check_version, expect_int, expect_object

__all__ = [
    "MAX_AUDIT_HEAD_BYTES",
    "AuditHead",
    "AuditMark",
    "audit_head_from_wire",
    "audit_head_to_wire",
]

MAX_AUDIT_HEAD_BYTES = 2048
_FIELDS = frozenset({"v", "device", "seq", "entry_hash", "at", "since"})
_MARK_FIELDS = frozenset({"seq", "entry_hash"})


@dataclass(frozen=True, slots=True)
class AuditMark:
    """One audit entry named by its sequence number and hash."""

    seq: int
    entry_hash: bytes

    def __post_init__(self) -> None:
        expect_int(self.seq, "seq", minimum=0, maximum=MAX_SAFE_INT)
        if len(self.entry_hash) != 32:
            raise ValidationError("entry_hash", "must be 32 bytes")


@dataclass(frozen=True, slots=True)
class AuditHead:
    """The last entry of one device's audit log, and the previously attested one."""

    device: str
    seq: int
    entry_hash: bytes
    at: datetime
    since: AuditMark | None = None

    def __post_init__(self) -> None:
        validate_device_id(self.device, "device")
        AuditMark(self.seq, self.entry_hash)

    @property
    def mark(self) -> AuditMark:
        """The head entry as a mark."""
        return AuditMark(self.seq, self.entry_hash)


def _mark_to_wire(mark: AuditMark) -> dict[str, JsonValue]:
    return {"seq": mark.seq, "entry_hash": b64u_encode(mark.entry_hash)}


def _mark_from_wire(obj: Any, field: str) -> AuditMark:
    o = expect_object(obj, field)
    check_keys(o, field, _MARK_FIELDS)
    return AuditMark(seq=expect_int(o["seq"], f"{field}.seq", minimum=0, maximum=MAX_SAFE_INT),
                     entry_hash=b64u_decode(o["entry_hash"], f"{field}.entry_hash", size=32))


def audit_head_to_wire(head: AuditHead) -> dict[str, JsonValue]:
    """The JSON-ready object (the part the device signs)."""
    return {"v": PROTOCOL_VERSION, "device": head.device, "seq": head.seq,
            "entry_hash": b64u_encode(head.entry_hash), "at": format_time(head.at),
            "since": None if head.since is None else _mark_to_wire(head.since)}


def audit_head_from_wire(obj: Any, field: str = "head") -> AuditHead:
    """Strictly parse the head object (`v` first)."""
    o = expect_object(obj, field)
    check_version(o, field)
    check_keys(o, field, _FIELDS)
    p = f"{field}."
    return AuditHead(
        device=validate_device_id(o["device"], p + "device"),
        seq=expect_int(o["seq"], p + "seq", minimum=0, maximum=MAX_SAFE_INT),
        entry_hash=b64u_decode(o["entry_hash"], p + "entry_hash", size=32),
        at=parse_time(o["at"], p + "at"),
        since=None if o["since"] is None else _mark_from_wire(o["since"], p + "since"),
    )
