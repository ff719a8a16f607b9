"""`/v1/audit-head` against a real hub: kept per device, only moved forward by a head that
names the kept one, never readable by another device, never forged by the hub."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime

import httpx

from liaison_app.crypto.audit_head import sign_audit_head, verify_audit_head
from liaison_app.protocol.audit_head import AuditHead, AuditMark
from tests.support.hub_process import Device

NewDevice = Callable[..., Device]


def _head(device: Device, seq: int, digest: bytes, since: AuditMark | None) -> bytes:
    return sign_audit_head(AuditHead(device.device_id, seq, digest, datetime.now(UTC), since),
                           device.keys)


def _code(resp: httpx.Response) -> str:
    return str(resp.json()["error"]["code"])


def test_heads_move_forward_only_by_naming_the_kept_one(http: httpx.Client,
                                                        new_device: NewDevice) -> None:
    alice = new_device()
    h3, h7, other = os.urandom(32), os.urandom(32), os.urandom(32)
    assert alice.get(http, "/v1/audit-head").status_code == 404
    first = alice.post(http, "/v1/audit-head", _head(alice, 3, h3, None))
    assert first.status_code == 200 and first.json() == {"seq": 3}

    unanchored = alice.post(http, "/v1/audit-head", _head(alice, 7, h7, None))
    assert unanchored.status_code == 409 and _code(unanchored) == "audit_head_conflict"
    rewritten = alice.post(http, "/v1/audit-head", _head(alice, 7, h7, AuditMark(3, other)))
    assert rewritten.status_code == 409 and _code(rewritten) == "audit_head_conflict"
    moved = alice.post(http, "/v1/audit-head", _head(alice, 7, h7, AuditMark(3, h3)))
    assert moved.status_code == 200

    behind = alice.post(http, "/v1/audit-head", _head(alice, 5, other, AuditMark(7, h7)))
    assert behind.status_code == 409 and _code(behind) == "audit_head_behind"
    kept = alice.get(http, "/v1/audit-head")
    assert kept.status_code == 200
    assert verify_audit_head(kept.content, alice.keys.sign_key).mark == AuditMark(7, h7)


def test_a_head_signed_by_another_device_is_refused(http: httpx.Client,
                                                    new_device: NewDevice) -> None:
    alice, mallory = new_device(), new_device()
    forged = _head(mallory, 1, os.urandom(32), None)
    resp = alice.post(http, "/v1/audit-head", forged)
    assert resp.status_code == 400 and "head.device" in resp.json()["error"]["message"]
    assert alice.get(http, "/v1/audit-head").status_code == 404
    assert mallory.get(http, "/v1/audit-head").status_code == 404
