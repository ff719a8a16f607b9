"""A bounded load test of the hub: simulated devices long-polling, senders pushing.

    python -m tests.support.hub_load --devices 200 --senders 20 --seconds 60 --workers 2
    (scripts/load.sh runs exactly that; tests/hub/test_hub_load.py a short version)

A throw-away PostgreSQL cluster (tests/hub/pg_server.py) and a
`liaison-hub serve --workers N` on 127.0.0.1 are started and stopped here. Every
device connects (one quick poll, before the clock starts), then long-polls its
inbox (wait=25) and acks what it got; every sender pushes
batches of signed envelopes (random ciphertext: the hub sees nothing else) to
random devices at a fixed pace for the duration, then the run drains until every
accepted envelope has arrived (bounded). Checked: no 5xx and no transport error,
every envelope accepted, and delivered to its device exactly once. Reported:
push latency p50/p99, delivery latency (push start to the device's page) p50/p99,
throughput. All traffic is loopback; loops are bounded in count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from liaison_app.protocol.canonical import canonical_bytes
from tests.hub.pg_server import PgServer
from tests.support.hub_process import (
    Device,
    HubProcess,
    enrol_request,
    hub_cli,
    make_envelope,
    read_profile,
    start_hub,
)

AGENCY = ("GB-NCA", "National Crime Agency", "GB")
LIMITS = {"rate_per_second": 1000.0, "rate_burst": 1000, "enrol_rate_per_second": 1000.0,
          "enrol_burst": 100000}
DRAIN_SECONDS = 60.0
WAIT = 25


@dataclass
class LoadReport:
    """What a run saw."""

    devices: int
    senders: int
    seconds: float
    workers: int
    sent: int = 0
    batches: int = 0
    server_errors: int = 0
    transport_errors: list[str] = field(default_factory=list)
    not_accepted: int = 0
    missing: int = 0
    duplicates: int = 0
    strays: int = 0
    push_ms: list[float] = field(default_factory=list)
    hub_push_ms: list[float] = field(default_factory=list)
    """Server-side times of the pushes (the hub's access log lines)."""
    delivery_ms: list[float] = field(default_factory=list)
    requests: int = 0
    loop_lag_ms: list[float] = field(default_factory=list)
    """How late the load generator's own event loop ran a 50 ms timer (its saturation)."""

    @property
    def ok(self) -> bool:
        return not (self.server_errors or self.transport_errors or self.not_accepted
                    or self.missing or self.duplicates or self.strays) and self.sent > 0

    def summary(self) -> dict[str, Any]:
        def pct(values: list[float], q: float) -> float:
            ordered = sorted(values)
            return round(ordered[max(0, round(q * len(ordered)) - 1)], 1) if ordered else 0.0

        return {
            "ok": self.ok, "devices": self.devices, "senders": self.senders,
            "seconds": self.seconds, "workers": self.workers, "envelopes": self.sent,
            "batches": self.batches, "requests": self.requests,
            "envelopes_per_s": round(self.sent / self.seconds, 1),
            "server_errors": self.server_errors,
            "transport_errors": self.transport_errors[:5],
            "not_accepted": self.not_accepted, "missing": self.missing,
            "duplicates": self.duplicates, "strays": self.strays,
            "push_ms_p50": round(statistics.median(self.push_ms), 1) if self.push_ms else 0,
            "push_ms_p99": pct(self.push_ms, 0.99),
            "hub_push_ms_p50": pct(self.hub_push_ms, 0.50),
            "hub_push_ms_p99": pct(self.hub_push_ms, 0.99),
            "delivery_ms_p50": pct(self.delivery_ms, 0.50),
            "delivery_ms_p99": pct(self.delivery_ms, 0.99),
            "client_loop_lag_ms_p99": pct(self.loop_lag_ms, 0.99),
        }


def _enrol_all(hub: HubProcess, n: int) -> list[Device]:
    from liaison_app.crypto.keys import DeviceKeys
    from liaison_app.hub.admin import add_officer, open_hub
    from liaison_app.protocol.provisioning import Policy

    ctx = open_hub(hub.root)
    devices = []
    try:
        with hub.client() as http:
            for i in range(n):
                path = hub.root.parent / f"load-{i}.json"
                add_officer(ctx, AGENCY[0], f"gb-nca.load-{i}", f"Load {i}", path,
                            policy=Policy())
                profile = read_profile(path)
                device = Device(keys=DeviceKeys.generate(), officer_id=profile.officer_id)
                resp = device.post(http, "/v1/devices", enrol_request(profile, device.keys))
                if resp.status_code != 201:
                    raise RuntimeError(f"enrolment failed: {resp.status_code} {resp.text}")
                devices.append(device)
    finally:
        ctx.engine.dispose()
    return devices


class _Run:
    def __init__(self, hub: HubProcess, devices: list[Device], report: LoadReport) -> None:
        self.hub = hub
        self.devices = devices
        self.report = report
        self.sent_at: dict[str, tuple[str, float]] = {}  # envelope id -> (device, start)
        self.got: dict[str, Counter[str]] = {d.device_id: Counter() for d in devices}
        self.stop_receiving = asyncio.Event()
        self.connected = 0
        self.all_connected = asyncio.Event()

    async def request(self, http: httpx.AsyncClient, device: Device, method: str,
                      target: str, body: dict[str, Any] | None = None,
                      timeout: float = 30.0) -> httpx.Response | None:
        raw = b"" if body is None else canonical_bytes(body)
        headers = device.headers(method, target, raw)
        if raw:
            headers["Content-Type"] = "application/json"
        self.report.requests += 1
        try:
            resp = await http.request(method, target, content=raw, headers=headers,
                                      timeout=timeout)
        except httpx.HTTPError as exc:
            self.report.transport_errors.append(f"{method} {target.split('?')[0]}: "
                                                f"{type(exc).__name__}")
            return None
        if resp.status_code >= 500:
            self.report.server_errors += 1
        return resp

    async def receive(self, http: httpx.AsyncClient, device: Device) -> None:
        cursor = "0"
        # A first quick poll opens the device's connection (TLS) before the clock starts.
        await self.request(http, device, "GET", "/v1/inbox?after=0&wait=0")
        self.connected += 1
        if self.connected == len(self.devices):
            self.all_connected.set()
        while not self.stop_receiving.is_set():
            target = f"/v1/inbox?after={cursor}&wait={WAIT}"
            resp = await self.request(http, device, "GET", target, timeout=WAIT + 20)
            if resp is None or resp.status_code != 200:
                await asyncio.sleep(0.5)
                continue
            page = resp.json()
            now = time.monotonic()
            for item in page["items"]:
                env_id = item["envelope"]["id"]
                self.got[device.device_id][env_id] += 1
                sent = self.sent_at.get(env_id)
                if sent is not None:
                    self.report.delivery_ms.append((now - sent[1]) * 1000)
            if page["items"]:
                cursor = page["next_cursor"]
                await self.request(http, device, "POST", "/v1/inbox/ack", {"cursor": cursor})

    async def send(self, http: httpx.AsyncClient, sender: Device, until: float,
                   period: float, batch: int, rng: random.Random) -> None:
        next_at = time.monotonic() + rng.random() * period
        while next_at < until:
            await asyncio.sleep(max(0.0, next_at - time.monotonic()))
            next_at += period
            targets = [rng.choice(self.devices) for _ in range(batch)]
            envs = [make_envelope(sender, [t.device_id]) for t in targets]
            start = time.monotonic()
            for env, target in zip(envs, targets, strict=True):
                self.sent_at[env["id"]] = (target.device_id, start)
            resp = await self.request(http, sender, "POST", "/v1/envelopes",
                                      {"envelopes": envs})
            self.report.push_ms.append((time.monotonic() - start) * 1000)
            self.report.batches += 1
            if resp is None or resp.status_code != 200:
                for env in envs:
                    self.sent_at.pop(env["id"], None)
                self.report.not_accepted += len(envs)
                continue
            for result in resp.json()["results"]:
                if result["status"] != "accepted":
                    self.report.not_accepted += 1
            self.report.sent += len(envs)

    def delivered_all(self) -> bool:
        return all(self.got[d][env_id] >= 1 for env_id, (d, _) in self.sent_at.items())


async def _drive(hub: HubProcess, devices: list[Device], senders: list[Device],
                 report: LoadReport, period: float, batch: int) -> None:
    run = _Run(hub, devices, report)
    limits = httpx.Limits(max_connections=len(devices) + len(senders) + 20,
                          max_keepalive_connections=len(devices) + len(senders) + 20)
    async with httpx.AsyncClient(base_url=hub.url, verify=hub.ssl_context(), trust_env=False,
                                 limits=limits) as http:
        receivers = [asyncio.create_task(run.receive(http, d)) for d in devices]
        receivers.append(asyncio.create_task(_watch_lag(report)))
        await asyncio.wait_for(run.all_connected.wait(), 120)
        await _until_waiting(hub, len(devices))
        report.loop_lag_ms.clear()
        until = time.monotonic() + report.seconds
        rng = random.Random(18)
        # Each sender is a laptop of its own: its own connection, not the pollers' pool.
        pushers = [httpx.AsyncClient(base_url=hub.url, verify=hub.ssl_context(),
                                     trust_env=False) for _ in senders]
        try:
            await asyncio.gather(*(run.send(p, s, until, period, batch,
                                            random.Random(rng.random()))
                                   for p, s in zip(pushers, senders, strict=True)))
        finally:
            for p in pushers:
                await p.aclose()
        deadline = time.monotonic() + DRAIN_SECONDS
        while not run.delivered_all() and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        run.stop_receiving.set()
        for task in receivers:
            task.cancel()
        await asyncio.gather(*receivers, return_exceptions=True)
    for env_id, (device_id, _) in run.sent_at.items():
        seen = run.got[device_id][env_id]
        if seen == 0:
            report.missing += 1
        elif seen > 1:
            report.duplicates += seen - 1
    report.strays = sum(1 for d, got in run.got.items() for env_id in got
                        if run.sent_at.get(env_id, ("", 0.0))[0] != d)


async def _until_waiting(hub: HubProcess, n: int, timeout: float = 120.0) -> None:
    """Until the hub's metrics count `n` long-polls waiting (every device settled)."""
    deadline = time.monotonic() + timeout
    async with httpx.AsyncClient(trust_env=False) as admin:
        while time.monotonic() < deadline:
            text = (await admin.get(hub.admin_url() + "/metrics")).text
            for line in text.splitlines():
                if line.startswith("liaison_hub_longpoll_waiters ") and \
                        float(line.split()[1]) >= n:
                    return
            await asyncio.sleep(0.2)
    raise TimeoutError(f"the hub never had {n} long-polls waiting")


async def _watch_lag(report: LoadReport) -> None:
    while True:
        before = time.monotonic()
        await asyncio.sleep(0.05)
        report.loop_lag_ms.append((time.monotonic() - before - 0.05) * 1000)


def run_load(*, devices: int, senders: int, seconds: float, workers: int,
             period: float = 1.0, batch: int = 1, work: Path | None = None,
             pg_server: PgServer | None = None) -> LoadReport:
    """Start PostgreSQL (unless given one) and the hub, run the load, stop what was
    started; the report."""
    report = LoadReport(devices=devices, senders=senders, seconds=seconds, workers=workers)
    with tempfile.TemporaryDirectory(prefix="liaison-load-", dir=work) as tmp:
        pg = pg_server or PgServer.start()
        hub: HubProcess | None = None
        try:
            root = Path(tmp) / "hub"
            hub_cli("init", str(root), "--host", "127.0.0.1", "--port", "0",
                    "--database-url", pg.new_database())
            hub_cli("agency", "add", str(root), "--id", AGENCY[0], "--name", AGENCY[1],
                    "--country", AGENCY[2])
            text = (root / "hub.toml").read_text(encoding="utf-8")
            for key, value in LIMITS.items():
                text = "\n".join(f"{key} = {value}" if line.startswith(f"{key} = ") else line
                                 for line in text.splitlines()) + "\n"
            (root / "hub.toml").write_text(text, encoding="utf-8")
            hub = start_hub(root, "--workers", str(workers))
            everyone = _enrol_all(hub, devices + senders)
            asyncio.run(_drive(hub, everyone[:devices], everyone[devices:], report,
                               period, batch))
        finally:
            if hub is not None:
                hub.stop()
                report.hub_push_ms = _hub_times(hub, "/v1/envelopes")
            if pg_server is None:
                pg.stop()
    return report


def _hub_times(hub: HubProcess, route: str) -> list[float]:
    """The `ms` of every access line for `route` in the hub's stderr log."""
    out = []
    for line in hub.log_text().splitlines():
        if line.startswith("{") and f'"route":"{route}"' in line:
            out.append(float(json.loads(line)["ms"]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="hub_load", description=__doc__.split("\n")[0])
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--senders", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--period", type=float, default=1.0, help="seconds between a "
                        "sender's batches")
    parser.add_argument("--batch", type=int, default=1, help="envelopes per batch (3 "
                        "saturates a 2-core machine running everything: deliveries queue)")
    args = parser.parse_args(argv)
    if not (1 <= args.devices <= 1000 and 1 <= args.senders <= 100
            and 1 <= args.seconds <= 600):
        parser.error("bounded runs only: devices 1-1000, senders 1-100, seconds 1-600")
    report = run_load(devices=args.devices, senders=args.senders, seconds=args.seconds,
                      workers=args.workers, period=args.period, batch=args.batch)
    print(json.dumps(report.summary(), indent=2))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
