"""Device keys: an Ed25519 signing key and an X25519 box key signed by it.

The device id is `base32(BLAKE2b-160(b"liaison/v1/device-id\\0" + sign_key))`,
lowercase, unpadded (32 characters). The box key signature is Ed25519 over
`b"liaison/v1/box-key\\0" + box_key`.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from functools import lru_cache

import nacl.exceptions
import nacl.hash
import nacl.public
import nacl.signing
from nacl.encoding import RawEncoder

from liaison_app.protocol.domains import BOX_KEY_SIG_PREFIX, DEVICE_ID_PREFIX
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.limits import BOX_KEY_BYTES, SIGN_KEY_BYTES

__all__ = ["DeviceKeys", "DevicePublic", "device_id_for", "verify_box_key"]


@lru_cache(maxsize=4096)
def _fingerprint(sign_key: bytes) -> str:
    digest = nacl.hash.blake2b(DEVICE_ID_PREFIX + sign_key, digest_size=20, encoder=RawEncoder)
    return base64.b32encode(digest).decode("ascii").lower()


def device_id_for(sign_key: bytes) -> str:
    """The device id (short fingerprint) of an Ed25519 public key.

    A pure function of the key bytes, so it is memoised by them (a directory
    holds a few thousand keys at most; every envelope looks its sender up).
    """
    if len(sign_key) != SIGN_KEY_BYTES:
        raise ValidationError("sign_key", f"must be {SIGN_KEY_BYTES} bytes")
    return _fingerprint(bytes(sign_key))


def box_key_signing_bytes(box_key: bytes) -> bytes:
    """The bytes the box key signature covers."""
    return BOX_KEY_SIG_PREFIX + bytes(box_key)


@lru_cache(maxsize=4096)
def _box_key_verified(sign_key: bytes, box_key: bytes, box_key_sig: bytes) -> bool:
    try:
        nacl.signing.VerifyKey(sign_key).verify(box_key_signing_bytes(box_key), box_key_sig)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError, ValueError):
        return False
    return True


def verify_box_key(sign_key: bytes, box_key: bytes, box_key_sig: bytes) -> bool:
    """True if `box_key_sig` is the signing key's signature of `box_key`.

    Memoised by the exact (key, box key, signature) bytes: the answer is a pure
    function of them, and sealing checks every recipient's box key each time.
    """
    if len(sign_key) != SIGN_KEY_BYTES or len(box_key) != BOX_KEY_BYTES:
        return False
    return _box_key_verified(bytes(sign_key), bytes(box_key), bytes(box_key_sig))


@dataclass(frozen=True, slots=True)
class DevicePublic:
    """A device's public half, as published in the directory."""

    device_id: str
    sign_key: bytes
    box_key: bytes
    box_key_sig: bytes

    def verify(self) -> None:
        """Raise ValidationError unless the id and the box key signature match."""
        if device_id_for(self.sign_key) != self.device_id:
            raise ValidationError("device_id", "is not the fingerprint of sign_key")
        if not verify_box_key(self.sign_key, self.box_key, self.box_key_sig):
            raise ValidationError("box_key_sig", "does not verify under sign_key")


class DeviceKeys:
    """A device's private keys. Never serialised here; see the keystore."""

    __slots__ = ("_box", "_box_key", "_device_id", "_sign", "_sign_key")

    def __init__(self, sign: nacl.signing.SigningKey, box: nacl.public.PrivateKey) -> None:
        self._sign = sign
        self._box = box
        # Public halves and the id never change: computed once, not per access.
        self._sign_key = bytes(sign.verify_key)
        self._box_key = bytes(box.public_key)
        self._device_id = device_id_for(self._sign_key)

    @classmethod
    def generate(cls) -> DeviceKeys:
        """Fresh random keys."""
        return cls(nacl.signing.SigningKey.generate(), nacl.public.PrivateKey.generate())

    @classmethod
    def from_seeds(cls, sign_seed: bytes, box_secret: bytes) -> DeviceKeys:
        """Keys from a 32-byte Ed25519 seed and a 32-byte X25519 secret."""
        if len(sign_seed) != 32 or len(box_secret) != 32:
            raise ValueError("sign_seed and box_secret must be 32 bytes each")
        return cls(nacl.signing.SigningKey(bytes(sign_seed)),
                   nacl.public.PrivateKey(bytes(box_secret)))

    @property
    def signing_key(self) -> nacl.signing.SigningKey:
        """The Ed25519 private key."""
        return self._sign

    @property
    def box_private(self) -> nacl.public.PrivateKey:
        """The X25519 private key."""
        return self._box

    @property
    def sign_seed(self) -> bytes:
        """The 32-byte Ed25519 seed (for the keystore to wrap)."""
        return bytes(self._sign)

    @property
    def box_secret(self) -> bytes:
        """The 32-byte X25519 secret (for the keystore to wrap)."""
        return bytes(self._box)

    @property
    def sign_key(self) -> bytes:
        """The 32-byte Ed25519 public key."""
        return self._sign_key

    @property
    def box_key(self) -> bytes:
        """The 32-byte X25519 public key."""
        return self._box_key

    @property
    def device_id(self) -> str:
        """This device's id."""
        return self._device_id

    def sign(self, message: bytes) -> bytes:
        """The 64-byte detached Ed25519 signature of `message` (caller adds the prefix)."""
        return bytes(self._sign.sign(message).signature)

    def public(self) -> DevicePublic:
        """The public half, with the box key signed."""
        box_key = self.box_key
        return DevicePublic(
            device_id=self.device_id, sign_key=self.sign_key, box_key=box_key,
            box_key_sig=self.sign(box_key_signing_bytes(box_key)),
        )

    def __repr__(self) -> str:
        return f"DeviceKeys(device_id={self.device_id!r})"
