"""Hub hardening against a real process: TLS suites, file modes, per-address limits,
`Allow` on 405, RFC 9421 parameter order and duplicate signature headers, and
per-envelope results for a batch holding one bad envelope."""

from __future__ import annotations

import shutil
import stat
import subprocess
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from liaison_app.protocol.api import BatchResult, EnvelopeStatus
from liaison_app.protocol.canonical import canonical_bytes
from liaison_app.protocol.request_signature import SignatureParams, format_content_digest
from tests.support.hub_process import (
    Device,
    HubProcess,
    init_hub_dir,
    make_envelope,
    running_hub,
)

NewDevice = Callable[..., Device]


def _code(resp: httpx.Response) -> str:
    return str(resp.json()["error"]["code"])


def _s_client(hub: HubProcess, *args: str) -> subprocess.CompletedProcess[str]:
    assert shutil.which("openssl"), "the openssl command is missing: run scripts/setup.sh"
    host_port = hub.url.removeprefix("https://")
    return subprocess.run(["openssl", "s_client", "-connect", host_port, "-brief", *args],
                          input="", capture_output=True, text=True, timeout=30, check=False)


@pytest.mark.parametrize("suite", ["ECDHE-ECDSA-AES128-SHA", "ECDHE-ECDSA-AES256-SHA384",
                                   "ECDHE-ECDSA-AES128-SHA256"])
def test_tls12_cbc_suites_are_refused(hub: HubProcess, suite: str) -> None:
    refused = _s_client(hub, "-tls1_2", "-cipher", suite)
    assert refused.returncode != 0
    assert "CONNECTION ESTABLISHED" not in refused.stdout + refused.stderr


def test_tls12_aead_and_tls13_are_accepted(hub: HubProcess) -> None:
    gcm = _s_client(hub, "-tls1_2", "-cipher", "ECDHE-ECDSA-AES128-GCM-SHA256")
    assert gcm.returncode == 0, gcm.stderr
    assert "CONNECTION ESTABLISHED" in gcm.stdout + gcm.stderr
    assert "ECDHE-ECDSA-AES128-GCM-SHA256" in gcm.stderr + gcm.stdout
    tls13 = _s_client(hub, "-tls1_3")
    assert tls13.returncode == 0 and "TLSv1.3" in tls13.stderr + tls13.stdout
    old = _s_client(hub, "-tls1_1")
    assert old.returncode != 0


def test_hub_files_are_private(tmp_path: Path) -> None:
    root = init_hub_dir(tmp_path / "hub", agencies=[("GB-NCA", "National Crime Agency", "GB")])
    with running_hub(root) as hub, hub.client() as http:
        assert http.get("/v1/openapi.json").status_code == 200
        hub.add_officer("GB-NCA", "gb-nca.lo-one", "One Officer",
                        out=root / "gb-nca.lo-one.json")
        seen = []
        for path in [root, *root.rglob("*")]:
            mode = stat.S_IMODE(path.lstat().st_mode)
            seen.append(path.name)
            if path.is_dir():
                assert mode == 0o700, f"{path} is {oct(mode)}"
            else:
                assert mode & 0o077 == 0, f"{path} is {oct(mode)}"
    assert {"hub.sqlite3", "hub.toml", "ca.pem", "server.key", "hub.log", "url"} <= set(seen)


def test_405_names_the_allowed_methods(http: httpx.Client) -> None:
    resp = http.delete("/v1/inbox")
    assert resp.status_code == 405 and _code(resp) == "method_not_allowed"
    assert {m.strip() for m in resp.headers["allow"].split(",")} == {"GET", "HEAD"}
    post_only = http.get("/v1/envelopes")
    assert post_only.status_code == 405 and post_only.headers["allow"] == "POST"


def test_unsigned_requests_are_limited_per_address(tmp_path: Path) -> None:
    root = init_hub_dir(tmp_path / "hub", limits={"unsigned_rate_per_second": 0.01,
                                                  "unsigned_burst": 5})
    with running_hub(root) as hub, hub.client() as http:
        codes = [http.get("/v1/inbox").status_code for _ in range(5)]
        assert codes == [401] * 5
        limited = http.get("/v1/openapi.json")
        assert limited.status_code == 429 and _code(limited) == "rate_limited"
        assert int(limited.headers["retry-after"]) >= 1
        # a made-up signature is no way round it
        forged = http.get("/v1/inbox", headers={"Signature-Input": "x", "Signature": "y"})
        assert forged.status_code == 429


def _reordered_headers(device: Device, method: str, target: str, body: bytes
                       ) -> dict[str, str]:
    """Signed with the components and parameters in another order than Liaison's own."""
    from datetime import UTC, datetime

    from liaison_app.crypto.request_auth import new_nonce
    from liaison_app.protocol.request_signature import (
        format_signature,
        format_signature_input,
        signature_base,
    )

    params = SignatureParams(
        keyid=device.device_id, nonce=new_nonce(), created=int(datetime.now(UTC).timestamp()),
        components=("content-digest", "@query", "@method", "@path"),
        order=("tag", "alg", "nonce", "keyid", "created"))
    digest = format_content_digest(body)
    signature = device.keys.sign(signature_base(method, target, digest, params))
    return {"Content-Digest": digest, "Signature-Input": format_signature_input(params),
            "Signature": format_signature(signature)}


def test_parameters_in_another_order_verify(http: httpx.Client, new_device: NewDevice) -> None:
    alice = new_device()
    headers = _reordered_headers(alice, "GET", "/v1/inbox?after=0&limit=5", b"")
    assert headers["Signature-Input"].startswith(
        'liaison=("content-digest" "@query" "@method" "@path");tag="liaison-v1";alg=')
    resp = http.get("/v1/inbox?after=0&limit=5", headers=headers)
    assert resp.status_code == 200, resp.text


def test_duplicate_signature_headers_are_malformed(http: httpx.Client,
                                                   new_device: NewDevice) -> None:
    alice, mallory = new_device(), new_device()
    good = alice.headers("GET", "/v1/directory", b"")
    other = mallory.headers("GET", "/v1/directory", b"")
    for name in ("Signature-Input", "Signature"):
        pairs = [(k, v) for k, v in good.items()] + [(name, other[name])]
        resp = http.get("/v1/directory", headers=pairs)
        assert resp.status_code == 401 and _code(resp) == "malformed_signature", resp.text
        assert "headers" in resp.json()["error"]["message"]


def test_one_float_rejects_that_envelope_only(http: httpx.Client,
                                              new_device: NewDevice) -> None:
    alice, bob = new_device(), new_device("RS-BP")
    envs = [make_envelope(alice, [bob.device_id]) for _ in range(3)]
    raws = [canonical_bytes(e) for e in envs]
    raws[1] = raws[1].replace(b'"v":1}', b'"v":1.0}')
    body = b'{"envelopes": [' + b", ".join(raws) + b"]}"
    resp = alice.post(http, "/v1/envelopes", body)
    assert resp.status_code == 200, resp.text
    results = BatchResult.from_wire(resp.json()).results
    assert [r.status for r in results] == [EnvelopeStatus.ACCEPTED, EnvelopeStatus.REJECTED,
                                           EnvelopeStatus.ACCEPTED]
    assert results[1].reason is not None and results[1].reason.value == "malformed"
    assert "float" in results[1].detail and results[1].id == envs[1]["id"]
    inbox = bob.get(http, "/v1/inbox?after=0").json()
    assert [i["envelope"]["id"] for i in inbox["items"]] == [envs[0]["id"], envs[2]["id"]]


@pytest.mark.parametrize("body", [b'{"envelopes": [1, 2', b'{"other": []}',
                                  b'{"envelopes": []}', b'{"envelopes": [1.5], "x": 1}'])
def test_a_broken_batch_frame_is_refused_whole(http: httpx.Client, new_device: NewDevice,
                                               body: bytes) -> None:
    alice = new_device()
    resp = alice.post(http, "/v1/envelopes", body)
    assert resp.status_code == 400 and _code(resp) == "bad_request"
