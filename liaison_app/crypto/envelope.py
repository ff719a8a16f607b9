"""Seal and open envelopes: sign, then encrypt, then sign again.

seal: Ed25519-sign the canonical inner message (id and recipients inside),
encrypt `{"message", "sig"}` with a fresh XSalsa20-Poly1305 (SecretBox) key,
wrap that key for each recipient device with SealedBox (X25519), and sign the
outer envelope. open: the reverse, with every check mapped to a RejectReason.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any, Protocol

import nacl.exceptions
import nacl.public
import nacl.secret
import nacl.utils

from liaison_app.crypto.keys import DeviceKeys, device_id_for, verify_box_key
from liaison_app.crypto.outer import (
    parse_envelope_signed_or_reject,
    verify_ed25519,
    verify_outer,
)
from liaison_app.domain.timefmt import check_time
from liaison_app.protocol.canonical import (
    b64u_decode,
    b64u_encode,
    canonical_bytes,
    canonical_bytes_built,
    parse_canonical_object,
)
from liaison_app.protocol.directory import DeviceEntry, Directory
from liaison_app.protocol.domains import INNER_SIG_PREFIX
from liaison_app.protocol.envelope import (
    Envelope,
    WrappedKey,
    envelope_signing_bytes,
    signed_envelope_bytes,
    with_wire_bytes,
)
from liaison_app.protocol.errors import (
    Rejection,
    RejectReason,
    UnsupportedVersion,
    ValidationError,
)
from liaison_app.protocol.limits import (
    CONTENT_KEY_BYTES,
    MAX_ENVELOPE_AGE_DAYS,
    MAX_ENVELOPE_BYTES,
    MAX_PLAINTEXT_BYTES,
    NONCE_BYTES,
    PROTOCOL_VERSION,
    SIGNATURE_BYTES,
)
from liaison_app.protocol.message import InnerMessage, inner_from_wire, inner_to_wire
from liaison_app.protocol.wire import check_keys, expect_object

__all__ = [
    "PublicDevice",
    "blob_ids",
    "open_envelope",
    "open_envelope_bytes",
    "seal",
    "verify_outer",
]

Rng = Callable[[int], bytes]
MAX_ENVELOPE_AGE = timedelta(days=MAX_ENVELOPE_AGE_DAYS)
_MESSAGE_HEAD = b'{"message":'


class PublicDevice(Protocol):
    """What sealing needs of a recipient: DevicePublic and DeviceEntry both fit."""

    @property
    def device_id(self) -> str: ...
    @property
    def sign_key(self) -> bytes: ...
    @property
    def box_key(self) -> bytes: ...
    @property
    def box_key_sig(self) -> bytes: ...


def inner_signing_bytes(message_wire: Any) -> bytes:
    """What the inner signature covers: prefix + canonical inner message object."""
    return INNER_SIG_PREFIX + canonical_bytes(message_wire)


def seal_plaintext(inner: InnerMessage, sender: DeviceKeys) -> bytes:
    """The signed inner document `{"message": ..., "sig": ...}` (canonical bytes).

    The inner message is encoded once: canonical `{"message": M, "sig": S}` is
    exactly `{"message":` + canonical(M) + `,"sig":"` + S + `"}` (keys sorted,
    S is base64url text, which needs no escaping).
    """
    message = canonical_bytes_built(inner_to_wire(inner))
    sig = b64u_encode(sender.sign(INNER_SIG_PREFIX + message)).encode("ascii")
    plaintext = b"".join((_MESSAGE_HEAD, message, b',"sig":"', sig, b'"}'))
    if len(plaintext) > MAX_PLAINTEXT_BYTES:
        raise ValidationError("message", f"signed message exceeds {MAX_PLAINTEXT_BYTES} bytes")
    return plaintext


@lru_cache(maxsize=4096)
def _keys_hold_together(device_id: str, sign_key: bytes, box_key: bytes,
                        box_key_sig: bytes) -> str | None:
    """None if `device_id` is the signing key's fingerprint and the box key is signed by
    it, else the failing field. A pure function of its arguments, so memoised: sealing
    checks every recipient each time, and the same few devices recur."""
    if device_id_for(sign_key) != device_id:
        return "device_id"
    if not verify_box_key(sign_key, box_key, box_key_sig):
        return "box_key_sig"
    return None


_FAULTS = {"device_id": "is not its key's fingerprint", "box_key_sig": "does not verify"}


def _check_recipients(
    inner: InnerMessage, recipients: Sequence[PublicDevice]
) -> list[PublicDevice]:
    by_id: dict[str, PublicDevice] = {}
    for i, r in enumerate(recipients):
        if isinstance(r, DeviceEntry) and not r.active:
            raise ValidationError(f"recipients[{i}]", f"device {r.device_id} is not active")
        try:
            fault = _keys_hold_together(r.device_id, r.sign_key, r.box_key, r.box_key_sig)
        except TypeError:  # an unhashable key type: check without the memo
            fault = _keys_hold_together.__wrapped__(r.device_id, bytes(r.sign_key),
                                                    bytes(r.box_key), bytes(r.box_key_sig))
        if fault is not None:
            raise ValidationError(f"recipients[{i}].{fault}", _FAULTS[fault])
        by_id[r.device_id] = r
    if not by_id:
        raise ValidationError("recipients", "a message is sealed for at least one device")
    if set(by_id) != set(inner.recipients.devices) or len(by_id) != len(recipients):
        raise ValidationError(
            "recipients", "must be exactly the devices named in the inner message"
        )
    return [by_id[d] for d in sorted(by_id)]


def blob_ids(inner: InnerMessage) -> tuple[str, ...]:
    """The envelope's `blobs`: the inner message's attachment ids, sorted. Derived here,
    from the signed message itself, so wherever sealing happens the list is right."""
    return tuple(sorted(a.id for a in inner.attachments))


def seal(
    inner: InnerMessage,
    sender: DeviceKeys,
    recipients: Sequence[PublicDevice],
    *,
    sent_at: datetime,
    rng: Rng | None = None,
) -> Envelope:
    """Sign, encrypt and wrap `inner` for `recipients`; return the signed envelope.

    `rng(n)` supplies the content key (32 bytes) then the nonce (24 bytes); it
    defaults to `nacl.utils.random`. SealedBox's ephemeral key always comes from
    libsodium, so wrapped keys are never reproducible.
    """
    rand: Rng = rng if rng is not None else nacl.utils.random
    if inner.sender.device != sender.device_id:
        raise ValidationError("sender.device", "is not the sealing device's id")
    ordered = _check_recipients(inner, recipients)
    sent_at = check_time(sent_at.replace(microsecond=0), "sent_at")
    plaintext = seal_plaintext(inner, sender)
    content_key = rand(CONTENT_KEY_BYTES)
    nonce = rand(NONCE_BYTES)
    if len(content_key) != CONTENT_KEY_BYTES or len(nonce) != NONCE_BYTES:
        raise ValueError("rng returned the wrong number of bytes")
    ciphertext = bytes(nacl.secret.SecretBox(content_key).encrypt(plaintext, nonce))
    keys = tuple(
        WrappedKey(r.device_id, bytes(nacl.public.SealedBox(
            nacl.public.PublicKey(bytes(r.box_key))).encrypt(content_key)))
        for r in ordered
    )
    blobs = blob_ids(inner)
    signing = envelope_signing_bytes(Envelope(
        v=PROTOCOL_VERSION, id=inner.id, sender=sender.device_id, keys=keys,
        ciphertext=ciphertext, sent_at=sent_at, sig=b"", blobs=blobs,
    ))
    sig = sender.sign(signing)  # what sign_outer does, keeping the bytes for the wire
    wire = signed_envelope_bytes(signing, sig)
    if len(wire) > MAX_ENVELOPE_BYTES:
        raise ValidationError("envelope", f"exceeds {MAX_ENVELOPE_BYTES} bytes")
    return with_wire_bytes(
        Envelope(v=PROTOCOL_VERSION, id=inner.id, sender=sender.device_id, keys=keys,
                 ciphertext=ciphertext, sent_at=sent_at, sig=sig, blobs=blobs),
        wire,
    )


def _reject(reason: RejectReason, detail: str) -> Rejection:
    return Rejection(reason, detail)


def _decrypt(env: Envelope, me: DeviceKeys) -> bytes:
    wrapped = env.wrapped_for(me.device_id)
    if wrapped is None:
        raise _reject(RejectReason.NOT_A_RECIPIENT, "no wrapped key for this device")
    try:
        content_key = nacl.public.SealedBox(me.box_private).decrypt(wrapped)
    except (nacl.exceptions.CryptoError, ValueError) as exc:
        raise _reject(RejectReason.MALFORMED, "wrapped key does not open") from exc
    if len(content_key) != CONTENT_KEY_BYTES:
        raise _reject(RejectReason.MALFORMED, "content key has the wrong length")
    try:
        return bytes(nacl.secret.SecretBox(content_key).decrypt(env.ciphertext))
    except (nacl.exceptions.CryptoError, ValueError) as exc:
        raise _reject(RejectReason.MALFORMED, "ciphertext does not decrypt") from exc


def _parse_plaintext(plaintext: bytes) -> tuple[InnerMessage, bytes, bytes]:
    """Return the inner message, the bytes its signature covers, and the signature."""
    try:
        doc = expect_object(
            parse_canonical_object(plaintext, max_bytes=MAX_PLAINTEXT_BYTES, what="plaintext"),
            "plaintext",
        )
        check_keys(doc, "plaintext", frozenset({"message", "sig"}))
        sig = b64u_decode(doc["sig"], "plaintext.sig", size=SIGNATURE_BYTES)
        inner = inner_from_wire(doc["message"], "message")
    except UnsupportedVersion as exc:
        raise _reject(RejectReason.UNSUPPORTED_VERSION, str(exc)) from exc
    except ValidationError as exc:
        raise _reject(RejectReason.MALFORMED, str(exc)) from exc
    return inner, INNER_SIG_PREFIX + _message_bytes(plaintext, doc), sig


def _message_bytes(plaintext: bytes, doc: Any) -> bytes:
    """canonical(doc["message"]), cut from the plaintext already proven canonical.

    A canonical `{"message": M, "sig": S}` is exactly `{"message":` + canonical(M)
    + `,"sig":"` + S + `"}` (keys sorted, S is base64url text), so the inner
    signature is checked over the received bytes instead of a re-encoding.
    """
    tail = b',"sig":"' + str(doc["sig"]).encode("ascii") + b'"}'
    if plaintext.startswith(_MESSAGE_HEAD) and plaintext.endswith(tail):
        return plaintext[len(_MESSAGE_HEAD):len(plaintext) - len(tail)]
    return canonical_bytes(doc["message"])  # not reached for canonical input


def open_envelope(
    env: Envelope,
    me: DeviceKeys,
    directory: Directory,
    *,
    seen: Callable[[str], bool],
    now: datetime,
    signed: bytes | None = None,
) -> InnerMessage:
    """Verify and decrypt `env` for device `me`; raise Rejection(reason) on any failure.

    Order: version, sender known, outer signature, sender active, my wrapped key,
    decrypt, parse, inner sender binding, inner signature, id/recipient/officer
    binding, expiry (the message's own, and sealed over MAX_ENVELOPE_AGE ago), replay
    (`seen(id)` is consulted last, only for good envelopes).
    `signed`: the outer signing bytes from `envelope_from_wire_signed`, if at hand.
    """
    if env.v != PROTOCOL_VERSION:
        raise _reject(RejectReason.UNSUPPORTED_VERSION, f"envelope version {env.v}")
    entry = directory.device(env.sender)
    if entry is None:
        raise _reject(RejectReason.UNKNOWN_SENDER, f"device {env.sender} is not in the directory")
    verify_outer(env, entry.sign_key, signed)
    if not entry.active:
        raise _reject(RejectReason.REVOKED_SENDER, f"device {env.sender} is {entry.status.value}")
    inner, signed, sig = _parse_plaintext(_decrypt(env, me))
    if inner.sender.device != env.sender:
        raise _reject(RejectReason.BINDING_MISMATCH, "inner sender device is not the outer sender")
    if not verify_ed25519(entry.sign_key, signed, sig):
        raise _reject(RejectReason.BAD_INNER_SIGNATURE, "inner signature does not verify")
    if inner.id != env.id:
        raise _reject(RejectReason.BINDING_MISMATCH, "inner id is not the envelope id")
    if set(inner.recipients.devices) != env.recipient_devices():
        raise _reject(RejectReason.BINDING_MISMATCH, "inner recipients are not the wrapped keys")
    if blob_ids(inner) != env.blobs:
        raise _reject(RejectReason.BINDING_MISMATCH,
                      "inner attachments are not the envelope's blobs")
    if inner.sender.officer != entry.officer_id or inner.sender.agency != entry.agency_id:
        raise _reject(RejectReason.BINDING_MISMATCH, "inner sender is not the device's officer")
    if me.device_id not in inner.recipients.devices:
        raise _reject(RejectReason.NOT_A_RECIPIENT, "this device is not an inner recipient")
    if inner.expires_at is not None and now >= inner.expires_at:
        raise _reject(RejectReason.EXPIRED, "message expired")
    if now - env.sent_at > MAX_ENVELOPE_AGE:
        raise _reject(RejectReason.EXPIRED, f"sealed more than {MAX_ENVELOPE_AGE_DAYS} days ago")
    if seen(env.id):
        raise _reject(RejectReason.REPLAYED, f"envelope {env.id} was already received")
    return inner


def open_envelope_bytes(
    data: bytes,
    me: DeviceKeys,
    directory: Directory,
    *,
    seen: Callable[[str], bool],
    now: datetime,
) -> tuple[Envelope, InnerMessage]:
    """parse_envelope + open_envelope, every failure a Rejection."""
    env, signed = parse_envelope_signed_or_reject(data)
    return env, open_envelope(env, me, directory, seen=seen, now=now, signed=signed)
