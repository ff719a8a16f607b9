"""The outer envelope: what the hub stores and forwards (ciphertext only).

Wire form (canonical JSON object, exactly these keys)::

    {"v": 1, "id": UUIDv7, "sender": device id, "sent_at": RFC 3339 UTC,
     "keys": [{"device": device id, "wrapped": b64u(80 bytes)}, ...],
     "ciphertext": b64u(nonce(24) || secretbox), "sig": b64u(64 bytes)}

`keys` is sorted by device id, without duplicates. `sig` is Ed25519 by the
sender device over `ENVELOPE_SIG_PREFIX + canonical(object without "sig")`.
A message with attachments adds `"blobs": [blob id, ...]` (sorted, no repeats,
1 to MAX_ATTACHMENTS): the hub learns which blobs the recipients may fetch and
nothing else about them. Without attachments the key is absent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from liaison_app.domain.timefmt import format_time, parse_time
from liaison_app.protocol.canonical import (
    MAX_SAFE_INT,
    JsonValue,
    b64u_decode,
    b64u_encode,
    canonical_bytes,
    canonical_object_or_none,
    encode_string,
    parse_json_object,
    utf8,
)
from liaison_app.protocol.domains import ENVELOPE_SIG_PREFIX
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.ids import validate_device_id, validate_message_id
from liaison_app.protocol.limits import (
    MAC_BYTES,
    MAX_ATTACHMENTS,
    MAX_ENVELOPE_BYTES,
    MAX_RECIPIENT_DEVICES,
    NONCE_BYTES,
    SIGNATURE_BYTES,
    WRAPPED_KEY_BYTES,
)
from liaison_app.protocol.wire import check_keys, check_version, expect_list, expect_object

__all__ = [
    "Envelope",
    "WrappedKey",
    "envelope_bytes",
    "envelope_from_wire",
    "envelope_from_wire_signed",
    "envelope_signing_bytes",
    "envelope_to_wire",
    "parse_envelope",
    "parse_envelope_signed",
    "signed_envelope_bytes",
    "signed_envelope_length",
    "with_wire_bytes",
]

_FIELDS = frozenset({"v", "id", "sender", "keys", "ciphertext", "sent_at", "sig"})
_OPTIONAL_FIELDS = frozenset({"blobs"})
_KEY_FIELDS = frozenset({"device", "wrapped"})


@dataclass(frozen=True, slots=True)
class WrappedKey:
    """The content key sealed (SealedBox) to one recipient device's box key."""

    device: str
    wrapped: bytes


@dataclass(frozen=True, slots=True)
class Envelope:
    """An outer envelope. `keys` is sorted by device id."""

    v: int
    id: str
    sender: str
    keys: tuple[WrappedKey, ...]
    ciphertext: bytes
    sent_at: datetime
    sig: bytes
    blobs: tuple[str, ...] = ()
    """The attachment blob ids (sorted), empty for a message without attachments."""
    wire_cache: bytes | None = field(default=None, init=False, repr=False, compare=False)
    """`envelope_bytes(self)`, set only by `with_wire_bytes` (seal keeps the bytes it
    computed). Not an init field, so `dataclasses.replace` never copies a stale one."""

    def recipient_devices(self) -> frozenset[str]:
        """The device ids that hold a wrapped key."""
        return frozenset(k.device for k in self.keys)

    def wrapped_for(self, device_id: str) -> bytes | None:
        """The wrapped key for `device_id`, if any."""
        for k in self.keys:
            if k.device == device_id:
                return k.wrapped
        return None


def _unsigned_wire(env: Envelope) -> dict[str, JsonValue]:
    wire: dict[str, JsonValue] = {
        "v": env.v,
        "id": env.id,
        "sender": env.sender,
        "keys": [{"device": k.device, "wrapped": b64u_encode(k.wrapped)} for k in env.keys],
        "ciphertext": b64u_encode(env.ciphertext),
        "sent_at": format_time(env.sent_at),
    }
    if env.blobs:
        wire["blobs"] = list(env.blobs)
    return wire


def envelope_to_wire(env: Envelope) -> dict[str, JsonValue]:
    """The JSON-ready object for `env`."""
    wire = _unsigned_wire(env)
    wire["sig"] = b64u_encode(env.sig)
    return wire


def envelope_bytes(env: Envelope) -> bytes:
    """The canonical serialisation of `env`."""
    if env.wire_cache is not None:
        return env.wire_cache
    fast = _canonical_envelope(env, with_sig=True)
    return fast if fast is not None else canonical_bytes(envelope_to_wire(env))


def envelope_signing_bytes(env: Envelope) -> bytes:
    """What the outer signature covers: prefix + canonical envelope minus `sig`."""
    fast = _canonical_envelope(env, with_sig=False)
    return ENVELOPE_SIG_PREFIX + (fast if fast is not None
                                  else canonical_bytes(_unsigned_wire(env)))


def signed_envelope_length(signing_bytes: bytes, sig: bytes) -> int:
    """len(envelope_bytes(env)) for `env` with `sig`, from envelope_signing_bytes(env).

    The canonical envelope is its unsigned form with `"sig":"<b64u(sig)>",`
    inserted before `"v"` (the last key), so the length needs no second encoding.
    """
    return (len(signing_bytes) - len(ENVELOPE_SIG_PREFIX) + len(b'"sig":"",')
            + len(b64u_encode(sig)))


def signed_envelope_bytes(signing_bytes: bytes, sig: bytes) -> bytes:
    """envelope_bytes(env) for `env` with `sig`, from envelope_signing_bytes(env).

    The canonical envelope is its unsigned form with `"sig":"<b64u(sig)>",`
    inserted before `"v"` (the last key), so it needs no second encoding.
    """
    unsigned = signing_bytes[len(ENVELOPE_SIG_PREFIX):]
    at = unsigned.rindex(b',"v":') + 1
    return b"".join((unsigned[:at], b'"sig":"', b64u_encode(sig).encode("ascii"), b'",',
                     unsigned[at:]))


def with_wire_bytes(env: Envelope, data: bytes) -> Envelope:
    """`env` remembering `data` as its `envelope_bytes` (the caller computed exactly that)."""
    object.__setattr__(env, "wire_cache", data)
    return env


def _canonical_envelope(env: Envelope, *, with_sig: bool) -> bytes | None:
    """canonical_bytes of the (unsigned) wire form of `env`, written out directly;
    None when a field is not of the plain type this assumes (generic path then)."""
    if type(env.id) is not str or type(env.sender) is not str:
        return None
    keys = []
    for k in env.keys:
        if type(k) is not WrappedKey:
            return None
        keys.append((k.device, b64u_encode(k.wrapped)))
    return _envelope_text(b64u_encode(env.ciphertext), env.id, keys, env.sender,
                          format_time(env.sent_at),
                          b64u_encode(env.sig) if with_sig else None, env.v, env.blobs)


def _envelope_text(ciphertext: str, env_id: str, keys: list[tuple[str, str]], sender: str,
                   sent_at: str, sig: str | None, v: object,
                   blobs: object = ()) -> bytes | None:
    """The canonical envelope object from its field texts (None: use the generic path).

    The keys are fixed, so their sorted order is too: blobs (when there are any),
    ciphertext, id, keys (device, wrapped), sender, sent_at, sig, v. Text goes through the escaping
    the canonical encoder uses, except `ciphertext`, `wrapped` and `sig`: callers
    pass base64url text (from b64u_encode, or checked by b64u_decode), which the
    encoder writes unchanged between quotes, and escaping 3 KB costs more than
    the rest together.
    """
    if type(v) is not int or not -MAX_SAFE_INT <= v <= MAX_SAFE_INT:
        return None
    for text in (ciphertext, env_id, sender, sent_at, sig or ""):
        if type(text) is not str:
            return None
    for device, wrapped in keys:
        if type(device) is not str or type(wrapped) is not str:
            return None
    if not isinstance(blobs, tuple | list) or any(type(b) is not str for b in blobs):
        return None
    blob_member = (f'"blobs":[{",".join(encode_string(b) for b in blobs)}],' if blobs
                   else "")
    key_list = ",".join(f'{{"device":{encode_string(d)},"wrapped":"{w}"}}' for d, w in keys)
    sig_member = "" if sig is None else f'"sig":"{sig}",'
    return utf8(f'{{{blob_member}"ciphertext":"{ciphertext}","id":{encode_string(env_id)},'
                f'"keys":[{key_list}],"sender":{encode_string(sender)},'
                f'"sent_at":{encode_string(sent_at)},{sig_member}"v":{v}}}')


def _keys_from_wire(value: Any, field: str) -> tuple[WrappedKey, ...]:
    """The wrapped keys; the same checks as `_keys_from_wire_named`, whose error
    paths (built per item) are only formatted when an item fails."""
    items = expect_list(value, field, max_items=MAX_RECIPIENT_DEVICES, min_items=1)
    out: list[WrappedKey] = []
    try:
        for item in items:
            if type(item) is not dict or item.keys() != _KEY_FIELDS:
                return _keys_from_wire_named(items, field)
            device = validate_device_id(item["device"], field)
            wrapped = b64u_decode(item["wrapped"], field, size=WRAPPED_KEY_BYTES)
            if out and device <= out[-1].device:
                return _keys_from_wire_named(items, field)
            out.append(WrappedKey(device, wrapped))
    except ValidationError:
        return _keys_from_wire_named(items, field)  # raises, naming the item and field
    return tuple(out)


def _keys_from_wire_named(items: list[Any], field: str) -> tuple[WrappedKey, ...]:
    out: list[WrappedKey] = []
    for i, item in enumerate(items):
        f = f"{field}[{i}]"
        obj = expect_object(item, f)
        check_keys(obj, f, _KEY_FIELDS)
        device = validate_device_id(obj["device"], f"{f}.device")
        wrapped = b64u_decode(obj["wrapped"], f"{f}.wrapped", size=WRAPPED_KEY_BYTES)
        if out and device <= out[-1].device:
            raise ValidationError(f"{f}.device", "keys must be sorted by device, no repeats")
        out.append(WrappedKey(device, wrapped))
    return tuple(out)


def _blobs_from_wire(value: Any, field: str) -> tuple[str, ...]:
    """The blob ids: 1 to MAX_ATTACHMENTS UUIDv7s, sorted, no repeats."""
    items = expect_list(value, field, max_items=MAX_ATTACHMENTS, min_items=1)
    ids = tuple(validate_message_id(b, f"{field}[{i}]") for i, b in enumerate(items))
    if list(ids) != sorted(set(ids)):
        raise ValidationError(field, "must be sorted, without repeats")
    return ids


def envelope_from_wire(obj: Any, field: str = "envelope") -> Envelope:
    """Strictly build an Envelope from a parsed JSON object."""
    o = expect_object(obj, field)
    v = check_version(o, field)
    check_keys(o, field, _FIELDS, _OPTIONAL_FIELDS)
    p = f"{field}."
    ciphertext = b64u_decode(o["ciphertext"], p + "ciphertext")
    if len(ciphertext) < NONCE_BYTES + MAC_BYTES:
        raise ValidationError(p + "ciphertext", "is shorter than nonce + MAC")
    return Envelope(
        v=v,
        id=validate_message_id(o["id"], p + "id"),
        sender=validate_device_id(o["sender"], p + "sender"),
        keys=_keys_from_wire(o["keys"], p + "keys"),
        ciphertext=ciphertext,
        sent_at=parse_time(o["sent_at"], p + "sent_at"),
        sig=b64u_decode(o["sig"], p + "sig", size=SIGNATURE_BYTES),
        blobs=_blobs_from_wire(o["blobs"], p + "blobs") if "blobs" in o else (),
    )


def envelope_from_wire_signed(obj: Any, field: str = "envelope") -> tuple[Envelope, bytes]:
    """`envelope_from_wire`, plus the bytes its outer signature covers, taken from `obj`.

    The strict parse accepts only fields in their one canonical spelling
    (base64url, times, ids are checked, not rewritten), so canonical(obj minus
    `sig`) is byte for byte `envelope_signing_bytes(env)`; computing it from the
    received object skips re-encoding the ciphertext.
    """
    env = envelope_from_wire(obj, field)
    keys = [(k.get("device"), k.get("wrapped")) for k in obj["keys"]]
    fast = _envelope_text(obj["ciphertext"], obj["id"], keys, obj["sender"], obj["sent_at"],
                          None, obj["v"], env.blobs)
    if fast is not None:
        return env, ENVELOPE_SIG_PREFIX + fast
    unsigned = {k: v for k, v in obj.items() if k != "sig"}
    return env, ENVELOPE_SIG_PREFIX + canonical_bytes(unsigned)


def parse_envelope_signed(data: bytes) -> tuple[Envelope, bytes]:
    """`parse_envelope`, plus the bytes its outer signature covers (see above).

    Canonical `data` (what every sender writes) ends `,"sig":"<S>","v":<v>}`, as
    `sig` and `v` are the last keys in sorted order and S is base64url text; the
    signed bytes are `data` without that member, so nothing is re-encoded.
    """
    obj = canonical_object_or_none(data, max_bytes=MAX_ENVELOPE_BYTES)
    if obj is not None:
        env = envelope_from_wire(obj, "envelope")
        tail = f',"sig":"{obj["sig"]}","v":{env.v}}}'.encode("ascii")
        if data.endswith(tail):
            return env, b"".join((ENVELOPE_SIG_PREFIX, data[:len(data) - len(tail)],
                                  b',"v":', str(env.v).encode("ascii"), b"}"))
    return envelope_from_wire_signed(
        parse_json_object(data, max_bytes=MAX_ENVELOPE_BYTES, what="envelope"), "envelope"
    )


def parse_envelope(data: bytes) -> Envelope:
    """Parse envelope bytes (size-capped, strict JSON) into an Envelope."""
    return envelope_from_wire(
        parse_json_object(data, max_bytes=MAX_ENVELOPE_BYTES, what="envelope"), "envelope"
    )
