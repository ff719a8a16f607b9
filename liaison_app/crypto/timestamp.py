"""Sign and verify directory timestamps with the directory authority key.

See `protocol.timestamp`. Verification order: outer shape (`malformed`), the
signature over the `timestamp` object as received (`bad_signature`), the v1
schema (`unsupported_version` / `malformed`), `now < expires_at` (`expired`),
`version >= min_version`, the newest timestamp version already accepted
(`rollback`).
"""

from __future__ import annotations

from datetime import datetime

import nacl.signing

from liaison_app.crypto.directory import DirectoryProblem
from liaison_app.crypto.outer import verify_ed25519
from liaison_app.protocol.canonical import b64u_decode, b64u_encode, canonical_bytes, parse_json
from liaison_app.protocol.domains import TIMESTAMP_SIG_PREFIX
from liaison_app.protocol.errors import UnsupportedVersion, ValidationError
from liaison_app.protocol.limits import SIGNATURE_BYTES
from liaison_app.protocol.timestamp import (
    MAX_TIMESTAMP_BYTES,
    DirectoryTimestamp,
    timestamp_from_wire,
    timestamp_signing_bytes,
    timestamp_to_wire,
)
from liaison_app.protocol.wire import check_keys, expect_object

__all__ = ["TimestampError", "sign_timestamp", "verify_timestamp"]


class TimestampError(Exception):
    """A directory timestamp was refused; `problem` says why (DirectoryProblem codes)."""

    def __init__(self, problem: DirectoryProblem, detail: str) -> None:
        super().__init__(f"{problem.value}: {detail}")
        self.problem = problem
        self.detail = detail


def sign_timestamp(ts: DirectoryTimestamp, authority: nacl.signing.SigningKey) -> bytes:
    """The signed timestamp document (canonical JSON bytes)."""
    sig = authority.sign(timestamp_signing_bytes(ts)).signature
    return canonical_bytes({"timestamp": timestamp_to_wire(ts), "sig": b64u_encode(sig)})


def verify_timestamp(data: bytes, authority_key: bytes, *, min_version: int,
                     now: datetime) -> DirectoryTimestamp:
    """Parse and verify a signed timestamp; refuse bad signature, expiry and rollback."""
    try:
        outer = expect_object(parse_json(data, max_bytes=MAX_TIMESTAMP_BYTES,
                                         what="signed_timestamp"), "signed_timestamp")
        check_keys(outer, "", frozenset({"timestamp", "sig"}))
        sig = b64u_decode(outer["sig"], "sig", size=SIGNATURE_BYTES)
        raw = expect_object(outer["timestamp"], "timestamp")
        signed = TIMESTAMP_SIG_PREFIX + canonical_bytes(raw)
    except ValidationError as exc:
        raise TimestampError(DirectoryProblem.MALFORMED, str(exc)) from exc
    if not verify_ed25519(authority_key, signed, sig):
        raise TimestampError(DirectoryProblem.BAD_SIGNATURE,
                             "the authority signature does not verify")
    try:
        ts = timestamp_from_wire(raw)
    except UnsupportedVersion as exc:
        raise TimestampError(DirectoryProblem.UNSUPPORTED_VERSION, str(exc)) from exc
    except ValidationError as exc:
        raise TimestampError(DirectoryProblem.MALFORMED, str(exc)) from exc
    if now >= ts.expires_at:
        raise TimestampError(DirectoryProblem.EXPIRED, f"timestamp {ts.version} expired at "
                             f"{ts.expires_at:%Y-%m-%d %H:%M} UTC")
    if ts.version < min_version:
        raise TimestampError(DirectoryProblem.ROLLBACK,
                             f"timestamp {ts.version} is older than {min_version}")
    return ts
