"""P4: 10k envelopes A -> hub -> B over loopback TLS vs a bare httpx <-> uvicorn loop.

Ours: officer A's outbox holds 10k signed alerts queued as compose queues
them (not timed); the clock runs from A's `run_once` (each alert sealed at
push for B's device from the refreshed directory, then pushed in batches of
100, each marked sent and audited) through B's `run_once` (pages of 100 opened,
verified, stored, audited, technical acks sealed and queued, cursor advanced,
acked). The hub is a real `liaison-hub serve` process.

Baseline, in the same run: a bare uvicorn app (same TLS certificate, its own
process) that keeps POSTed bodies in memory and hands them back on GET, driven
by a plain httpx client sending exactly A's batch bodies and fetching the same
number of pages of the same size. Ratio = our throughput / the bare loop's.

Both servers listen on a socket bound beforehand (to learn the port), and both
set TCP_NODELAY on it as the hub does (`liaison_app.hub.serve._bind`): asyncio
disables Nagle only on sockets it creates itself, so without it every response
written as headers + body stalls ~40 ms on a delayed ACK. The note also gives
the bare loop with that stall (the figure this bench printed before the hub
got the fix), for comparison only; the verdict uses the loop without it.
"""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.result import BenchResult

N_DEFAULT = 10_000
N_LARGE = 50_000
BATCH = 100
TARGET_RATIO = 0.50
TARGET_RATE = 1000.0
ROOT = Path(__file__).resolve().parents[1]
LIMITS: dict[str, Any] = {"rate_per_second": 100000.0, "rate_burst": 100000, "enrol_burst": 1000}


@dataclass
class _Peer:
    db: Any
    keys: Any
    profile: Any
    client: Any
    db_key: bytes = b""

    @property
    def ident(self) -> Any:
        from types import SimpleNamespace
        return SimpleNamespace(officer_id=self.profile.officer_id,
                               agency_id=self.profile.agency_id, device_id=self.keys.device_id)

    def engine(self) -> Any:
        from liaison_app.sync.engine import SyncEngine
        return SyncEngine(self.db, self.keys, self.ident, self.client,
                          authority_key=self.profile.directory_authority_key)


def _first_line(proc: subprocess.Popen[bytes], timeout: float = 30.0) -> str:
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    buf = b""
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout.fileno(), selectors.EVENT_READ)
        while b"\n" not in buf:
            left = deadline - time.monotonic()
            if left <= 0 or not sel.select(left):
                raise TimeoutError("the server printed no URL")
            chunk = os.read(proc.stdout.fileno(), 4096)
            if not chunk:
                raise RuntimeError("the server exited before printing its URL")
            buf += chunk
    return buf.split(b"\n", 1)[0].decode()


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def _make_hub(root: Path) -> None:
    from dataclasses import replace

    from liaison_app.hub.admin import add_agency, init_hub
    from liaison_app.hub.config import dump_config, load_config

    ctx = init_hub(root, "127.0.0.1", 0)
    add_agency(ctx, "GB-NCA", "National Crime Agency", "GB")
    add_agency(ctx, "RS-BP", "Border Police Directorate", "RS")
    ctx.engine.dispose()
    cfg = load_config(root)
    cfg = replace(cfg, limits=replace(cfg.limits, **LIMITS))
    (root / "hub.toml").write_text(dump_config(cfg), encoding="utf-8")


def _enrol(root: Path, agency: str, officer: str, where: Path) -> _Peer:
    from liaison_app.crypto.directory import verify_directory
    from liaison_app.crypto.keys import DeviceKeys
    from liaison_app.hub.admin import add_officer, open_hub
    from liaison_app.protocol.api import EnrolRequest
    from liaison_app.protocol.provisioning import Policy
    from liaison_app.store.database import Database
    from liaison_app.store.directory_apply import store_directory
    from liaison_app.sync.hub_client import HubClient

    ctx = open_hub(root)
    profile = add_officer(ctx, agency, officer, officer, where.with_suffix(".prov"),
                          policy=Policy())
    ctx.engine.dispose()
    keys = DeviceKeys.generate()
    db_key = os.urandom(32)
    db = Database.open(where.with_suffix(".db"), db_key)
    client = HubClient(profile.hub_url, profile.ca_cert_pem.encode(), keys.device_id,
                       keys.signing_key, timeout=60)
    pub = keys.public()
    resp = client.enrol(EnrolRequest(profile.enrolment_token, profile.officer_id,
                                     pub.device_id, pub.sign_key, pub.box_key,
                                     pub.box_key_sig))
    now = datetime.now(UTC).replace(microsecond=0)
    directory = verify_directory(resp.directory_bytes, profile.directory_authority_key,
                                 min_version=0, now=now)
    with db.transaction() as conn:
        store_directory(conn, directory, resp.directory_bytes, now=now)
    return _Peer(db, keys, profile, client, db_key)


def _compose(a: _Peer, n: int) -> None:
    """Queue n signed urgent alerts at A for RS-BP, as compose does (not timed): the
    envelopes are sealed at push, inside the timed run."""
    from liaison_app.crypto.envelope import seal_plaintext
    from liaison_app.domain.messages import AlertContent, AlertKind, Priority
    from liaison_app.protocol.ids import new_message_id
    from liaison_app.protocol.message import InnerMessage, Recipients, SenderRef
    from liaison_app.store import messages, outbox_seal
    from liaison_app.store.message_mapping import new_message_from_inner

    now = datetime.now(UTC).replace(microsecond=0)
    sender = SenderRef(a.profile.officer_id, a.profile.agency_id, a.keys.device_id)
    rec = Recipients.of(["RS-BP"], [])
    to = outbox_seal.Addressing(("RS-BP",))
    for start in range(0, n, 1000):
        with a.db.transaction() as conn:
            for i in range(start, min(n, start + 1000)):
                inner = InnerMessage(
                    id=new_message_id(), type="alert", sender=sender, recipients=rec,  # type: ignore[arg-type]
                    case_ref=None, priority=Priority.URGENT, handling=None, grading=None,
                    subjects=(), body=f"Lorry with 12 people expected at Horgos, alert {i}",
                    content=AlertContent(AlertKind.WARNING), in_reply_to=None,
                    created_at=now, expires_at=None, lang="en")
                messages.insert_outgoing(conn, new_message_from_inner(
                    inner, inner_bytes=seal_plaintext(inner, a.keys), due=None), now=now)
                outbox_seal.enqueue_unsealed(conn, inner.id, to, hold_reason=None, now=now)


def _batches(a: _Peer) -> list[bytes]:
    rows = a.db.execute("SELECT envelope FROM outbox ORDER BY rowid").fetchall()
    raws = [bytes(r[0]) for r in rows]
    return [b'{"envelopes":[' + b",".join(raws[i:i + BATCH]) + b"]}"
            for i in range(0, len(raws), BATCH)]


def _pull_child(spec_text: str) -> None:
    """B's side in its own process (B is another officer's laptop): pull until n arrived."""
    import json

    from liaison_app.crypto.keys import DeviceKeys
    from liaison_app.crypto.provisioning import verify_profile
    from liaison_app.store.database import Database
    from liaison_app.sync.hub_client import HubClient

    spec = json.loads(spec_text)
    profile = verify_profile(Path(spec["prov"]).read_bytes(), None)
    keys = DeviceKeys.from_seeds(bytes.fromhex(spec["seed"]), bytes.fromhex(spec["box"]))
    db = Database.open(Path(spec["db"]), bytes.fromhex(spec["key"]))
    client = HubClient(profile.hub_url, profile.ca_cert_pem.encode(), keys.device_id,
                       keys.signing_key, timeout=60)
    engine = _Peer(db, keys, profile, client).engine()
    print("ready", flush=True)
    received = 0
    while received < spec["n"]:
        report = engine.run_once(wait=10)
        if not report.ok:
            print(f"failed {report.summary()}", flush=True)
            return
        received += report.received
    print(f"done {time.time()}", flush=True)


def _ours(work: Path, n: int) -> tuple[float, list[bytes], Path]:
    import json

    hub_root = work / "hub"
    _make_hub(hub_root)
    hub = subprocess.Popen([sys.executable, "-m", "liaison_app.hub.cli", "serve", str(hub_root)],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
    puller: subprocess.Popen[bytes] | None = None
    try:
        _first_line(hub)
        a = _enrol(hub_root, "GB-NCA", "gb-nca.bench-a", work / "a")
        b = _enrol(hub_root, "RS-BP", "rs-bp.bench-b", work / "b")
        b.engine().run_once()
        b.client.close()
        b.db.close()
        a_engine = a.engine()
        a_engine.run_once()  # learn B's device
        _compose(a, n)
        spec = {"prov": str((work / "b").with_suffix(".prov")),
                "db": str((work / "b").with_suffix(".db")), "key": b.db_key.hex(),
                "seed": b.keys.sign_seed.hex(), "box": b.keys.box_secret.hex(), "n": n}
        puller = subprocess.Popen([sys.executable, "-m", "bench.p4_sync", "--pull",
                                   json.dumps(spec)], stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, cwd=ROOT)
        if _first_line(puller) != "ready":
            raise RuntimeError("P4: B's sync process did not start")
        start = time.time()
        pushed = a_engine.run_once()
        line = _first_line(puller, timeout=600)
        if not pushed.ok or not line.startswith("done "):
            raise RuntimeError(f"P4 sync failed: {pushed.summary()} / {line}")
        elapsed = float(line.split()[1]) - start
        batches = _batches(a)  # the envelopes as sealed at push, for the bare loop
        a.client.close()
        a.db.close()
    finally:
        if puller is not None:
            _stop(puller)
        _stop(hub)
    return elapsed, batches, hub_root / "tls"


# -- the bare loop ----------------------------------------------------------------------


async def _bare_app(scope: Any, receive: Any, send: Any) -> None:
    """POST /push keeps the body; GET /pull?i=N returns body N. Nothing else."""
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    store: list[bytes] = _BARE_STORE
    if scope["method"] == "POST":
        chunks = []
        more = True
        while more:
            message = await receive()
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        store.append(b"".join(chunks))
        body = b'{"ok":true}'
    else:
        index = int(scope["query_string"].decode().partition("=")[2] or 0)
        body = store[index]
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


_BARE_STORE: list[bytes] = []


def _bare_server(cert: str, key: str, nagle: bool = False) -> None:
    import socket

    import uvicorn

    sock = socket.create_server(("127.0.0.1", 0))
    if not nagle:  # as the hub's listener (see the module docstring)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    print(f"https://127.0.0.1:{sock.getsockname()[1]}", flush=True)
    config = uvicorn.Config(_bare_app, ssl_certfile=cert, ssl_keyfile=key, log_config=None,
                            access_log=False, lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])


def _baseline(tls: Path, batches: list[bytes], *, nagle: bool = False) -> float:
    import httpx

    from liaison_app.sync.hub_client import make_ssl_context

    server = subprocess.Popen(
        [sys.executable, "-m", "bench.p4_sync", "--bare-server", str(tls / "server.pem"),
         str(tls / "server.key"), *(["nagle"] if nagle else [])],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
    try:
        url = _first_line(server)
        ctx = make_ssl_context((tls / "ca.pem").read_bytes())
        with httpx.Client(verify=ctx, trust_env=False, timeout=60) as http:
            start = time.perf_counter()
            for body in batches:
                http.post(url + "/push", content=body,
                          headers={"content-type": "application/json"}).raise_for_status()
            for i in range(len(batches)):
                resp = http.get(url + f"/pull?i={i}")
                resp.raise_for_status()
                assert len(resp.content) == len(batches[i])
            return time.perf_counter() - start
    finally:
        _stop(server)


def run(large: bool) -> list[BenchResult]:
    """P4 at 10k envelopes (and 50k with --large)."""
    results = []
    for n in ([N_DEFAULT, N_LARGE] if large else [N_DEFAULT]):
        with tempfile.TemporaryDirectory(prefix="liaison-p4-") as tmp:
            ours_s, batches, tls = _ours(Path(tmp), n)
            bare_s = _baseline(tls, batches)
            stalled_s = _baseline(tls, batches, nagle=True)
        ours_rate, bare_rate = n / ours_s, n / bare_s
        ratio = ours_rate / bare_rate
        results.append(BenchResult(
            key="P4", title=f"sync {n // 1000}k envelopes A→hub→B (TLS)",
            ours=ours_rate, baseline=bare_rate, unit="env/s", ratio=ratio,
            target=f"≥{TARGET_RATIO:.2f} and ≥{TARGET_RATE:.0f}/s",
            met=ratio >= TARGET_RATIO and ours_rate >= TARGET_RATE,
            note=(f"ours {ours_s:.2f} s, bare loop {bare_s:.2f} s, batches of {BATCH}; "
                  f"bare loop with the 40 ms delayed-ACK stall {stalled_s:.2f} s "
                  f"({n / stalled_s:.0f} env/s, ratio {ours_rate * stalled_s / n:.2f})")))
    return results


if __name__ == "__main__":
    if len(sys.argv) in (4, 5) and sys.argv[1] == "--bare-server":
        _bare_server(sys.argv[2], sys.argv[3], nagle=sys.argv[4:] == ["nagle"])
    elif len(sys.argv) == 3 and sys.argv[1] == "--pull":
        _pull_child(sys.argv[2])
    else:
        for r in run("--large" in sys.argv):
            print(r.row())
