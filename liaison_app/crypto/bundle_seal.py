"""Sealing a carrier bundle (docs/protocol.md §28): the file key, the stanzas, the signed
header in its box, and the body encrypted chunk by chunk.

The caller writes the bytes (nothing here touches a disk): first `prefix`
(preamble and stanzas), then `header_box_len` placeholder bytes, then the body
as `BodySealer` hands it out, and finally the header box over the placeholder,
once the body's digest is known. Only libsodium (PyNaCl) primitives are used:
`crypto_box_seal` per stanza, keyed BLAKE2b to derive the header and body keys
from the file key, `crypto_secretbox` for the header, secretstream
(XChaCha20-Poly1305) for the body.
"""

from __future__ import annotations

import dataclasses
import random
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import BinaryIO

import nacl.bindings as sodium
import nacl.public
import nacl.secret
import nacl.utils

from liaison_app.crypto.attachment_stream import BlobDigest, PipedDigest
from liaison_app.crypto.keys import DeviceKeys
from liaison_app.protocol.bundle import (
    BODY_CHUNK_BYTES,
    BUNDLE_FORMAT_VERSION,
    HEADER_PAD_BYTES,
    MAGIC,
    MAX_BUNDLE_BLOBS,
    MAX_BUNDLE_ENVELOPES,
    MAX_BUNDLE_FILE_BYTES,
    MAX_HEADER_BYTES,
    MAX_STANZAS,
    STANZA_PADDING,
    BodySummary,
    BundleHeader,
    body_ad,
    header_to_wire,
)
from liaison_app.protocol.bundle_records import END, blob_record_head, envelope_record
from liaison_app.protocol.canonical import b64u_encode, canonical_bytes
from liaison_app.protocol.domains import BUNDLE_HEADER_SIG_PREFIX
from liaison_app.protocol.errors import ValidationError

__all__ = [
    "BlobSource",
    "BodySealer",
    "BundleSealer",
    "derive_keys",
    "header_box_length",
    "sign_header",
    "write_bundle",
]

_TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
_TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
HEADER_KEY_INFO = b"liaison/v1/bundle-header-key"
BODY_KEY_INFO = b"liaison/v1/bundle-body-key"


def derive_keys(file_key: bytes) -> tuple[bytes, bytes]:
    """(header key, body key): BLAKE2b-256 keyed with the file key over a fixed label each
    (libsodium's crypto_generichash), so one random key serves two ciphers safely."""
    if len(file_key) != 32:
        raise ValueError("the file key is 32 bytes")
    return (_keyed_hash(HEADER_KEY_INFO, file_key), _keyed_hash(BODY_KEY_INFO, file_key))


def _keyed_hash(label: bytes, key: bytes) -> bytes:
    return bytes(sodium.crypto_generichash_blake2b_salt_personal(label, digest_size=32,
                                                                 key=key))


def sign_header(header: BundleHeader, keys: DeviceKeys) -> bytes:
    """The signed header document: canonical({"header", "sig"}), signed by the creator."""
    if header.creator.device != keys.device_id:
        raise ValidationError("header.creator.device", "is not the signing device")
    wire = header_to_wire(header)
    sig = keys.sign(BUNDLE_HEADER_SIG_PREFIX + canonical_bytes(wire))
    return canonical_bytes({"header": wire, "sig": b64u_encode(sig)})


def header_box_length(signed_header_len: int) -> int:
    """The header box's size for a signed header of up to this many bytes: nonce and MAC,
    then the length word and the document padded to a multiple of 4 KiB."""
    plain = 4 + signed_header_len
    padded = -(-plain // HEADER_PAD_BYTES) * HEADER_PAD_BYTES
    if padded > MAX_HEADER_BYTES:
        raise ValidationError("header", f"the bundle header would exceed {MAX_HEADER_BYTES} "
                              "bytes; name fewer recipients or carriers")
    return nacl.secret.SecretBox.NONCE_SIZE + nacl.secret.SecretBox.MACBYTES + padded


def _stanza_count(devices: int) -> int:
    if not 1 <= devices <= MAX_STANZAS:
        raise ValidationError("devices", f"a bundle opens for 1 to {MAX_STANZAS} devices, "
                              f"not {devices}")
    return min(MAX_STANZAS, -(-devices // STANZA_PADDING) * STANZA_PADDING)


class BodySealer:
    """Encrypts the body's plaintext stream into full chunks, hashing what it emits."""

    def __init__(self, body_key: bytes, bundle_id: str, size_hint: int = 0) -> None:
        self._state = sodium.crypto_secretstream_xchacha20poly1305_state()
        self._ad = body_ad(bundle_id)
        self._pending = bytearray()
        self._digest = PipedDigest(size_hint)  # a large body is hashed on a second core
        self.size = 0
        self._header = sodium.crypto_secretstream_xchacha20poly1305_init_push(
            self._state, body_key)
        self._started = False
        self._finished = False

    def _emit(self, data: bytes) -> bytes:
        self._digest.update(data)
        self.size += len(data)
        return data

    def start(self) -> bytes:
        """The secretstream header: the body's first 24 bytes."""
        if self._started:
            raise RuntimeError("the body was started already")
        self._started = True
        return self._emit(bytes(self._header))

    def push(self, data: bytes) -> bytes:
        """Ciphertext of every whole chunk now complete (possibly nothing)."""
        if not self._started or self._finished:
            raise RuntimeError("push between start() and finish() only")
        self._pending += data
        whole = (len(self._pending) - 1) // BODY_CHUNK_BYTES  # keep one back: the last?
        if not whole:
            return b""
        out: list[bytes] = []
        with memoryview(self._pending) as view:
            for i in range(whole):
                out.append(sodium.crypto_secretstream_xchacha20poly1305_push(
                    self._state, bytes(view[i * BODY_CHUNK_BYTES:(i + 1) * BODY_CHUNK_BYTES]),
                    self._ad, _TAG_MESSAGE))
        del self._pending[:whole * BODY_CHUNK_BYTES]
        return self._emit(b"".join(out))

    def finish(self) -> bytes:
        """The last chunk(s): the rest padded with zeros to a whole chunk, tagged FINAL."""
        if not self._started or self._finished:
            raise RuntimeError("finish() once, after start()")
        self._finished = True
        out: list[bytes] = []
        if len(self._pending) > BODY_CHUNK_BYTES:  # cannot happen: push keeps ≤ one chunk
            raise RuntimeError("body chunking went wrong")
        last = bytes(self._pending) + bytes(BODY_CHUNK_BYTES - len(self._pending))
        self._pending.clear()
        out.append(sodium.crypto_secretstream_xchacha20poly1305_push(
            self._state, last, self._ad, _TAG_FINAL))
        return self._emit(b"".join(out))

    def digest(self) -> bytes:
        """BLAKE2b-256 of the body section (valid after `finish`)."""
        if not self._finished:
            raise RuntimeError("the digest is known after finish()")
        return self._digest.digest()

    def close(self) -> None:
        """Stop the hashing thread (idempotent; also when writing failed)."""
        self._digest.close()


class BundleSealer:
    """One bundle being made: a fresh file key, sealed for `box_keys` (each a device's
    verified X25519 key) and padded with stanzas nobody can open."""

    def __init__(self, box_keys: Sequence[bytes], header_box_len: int,
                 *, file_key: bytes | None = None) -> None:
        self._file_key = file_key if file_key is not None else nacl.utils.random(32)
        self._header_key, self._body_key = derive_keys(self._file_key)
        count = _stanza_count(len(box_keys))
        stanzas = [sodium.crypto_box_seal(self._file_key, bytes(k)) for k in box_keys]
        while len(stanzas) < count:  # indistinguishable from real ones
            decoy = bytes(nacl.public.PrivateKey.generate().public_key)
            stanzas.append(sodium.crypto_box_seal(nacl.utils.random(32), decoy))
        random.SystemRandom().shuffle(stanzas)  # a recipient's place says nothing
        self.header_box_len = header_box_len
        self.prefix = (MAGIC + bytes([BUNDLE_FORMAT_VERSION])
                       + struct.pack(">HIH", count, header_box_len, 0)
                       + b"".join(stanzas))
        digest = BlobDigest()
        digest.update(self.prefix)
        self.prefix_digest = digest.digest()

    def body(self, bundle_id: str, size_hint: int = 0) -> BodySealer:
        """The body's encryptor, bound to the bundle id."""
        return BodySealer(self._body_key, bundle_id, size_hint)

    def header_box(self, signed_header: bytes) -> bytes:
        """The header box for the signed header, exactly `header_box_len` bytes."""
        room = self.header_box_len - nacl.secret.SecretBox.NONCE_SIZE \
            - nacl.secret.SecretBox.MACBYTES
        plain = struct.pack(">I", len(signed_header)) + signed_header
        if len(plain) > room:
            raise ValidationError("header", "is larger than the room reserved for it")
        plain += bytes(room - len(plain))
        box = bytes(nacl.secret.SecretBox(self._header_key).encrypt(plain))
        assert len(box) == self.header_box_len
        return box


@dataclass(frozen=True, slots=True)
class BlobSource:
    """A blob to carry: its attachment id, ciphertext size and how to read it."""

    id: str
    size: int
    open: Callable[[], BinaryIO]


_READ_PIECE = 1024 * 1024


def _largest(header: BundleHeader) -> BundleHeader:
    """The header with every number the body fills in at its largest (to reserve room)."""
    return dataclasses.replace(header, prefix_digest=bytes(32), body=BodySummary(
        size=MAX_BUNDLE_FILE_BYTES, digest=bytes(32), envelopes=MAX_BUNDLE_ENVELOPES,
        blobs=MAX_BUNDLE_BLOBS, blob_bytes=MAX_BUNDLE_FILE_BYTES))


def write_bundle(out: BinaryIO, template: BundleHeader, box_keys: Sequence[bytes],
                 keys: DeviceKeys, envelopes: Sequence[bytes], blobs: Sequence[BlobSource],
                 progress: Callable[[int, int], None] | None = None, *,
                 file_key: bytes | None = None) -> tuple[BundleHeader, bytes]:
    """Write a whole bundle to `out` (seekable, at offset 0): the final header and its
    signed bytes. `template` is the header but for `prefix_digest` and `body`, which
    are filled in here; `box_keys` are the verified keys of `template.devices`.
    `file_key` is drawn at random unless given (the golden vectors fix it)."""
    if len(box_keys) != len(template.devices):
        raise ValueError("one box key per device the header lists")
    box_len = header_box_length(len(sign_header(_largest(template), keys)))
    sealer = BundleSealer(box_keys, box_len, file_key=file_key)
    out.write(sealer.prefix)
    out.write(bytes(box_len))
    total = sum(len(e) for e in envelopes) + sum(b.size for b in blobs)
    body = sealer.body(template.id, total)
    try:
        _write_body(out, body, envelopes, blobs, total, progress)
    finally:
        body.close()
    header = dataclasses.replace(template, prefix_digest=sealer.prefix_digest, body=BodySummary(
        size=body.size, digest=body.digest(), envelopes=len(envelopes), blobs=len(blobs),
        blob_bytes=sum(b.size for b in blobs)))
    signed = sign_header(header, keys)
    end = out.tell()
    out.seek(len(sealer.prefix))
    out.write(sealer.header_box(signed))
    out.seek(end)
    return header, signed


def _write_body(out: BinaryIO, body: BodySealer, envelopes: Sequence[bytes],
                blobs: Sequence[BlobSource], total: int,
                progress: Callable[[int, int], None] | None) -> None:
    done = 0
    out.write(body.start())
    for env in envelopes:
        out.write(body.push(envelope_record(env)))
        done += len(env)
        if progress is not None:
            progress(done, total)
    for blob in blobs:
        out.write(body.push(blob_record_head(blob.id, blob.size)))
        left = blob.size
        with blob.open() as fh:
            while left > 0:
                piece = fh.read(min(_READ_PIECE, left))
                if not piece:
                    raise OSError(f"the encrypted copy of attachment {blob.id} is shorter "
                                  "than recorded")
                left -= len(piece)
                out.write(body.push(piece))
                done += len(piece)
                if progress is not None:
                    progress(done, total)
    out.write(body.push(END))
    out.write(body.finish())
