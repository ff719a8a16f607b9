"""The hub API against a real hub process over TLS on 127.0.0.1."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import replace as with_
from datetime import timedelta

import httpx

from liaison_app.crypto.directory import verify_directory
from liaison_app.crypto.keys import DeviceKeys
from liaison_app.crypto.outer import sign_outer
from liaison_app.domain.timefmt import utc_now
from liaison_app.protocol.api import BatchResult, EnvelopeStatus, InboxPage
from liaison_app.protocol.envelope import envelope_from_wire, envelope_to_wire
from tests.support.hub_process import (
    Device,
    HubProcess,
    enrol_request,
    make_envelope,
    read_profile,
)

NewDevice = Callable[..., Device]


def test_enrol_with_token_and_reuse_is_refused(hub: HubProcess, http: httpx.Client) -> None:
    path = hub.add_officer("GB-NCA", "gb-nca.lo-belgrade", "Jane Doe")  # the real CLI
    profile = read_profile(path)
    assert profile.hub_url == hub.url
    keys = DeviceKeys.generate()
    device = Device(keys=keys, officer_id=profile.officer_id)
    resp = device.post(http, "/v1/devices", enrol_request(profile, keys))
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["device_id"] == keys.device_id
    directory = verify_directory(
        json.dumps(body["directory"], separators=(",", ":"), sort_keys=True).encode(),
        profile.directory_authority_key, min_version=1, now=utc_now())
    entry = directory.device(keys.device_id)
    assert entry is not None and entry.active and entry.officer_id == profile.officer_id

    again = DeviceKeys.generate()
    second = Device(keys=again, officer_id=profile.officer_id)
    resp = second.post(http, "/v1/devices", enrol_request(profile, again))
    assert resp.status_code == 403
    assert resp.json()["error"]["code"] == "token_used"


def test_enrol_must_be_signed_by_the_new_device(hub: HubProcess, http: httpx.Client) -> None:
    profile = read_profile(hub.provision("GB-NCA", "gb-nca.lo-sofia"))
    keys, other = DeviceKeys.generate(), DeviceKeys.generate()
    imposter = Device(keys=other, officer_id=profile.officer_id)
    resp = imposter.post(http, "/v1/devices", enrol_request(profile, keys))
    assert resp.status_code == 401
    assert resp.json()["error"]["code"] == "bad_signature"
    resp = http.post("/v1/devices", content=enrol_request(profile, keys))
    assert resp.json()["error"]["code"] == "unsigned"


def test_directory_etag_and_304(http: httpx.Client, new_device: NewDevice) -> None:
    alice = new_device()
    first = alice.get(http, "/v1/directory")
    assert first.status_code == 200
    etag = first.headers["etag"]
    again = alice.get(http, "/v1/directory", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    new_device("RS-BP")  # a directory change: new version, new ETag
    changed = alice.get(http, "/v1/directory", headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["etag"] != etag
    old = json.loads(first.content)["directory"]["version"]
    assert json.loads(changed.content)["directory"]["version"] > old


def _post(sender: Device, http: httpx.Client, envelopes: list[dict[str, object]]
          ) -> BatchResult:
    resp = sender.post(http, "/v1/envelopes", {"envelopes": envelopes})
    assert resp.status_code == 200, resp.text
    return BatchResult.from_wire(resp.json())


def test_batch_accepted_duplicate_rejected(http: httpx.Client, new_device: NewDevice) -> None:
    alice, bob = new_device("GB-NCA"), new_device("RS-BP")
    good = make_envelope(alice, [bob.device_id])
    forged = make_envelope(alice, [bob.device_id])
    forged["ciphertext"] = make_envelope(alice, [bob.device_id])["ciphertext"]
    unsigned = make_envelope(alice, [bob.device_id], sign=False)
    relayed = make_envelope(bob, [alice.device_id])  # bob's, carried by alice (§16.4)
    result = _post(alice, http, [good, forged, unsigned, relayed, {"v": 1}])
    statuses = [(r.status.value, r.reason.value if r.reason else None) for r in result.results]
    assert statuses == [
        ("accepted", None), ("rejected", "bad_outer_signature"),
        ("rejected", "bad_outer_signature"), ("accepted", None),
        ("rejected", "malformed"),
    ]
    again = _post(alice, http, [good])
    assert again.results[0].status is EnvelopeStatus.DUPLICATE
    assert again.results[0].id == good["id"]


def test_unknown_recipient_is_rejected(http: httpx.Client, new_device: NewDevice) -> None:
    alice = new_device()
    stranger = DeviceKeys.generate().device_id
    result = _post(alice, http, [make_envelope(alice, [stranger])])
    assert result.results[0].reason is not None
    assert result.results[0].reason.value == "unknown_recipient"


def _inbox(device: Device, http: httpx.Client, query: str) -> InboxPage:
    resp = device.get(http, f"/v1/inbox?{query}")
    assert resp.status_code == 200, resp.text
    return InboxPage.from_wire(resp.json())


def test_inbox_pages_in_order_and_ack_deletes(http: httpx.Client,
                                              new_device: NewDevice) -> None:
    alice, bob, carol = new_device("GB-NCA"), new_device("RS-BP"), new_device("RS-BP")
    sent = [make_envelope(alice, [bob.device_id, carol.device_id]) for _ in range(5)]
    assert all(r.status is EnvelopeStatus.ACCEPTED for r in _post(alice, http, sent).results)
    first = _inbox(bob, http, "after=0&limit=2")
    assert [i.envelope["id"] for i in first.items] == [e["id"] for e in sent[:2]]
    assert first.more and first.next_cursor == first.items[-1].cursor
    assert dict(first.items[0].envelope) == sent[0]
    rest = _inbox(bob, http, f"after={first.next_cursor}&limit=10")
    assert [i.envelope["id"] for i in rest.items] == [e["id"] for e in sent[2:]]
    assert not rest.more
    ack = bob.post(http, "/v1/inbox/ack", {"cursor": first.next_cursor})
    assert ack.status_code == 200 and ack.json() == {"deleted": 2}
    assert [i.envelope["id"] for i in _inbox(bob, http, "after=0").items] == \
        [e["id"] for e in sent[2:]]
    bob.post(http, "/v1/inbox/ack", {"cursor": rest.next_cursor})
    empty = _inbox(bob, http, "after=0")
    assert empty.items == () and empty.next_cursor == "0" and not empty.more
    assert len(_inbox(carol, http, "after=0").items) == 5  # carol's copies untouched


def test_long_poll_wakes_on_arrival(hub: HubProcess, http: httpx.Client,
                                    new_device: NewDevice) -> None:
    alice, bob = new_device("GB-NCA"), new_device("RS-BP")
    mark = hub.log.mark()
    result: dict[str, object] = {}

    def poll() -> None:
        with hub.client() as own:
            start = time.monotonic()
            result["resp"] = bob.get(own, "/v1/inbox?after=0&wait=25", timeout=40)
            result["elapsed"] = time.monotonic() - start

    thread = threading.Thread(target=poll)
    thread.start()
    hub.log.wait_for(f"inbox waiting device={bob.device_id}", start=mark)
    env = make_envelope(alice, [bob.device_id])
    assert _post(alice, http, [env]).results[0].status is EnvelopeStatus.ACCEPTED
    thread.join(40)
    resp = result["resp"]
    assert isinstance(resp, httpx.Response) and resp.status_code == 200
    assert [i["envelope"]["id"] for i in resp.json()["items"]] == [env["id"]]
    assert float(result["elapsed"]) < 20  # type: ignore[arg-type]


def test_long_poll_times_out_empty(http: httpx.Client, new_device: NewDevice) -> None:
    bob = new_device()
    page = InboxPage.from_wire(bob.get(http, "/v1/inbox?after=0&wait=1").json())
    assert page.items == () and not page.more


def test_openapi_lists_every_path(http: httpx.Client) -> None:
    resp = http.get("/v1/openapi.json")
    assert resp.status_code == 200
    doc = resp.json()
    assert doc["openapi"].startswith("3.1")
    assert set(doc["paths"]) == {"/v1/devices", "/v1/directory", "/v1/timestamp",
                                 "/v1/envelopes", "/v1/inbox", "/v1/inbox/ack",
                                 "/v1/audit-head", "/v1/openapi.json",
                                 "/v1/blobs", "/v1/blobs/{blob_id}",
                                 "/v1/blobs/{blob_id}/state", "/v1/blobs/{blob_id}/complete",
                                 "/v1/blobs/{blob_id}/ack",
                                 "/v1/watchlists", "/v1/watchlists/{name}", "/v1/health"}
    assert set(doc["paths"]["/v1/audit-head"]) == {"get", "post"}
    codes = doc["components"]["schemas"]["Error"]["properties"]["error"]["properties"]
    assert "replayed_request" in codes["code"]["enum"]


def test_unknown_path_is_a_json_404(http: httpx.Client) -> None:
    resp = http.get("/v1/nothing")
    assert resp.status_code == 404 and resp.json()["error"]["code"] == "not_found"


def test_relay_needs_the_authors_signature_and_an_active_young_author(
        hub: HubProcess, http: httpx.Client, new_device: NewDevice) -> None:
    """A device may post another's envelope (a carrier bundle's relay, §16.4): the outer
    signature proves the author; an unknown, revoked or long-gone author is refused."""
    author, carrier, partner = new_device("GB-NCA"), new_device("GB-NCA"), new_device("RS-BP")
    carried = make_envelope(author, [partner.device_id])
    tampered = dict(carried, ciphertext=make_envelope(author, [partner.device_id])["ciphertext"])
    stranger_keys = DeviceKeys.generate()
    stranger = make_envelope(author, [partner.device_id])
    stranger_env = with_(envelope_from_wire(stranger), sender=stranger_keys.device_id)
    stranger = dict(envelope_to_wire(sign_outer(stranger_env, stranger_keys)))
    old_env = with_(envelope_from_wire(make_envelope(author, [partner.device_id])),
                    sent_at=utc_now() - timedelta(days=31))
    old = dict(envelope_to_wire(sign_outer(old_env, author.keys)))
    result = _post(carrier, http, [carried, tampered, stranger, old])
    assert [(r.status.value, r.reason.value if r.reason else None) for r in result.results] == [
        ("accepted", None), ("rejected", "bad_outer_signature"),
        ("rejected", "unknown_sender"), ("rejected", "expired")]
    page = _inbox(partner, http, "after=0")
    assert [dict(i.envelope) for i in page.items] == [carried]  # byte for byte the author's
    assert _post(author, http, [carried]).results[0].status is EnvelopeStatus.DUPLICATE

    revoked = make_envelope(author, [partner.device_id])
    hub.revoke(author.device_id)
    refused = _post(carrier, http, [revoked]).results[0]
    assert refused.reason is not None and refused.reason.value == "revoked_sender"
