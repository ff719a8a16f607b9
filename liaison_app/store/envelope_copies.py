"""The SHA-256 of every incoming envelope stored here, to tell a copy from a replay.

A message may reach this device twice, byte for byte the same: in a carrier
bundle and later through the hub (or the other way round, or the same bundle
imported twice). Such a copy stores nothing and is not a replay. An envelope
with a known id but other bytes still is one (quarantined `replayed`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from liaison_app.store.columns import Conn, require_transaction

_CHUNK = 500


def envelope_sha256(envelope: bytes) -> bytes:
    """The digest kept for an envelope's canonical bytes."""
    return hashlib.sha256(envelope).digest()


def record(conn: Conn, copies: Iterable[tuple[str, bytes]]) -> None:
    """Remember (message id, envelope SHA-256) of envelopes just stored."""
    require_transaction(conn)
    conn.executemany("INSERT INTO received_envelopes (message_id, sha256) VALUES (?, ?) "
                     "ON CONFLICT (message_id) DO NOTHING", list(copies))


def digests(conn: Conn, message_ids: Sequence[str]) -> dict[str, bytes]:
    """The kept digest of each of these messages that has one."""
    ids = list(dict.fromkeys(message_ids))
    found: dict[str, bytes] = {}
    for start in range(0, len(ids), _CHUNK):
        part = ids[start:start + _CHUNK]
        marks = ",".join("?" * len(part))
        found.update((str(r[0]), bytes(r[1])) for r in conn.execute(
            f"SELECT message_id, sha256 FROM received_envelopes "  # noqa: S608
            f"WHERE message_id IN ({marks})", part))
    return found
