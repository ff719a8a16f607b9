"""Sign and verify watch-list snapshots and their index with the directory authority's key.

Signed forms (canonical JSON)::

    {"watchlist": {...}, "sig": b64u}        sig over WATCHLIST_SIG_PREFIX + canonical(object)
    {"watchlist_index": {...}, "sig": b64u}  sig over WATCHLIST_INDEX_SIG_PREFIX + canonical(...)

The client pins the authority key from its provisioning profile (the same
key that signs the directory) and refuses a bad signature, an expired
document, a lower version than it already holds (rollback), and a snapshot
that is not the one the index names (name, version, SHA-256).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from enum import StrEnum
from typing import Any

import nacl.signing

from liaison_app.crypto.outer import verify_ed25519
from liaison_app.protocol.canonical import b64u_decode, b64u_encode, canonical_bytes, parse_json
from liaison_app.protocol.domains import WATCHLIST_INDEX_SIG_PREFIX, WATCHLIST_SIG_PREFIX
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.limits import (
    MAX_WATCHLIST_BYTES,
    MAX_WATCHLIST_INDEX_BYTES,
    SIGNATURE_BYTES,
)
from liaison_app.protocol.watchlist import (
    IndexedList,
    WatchList,
    WatchListIndex,
    index_from_wire,
    index_to_wire,
    watchlist_from_wire,
    watchlist_to_wire,
)
from liaison_app.protocol.wire import check_keys, expect_object

__all__ = [
    "WatchlistError", "WatchlistProblem", "sign_index", "sign_watchlist", "snapshot_digest",
    "verify_index", "verify_watchlist",
]


class WatchlistProblem(StrEnum):
    """Why a snapshot or index was refused (stable codes)."""

    MALFORMED = "malformed"
    BAD_SIGNATURE = "bad_signature"
    EXPIRED = "expired"
    ROLLBACK = "rollback"
    MISMATCH = "mismatch"


class WatchlistError(Exception):
    """A watch-list document was refused; `problem` says why."""

    def __init__(self, problem: WatchlistProblem, detail: str) -> None:
        super().__init__(f"{problem.value}: {detail}")
        self.problem = problem
        self.detail = detail


def snapshot_digest(signed: bytes) -> str:
    """The SHA-256 (hex) of a signed snapshot, as the index names it."""
    return hashlib.sha256(signed).hexdigest()


def _sign(prefix: bytes, key: str, obj: dict[str, Any],
          authority: nacl.signing.SigningKey) -> bytes:
    sig = authority.sign(prefix + canonical_bytes(obj)).signature
    return canonical_bytes({key: obj, "sig": b64u_encode(sig)})


def sign_watchlist(w: WatchList, authority: nacl.signing.SigningKey) -> bytes:
    """The signed snapshot document."""
    return _sign(WATCHLIST_SIG_PREFIX, "watchlist", watchlist_to_wire(w), authority)


def sign_index(ix: WatchListIndex, authority: nacl.signing.SigningKey) -> bytes:
    """The signed index document."""
    return _sign(WATCHLIST_INDEX_SIG_PREFIX, "watchlist_index", index_to_wire(ix), authority)


def _open(data: bytes, key: str, prefix: bytes, authority_key: bytes,
          max_bytes: int) -> dict[str, Any]:
    try:
        outer = expect_object(parse_json(data, max_bytes=max_bytes, what=key), key)
        check_keys(outer, "", frozenset({key, "sig"}))
        sig = b64u_decode(outer["sig"], "sig", size=SIGNATURE_BYTES)
        raw = dict(expect_object(outer[key], key))
        signed = prefix + canonical_bytes(raw)
    except ValidationError as exc:
        raise WatchlistError(WatchlistProblem.MALFORMED, str(exc)) from exc
    if not verify_ed25519(authority_key, signed, sig):
        raise WatchlistError(WatchlistProblem.BAD_SIGNATURE,
                             "the authority's signature does not verify")
    return raw


def verify_index(data: bytes, authority_key: bytes, *, min_version: int,
                 now: datetime) -> WatchListIndex:
    """Parse and verify the signed index; refuse bad signature, expiry and rollback."""
    raw = _open(data, "watchlist_index", WATCHLIST_INDEX_SIG_PREFIX, authority_key,
                MAX_WATCHLIST_INDEX_BYTES)
    try:
        ix = index_from_wire(raw)
    except ValidationError as exc:
        raise WatchlistError(WatchlistProblem.MALFORMED, str(exc)) from exc
    if now >= ix.expires_at:
        raise WatchlistError(WatchlistProblem.EXPIRED, f"index version {ix.version} expired")
    if ix.version < min_version:
        raise WatchlistError(WatchlistProblem.ROLLBACK,
                             f"index version {ix.version} is older than {min_version}")
    return ix


def verify_watchlist(data: bytes, authority_key: bytes, *, expected: IndexedList,
                     min_version: int, now: datetime) -> WatchList:
    """Parse and verify a signed snapshot against the index entry that named it.

    Checks, in order: the SHA-256 the index names, the outer shape, the
    signature, the schema, name and version as indexed, expiry, and that the
    version is not lower than the one already held (`min_version`).
    """
    if snapshot_digest(data) != expected.sha256:
        raise WatchlistError(WatchlistProblem.MISMATCH,
                             f"list {expected.name} is not the snapshot the index names "
                             "(its SHA-256 differs)")
    raw = _open(data, "watchlist", WATCHLIST_SIG_PREFIX, authority_key, MAX_WATCHLIST_BYTES)
    try:
        w = watchlist_from_wire(raw)
    except ValidationError as exc:
        raise WatchlistError(WatchlistProblem.MALFORMED, str(exc)) from exc
    if w.name != expected.name or w.version != expected.version:
        raise WatchlistError(WatchlistProblem.MISMATCH,
                             f"the snapshot is {w.name} version {w.version}; the index names "
                             f"{expected.name} version {expected.version}")
    if now >= w.expires_at:
        raise WatchlistError(WatchlistProblem.EXPIRED,
                             f"list {w.name} version {w.version} expired")
    if w.version < min_version:
        raise WatchlistError(WatchlistProblem.ROLLBACK,
                             f"list {w.name} version {w.version} is older than the "
                             f"version {min_version} already held")
    return w
