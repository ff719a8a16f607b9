"""Opening a carrier bundle (docs/protocol.md §28.5): every check, in order, before the
caller stores or unseals anything.

`open_header` reads the preamble, finds this device's stanza, opens and
verifies the signed header (creator in the directory, signature, not revoked,
this device listed, the stanzas intact, the file's exact length, the expiry).
`read_body` then decrypts the body chunk by chunk, hands each envelope and each
blob's bytes to the caller as they come, and at the end insists on the final
tag and on the digest the creator signed. A refusal is `BundleRefused` with a
stable `BundleProblem` code. Nothing here touches a disk: callers pass `read`.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

import nacl.bindings as sodium
import nacl.exceptions
import nacl.secret

from liaison_app.crypto.attachment_stream import BlobDigest, PipedDigest
from liaison_app.crypto.bundle_seal import derive_keys
from liaison_app.crypto.keys import DeviceKeys, device_id_for
from liaison_app.crypto.outer import verify_ed25519
from liaison_app.protocol.bundle import (
    BODY_CHUNK_BYTES,
    BUNDLE_FORMAT_VERSION,
    MAGIC,
    MAX_CLOCK_SKEW,
    MAX_HEADER_BYTES,
    MAX_STANZAS,
    PREAMBLE_BYTES,
    STANZA_BYTES,
    BundleHeader,
    body_ad,
    header_from_wire,
)
from liaison_app.protocol.bundle_records import BlobSink, RecordReader
from liaison_app.protocol.canonical import b64u_decode, canonical_bytes, parse_canonical
from liaison_app.protocol.directory import Directory
from liaison_app.protocol.domains import BUNDLE_HEADER_SIG_PREFIX
from liaison_app.protocol.errors import UnsupportedVersion, ValidationError
from liaison_app.protocol.limits import SIGNATURE_BYTES, STREAM_ABYTES, STREAM_HEADER_BYTES
from liaison_app.protocol.wire import check_keys, expect_object

__all__ = [
    "BundleProblem",
    "BundleRefused",
    "OpenedHeader",
    "open_header",
    "read_body",
]

Read = Callable[[int], bytes]
_TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
_TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
_CHUNK = BODY_CHUNK_BYTES + STREAM_ABYTES
_BOX_OVERHEAD = nacl.secret.SecretBox.NONCE_SIZE + nacl.secret.SecretBox.MACBYTES


class BundleProblem(StrEnum):
    """Why a bundle was refused (stable codes, §28.5)."""

    MALFORMED = "malformed"
    UNSUPPORTED_VERSION = "unsupported_version"
    NOT_FOR_THIS_DEVICE = "not_for_this_device"
    DAMAGED = "damaged"
    TRUNCATED = "truncated"
    UNKNOWN_CREATOR = "unknown_creator"
    BAD_SIGNATURE = "bad_signature"
    REVOKED_CREATOR = "revoked_creator"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    MISADDRESSED = "misaddressed"
    DIGEST_MISMATCH = "digest_mismatch"


class BundleRefused(Exception):
    """The bundle fails a check; nothing of it may be stored or used."""

    def __init__(self, problem: BundleProblem, detail: str) -> None:
        super().__init__(f"{problem.value}: {detail}")
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True, slots=True)
class OpenedHeader:
    """A verified header and what reading the body needs."""

    header: BundleHeader
    signed: bytes
    body_key: bytes
    body_offset: int
    file_size: int


def _exact(read: Read, n: int, what: str) -> bytes:
    parts: list[bytes] = []
    left = n
    while left > 0:
        piece = read(min(left, 1 << 20))
        if not piece:
            raise BundleRefused(BundleProblem.TRUNCATED, f"the file ends inside {what}")
        parts.append(piece)
        left -= len(piece)
    return b"".join(parts)


def _preamble(data: bytes, size: int) -> tuple[int, int]:
    if len(data) < PREAMBLE_BYTES:
        if MAGIC.startswith(data[:len(MAGIC)]):
            raise BundleRefused(BundleProblem.TRUNCATED, "the file ends inside its preamble")
        raise BundleRefused(BundleProblem.MALFORMED, "this is not a Liaison bundle")
    if data[:len(MAGIC)] != MAGIC:
        raise BundleRefused(BundleProblem.MALFORMED, "this is not a Liaison bundle")
    if data[len(MAGIC)] != BUNDLE_FORMAT_VERSION:
        raise BundleRefused(BundleProblem.UNSUPPORTED_VERSION,
                            f"bundle format {data[len(MAGIC)]} (this version reads 1)")
    count, box_len, reserved = struct.unpack_from(">HIH", data, len(MAGIC) + 1)
    if reserved != 0 or not 1 <= count <= MAX_STANZAS:
        raise BundleRefused(BundleProblem.MALFORMED, "the preamble is malformed")
    if not _BOX_OVERHEAD + 4 <= box_len <= _BOX_OVERHEAD + MAX_HEADER_BYTES:
        raise BundleRefused(BundleProblem.MALFORMED, "the header box has an invalid length")
    least = PREAMBLE_BYTES + count * STANZA_BYTES + box_len + STREAM_HEADER_BYTES + _CHUNK
    if size < least:
        raise BundleRefused(BundleProblem.TRUNCATED,
                            f"the file holds {size} bytes, fewer than its layout needs")
    return count, box_len


def _file_key(stanzas: bytes, keys: DeviceKeys) -> bytes:
    pk, sk = keys.box_key, bytes(keys.box_private)
    for at in range(0, len(stanzas), STANZA_BYTES):
        try:
            key = sodium.crypto_box_seal_open(stanzas[at:at + STANZA_BYTES], pk, sk)
        except nacl.exceptions.CryptoError:
            continue
        if len(key) == 32:
            return bytes(key)
    raise BundleRefused(BundleProblem.NOT_FOR_THIS_DEVICE,
                        "no stanza opens for this device: the bundle is addressed to other "
                        "devices (or damaged)")


def _signed_header(box: bytes, header_key: bytes) -> bytes:
    try:
        plain = bytes(nacl.secret.SecretBox(header_key).decrypt(box))
    except nacl.exceptions.CryptoError as exc:
        raise BundleRefused(BundleProblem.DAMAGED, "the header does not decrypt "
                            "(the file was altered or damaged)") from exc
    (length,) = struct.unpack_from(">I", plain, 0)
    if not 0 < length <= len(plain) - 4 or any(plain[4 + length:]):
        raise BundleRefused(BundleProblem.MALFORMED, "the header box is malformed")
    return plain[4:4 + length]


def _verify_header(signed: bytes, directory: Directory) -> BundleHeader:
    try:
        outer = expect_object(parse_canonical(signed, max_bytes=MAX_HEADER_BYTES,
                                              what="bundle header"), "bundle header")
        check_keys(outer, "", frozenset({"header", "sig"}))
        sig = b64u_decode(outer["sig"], "sig", size=SIGNATURE_BYTES)
        raw = expect_object(outer["header"], "header")
        header = header_from_wire(raw)
    except UnsupportedVersion as exc:
        raise BundleRefused(BundleProblem.UNSUPPORTED_VERSION, str(exc)) from exc
    except ValidationError as exc:
        raise BundleRefused(BundleProblem.MALFORMED, str(exc)) from exc
    creator = header.creator
    entry = directory.device(creator.device)
    if entry is None:
        raise BundleRefused(BundleProblem.UNKNOWN_CREATOR,
                            f"device {creator.device} is not in this device's directory")
    if device_id_for(entry.sign_key) != entry.device_id or not verify_ed25519(
            entry.sign_key, BUNDLE_HEADER_SIG_PREFIX + canonical_bytes(raw), sig):
        raise BundleRefused(BundleProblem.BAD_SIGNATURE,
                            "the header's signature does not verify under the creator's key")
    if entry.officer_id != creator.officer or entry.agency_id != creator.agency:
        raise BundleRefused(BundleProblem.BAD_SIGNATURE,
                            "the creator's officer or agency differs from the directory")
    if not entry.active:
        raise BundleRefused(BundleProblem.REVOKED_CREATOR,
                            f"the creating device {creator.device} has been revoked")
    return header


def open_header(read: Read, size: int, keys: DeviceKeys, directory: Directory,
                now: datetime) -> OpenedHeader:
    """Check everything up to the body; `read` is positioned at the file's start."""
    first = read(PREAMBLE_BYTES)
    count, box_len = _preamble(first, size)
    stanzas = _exact(read, count * STANZA_BYTES, "its stanzas")
    file_key = _file_key(stanzas, keys)
    header_key, body_key = derive_keys(file_key)
    signed = _signed_header(_exact(read, box_len, "its header"), header_key)
    header = _verify_header(signed, directory)
    prefix = BlobDigest()
    prefix.update(first + stanzas)
    if prefix.digest() != header.prefix_digest:
        raise BundleRefused(BundleProblem.DAMAGED, "the stanzas were altered or damaged")
    if keys.device_id not in header.devices:
        raise BundleRefused(BundleProblem.NOT_FOR_THIS_DEVICE,
                            "the header does not list this device")
    offset = PREAMBLE_BYTES + count * STANZA_BYTES + box_len
    body = header.body.size
    if body < STREAM_HEADER_BYTES + _CHUNK or (body - STREAM_HEADER_BYTES) % _CHUNK:
        raise BundleRefused(BundleProblem.MALFORMED, "the header gives an invalid body size")
    if size < offset + body:
        raise BundleRefused(BundleProblem.TRUNCATED, f"the file holds {size} bytes; the "
                            f"header says {offset + body} (cut short while copying?)")
    if size > offset + body:
        raise BundleRefused(BundleProblem.DAMAGED, "the file holds more bytes than its "
                            "header says")
    if now >= header.expires_at:
        raise BundleRefused(BundleProblem.EXPIRED, "the bundle expired at "
                            f"{header.expires_at:%Y-%m-%d %H:%M} UTC")
    if header.created_at > now + MAX_CLOCK_SKEW:
        raise BundleRefused(BundleProblem.NOT_YET_VALID, "the bundle says it was made at "
                            f"{header.created_at:%Y-%m-%d %H:%M} UTC, in the future: check "
                            "this device's clock")
    return OpenedHeader(header, signed, body_key, offset, size)


def read_body(read: Read, opened: OpenedHeader, on_envelope: Callable[[bytes], None],
              on_blob: Callable[[str, int], BlobSink],
              progress: Callable[[int, int], None] | None = None) -> None:
    """Decrypt and parse the body (read positioned at `body_offset`); refuse on any fault.

    The caller must discard whatever it received if this raises.
    """
    header = opened.header
    expect = header.body
    digest = PipedDigest(expect.size)  # hashed on a second core while this one decrypts
    try:
        _read_body(read, opened, digest, on_envelope, on_blob, progress)
    finally:
        digest.close()


def _read_body(read: Read, opened: OpenedHeader, digest: PipedDigest,
               on_envelope: Callable[[bytes], None],
               on_blob: Callable[[str, int], BlobSink],
               progress: Callable[[int, int], None] | None) -> None:
    header = opened.header
    expect = header.body
    counts = {"envelopes": 0, "blobs": 0, "blob_bytes": 0}

    def envelope(data: bytes) -> None:
        counts["envelopes"] += 1
        if counts["envelopes"] > expect.envelopes:
            raise ValidationError("body", "holds more envelopes than its header says")
        on_envelope(data)

    def blob(blob_id: str, size: int) -> BlobSink:
        counts["blobs"] += 1
        counts["blob_bytes"] += size
        if counts["blobs"] > expect.blobs or counts["blob_bytes"] > expect.blob_bytes:
            raise ValidationError("body", "holds more blob bytes than its header says")
        return on_blob(blob_id, size)

    records = RecordReader(envelope, blob)
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    stream_header = _exact(read, STREAM_HEADER_BYTES, "its body")
    digest.update(stream_header)
    sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, stream_header,
                                                           opened.body_key)
    ad = body_ad(header.id)
    chunks = (expect.size - STREAM_HEADER_BYTES) // _CHUNK
    for i in range(chunks):
        data = _exact(read, _CHUNK, "its body")
        digest.update(data)
        try:
            plain, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(state, data, ad)
        except nacl.exceptions.CryptoError as exc:
            raise BundleRefused(BundleProblem.DAMAGED, f"body chunk {i + 1} of {chunks} does "
                                "not decrypt (the file was altered or damaged)") from exc
        if tag != (_TAG_FINAL if i == chunks - 1 else _TAG_MESSAGE):
            raise BundleRefused(BundleProblem.DAMAGED, "the body's chunks are out of order")
        try:
            records.feed(plain)
        except ValidationError as exc:
            raise BundleRefused(BundleProblem.MALFORMED, str(exc)) from exc
        if progress is not None:
            progress(opened.body_offset + STREAM_HEADER_BYTES + (i + 1) * _CHUNK,
                     opened.file_size)
    try:
        records.finish()
    except ValidationError as exc:
        raise BundleRefused(BundleProblem.MALFORMED, str(exc)) from exc
    if digest.digest() != expect.digest:
        raise BundleRefused(BundleProblem.DIGEST_MISMATCH, "the body is not the one its "
                            "header was signed for")
    if (counts["envelopes"], counts["blobs"], counts["blob_bytes"]) != (
            expect.envelopes, expect.blobs, expect.blob_bytes):
        raise BundleRefused(BundleProblem.MALFORMED, "the body does not hold what its "
                            "header lists")
