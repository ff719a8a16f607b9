"""Sign and verify audit head attestations with the device's own key (protocol.audit_head)."""

from __future__ import annotations

from liaison_app.crypto.keys import DeviceKeys, device_id_for
from liaison_app.crypto.outer import verify_ed25519
from liaison_app.protocol.audit_head import (
    MAX_AUDIT_HEAD_BYTES,
    AuditHead,
    audit_head_from_wire,
    audit_head_to_wire,
)
from liaison_app.protocol.canonical import b64u_decode, b64u_encode, canonical_bytes, parse_json
from liaison_app.protocol.domains import AUDIT_HEAD_SIG_PREFIX
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.limits import SIGNATURE_BYTES
from liaison_app.protocol.wire import check_keys, expect_object

__all__ = ["sign_audit_head", "verify_audit_head"]


def sign_audit_head(head: AuditHead, keys: DeviceKeys) -> bytes:
    """The signed attestation document (canonical JSON bytes)."""
    if head.device != keys.device_id:
        raise ValidationError("head.device", "is not the signing device")
    wire = audit_head_to_wire(head)
    sig = keys.sign(AUDIT_HEAD_SIG_PREFIX + canonical_bytes(wire))
    return canonical_bytes({"head": wire, "sig": b64u_encode(sig)})


def verify_audit_head(data: bytes, sign_key: bytes) -> AuditHead:
    """Parse a signed attestation and check it is signed by the device owning `sign_key`
    (ValidationError naming the fault otherwise)."""
    outer = expect_object(parse_json(data, max_bytes=MAX_AUDIT_HEAD_BYTES, what="audit head"),
                          "audit head")
    check_keys(outer, "", frozenset({"head", "sig"}))
    sig = b64u_decode(outer["sig"], "sig", size=SIGNATURE_BYTES)
    raw = expect_object(outer["head"], "head")
    head = audit_head_from_wire(raw)
    if device_id_for(sign_key) != head.device:
        raise ValidationError("head.device", "is not the device of the signing key")
    if not verify_ed25519(sign_key, AUDIT_HEAD_SIG_PREFIX + canonical_bytes(raw), sig):
        raise ValidationError("sig", "does not verify under the device's key")
    return head
