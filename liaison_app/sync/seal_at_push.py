"""Seal at push: the envelope is made for the devices that are current when it is sent.

Composing signs the message and queues it with its addressing, offline, with
no envelope yet. Before each push the engine, holding the directory refreshed
at the start of that same sync, resolves the addressing to devices: every
active device of each addressed agency (not this one) and each addressed
device still active. `seal_for_push` is the one place that turns the stored
signed message into an envelope: the devices are filled into the message
(which is then signed again), and `crypto.envelope.seal` encrypts it for
exactly those devices. A device enrolled after the officer composed still
gets the message; an agency with no active device yet holds it back, queued,
with a reason; once offered to the hub an envelope is never sealed again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from liaison_app.crypto.envelope import seal
from liaison_app.crypto.keys import DeviceKeys
from liaison_app.crypto.outer import verify_ed25519
from liaison_app.protocol.canonical import b64u_decode, canonical_bytes, parse_canonical_object
from liaison_app.protocol.directory import DeviceEntry, Directory
from liaison_app.protocol.domains import INNER_SIG_PREFIX
from liaison_app.protocol.envelope import envelope_bytes
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.limits import MAX_PLAINTEXT_BYTES, SIGNATURE_BYTES
from liaison_app.protocol.message import InnerMessage, inner_from_wire
from liaison_app.protocol.wire import check_keys, expect_object
from liaison_app.store import outbox_seal
from liaison_app.store.database import Database
from liaison_app.store.outbox_seal import Addressing

__all__ = [
    "WAITING_FOR_DIRECTORY",
    "Held",
    "OutboxSealer",
    "Prepared",
    "SealedForPush",
    "prepare_outbox",
    "resolve_addressing",
    "same_devices",
    "seal_for_devices",
    "seal_for_push",
]

WAITING_FOR_DIRECTORY = "waiting for the partner's directory entry"
"""The start of every hold reason for an agency without an active device."""


@dataclass(frozen=True, slots=True)
class Held:
    """Not sealed: why the message waits (shown in the outbox)."""

    reason: str


@dataclass(frozen=True, slots=True)
class SealedForPush:
    """The message as sealed now: its final inner form and the envelope bytes."""

    inner: InnerMessage
    envelope: bytes

    @property
    def devices(self) -> tuple[str, ...]:
        """The devices it is sealed for."""
        return self.inner.recipients.devices


def resolve_addressing(directory: Directory, addressing: Addressing,
                       own_device: str) -> list[DeviceEntry] | Held:
    """The active devices `addressing` means now, sorted; or why there are none yet.

    Every addressed agency must have an active device (other than this one): a
    message to two agencies is never sent to one of them alone.
    """
    chosen: dict[str, DeviceEntry] = {}
    missing: list[str] = []
    for agency in addressing.agencies:
        found = [d for d in directory.devices_of_agency(agency)
                 if d.active and d.device_id != own_device]
        if not found:
            missing.append(agency)
        chosen.update((d.device_id, d) for d in found)
    if missing:
        revoked = [a for a in missing if any(
            d.device_id != own_device for d in directory.devices_of_agency(a, False))]
        why = ", ".join(missing)
        if revoked and len(revoked) == len(missing):
            return Held(f"{WAITING_FOR_DIRECTORY}: every device of {why} has been revoked")
        return Held(f"{WAITING_FOR_DIRECTORY}: {why} has no active device yet")
    gone: list[str] = []
    for device_id in addressing.devices:
        entry = directory.device(device_id)
        if entry is None or not entry.active or device_id == own_device:
            gone.append(device_id)
        else:
            chosen[device_id] = entry
    if not chosen:
        return Held(f"{WAITING_FOR_DIRECTORY}: device {', '.join(gone)} is no longer active")
    return [chosen[k] for k in sorted(chosen)]


def _stored_message(signed_inner: bytes, keys: DeviceKeys) -> dict[str, object]:
    """The message object of the signed document stored at compose, checked against this
    device's own signature (an edit to the stored message is never sealed)."""
    doc = expect_object(parse_canonical_object(signed_inner, max_bytes=MAX_PLAINTEXT_BYTES,
                                               what="stored message"), "stored message")
    check_keys(doc, "stored message", frozenset({"message", "sig"}))
    sig = b64u_decode(doc["sig"], "stored message.sig", size=SIGNATURE_BYTES)
    message = expect_object(doc["message"], "message")
    # canonical {"message": M, "sig": S} is '{"message":' M ',"sig":"' S '"}' (S base64url)
    head, tail = b'{"message":', b',"sig":"' + str(doc["sig"]).encode("ascii") + b'"}'
    signed = (signed_inner[len(head):len(signed_inner) - len(tail)]
              if signed_inner.startswith(head) and signed_inner.endswith(tail)
              else canonical_bytes(message))
    if not verify_ed25519(keys.sign_key, INNER_SIG_PREFIX + signed, sig):
        raise ValidationError("stored message", "does not carry this device's signature "
                              "(altered in the cache?); it is not sent")
    return dict(message)


def seal_for_push(signed_inner: bytes, directory: Directory, keys: DeviceKeys,
                  addressing: Addressing, *, now: datetime) -> SealedForPush | Held:
    """Seal the stored signed message for the devices `addressing` resolves to in
    `directory` (refreshed in this sync), or say why it must wait."""
    targets = resolve_addressing(directory, addressing, keys.device_id)
    if isinstance(targets, Held):
        return targets
    return seal_for_devices(signed_inner, targets, keys, now=now)


def seal_for_devices(signed_inner: bytes, targets: Sequence[DeviceEntry], keys: DeviceKeys,
                     *, now: datetime) -> SealedForPush:
    """The sealing step of `seal_for_push` for devices already resolved (the engine
    resolves each distinct addressing once per push)."""
    message = _stored_message(signed_inner, keys)
    recipients = expect_object(message["recipients"], "message.recipients")
    message["recipients"] = {"agencies": recipients["agencies"],
                             "devices": [t.device_id for t in targets]}
    inner = inner_from_wire(message)  # every rule of the wire, devices filled
    return SealedForPush(inner, envelope_bytes(seal(inner, keys, targets, sent_at=now)))


def same_devices(sealed: Sequence[str], targets: Sequence[DeviceEntry]) -> bool:
    """True if an envelope sealed for `sealed` already reaches exactly `targets`."""
    return bool(sealed) and set(sealed) == {t.device_id for t in targets}


@dataclass(slots=True)
class Prepared:
    """What preparing the outbox for a push did."""

    sealed: int = 0
    held: int = 0
    errors: list[str] = field(default_factory=list)


class OutboxSealer:
    """Seals (or re-seals, or holds back) the queued messages sealed at push against
    one directory, in the outbox's order, a chunk at a time: a push seals the next
    batch while the one before is on its way to the hub (the sealing used to be a
    single-threaded phase before the first request left).

    The rows are listed once when it is made; each chunk re-reads its rows, so one
    offered or sent meanwhile is skipped. A row whose envelope already reaches exactly
    the resolved devices is left as is; a stored message that no longer verifies is
    held with that reason, never sent. The devices a message was disclosed to are
    audited when the hub takes it (the push's own audit entry names them), so a
    re-seal that never went out is not.
    """

    def __init__(self, db: Database, directory: Directory, keys: DeviceKeys,
                 *, now: datetime) -> None:
        self.db = db
        self.directory = directory
        self.keys = keys
        self.now = now
        self.result = Prepared()
        self._left = outbox_seal.seal_order(db)
        self._resolved: dict[Addressing, list[DeviceEntry] | Held] = {}

    def seal_next(self, count: int) -> bool:
        """Seal the next `count` rows in order (crypto first, then one write
        transaction); False when none were left."""
        chunk, self._left = self._left[:max(1, count)], self._left[max(1, count):]
        if not chunk:
            return False
        self._seal(outbox_seal.to_seal(self.db, chunk))
        return True

    def seal_rest(self) -> Prepared:
        """Seal every row not sealed yet; what the whole sealing did."""
        chunk, self._left = self._left, []
        if chunk:
            self._seal(outbox_seal.to_seal(self.db))
        return self.result

    def _seal(self, items: list[outbox_seal.SealCandidate]) -> None:
        sealed: list[tuple[str, SealedForPush]] = []
        held: list[tuple[str, str]] = []
        for item in items:
            if item.addressing not in self._resolved:
                self._resolved[item.addressing] = resolve_addressing(
                    self.directory, item.addressing, self.keys.device_id)
            targets = self._resolved[item.addressing]
            if isinstance(targets, Held):
                if item.hold_reason != targets.reason or item.sealed_devices:
                    held.append((item.message_id, targets.reason))
                continue
            if same_devices(item.sealed_devices, targets) and item.hold_reason is None:
                continue
            try:
                sealed.append((item.message_id, seal_for_devices(
                    item.signed_inner, targets, self.keys, now=self.now)))
            except ValidationError as exc:
                reason = f"not sent: {exc}"
                self.result.errors.append(f"{item.message_id}: {reason}")
                held.append((item.message_id, reason[:500]))
        if not sealed and not held:
            return
        with self.db.transaction() as conn:
            outbox_seal.store_sealed(conn, [outbox_seal.Sealed(message_id, done.envelope, {
                "agencies": list(done.inner.recipients.agencies),
                "devices": list(done.devices)}) for message_id, done in sealed])
            for message_id, reason in held:
                outbox_seal.hold(conn, message_id, reason)
        self.result.sealed += len(sealed)
        self.result.held += len(held)


def prepare_outbox(db: Database, directory: Directory, keys: DeviceKeys,
                   *, now: datetime) -> Prepared:
    """Seal (or re-seal, or hold back) every queued message sealed at push, against
    `directory`, at once (a carrier bundle's export; a push seals in chunks)."""
    return OutboxSealer(db, directory, keys, now=now).seal_rest()
