"""Joint-operation updates against the golden vector (protocol §31), on a real SQLCipher
cache: the signing input, signatures and digests as specified, and the same shared order
and the same refusals whatever order the updates arrive in."""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from liaison_app.crypto.operation import verify_update
from liaison_app.domain.messages import MessageType
from liaison_app.domain.operation_updates import OperationItem
from liaison_app.protocol.canonical import b64u_decode, b64u_encode, canonical_bytes
from liaison_app.protocol.message import inner_from_wire, inner_to_wire
from liaison_app.protocol.operation import body_digest, header_signing_input
from liaison_app.store import operations
from liaison_app.store.database import Database
from liaison_app.store.directory_apply import store_directory
from liaison_app.store.operation_apply import APPLIED, Carrier, apply_item
from tests.vectors.samples import T0, directory

VECTOR = json.loads((Path(__file__).parents[1] / "vectors" / "operation-v1.json")
                    .read_text(encoding="utf-8"))


def _items(key: str) -> list[tuple[OperationItem, dict[str, Any]]]:
    return [(OperationItem.from_wire(v["item"], "item"), v) for v in VECTOR[key]]


def test_signing_input_signatures_and_digests_are_as_specified() -> None:
    keys = {d["device_id"]: b64u_decode(d["sign_key"], "k", size=32)
            for d in VECTOR["devices"].values()}
    for item, v in _items("updates"):
        assert b64u_encode(header_signing_input(item.header)) == v["signing_input_b64u"]
        assert canonical_bytes(item.to_wire()) == canonical_bytes(v["item"])
        assert verify_update(item, keys[item.header.author.device])
        assert item.body is not None and body_digest(item.body) == item.header.body_sha256
        assert v["body_canonical"].encode() == canonical_bytes(v["item"]["body"])
    altered = _items("refused")[2][0]
    assert not verify_update(altered, keys[altered.header.author.device])
    carrier = inner_from_wire(VECTOR["carrier_inner"])
    assert carrier.v == 3 and carrier.type is MessageType.OPERATION
    assert inner_to_wire(carrier) == VECTOR["carrier_inner"]


def _copy(tmp_path: Path, name: str) -> Database:
    db = Database.open(tmp_path / f"{name}.db", os.urandom(32))
    with db.transaction() as conn:
        store_directory(conn, directory(), b"{}", now=T0)
    return db


@pytest.mark.parametrize("arrival", ["as_written", "reversed", "interleaved"])
def test_every_arrival_order_gives_the_same_record(tmp_path: Path, arrival: str) -> None:
    updates = [i for i, _v in _items("updates")]
    refused = [i for i, _v in _items("refused")]
    everything = updates + refused
    order = {"as_written": everything, "reversed": everything[::-1],
             "interleaved": everything[1::2] + everything[::2]}[arrival]
    db = _copy(tmp_path, arrival)
    try:
        now = T0 + timedelta(days=1)
        with db.transaction() as conn:
            for item in order:
                a = item.header.author
                apply_item(conn, item, Carrier(None, a.device, a.agency), own_agency="RS-BP",
                           now=now)
        got = [r.item.header.id for r in operations.updates(db, VECTOR["operation"])]
        assert got == VECTOR["order"]
        reasons = {q.update_id: q.reason for q in operations.quarantined(db)}
        assert reasons == {v["item"]["update"]["id"]: v["reason"] for v in VECTOR["refused"]}
        assert operations.pending(db) == []
        row = operations.get(db, VECTOR["operation"])
        assert row is not None and row.status == "active" and row.case_ref == "OP-HORGOS-26"
        with db.transaction() as conn:  # the same update again is a replay, nothing changes
            first = updates[0]
            a = first.header.author
            assert apply_item(conn, first, Carrier(None, a.device, a.agency),
                              own_agency="RS-BP", now=now) == "replayed"
            assert apply_item(conn, updates[1], Carrier(None, updates[0].header.author.device,
                                                        "GB-NCA"),
                              own_agency="RS-BP", now=now) == "replayed"
        assert [r.item.header.id for r in operations.updates(db, VECTOR["operation"])] == got
    finally:
        db.close()


def test_an_update_carried_by_another_device_is_refused(tmp_path: Path) -> None:
    db = _copy(tmp_path, "carrier")
    try:
        propose = _items("updates")[0][0]
        other = _items("updates")[1][0].header.author  # B's device carries A's proposal
        with db.transaction() as conn:
            result = apply_item(conn, propose, Carrier("m", other.device, other.agency),
                                own_agency="RS-BP", now=T0)
            assert result == "not_from_author"
            a = propose.header.author
            assert apply_item(conn, propose, Carrier(None, a.device, a.agency),
                              own_agency="RS-BP", now=T0) == APPLIED
    finally:
        db.close()
