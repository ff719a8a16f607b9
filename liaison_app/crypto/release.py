"""The release key: minisign-format signatures and the signed update manifest.

One Ed25519 key signs a release. Its files carry detached signatures in
minisign's format, so IT checks them with `minisign -V`; the update manifest
carries an Ed25519 signature over its canonical JSON, checked by the client
against the release key from the provisioning profile.

minisign formats (as minisign 0.11 writes them):
- public key: `untrusted comment: ...` then base64("Ed" | key id 8 | pk 32);
- secret key: base64("Ed" | kdf "Sc" or 00 00 | "B2" | salt 32 | opslimit u64le |
  memlimit u64le | (key id 8 | sk 64 | blake2b-256 checksum 32), the last part
  XORed with a scrypt stream when a password is set);
- signature: base64("ED" | key id | Ed25519(BLAKE2b-512(file))), then
  `trusted comment: ...` and base64(Ed25519(signature | trusted comment)).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from typing import Any

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from liaison_app.protocol.canonical import b64u_decode, b64u_encode, canonical_bytes, parse_json
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.update_manifest import (
    MAX_MANIFEST_BYTES,
    RefuseReason,
    UpdateManifest,
    UpdateRefused,
)

MANIFEST_CONTEXT = b"liaison-update-manifest-v1\x00"
_PK_ALG = b"Ed"
_SIG_PREHASHED = b"ED"
_SIG_LEGACY = b"Ed"
_KDF_NONE = b"\x00\x00"
_KDF_SCRYPT = b"Sc"
_CHK_ALG = b"B2"
_SECKEY_LEN = 2 + 2 + 2 + 32 + 8 + 8 + 8 + 64 + 32


class ReleaseKeyError(ValueError):
    """A release key or signature file could not be read; the message says why."""


def _b64_line(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ReleaseKeyError(f"{what} is not valid base64") from exc


def _payload_lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip()]


@dataclass(frozen=True)
class PublicKey:
    """A release public key with its 8-byte minisign key id."""

    key_id: bytes
    public_key: bytes

    @property
    def key_id_hex(self) -> str:
        """The key id as minisign prints it (little-endian, upper-case hex)."""
        return self.key_id[::-1].hex().upper()

    def to_minisign(self) -> str:
        """The two-line minisign `.pub` file text."""
        body = base64.b64encode(_PK_ALG + self.key_id + self.public_key).decode("ascii")
        return f"untrusted comment: minisign public key {self.key_id_hex}\n{body}\n"

    @classmethod
    def parse(cls, data: bytes | str) -> PublicKey:
        """Read a minisign `.pub` file, its base64 line, or a bare base64url Ed25519 key."""
        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
        lines = _payload_lines(text)
        if lines and lines[0].startswith("untrusted comment:"):
            lines = lines[1:]
        if len(lines) != 1:
            raise ReleaseKeyError("release key: expected a minisign public key (.pub)")
        line = lines[0].strip()
        if len(line) == 43:  # unpadded base64url of 32 bytes
            try:
                raw = b64u_decode(line, "release key", size=32)
            except ValidationError as exc:
                raise ReleaseKeyError(str(exc)) from exc
            return cls(hashlib.blake2b(raw, digest_size=8).digest(), raw)
        raw = _b64_line(line, "release key")
        if len(raw) != 42 or raw[:2] != _PK_ALG:
            raise ReleaseKeyError("release key: not an Ed25519 minisign public key")
        return cls(raw[2:10], raw[10:])


@dataclass(frozen=True)
class SecretKey:
    """A release secret key (Ed25519 seed) with its minisign key id."""

    key_id: bytes
    seed: bytes

    @classmethod
    def generate(cls) -> SecretKey:
        """A fresh random key (tests and first set-up only)."""
        return cls(os.urandom(8), bytes(SigningKey.generate()))

    @property
    def signing_key(self) -> SigningKey:
        """The PyNaCl signing key."""
        return SigningKey(self.seed)

    def public(self) -> PublicKey:
        """The matching public key."""
        return PublicKey(self.key_id, bytes(self.signing_key.verify_key))

    def _sk(self) -> bytes:
        return self.seed + bytes(self.signing_key.verify_key)

    def to_minisign(self) -> str:
        """An unencrypted minisign secret key file (as `minisign -G -W` writes)."""
        chk = hashlib.blake2b(_PK_ALG + self.key_id + self._sk(), digest_size=32).digest()
        raw = (_PK_ALG + _KDF_NONE + _CHK_ALG + bytes(32) + bytes(16)
               + self.key_id + self._sk() + chk)
        body = base64.b64encode(raw).decode("ascii")
        return f"untrusted comment: minisign secret key\n{body}\n"

    @classmethod
    def parse(cls, data: bytes | str, password: str | None = None) -> SecretKey:
        """Read a minisign secret key file; `password` decrypts a scrypt-protected one."""
        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
        lines = _payload_lines(text)
        if lines and lines[0].startswith("untrusted comment:"):
            lines = lines[1:]
        if not lines:
            raise ReleaseKeyError("secret key: the file is empty")
        raw = _b64_line(lines[0], "secret key")
        if len(raw) != _SECKEY_LEN or raw[:2] != _PK_ALG or raw[4:6] != _CHK_ALG:
            raise ReleaseKeyError("secret key: not an Ed25519 minisign secret key")
        kdf, salt = raw[2:4], raw[6:38]
        ops = int.from_bytes(raw[38:46], "little")
        mem = int.from_bytes(raw[46:54], "little")
        blob = raw[54:]
        if kdf == _KDF_SCRYPT:
            if password is None:
                raise ReleaseKeyError("secret key: it is encrypted; give its password")
            from nacl.pwhash import scrypt

            stream = scrypt.kdf(len(blob), password.encode("utf-8"), salt,
                                opslimit=ops, memlimit=mem)
            blob = bytes(a ^ b for a, b in zip(blob, stream, strict=True))
        elif kdf != _KDF_NONE:
            raise ReleaseKeyError("secret key: unknown key derivation")
        key_id, sk, chk = blob[:8], blob[8:72], blob[72:]
        want = hashlib.blake2b(_PK_ALG + key_id + sk, digest_size=32).digest()
        if chk != want and not (kdf == _KDF_NONE and chk == bytes(32)):
            raise ReleaseKeyError("secret key: checksum mismatch (wrong password?)")
        key = cls(key_id, sk[:32])
        if bytes(key.signing_key.verify_key) != sk[32:]:
            raise ReleaseKeyError("secret key: public half does not match")
        return key


def minisign_sign(data: bytes, key: SecretKey, trusted_comment: str,
                  *, untrusted_comment: str = "signature from liaison release key") -> str:
    """A detached minisign signature (prehashed "ED") for `data`, as `.minisig` text."""
    if "\n" in trusted_comment or "\r" in trusted_comment:
        raise ValueError("a trusted comment is one line")
    digest = hashlib.blake2b(data, digest_size=64).digest()
    sk = key.signing_key
    sig = sk.sign(digest).signature
    global_sig = sk.sign(sig + trusted_comment.encode("utf-8")).signature
    b64 = base64.b64encode
    return (f"untrusted comment: {untrusted_comment}\n"
            f"{b64(_SIG_PREHASHED + key.key_id + sig).decode('ascii')}\n"
            f"trusted comment: {trusted_comment}\n"
            f"{b64(global_sig).decode('ascii')}\n")


def minisign_verify(data: bytes, signature: bytes | str, key: PublicKey) -> str:
    """Check a minisign signature of `data`; return the trusted comment or raise ReleaseKeyError."""
    text = signature.decode("utf-8", "replace") if isinstance(signature, bytes) else signature
    lines = text.splitlines()
    if len(lines) < 4 or not lines[2].startswith("trusted comment: "):
        raise ReleaseKeyError("signature: not a minisign signature file")
    raw = _b64_line(lines[1], "signature")
    if len(raw) != 74 or raw[:2] not in (_SIG_PREHASHED, _SIG_LEGACY):
        raise ReleaseKeyError("signature: unsupported algorithm")
    if raw[2:10] != key.key_id:
        raise ReleaseKeyError(f"signature: made by another key than {key.key_id_hex}")
    message = hashlib.blake2b(data, digest_size=64).digest() if raw[:2] == _SIG_PREHASHED else data
    trusted = lines[2][len("trusted comment: "):]
    vk = VerifyKey(key.public_key)
    try:
        vk.verify(message, raw[10:])
        vk.verify(raw[10:] + trusted.encode("utf-8"), _b64_line(lines[3], "global signature"))
    except BadSignatureError as exc:
        raise ReleaseKeyError("signature: verification failed") from exc
    return trusted


def sign_manifest(manifest: UpdateManifest, key: SecretKey) -> bytes:
    """The signed manifest document (canonical JSON bytes) for publishing."""
    body = canonical_bytes(manifest.to_wire())
    sig = key.signing_key.sign(MANIFEST_CONTEXT + body).signature
    return canonical_bytes({
        "manifest": manifest.to_wire(),
        "signature": {"alg": "Ed25519", "sig": b64u_encode(sig)},
    })


def verify_manifest(document: bytes, key: PublicKey) -> UpdateManifest:
    """Parse and verify a signed manifest; raise UpdateRefused (MALFORMED or BAD_SIGNATURE)."""
    try:
        doc: Any = parse_json(document, max_bytes=MAX_MANIFEST_BYTES, what="update manifest")
        if not isinstance(doc, dict) or set(doc) != {"manifest", "signature"}:
            raise ValidationError("update manifest", "must hold exactly manifest and signature")
        sig_obj = doc["signature"]
        if not isinstance(sig_obj, dict) or set(sig_obj) != {"alg", "sig"}:
            raise ValidationError("signature", "must hold exactly alg and sig")
        if sig_obj["alg"] != "Ed25519":
            raise ValidationError("signature.alg", "must be Ed25519")
        sig = b64u_decode(sig_obj["sig"], "signature.sig", size=64)
        body = canonical_bytes(doc["manifest"])
    except ValidationError as exc:
        raise UpdateRefused(RefuseReason.MALFORMED, str(exc)) from exc
    try:
        VerifyKey(key.public_key).verify(MANIFEST_CONTEXT + body, sig)
    except BadSignatureError as exc:
        raise UpdateRefused(RefuseReason.BAD_SIGNATURE,
                            f"the manifest is not signed by release key {key.key_id_hex}") from exc
    try:
        return UpdateManifest.from_wire(doc["manifest"])
    except ValidationError as exc:
        raise UpdateRefused(RefuseReason.MALFORMED, str(exc)) from exc
