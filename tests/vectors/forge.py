"""Build hostile envelopes by hand (tests only): any plaintext, any key set, any id."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import nacl.public
import nacl.secret
import nacl.utils

from liaison_app.crypto.envelope import inner_signing_bytes
from liaison_app.crypto.keys import DeviceKeys, DevicePublic
from liaison_app.crypto.outer import sign_outer
from liaison_app.protocol.canonical import b64u_encode, canonical_bytes
from liaison_app.protocol.envelope import Envelope, WrappedKey


def signed_plaintext(message_wire: Any, signer: DeviceKeys) -> bytes:
    """The canonical `{"message", "sig"}` document signed by `signer`."""
    sig = signer.sign(inner_signing_bytes(message_wire))
    return canonical_bytes({"message": message_wire, "sig": b64u_encode(sig)})


def forge(plaintext: bytes, sender: DeviceKeys, to: Sequence[DevicePublic], *,
          env_id: str, sent_at: datetime, v: int = 1) -> Envelope:
    """Encrypt `plaintext` for `to` and sign the envelope as `sender`."""
    key = nacl.utils.random(32)
    ct = bytes(nacl.secret.SecretBox(key).encrypt(plaintext))
    keys = tuple(
        WrappedKey(p.device_id,
                   bytes(nacl.public.SealedBox(nacl.public.PublicKey(p.box_key)).encrypt(key)))
        for p in sorted(to, key=lambda p: p.device_id)
    )
    return sign_outer(Envelope(v, env_id, sender.device_id, keys, ct, sent_at, b""), sender)
