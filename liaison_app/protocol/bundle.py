"""Carrier bundles (docs/protocol.md §28): the signed header and the file's fixed layout.

A bundle is one file an officer carries on removable media when there is no
network. Its layout (all integers big-endian)::

    preamble   magic "liaison-bundle" 0x00, format version (1 byte),
               stanza count n (u16), header box length h (u32), 2 zero bytes
    stanzas    n × 80 bytes: crypto_box_seal(file key) to each device that may
               open the file, the rest sealed to throwaway keys (padding)
    header box nonce (24) ‖ crypto_secretbox(u32 length ‖ signed header ‖ zeros)
    body       secretstream header (24) ‖ chunks of 65 536 bytes + 17

Everything that says who writes to whom (the creator, the recipients, the
envelopes) is inside the encryption; the stick shows a bundle's size only.
This module holds the header (signed by the creating device), its wire form and
the limits; `protocol.bundle_records` frames the body; `crypto.bundle` seals
and opens. No I/O here.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from liaison_app.domain.timefmt import format_time, parse_time
from liaison_app.protocol.canonical import (
    MAX_SAFE_INT,
    JsonValue,
    b64u_decode,
    b64u_encode,
    canonical_bytes,
)
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.ids import (
    validate_agency_id,
    validate_device_id,
    validate_message_id,
    validate_officer_id,
)
from liaison_app.protocol.limits import PROTOCOL_VERSION
from liaison_app.protocol.message import SenderRef
from liaison_app.protocol.wire import (
    check_keys,
    check_version,
    expect_int,
    expect_list,
    expect_object,
    expect_str,
)

__all__ = [
    "BODY_AD_PREFIX",
    "BODY_CHUNK_BYTES",
    "BUNDLE_FORMAT_VERSION",
    "DEFAULT_LIFETIME",
    "HEADER_PAD_BYTES",
    "MAGIC",
    "MAX_ACKS",
    "MAX_BUNDLE_BLOBS",
    "MAX_BUNDLE_ENVELOPES",
    "MAX_BUNDLE_ENVELOPE_BYTES",
    "MAX_BUNDLE_FILE_BYTES",
    "MAX_CLOCK_SKEW",
    "MAX_HEADER_BYTES",
    "MAX_LIFETIME",
    "MAX_PARTIES",
    "MAX_STANZAS",
    "PREAMBLE_BYTES",
    "STANZA_BYTES",
    "STANZA_PADDING",
    "BodySummary",
    "BundleAck",
    "BundleHeader",
    "Parties",
    "body_ad",
    "header_from_wire",
    "header_to_wire",
    "route_id",
]

MAGIC = b"liaison-bundle\x00"
"""The first 15 bytes of every bundle file (the 16th is the format version)."""
BUNDLE_FORMAT_VERSION = 1
PREAMBLE_BYTES = 24
"""magic (15) ‖ version (1) ‖ stanza count (2) ‖ header box length (4) ‖ zeros (2)."""
STANZA_BYTES = 80
"""crypto_box_seal of a 32-byte key: ephemeral key (32) ‖ MAC (16) ‖ key (32)."""
MAX_STANZAS = 128
"""Devices (and padding) that can open one bundle: recipients and carriers together."""
STANZA_PADDING = 8
"""Senders pad the stanza count up to a multiple of this, so it says little."""
HEADER_PAD_BYTES = 4096
"""The header box's plaintext is padded to a multiple of this."""
MAX_HEADER_BYTES = 64 * 1024
"""Largest signed header document (and the header box's padded plaintext)."""
BODY_CHUNK_BYTES = 64 * 1024
"""Plaintext bytes per body chunk; every chunk is full (the last one padded)."""
MAX_BUNDLE_ENVELOPES = 5000
MAX_BUNDLE_ENVELOPE_BYTES = 64 * 1024 * 1024
"""Envelopes are held in memory while a bundle is verified: at most this many bytes."""
MAX_BUNDLE_BLOBS = 2000
MAX_BUNDLE_FILE_BYTES = 4 * 1024 * 1024 * 1024 - 1
"""A whole bundle fits a FAT32 stick (the commonest removable medium)."""
MAX_ACKS = 256
MAX_PARTIES = 32
DEFAULT_LIFETIME = timedelta(days=28)
"""How long a bundle stays importable, by default and at most (`expires_at` −
`created_at`): long enough for a pouch that goes weekly, short enough that a
lost stick is soon worthless."""
MAX_LIFETIME = DEFAULT_LIFETIME
MAX_CLOCK_SKEW = timedelta(hours=24)
"""A receiver refuses a bundle created further in its future than this (offline
laptops' clocks drift, but not by days)."""
BODY_AD_PREFIX = b"liaison/v1/bundle-body\x00"
_ROUTE_PREFIX = b"liaison/v1/bundle-route\x00"

_HEADER_FIELDS = frozenset({"v", "id", "creator", "recipients", "carriers", "devices", "route",
                            "seq", "created_at", "expires_at", "directory_version", "acks",
                            "prefix_digest", "body"})
_PARTY_FIELDS = frozenset({"agencies", "officers"})
_CREATOR_FIELDS = frozenset({"officer", "agency", "device"})
_ACK_FIELDS = frozenset({"bundle", "route", "seq"})
_BODY_FIELDS = frozenset({"size", "digest", "envelopes", "blobs", "blob_bytes"})
_ROUTE_CHARS = 32


def _sorted_unique(items: tuple[str, ...], name: str) -> tuple[str, ...]:
    if list(items) != sorted(set(items)):
        raise ValidationError(name, "must be sorted, without repeats")
    return items


@dataclass(frozen=True, slots=True)
class Parties:
    """Agencies and officers named by a bundle (recipients or carriers), each sorted."""

    agencies: tuple[str, ...] = ()
    officers: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for i, a in enumerate(self.agencies):
            validate_agency_id(a, f"agencies[{i}]")
        for i, o in enumerate(self.officers):
            validate_officer_id(o, f"officers[{i}]")
        _sorted_unique(self.agencies, "agencies")
        _sorted_unique(self.officers, "officers")
        if len(self.agencies) > MAX_PARTIES or len(self.officers) > MAX_PARTIES:
            raise ValidationError("agencies", f"at most {MAX_PARTIES} agencies and "
                                  f"{MAX_PARTIES} officers")

    @classmethod
    def of(cls, names: list[str] | tuple[str, ...]) -> Parties:
        """Agencies (`RS-BP`) and officers (`rs-bp.horgos-desk`) from mixed names."""
        agencies = sorted({n for n in names if "." not in n})
        officers = sorted({n for n in names if "." in n})
        return cls(tuple(agencies), tuple(officers))

    @property
    def empty(self) -> bool:
        return not self.agencies and not self.officers

    def names(self) -> tuple[str, ...]:
        """Agencies then officers, as an officer would list them."""
        return (*self.agencies, *self.officers)

    def includes(self, officer_id: str, agency_id: str) -> bool:
        """True if this officer is named, or their agency is."""
        return officer_id in self.officers or agency_id in self.agencies

    def to_wire(self) -> dict[str, JsonValue]:
        return {"agencies": list(self.agencies), "officers": list(self.officers)}


@dataclass(frozen=True, slots=True)
class BundleAck:
    """A bundle the creator imported (and owes an acknowledgement for)."""

    bundle: str
    route: str
    seq: int

    def __post_init__(self) -> None:
        validate_message_id(self.bundle, "bundle")
        _check_route(self.route, "route")
        expect_int(self.seq, "seq", minimum=1, maximum=MAX_SAFE_INT)

    def to_wire(self) -> dict[str, JsonValue]:
        return {"bundle": self.bundle, "route": self.route, "seq": self.seq}


@dataclass(frozen=True, slots=True)
class BodySummary:
    """What the body holds and its digest (BLAKE2b-256 of the body section as stored)."""

    size: int
    digest: bytes
    envelopes: int
    blobs: int
    blob_bytes: int

    def __post_init__(self) -> None:
        expect_int(self.size, "body.size", minimum=0, maximum=MAX_BUNDLE_FILE_BYTES)
        expect_int(self.envelopes, "body.envelopes", minimum=0, maximum=MAX_BUNDLE_ENVELOPES)
        expect_int(self.blobs, "body.blobs", minimum=0, maximum=MAX_BUNDLE_BLOBS)
        expect_int(self.blob_bytes, "body.blob_bytes", minimum=0,
                   maximum=MAX_BUNDLE_FILE_BYTES)
        if len(self.digest) != 32:
            raise ValidationError("body.digest", "must be 32 bytes")

    def to_wire(self) -> dict[str, JsonValue]:
        return {"size": self.size, "digest": b64u_encode(self.digest),
                "envelopes": self.envelopes, "blobs": self.blobs,
                "blob_bytes": self.blob_bytes}


@dataclass(frozen=True, slots=True)
class BundleHeader:
    """The signed header: who made the bundle, for whom, until when, and its body."""

    id: str
    creator: SenderRef
    recipients: Parties
    carriers: Parties
    devices: tuple[str, ...]
    route: str
    seq: int
    created_at: datetime
    expires_at: datetime
    directory_version: int
    prefix_digest: bytes
    body: BodySummary
    acks: tuple[BundleAck, ...] = field(default=())

    def __post_init__(self) -> None:
        validate_message_id(self.id, "id")
        if self.recipients.empty:
            raise ValidationError("recipients", "must name at least one agency or officer")
        for i, d in enumerate(self.devices):
            validate_device_id(d, f"devices[{i}]")
        _sorted_unique(self.devices, "devices")
        if not 1 <= len(self.devices) <= MAX_STANZAS:
            raise ValidationError("devices", f"must hold 1 to {MAX_STANZAS} devices")
        _check_route(self.route, "route")
        expect_int(self.seq, "seq", minimum=1, maximum=MAX_SAFE_INT)
        expect_int(self.directory_version, "directory_version", minimum=1,
                   maximum=MAX_SAFE_INT)
        if self.expires_at <= self.created_at:
            raise ValidationError("expires_at", "must be later than created_at")
        if self.expires_at - self.created_at > MAX_LIFETIME:
            raise ValidationError("expires_at", f"a bundle lives at most "
                                  f"{MAX_LIFETIME.days} days after created_at")
        if len(self.prefix_digest) != 32:
            raise ValidationError("prefix_digest", "must be 32 bytes")
        if len(self.acks) > MAX_ACKS:
            raise ValidationError("acks", f"at most {MAX_ACKS}")
        if [a.bundle for a in self.acks] != sorted({a.bundle for a in self.acks}):
            raise ValidationError("acks", "must be sorted by bundle, without repeats")


def _check_route(value: object, name: str) -> str:
    text = expect_str(value, name, max_chars=_ROUTE_CHARS, min_chars=_ROUTE_CHARS)
    if any(c not in "abcdefghijklmnopqrstuvwxyz234567" for c in text):
        raise ValidationError(name, "must be 32 lowercase base32 characters")
    return text


def route_id(creator_device: str, recipients: Parties) -> str:
    """The carrier route: base32(BLAKE2b-160(prefix ‖ creator device ‖ 0x00 ‖
    canonical(recipients))). Each route numbers its bundles 1, 2, 3…"""
    digest = hashlib.blake2b(_ROUTE_PREFIX + creator_device.encode("ascii") + b"\x00"
                             + canonical_bytes(recipients.to_wire()), digest_size=20).digest()
    return base64.b32encode(digest).decode("ascii").lower()


def body_ad(bundle_id: str) -> bytes:
    """Associated data of every body chunk: binds the body to its header's bundle id."""
    return BODY_AD_PREFIX + bundle_id.encode("ascii")


def header_to_wire(h: BundleHeader) -> dict[str, JsonValue]:
    """The JSON-ready header object (the part the creator signs)."""
    return {
        "v": PROTOCOL_VERSION, "id": h.id,
        "creator": {"officer": h.creator.officer, "agency": h.creator.agency,
                    "device": h.creator.device},
        "recipients": h.recipients.to_wire(), "carriers": h.carriers.to_wire(),
        "devices": list(h.devices), "route": h.route, "seq": h.seq,
        "created_at": format_time(h.created_at), "expires_at": format_time(h.expires_at),
        "directory_version": h.directory_version,
        "acks": [a.to_wire() for a in h.acks],
        "prefix_digest": b64u_encode(h.prefix_digest),
        "body": h.body.to_wire(),
    }


def _ids(value: Any, name: str, check: Any, limit: int) -> tuple[str, ...]:
    items = expect_list(value, name, max_items=limit)
    return tuple(check(x, f"{name}[{i}]") for i, x in enumerate(items))


def _parties(value: Any, name: str) -> Parties:
    o = expect_object(value, name)
    check_keys(o, name, _PARTY_FIELDS)
    try:
        return Parties(_ids(o["agencies"], f"{name}.agencies", validate_agency_id, MAX_PARTIES),
                       _ids(o["officers"], f"{name}.officers", validate_officer_id,
                            MAX_PARTIES))
    except ValidationError as exc:
        raise ValidationError(exc.field if exc.field.startswith(name) else
                              f"{name}.{exc.field}", exc.reason) from exc


def _creator(value: Any, name: str) -> SenderRef:
    o = expect_object(value, name)
    check_keys(o, name, _CREATOR_FIELDS)
    try:
        return SenderRef(officer=o["officer"], agency=o["agency"], device=o["device"])
    except ValidationError as exc:
        raise ValidationError(f"{name}.{exc.field}", exc.reason) from exc


def _ack(value: Any, name: str) -> BundleAck:
    o = expect_object(value, name)
    check_keys(o, name, _ACK_FIELDS)
    return BundleAck(bundle=validate_message_id(o["bundle"], f"{name}.bundle"),
                     route=_check_route(o["route"], f"{name}.route"),
                     seq=expect_int(o["seq"], f"{name}.seq", minimum=1, maximum=MAX_SAFE_INT))


def _body(value: Any, name: str) -> BodySummary:
    o = expect_object(value, name)
    check_keys(o, name, _BODY_FIELDS)
    p = f"{name}."
    return BodySummary(
        size=expect_int(o["size"], p + "size", minimum=0, maximum=MAX_BUNDLE_FILE_BYTES),
        digest=b64u_decode(o["digest"], p + "digest", size=32),
        envelopes=expect_int(o["envelopes"], p + "envelopes", minimum=0,
                             maximum=MAX_BUNDLE_ENVELOPES),
        blobs=expect_int(o["blobs"], p + "blobs", minimum=0, maximum=MAX_BUNDLE_BLOBS),
        blob_bytes=expect_int(o["blob_bytes"], p + "blob_bytes", minimum=0,
                              maximum=MAX_BUNDLE_FILE_BYTES))


def header_from_wire(obj: Any, name: str = "header") -> BundleHeader:
    """Strictly parse the header object (`v` first; every key, no other)."""
    o = expect_object(obj, name)
    check_version(o, name)
    check_keys(o, name, _HEADER_FIELDS)
    p = f"{name}."
    acks = expect_list(o["acks"], p + "acks", max_items=MAX_ACKS)
    try:
        return BundleHeader(
            id=validate_message_id(o["id"], p + "id"),
            creator=_creator(o["creator"], p + "creator"),
            recipients=_parties(o["recipients"], p + "recipients"),
            carriers=_parties(o["carriers"], p + "carriers"),
            devices=_ids(o["devices"], p + "devices", validate_device_id, MAX_STANZAS),
            route=_check_route(o["route"], p + "route"),
            seq=expect_int(o["seq"], p + "seq", minimum=1, maximum=MAX_SAFE_INT),
            created_at=parse_time(o["created_at"], p + "created_at"),
            expires_at=parse_time(o["expires_at"], p + "expires_at"),
            directory_version=expect_int(o["directory_version"], p + "directory_version",
                                         minimum=1, maximum=MAX_SAFE_INT),
            prefix_digest=b64u_decode(o["prefix_digest"], p + "prefix_digest", size=32),
            body=_body(o["body"], p + "body"),
            acks=tuple(_ack(a, f"{p}acks[{i}]") for i, a in enumerate(acks)),
        )
    except ValidationError as exc:
        if exc.field.startswith(name):
            raise
        raise ValidationError(p + exc.field, exc.reason) from exc
