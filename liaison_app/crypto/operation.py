"""Sign and check joint-operation updates with device keys (Ed25519, protocol §31).

`sign_update` makes an update from its parts: a fresh salt in the body, the body's
digest in the header, the author device's signature over the header. `verify_update`
checks a received header's signature under the author device's key from the
directory. Which key to trust, and whether the author may write, is the caller's
business (`store.operation_apply`).
"""

from __future__ import annotations

from datetime import datetime

import nacl.exceptions
import nacl.signing
import nacl.utils

from liaison_app.crypto.keys import DeviceKeys
from liaison_app.domain.operation_updates import (
    Author,
    Body,
    OperationItem,
    UpdateHeader,
    UpdateKind,
)
from liaison_app.protocol.canonical import b64u_decode, b64u_encode
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.operation import body_digest, header_signing_input

__all__ = ["SALT_BYTES", "new_salt", "sign_update", "verify_update"]

SALT_BYTES = 16


def new_salt() -> str:
    """16 random bytes for a body, as unpadded base64url."""
    return b64u_encode(nacl.utils.random(SALT_BYTES))


def sign_update(keys: DeviceKeys, *, update_id: str, operation: str, kind: UpdateKind,
                author: Author, seq: int, clock: int, deps: tuple[str, ...],
                about: str | None, created_at: datetime, body: Body) -> OperationItem:
    """The signed update (header, signature, body). `body` already holds its salt."""
    if author.device != keys.device_id:
        raise ValueError("an update is signed by its author's own device")
    header = UpdateHeader(id=update_id, operation=operation, kind=kind, author=author,
                          seq=seq, clock=clock, deps=deps, about=about,
                          created_at=created_at.replace(microsecond=0),
                          body_sha256=body_digest(body))
    return OperationItem(header, b64u_encode(keys.sign(header_signing_input(header))), body)


def verify_update(item: OperationItem, sign_key: bytes) -> bool:
    """True if the header's signature verifies under `sign_key`."""
    try:
        sig = b64u_decode(item.sig, "sig", size=64)
        nacl.signing.VerifyKey(bytes(sign_key)).verify(header_signing_input(item.header), sig)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError, ValueError,
            ValidationError):
        return False
    return True

