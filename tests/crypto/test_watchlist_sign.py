"""Watch-list snapshots and index: golden vectors, and every refusal a client makes."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import nacl.signing
import pytest

from liaison_app.crypto.watchlist import (
    WatchlistError,
    WatchlistProblem,
    sign_index,
    sign_watchlist,
    snapshot_digest,
    verify_index,
    verify_watchlist,
)
from liaison_app.domain.timefmt import parse_time
from liaison_app.protocol.watchlist import IndexedList, WatchEntry, entry_from_wire
from tests.vectors.samples import T0, authority
from tests.vectors.watchlist_samples import index, snapshot

VECTORS = json.loads((Path(__file__).resolve().parents[1] / "vectors" / "watchlist-v1.json")
                     .read_text(encoding="utf-8"))
KEY = authority()
PUB = bytes(KEY.verify_key)
NOW = T0 + timedelta(days=1)


def _indexed(signed: bytes, version: int = 3) -> IndexedList:
    return IndexedList("rs-bp", "Agency watch list", version, snapshot_digest(signed), 2)


def test_golden_vectors_are_reproduced_byte_for_byte() -> None:
    w = snapshot()
    signed = sign_watchlist(w, KEY)
    assert signed.decode("utf-8") == VECTORS["watchlist"]["signed"]
    assert snapshot_digest(signed) == VECTORS["watchlist"]["sha256"]
    ix = index(5, (_indexed(signed),))
    assert sign_index(ix, KEY).decode("utf-8") == VECTORS["index"]["signed"]
    assert VECTORS["authority_key_hex"] == PUB.hex()
    at = parse_time(VECTORS["verify_at"], "verify_at")
    got_ix = verify_index(VECTORS["index"]["signed"].encode(), PUB, min_version=5, now=at)
    got = verify_watchlist(VECTORS["watchlist"]["signed"].encode(), PUB,
                           expected=got_ix.lists[0], min_version=3, now=at)
    assert got == w
    sig_input = bytes.fromhex(VECTORS["watchlist"]["signing_input_hex"])
    assert sig_input.startswith(b"liaison/v1/watchlist\x00{")
    sig = json.loads(VECTORS["watchlist"]["signed"])["sig"]
    nacl.signing.VerifyKey(PUB).verify(sig_input, _b64(sig))


def _b64(text: str) -> bytes:
    from liaison_app.protocol.canonical import b64u_decode

    return b64u_decode(text, "sig")


def _problem(fn: Any) -> WatchlistProblem:
    with pytest.raises(WatchlistError) as caught:
        fn()
    return caught.value.problem


def test_every_refusal_has_its_code() -> None:
    signed = sign_watchlist(snapshot(), KEY)
    good = _indexed(signed)
    assert verify_watchlist(signed, PUB, expected=good, min_version=0, now=NOW).version == 3
    other = nacl.signing.SigningKey(bytes([7]) * 32)
    forged = sign_watchlist(snapshot(), other)
    assert _problem(lambda: verify_watchlist(forged, PUB, expected=_indexed(forged),
                                             min_version=0, now=NOW)) is (
        WatchlistProblem.BAD_SIGNATURE)
    tampered = signed.replace(b"CA1234BX", b"CA1234BY")
    assert _problem(lambda: verify_watchlist(tampered, PUB, expected=good, min_version=0,
                                             now=NOW)) is WatchlistProblem.MISMATCH
    assert _problem(lambda: verify_watchlist(tampered, PUB, expected=_indexed(tampered),
                                             min_version=0, now=NOW)) is (
        WatchlistProblem.BAD_SIGNATURE)
    assert _problem(lambda: verify_watchlist(signed, PUB, expected=good, min_version=4,
                                             now=NOW)) is WatchlistProblem.ROLLBACK
    assert _problem(lambda: verify_watchlist(signed, PUB, expected=replace(good, version=4),
                                             min_version=0, now=NOW)) is (
        WatchlistProblem.MISMATCH)
    assert _problem(lambda: verify_watchlist(
        signed, PUB, expected=good, min_version=0, now=T0 + timedelta(days=31))) is (
        WatchlistProblem.EXPIRED)
    garbage = b'{"watchlist": 1}'
    assert _problem(lambda: verify_watchlist(garbage, PUB, expected=_indexed(garbage),
                                             min_version=0, now=NOW)) is (
        WatchlistProblem.MALFORMED)


def test_index_refusals() -> None:
    signed = sign_index(index(5, ()), KEY)
    assert verify_index(signed, PUB, min_version=5, now=NOW).lists == ()
    assert _problem(lambda: verify_index(signed, PUB, min_version=6, now=NOW)) is (
        WatchlistProblem.ROLLBACK)
    assert _problem(lambda: verify_index(signed, PUB, min_version=0,
                                         now=T0 + timedelta(days=30))) is (
        WatchlistProblem.EXPIRED)
    assert _problem(lambda: verify_index(signed.replace(b'"version":5', b'"version":9'), PUB,
                                         min_version=0, now=NOW)) is (
        WatchlistProblem.BAD_SIGNATURE)


def test_entries_are_parsed_strictly() -> None:
    wire: dict[str, Any] = {
        "entry_id": "X1", "kind": "person", "names": [{"text": "A B", "surname": "",
                                                        "given": "", "alias": False}],
        "dates_of_birth": ["1979"], "nationalities": ["RS"], "sex": "", "identifiers": [],
        "note": "", "listed_on": ""}
    assert isinstance(entry_from_wire(wire, "e"), WatchEntry)
    for key, value, field in (("kind", "ship", "e.kind"),
                              ("dates_of_birth", ["79"], "e.dates_of_birth[0]"),
                              ("nationalities", ["UK"], "e.nationalities[0]"),
                              ("names", [], "e.names")):
        with pytest.raises(ValueError) as caught:
            entry_from_wire({**wire, key: value}, "e")
        assert getattr(caught.value, "field", "") == field
    with pytest.raises(ValueError):
        entry_from_wire({**wire, "extra": 1}, "e")
