"""Blob API against a real hub process over TLS: resumable upload, recipients-only
download, the size limit and the quota, envelope binding, deletion after acks and at
expiry. Limits are small here so every refusal is cheap to reach."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import nacl.hashlib
import pytest

from liaison_app.domain.timefmt import utc_now
from liaison_app.hub.admin import open_hub
from liaison_app.hub.app import make_state, purge_blobs
from liaison_app.hub.blob_files import BlobFiles
from liaison_app.protocol.ids import new_message_id
from tests.support.hub_process import (
    Device,
    HubProcess,
    enrol_device,
    init_hub_dir,
    make_envelope,
    start_hub,
)

AGENCIES = (("GB-NCA", "National Crime Agency", "GB"), ("RS-BP", "Border Police", "RS"))
LIMITS = {"enrol_burst": 1000, "max_blob_bytes": 2_000_000, "blob_quota_bytes": 3_000_000,
          "max_blob_chunk_bytes": 1_000_000}


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubProcess]:
    root = init_hub_dir(tmp_path_factory.mktemp("hub") / "hub", agencies=AGENCIES,
                        limits=LIMITS)
    proc = start_hub(root)
    yield proc
    proc.stop()


@pytest.fixture
def http(hub: HubProcess) -> Iterator[httpx.Client]:
    with hub.client() as client:
        yield client


_n = iter(range(1_000_000))


@pytest.fixture
def device(hub: HubProcess, http: httpx.Client) -> Callable[[str], Device]:
    def make(agency: str = "GB-NCA") -> Device:
        return enrol_device(http, hub.provision(agency, f"{agency.lower()}.blob-{next(_n)}"))
    return make


def digest(data: bytes) -> bytes:
    return bytes(nacl.hashlib.blake2b(data, digest_size=32).digest())


def create(dev: Device, http: httpx.Client, data: bytes, blob_id: str | None = None,
           size: int | None = None) -> tuple[str, httpx.Response]:
    from liaison_app.protocol.canonical import b64u_encode
    blob_id = blob_id or new_message_id()
    resp = dev.post(http, "/v1/blobs", {"id": blob_id, "size": len(data) if size is None
                                        else size, "digest": b64u_encode(digest(data))})
    return blob_id, resp


def append(dev: Device, http: httpx.Client, blob_id: str, offset: int, data: bytes,
           **kw: object) -> httpx.Response:
    return dev.request(http, "PATCH", f"/v1/blobs/{blob_id}?offset={offset}", data, **kw)


def upload(dev: Device, http: httpx.Client, data: bytes, parts: int = 3) -> str:
    blob_id, resp = create(dev, http, data)
    assert resp.status_code == 201, resp.text
    step = -(-len(data) // parts)
    for at in range(0, len(data), step):
        resp = append(dev, http, blob_id, at, data[at:at + step])
        assert resp.status_code == 200, resp.text
        assert resp.json()["offset"] == min(len(data), at + step)
    resp = dev.post(http, f"/v1/blobs/{blob_id}/complete", b"")
    assert resp.status_code == 200 and resp.json()["complete"] is True, resp.text
    return blob_id


def send(dev: Device, http: httpx.Client, to: list[str], blobs: list[str]) -> dict[str, object]:
    env = make_envelope(dev, to, blobs=blobs)
    resp = dev.post(http, "/v1/envelopes", {"envelopes": [env]})
    assert resp.status_code == 200, resp.text
    result: dict[str, object] = resp.json()["results"][0]
    return result


def blob_file(hub: HubProcess, blob_id: str) -> Path:
    return BlobFiles(hub.root / "blobs").path(blob_id)


def test_upload_resume_download_and_delete_after_every_recipient_acked(
        hub: HubProcess, http: httpx.Client, device: Callable[[str], Device]) -> None:
    a, b, c, stranger = device("GB-NCA"), device("RS-BP"), device("RS-BP"), device("RS-BP")
    data = os.urandom(1_500_000)
    blob_id, resp = create(a, http, data)
    assert resp.status_code == 201 and resp.json() == {
        "id": blob_id, "size": len(data), "offset": 0, "complete": False}
    assert append(a, http, blob_id, 0, data[:600_000]).json()["offset"] == 600_000
    _, resp = create(a, http, data, blob_id)  # a resumed upload asks again
    assert resp.status_code == 200 and resp.json()["offset"] == 600_000
    wrong = append(a, http, blob_id, 0, data[:1000])
    assert wrong.status_code == 409 and wrong.headers["upload-offset"] == "600000"
    assert wrong.json()["error"]["code"] == "blob_offset_mismatch"
    early = a.post(http, f"/v1/blobs/{blob_id}/complete", b"")
    assert early.status_code == 409 and early.json()["error"]["code"] == "blob_incomplete"
    assert append(a, http, blob_id, 600_000, data[600_000:]).json()["offset"] == len(data)
    assert a.post(http, f"/v1/blobs/{blob_id}/complete", b"").json()["complete"] is True

    assert stranger.get(http, f"/v1/blobs/{blob_id}").status_code == 403  # before any envelope
    assert send(a, http, [b.device_id, c.device_id], [blob_id])["status"] == "accepted"
    whole = b.get(http, f"/v1/blobs/{blob_id}")
    assert whole.status_code == 200 and whole.content == data
    tail = c.get(http, f"/v1/blobs/{blob_id}?offset=1000000")
    assert tail.status_code == 206 and tail.content == data[1_000_000:]
    assert tail.headers["content-range"] == f"bytes 1000000-{len(data) - 1}/{len(data)}"
    refused = stranger.get(http, f"/v1/blobs/{blob_id}")
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "not_a_blob_recipient"
    assert a.get(http, f"/v1/blobs/{blob_id}").content == data  # the owner may read it back

    assert b.post(http, f"/v1/blobs/{blob_id}/ack", b"").json() == {"deleted": False}
    assert blob_file(hub, blob_id).exists()
    assert b.get(http, f"/v1/blobs/{blob_id}").status_code == 403  # acked: done with it
    assert c.post(http, f"/v1/blobs/{blob_id}/ack", b"").json() == {"deleted": True}
    assert not blob_file(hub, blob_id).exists()
    assert c.post(http, f"/v1/blobs/{blob_id}/ack", b"").json() == {"deleted": True}
    assert c.get(http, f"/v1/blobs/{blob_id}").status_code == 404


def test_refusals_store_nothing(hub: HubProcess, http: httpx.Client,
                                device: Callable[[str], Device]) -> None:
    a = device("GB-NCA")
    big = b"x" * 2_000_001
    blob_id, resp = create(a, http, big)
    assert resp.status_code == 413 and resp.json()["error"]["code"] == "blob_too_large"
    assert a.get(http, f"/v1/blobs/{blob_id}/state").status_code == 404
    assert not blob_file(hub, blob_id).exists()

    first = upload(a, http, os.urandom(1_800_000))
    second, resp = create(a, http, os.urandom(1_800_000))
    assert resp.status_code == 413 and resp.json()["error"]["code"] == "quota_exceeded"
    assert not blob_file(hub, second).exists()
    assert first

    # bytes that are not what was declared: refused at completion, and deleted
    b = device("GB-NCA")
    data = os.urandom(10_000)
    blob_id, _ = create(b, http, data)
    assert append(b, http, blob_id, 0, os.urandom(10_000)).status_code == 200
    bad = b.post(http, f"/v1/blobs/{blob_id}/complete", b"")
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "blob_digest_mismatch"
    assert b.get(http, f"/v1/blobs/{blob_id}/state").status_code == 404
    assert not blob_file(hub, blob_id).exists()

    # a body that does not match its signed Content-Digest moves nothing
    blob_id, _ = create(b, http, data)
    headers = b.headers("PATCH", f"/v1/blobs/{blob_id}?offset=0", data[:100])
    resp = http.request("PATCH", f"/v1/blobs/{blob_id}?offset=0", content=data[100:200],
                        headers=headers)
    assert resp.status_code == 400 and resp.json()["error"]["code"] == "digest_mismatch"
    assert b.get(http, f"/v1/blobs/{blob_id}/state").json()["offset"] == 0
    past = append(b, http, blob_id, 0, data + b"more")
    assert past.status_code == 413
    assert a.request(http, "PATCH", f"/v1/blobs/{blob_id}?offset=0", data).status_code == 404


def test_envelopes_may_name_only_their_senders_whole_unclaimed_blobs(
        hub: HubProcess, http: httpx.Client, device: Callable[[str], Device]) -> None:
    a, other, b = device("GB-NCA"), device("GB-NCA"), device("RS-BP")
    mine = upload(a, http, os.urandom(20_000))
    theirs = upload(other, http, os.urandom(20_000))
    partial, _ = create(a, http, os.urandom(5000))
    missing = new_message_id()
    for blobs, reason in (([missing], "blob_missing"), ([partial], "blob_missing"),
                          ([theirs], "blob_foreign")):
        result = send(a, http, [b.device_id], blobs)
        assert result["status"] == "rejected" and result["reason"] == reason, result
    assert send(a, http, [b.device_id], [mine])["status"] == "accepted"
    again = send(a, http, [b.device_id], [mine])  # a second message reusing the blob
    assert again["status"] == "rejected" and again["reason"] == "blob_foreign"


def test_blobs_expire_bound_or_not(hub: HubProcess, http: httpx.Client,
                                   device: Callable[[str], Device]) -> None:
    a, b = device("GB-NCA"), device("RS-BP")
    loose = upload(a, http, os.urandom(30_000))
    bound = upload(a, http, os.urandom(30_000))
    assert send(a, http, [b.device_id], [bound])["status"] == "accepted"
    ctx = open_hub(hub.root)
    try:
        limits = ctx.config.limits
        soon = utc_now() + timedelta(days=limits.blob_upload_ttl_days, seconds=5)
        assert purge_blobs(make_state(ctx, clock=lambda: soon)) >= 1
        assert not blob_file(hub, loose).exists() and blob_file(hub, bound).exists()
        later = utc_now() + timedelta(days=limits.envelope_ttl_days, seconds=5)
        assert purge_blobs(make_state(ctx, clock=lambda: later)) >= 1
        assert not blob_file(hub, bound).exists()
    finally:
        ctx.engine.dispose()
    assert b.get(http, f"/v1/blobs/{bound}").status_code == 404


def test_openapi_describes_the_blob_api(http: httpx.Client) -> None:
    paths = http.get("/v1/openapi.json").json()["paths"]
    assert {"/v1/blobs", "/v1/blobs/{blob_id}", "/v1/blobs/{blob_id}/state",
            "/v1/blobs/{blob_id}/complete", "/v1/blobs/{blob_id}/ack"} <= set(paths)
    assert set(paths["/v1/blobs/{blob_id}"]) == {"get", "patch"}




def test_a_relay_uploads_the_authors_blob_and_the_author_finds_it_there(
        hub: HubProcess, http: httpx.Client, device: Callable[[str], Device]) -> None:
    """The carrier's device uploads a carried blob and posts the author's envelope naming
    it (§16.4); the author's own later upload finds the same bytes whole, and its post is
    a duplicate. Another device's unfinished upload of the same id stays refused."""
    author, carrier, partner = device("GB-NCA"), device("GB-NCA"), device("RS-BP")
    data = os.urandom(40_000)
    blob_id = upload(carrier, http, data, parts=2)
    env = make_envelope(author, [partner.device_id], blobs=[blob_id])
    posted = carrier.post(http, "/v1/envelopes", {"envelopes": [env]}).json()["results"][0]
    assert posted["status"] == "accepted", posted
    assert partner.get(http, f"/v1/blobs/{blob_id}").content == data
    _, again = create(author, http, data, blob_id)  # the author syncs later
    assert again.status_code == 200 and again.json()["complete"] is True
    resent = author.post(http, "/v1/envelopes", {"envelopes": [env]}).json()["results"][0]
    assert resent["status"] == "duplicate"

    # a relay that uploaded but never posted: the author's declaration takes the blob over
    loose = os.urandom(30_000)
    loose_id = upload(carrier, http, loose)
    _, took = create(author, http, loose, loose_id)
    assert took.status_code == 200 and took.json()["complete"] is True
    assert send(author, http, [partner.device_id], [loose_id])["status"] == "accepted"

    same = os.urandom(10_000)
    unfinished, _ = create(carrier, http, same)
    _, clash = create(author, http, same, unfinished)
    assert clash.status_code == 409 and clash.json()["error"]["code"] == "blob_exists"
