"""What operators get: /v1/health, Prometheus metrics without identifiers, JSON log
lines with request ids, `liaison-hub backup`."""

from __future__ import annotations

import json
import sqlite3
import stat
import time
from pathlib import Path

import httpx
import pytest

from tests.hub.pg_server import PgServer
from tests.hub.test_hub_api import NewDevice
from tests.support.hub_process import HubProcess, hub_cli, make_envelope

VECTORS = Path(__file__).resolve().parents[1] / "vectors" / "health-v1.json"


def test_health_needs_no_signature_and_says_ok(http: httpx.Client) -> None:
    resp = http.get("/v1/health")
    assert resp.status_code == 200
    ok = json.loads(VECTORS.read_text(encoding="utf-8"))["answers"][0]
    assert (resp.status_code, resp.content) == (ok["status"], ok["body"].encode())
    assert resp.headers["cache-control"] == "no-store"


def test_health_vectors_match_the_hub_s_encoding() -> None:
    from liaison_app.protocol.canonical import canonical_bytes

    for answer in json.loads(VECTORS.read_text(encoding="utf-8"))["answers"]:
        body = json.loads(answer["body"])
        assert canonical_bytes(body) == answer["body"].encode()
        assert set(body) == {"status", "store"}
        assert (answer["status"] == 503) == (body["store"] == "unreachable")


def test_health_is_in_the_openapi_document(http: httpx.Client) -> None:
    doc = http.get("/v1/openapi.json").json()
    op = doc["paths"]["/v1/health"]["get"]
    assert op["security"] == [] and {"200", "503"} <= set(op["responses"])


def test_metrics_count_traffic_and_hold_no_identifiers(
        hub: HubProcess, http: httpx.Client, new_device: NewDevice) -> None:
    alice, bob = new_device("GB-NCA"), new_device("RS-BP")
    env = make_envelope(alice, [bob.device_id])
    assert alice.post(http, "/v1/envelopes", {"envelopes": [env]}).status_code == 200
    page = bob.get(http, "/v1/inbox?after=0").json()
    bob.post(http, "/v1/inbox/ack", {"cursor": page["next_cursor"]})
    admin = hub.admin_url()
    assert admin.startswith("http://127.0.0.1:")  # loopback by default
    text = httpx.get(admin + "/metrics", timeout=10).text
    for name in ("liaison_hub_requests_total", "liaison_hub_request_duration_seconds_bucket",
                 "liaison_hub_envelopes_stored_total", "liaison_hub_envelopes_delivered_total",
                 "liaison_hub_mailbox_entries", "liaison_hub_longpoll_waiters"):
        assert name in text, name
    assert 'route="/v1/envelopes",status="200"' in text
    for ident in (alice.device_id, bob.device_id, alice.officer_id, bob.officer_id,
                  env["id"], "GB-NCA", "RS-BP"):
        assert ident not in text, ident


def test_log_lines_are_json_with_a_request_id(hub: HubProcess, http: httpx.Client,
                                              new_device: NewDevice) -> None:
    alice = new_device()
    mark = hub.log.mark()
    resp = alice.get(http, "/v1/inbox?after=0", headers={"X-Request-Id": "lb-7f3a"})
    assert resp.headers["x-request-id"] == "lb-7f3a"
    odd = http.get("/v1/health", headers={"X-Request-Id": 'evil" {"level":"error"}'})
    fresh = odd.headers["x-request-id"]
    assert fresh != "lb-7f3a" and len(fresh) == 16  # not a plain token: a new id
    hub.log.wait_for(f'"request_id":"{fresh}"', start=mark)
    lines = [json.loads(line) for line in hub.log.lines[mark:] if line.strip()]
    mine = [line for line in lines if line.get("request_id") == "lb-7f3a"]
    assert any(line["message"].startswith("inbox device=") for line in mine)
    access = [line for line in mine if line.get("route") == "/v1/inbox"]
    assert access and access[0]["status"] == 200 and access[0]["level"] == "info"
    assert all({"time", "level", "logger", "pid", "message"} <= set(line) for line in lines)


def test_backup_of_a_running_sqlite_hub(hub: HubProcess, http: httpx.Client,
                                        new_device: NewDevice, tmp_path: Path) -> None:
    alice, bob = new_device("GB-NCA"), new_device("RS-BP")
    env = make_envelope(alice, [bob.device_id])
    alice.post(http, "/v1/envelopes", {"envelopes": [env]})
    out = tmp_path / "hub-backup.sqlite3"
    proc = hub_cli("backup", str(hub.root), "--out", str(out))
    assert "integrity ok" in proc.stdout
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with sqlite3.connect(out) as copy:
        ids = {r[0] for r in copy.execute("SELECT id FROM envelopes")}
        devices = {r[0] for r in copy.execute("SELECT device_id FROM devices")}
    assert env["id"] in ids and {alice.device_id, bob.device_id} <= devices
    again = hub_cli("backup", str(hub.root), "--out", str(out), check=False)
    assert again.returncode == 1 and "already exists" in again.stderr
    assert not list(tmp_path.glob(".*partial"))


def test_backup_on_postgresql_prints_pg_dump_without_the_password(
        tmp_path: Path, pg_server: PgServer, pg_url: str) -> None:
    password = pg_url.split("@", 1)[0].rsplit(":", 1)[1]
    hub_cli("init", str(tmp_path / "hub"), "--host", "127.0.0.1", "--port", "0",
            "--database-url", pg_url)
    proc = hub_cli("backup", str(tmp_path / "hub"), "--out", str(tmp_path / "dump"))
    assert "pg_dump --format=custom" in proc.stdout and password not in proc.stdout
    assert f"127.0.0.1:{pg_server.port}" in proc.stdout
    assert not (tmp_path / "dump").exists()


@pytest.mark.parametrize("path", ["/v1/health", "/v1/nothing"])
def test_requests_to_odd_paths_are_counted_without_the_path(
        hub: HubProcess, http: httpx.Client, path: str) -> None:
    http.get(path + "?device=SECRET-QUERY")
    text = httpx.get(hub.admin_url() + "/metrics", timeout=10).text
    assert "SECRET-QUERY" not in text and "/v1/nothing" not in text
    assert 'route="other"' in text or path == "/v1/health"


@pytest.mark.slow
def test_health_says_unreachable_when_postgresql_is_gone(tmp_path: Path,
                                                         pg_server: PgServer) -> None:
    """A cluster of its own, stopped under a running hub: 503, then a clean stop."""
    from tests.support.hub_process import start_hub

    del pg_server  # only for the skip when PostgreSQL is not installed
    own = PgServer.start()
    hub: HubProcess | None = None
    try:
        root = tmp_path / "hub"
        hub_cli("init", str(root), "--host", "127.0.0.1", "--port", "0",
                "--database-url", own.new_database())
        hub = start_hub(root)
        with hub.client() as http:
            assert http.get("/v1/health").json()["status"] == "ok"
            own.stop()
            deadline = time.monotonic() + 20
            resp = http.get("/v1/health")
            while resp.status_code != 503 and time.monotonic() < deadline:
                time.sleep(0.2)  # polling with a deadline: the ping is cached for 1 s
                resp = http.get("/v1/health")
            assert resp.status_code == 503
            assert resp.content == b'{"status":"degraded","store":"unreachable"}'
    finally:
        if hub is not None:
            assert hub.stop() == 0
        own.stop()
