"""Refusals, each its own test, against a real hub process."""

from __future__ import annotations

import ssl
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import httpx
import pytest
import trustme

from liaison_app.crypto.keys import DeviceKeys
from liaison_app.crypto.request_auth import sign_request
from liaison_app.protocol.api import BatchResult
from tests.support.hub_process import Device, HubProcess, make_envelope

NewDevice = Callable[..., Device]


def _code(resp: httpx.Response) -> str:
    return str(resp.json()["error"]["code"])


def test_wrong_ca_refuses_the_handshake(hub: HubProcess) -> None:
    other_ca = trustme.CA()
    ctx = ssl.create_default_context()
    other_ca.configure_trust(ctx)
    mark = hub.log.mark()
    with httpx.Client(base_url=hub.url, verify=ctx, trust_env=False, timeout=10) as bad, \
            pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        bad.get("/v1/wrong-ca-probe")
    with hub.client() as good:
        assert good.get("/v1/after-wrong-ca").status_code == 404
    hub.log.wait_for("/v1/after-wrong-ca", start=mark)
    assert not any("wrong-ca-probe" in line for line in hub.log.lines[mark:])


def test_unsigned_request_is_refused(http: httpx.Client) -> None:
    resp = http.get("/v1/inbox?after=0")
    assert resp.status_code == 401 and _code(resp) == "unsigned"


@pytest.mark.parametrize("offset", [-600, 600])
def test_stale_timestamp_is_refused(http: httpx.Client, new_device: NewDevice,
                                    offset: int) -> None:
    alice = new_device()
    resp = alice.get(http, "/v1/directory", now=datetime.now(UTC) + timedelta(seconds=offset))
    assert resp.status_code == 401 and _code(resp) == "stale_request"


def test_replayed_request_is_refused(http: httpx.Client, new_device: NewDevice) -> None:
    alice = new_device()
    headers = alice.headers("GET", "/v1/directory", b"")
    assert http.get("/v1/directory", headers=headers).status_code == 200
    again = http.get("/v1/directory", headers=headers)
    assert again.status_code == 401 and _code(again) == "replayed_request"


def test_signature_by_another_key_is_refused(http: httpx.Client,
                                             new_device: NewDevice) -> None:
    alice = new_device()
    forged = sign_request("GET", "/v1/inbox?after=0", b"", alice.device_id,
                          DeviceKeys.generate().signing_key, now=datetime.now(UTC))
    resp = http.get("/v1/inbox?after=0", headers=forged)
    assert resp.status_code == 401 and _code(resp) == "bad_signature"


def test_body_not_matching_digest_is_refused(http: httpx.Client,
                                             new_device: NewDevice) -> None:
    alice = new_device()
    headers = alice.headers("POST", "/v1/inbox/ack", b'{"cursor":"0"}')
    resp = http.post("/v1/inbox/ack", content=b'{"cursor":"9"}', headers=headers)
    assert resp.status_code == 401 and _code(resp) == "digest_mismatch"


def test_unknown_device_is_refused(http: httpx.Client) -> None:
    stranger = Device(keys=DeviceKeys.generate(), officer_id="gb-nca.nobody")
    resp = stranger.get(http, "/v1/inbox?after=0")
    assert resp.status_code == 401 and _code(resp) == "unknown_device"


def test_revoked_device_is_refused(hub: HubProcess, http: httpx.Client,
                                   new_device: NewDevice) -> None:
    alice, bob = new_device("GB-NCA"), new_device("RS-BP")
    assert bob.get(http, "/v1/inbox?after=0").status_code == 200
    hub.revoke(bob.device_id)  # the real CLI, while the hub runs
    resp = bob.get(http, "/v1/inbox?after=0")
    assert resp.status_code == 403 and _code(resp) == "device_revoked"
    directory = alice.get(http, "/v1/directory").json()["directory"]
    entry = next(d for d in directory["devices"] if d["device_id"] == bob.device_id)
    assert entry["status"] == "revoked"
    result = BatchResult.from_wire(alice.post(
        http, "/v1/envelopes", {"envelopes": [make_envelope(alice, [bob.device_id])]}).json())
    assert result.results[0].reason is not None
    assert result.results[0].reason.value == "no_active_recipient"


def test_device_cannot_read_another_mailbox(http: httpx.Client,
                                            new_device: NewDevice) -> None:
    alice, bob = new_device("GB-NCA"), new_device("RS-BP")
    sent = alice.post(http, "/v1/envelopes",
                      {"envelopes": [make_envelope(alice, [bob.device_id])]})
    assert sent.status_code == 200
    resp = alice.get(http, f"/v1/inbox?after=0&device={bob.device_id}")
    assert resp.status_code == 403 and _code(resp) == "not_your_mailbox"
    resp = alice.post(http, f"/v1/inbox/ack?device={bob.device_id}", {"cursor": "999"})
    assert resp.status_code == 403 and _code(resp) == "not_your_mailbox"
    posing = sign_request("GET", "/v1/inbox?after=0", b"", bob.device_id,
                          alice.keys.signing_key, now=datetime.now(UTC))
    resp = http.get("/v1/inbox?after=0", headers=posing)
    assert resp.status_code == 401 and _code(resp) == "bad_signature"
    assert alice.get(http, "/v1/inbox?after=0").json()["items"] == []
    assert len(bob.get(http, "/v1/inbox?after=0").json()["items"]) == 1


def test_oversize_body_is_refused(http: httpx.Client, new_device: NewDevice) -> None:
    alice = new_device()
    body = b"x" * (2 * 1024 * 1024 + 1)
    resp = alice.post(http, "/v1/envelopes", body)
    assert resp.status_code == 413 and _code(resp) == "body_too_large"


def test_batch_too_large_is_refused(http: httpx.Client, new_device: NewDevice) -> None:
    alice, bob = new_device("GB-NCA"), new_device("RS-BP")
    batch = [make_envelope(alice, [bob.device_id], size=40) for _ in range(101)]
    resp = alice.post(http, "/v1/envelopes", {"envelopes": batch})
    assert resp.status_code == 413 and _code(resp) == "batch_too_large"
    assert bob.get(http, "/v1/inbox?after=0").json()["items"] == []


def test_bad_cursor_is_refused(http: httpx.Client, new_device: NewDevice) -> None:
    alice = new_device()
    resp = alice.get(http, "/v1/inbox?after=-1")
    assert resp.status_code == 400 and _code(resp) == "bad_cursor"
