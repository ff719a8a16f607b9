"""P4: 10k envelopes A -> hub -> B over loopback TLS vs the crypto floor.

Ours: officer A's outbox holds 10k signed alerts queued as compose queues
them (not timed); the clock runs from A's `run_once` (each alert sealed at
push for B's device from the refreshed directory, then pushed in batches of
100, two in flight, each batch's answers marked sent and audited) until B,
syncing in its own process meanwhile, has stored all of them (pages of 100
opened, verified, stored, audited, technical acks sealed, queued and pushed,
cursor advanced, acked). The hub is a real `liaison-hub serve` process.

Baseline: the crypto floor (`bench.p4_floor`): the same envelopes and batch
sizes through a bare httpx <-> uvicorn loop in three processes, making exactly
the libsodium calls ours makes, counted call by call in both (a counting run of
each before the timed ones; the note lists the counts, and the verdict fails if
they differ). Ratio = our throughput / the floor's, the median of `REPS`
interleaved repetitions (ours, floor, bare loop, ours, ...), with its spread.
The bare loop without any cryptography (`bench.p4_bare`, one request at a time)
is kept for information.
"""

from __future__ import annotations

import os
import selectors
import shutil
import statistics
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
TARGET_RATIO = 0.65
TARGET_RATE = 1000.0
REPS = 5
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


class _Posted:
    """A's hub client's batch request, recording each batch's envelopes as posted: the
    traffic the floor and the bare loop replay byte for byte (A's outbox no longer
    holds them once B's acknowledgements, pulled in the same run, have purged them)."""

    def __init__(self, client: Any) -> None:
        self.post = client.post_envelopes
        self.batches: list[bytes] = []

    def __call__(self, envelopes: Any) -> Any:
        self.batches.append(b'{"envelopes":[' + b",".join(bytes(e) for e in envelopes)
                            + b"]}")
        return self.post(envelopes)


def _pull_child(spec_text: str) -> None:
    """B's side in its own process (B is another officer's laptop): pull until n arrived."""
    import json

    from liaison_app.crypto.keys import DeviceKeys
    from liaison_app.crypto.provisioning import verify_profile
    from liaison_app.store.database import Database
    from liaison_app.sync.hub_client import HubClient

    spec = json.loads(spec_text)
    if spec.get("count"):
        from bench import sodium_count
        sodium_count.install()
    profile = verify_profile(Path(spec["prov"]).read_bytes(), None)
    keys = DeviceKeys.from_seeds(bytes.fromhex(spec["seed"]), bytes.fromhex(spec["box"]))
    db = Database.open(Path(spec["db"]), bytes.fromhex(spec["key"]))
    client = HubClient(profile.hub_url, profile.ca_cert_pem.encode(), keys.device_id,
                       keys.signing_key, timeout=60)
    engine = _Peer(db, keys, profile, client).engine()
    print("ready", flush=True)
    if spec.get("count"):
        from bench import sodium_count
        sodium_count.take()
    received = 0
    cpu = time.process_time()
    while received < spec["n"]:
        report = engine.run_once(wait=10)
        if not report.ok:
            print(f"failed {report.summary()}", flush=True)
            return
        received += report.received
    counts: dict[str, int] = {}
    if spec.get("count"):
        from bench import sodium_count
        counts = sodium_count.take()
    print(f"done {time.time()} {time.process_time() - cpu} {json.dumps(counts)}", flush=True)


@dataclass
class OursRun:
    """One timed run of our path: wall time, CPU per process, and (counting runs) the
    libsodium calls per process; what the floor and the bare loop replay."""

    seconds: float
    cpu: dict[str, float]
    counts: dict[str, dict[str, int]] | None
    batches: list[bytes]
    tls: Path
    work: Path


def _cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat", encoding="ascii") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _ours(work: Path, n: int, *, count: bool = False) -> OursRun:
    import json
    import signal

    from bench import sodium_count

    hub_root = work / "hub"
    _make_hub(hub_root)
    counted = work / "hub-counts.json"
    serve = ["-m", "liaison_app.hub.cli", "serve", str(hub_root)]
    hub = subprocess.Popen(
        [sys.executable, *(["-m", "bench.sodium_count", str(counted), "--"] if count else []),
         *serve], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
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
                "seed": b.keys.sign_seed.hex(), "box": b.keys.box_secret.hex(), "n": n,
                "count": count}
        puller = subprocess.Popen([sys.executable, "-m", "bench.p4_sync", "--pull",
                                   json.dumps(spec)], stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, cwd=ROOT)
        if _first_line(puller) != "ready":
            raise RuntimeError("P4: B's sync process did not start")
        if count:
            hub.send_signal(signal.SIGUSR1)  # the hub's counts start now
            _wait_for_file(counted)
            sodium_count.install()
        posted = _Posted(a.client)
        a.client.post_envelopes = posted
        hub_cpu = _cpu_seconds(hub.pid)
        cpu = time.process_time()
        start = time.time()
        pushed = a_engine.run_once()
        a_cpu = time.process_time() - cpu
        line = _first_line(puller, timeout=600)
        hub_cpu = _cpu_seconds(hub.pid) - hub_cpu
        counts = None
        if count:
            a_counts = sodium_count.take()
            sodium_count.uninstall()
            counted.unlink()
            hub.send_signal(signal.SIGUSR1)
            _wait_for_file(counted)
            counts = {"A": a_counts, "hub": json.loads(counted.read_text(encoding="utf-8")),
                      "B": json.loads(line.split(maxsplit=3)[3])}
        if not pushed.ok or not line.startswith("done "):
            raise RuntimeError(f"P4 sync failed: {pushed.summary()} / {line}")
        elapsed = float(line.split()[1]) - start
        batches = posted.batches  # as sealed at push and posted, for the other loops
        a.client.close()
        a.db.close()
    finally:
        if puller is not None:
            _stop(puller)
        _stop(hub)
    return OursRun(elapsed, {"A": a_cpu, "hub": hub_cpu, "B": float(line.split()[2])},
                   counts, batches, hub_root / "tls", work)


def _wait_for_file(path: Path, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists() or not path.stat().st_size:
        if time.monotonic() > deadline:
            raise TimeoutError(f"{path} was not written")
        time.sleep(0.01)


def _pages(batches: list[bytes]) -> list[bytes]:
    """Inbox pages holding the batches' envelopes byte for byte, as the hub writes them."""
    from liaison_app.protocol.json_members import split_array_member

    pages, cursor = [], 0
    for k, body in enumerate(batches):
        items = []
        for env in split_array_member(body, "envelopes", max_items=BATCH, what="batch"):
            cursor += 1
            items.append(b'{"cursor":"%d","envelope":%s}' % (cursor, env))
        more = b"true" if k + 1 < len(batches) else b"false"
        pages.append(b'{"items":[%s],"more":%s,"next_cursor":"%d"}' % (
            b",".join(items), more, cursor))
    return pages


def _calls_table(ours: dict[str, dict[str, int]], floor: dict[str, dict[str, int]],
                 n: int) -> str:
    """`process function ours/floor` per 1k envelopes, e.g. `A sign 2027/2027`."""
    out = []
    for proc in ("A", "hub", "B"):
        for fn in sorted(set(ours[proc]) | set(floor[proc])):
            mine, theirs = ours[proc].get(fn, 0), floor[proc].get(fn, 0)
            out.append(f"{proc} {fn.removeprefix('crypto_')} {mine}/{theirs}")
    return f"libsodium calls for {n} envelopes, ours/floor: " + ", ".join(out)


def _spread(values: list[float]) -> str:
    return f"{min(values):.2f}–{max(values):.2f}"


def run(large: bool, *, n: int = N_DEFAULT, reps: int = REPS) -> list[BenchResult]:
    """P4: `reps` interleaved repetitions of ours, the crypto floor and the bare loop
    (10k envelopes; 50k with --large), after one counting run of ours and the floor."""
    from bench.p4_bare import bare_loop
    from bench.p4_floor import run_floor

    results = []
    for size in ([n, N_LARGE] if large else [n]):
        with tempfile.TemporaryDirectory(prefix="liaison-p4-") as tmp:
            work = Path(tmp)
            counted = _ours(work / "count", size, count=True)
            assert counted.counts is not None
            _, _, floor_counts = run_floor(work / "count-floor", counted.tls, counted.batches,
                                           _pages(counted.batches), counted.counts, size,
                                           count=True)
            assert floor_counts is not None
            same = floor_counts == counted.counts
            ours_t: list[float] = []
            floor_t: list[float] = []
            bare_t: list[float] = []
            cpu_ours: list[float] = []
            cpu_floor: list[float] = []
            replayed: list[int] = []
            for rep in range(reps):
                mine = _ours(work / f"ours-{rep}", size)
                floor_s, floor_cpu, _ = run_floor(
                    work / f"floor-{rep}", mine.tls, mine.batches, _pages(mine.batches),
                    counted.counts, size)
                bare_t.append(bare_loop(mine.tls, mine.batches))
                replayed.append(sum(b.count(b'"ciphertext"') for b in mine.batches))
                ours_t.append(mine.seconds)
                floor_t.append(floor_s)
                cpu_ours.append(sum(mine.cpu.values()))
                cpu_floor.append(sum(floor_cpu.values()))
                shutil.rmtree(work / f"ours-{rep}", ignore_errors=True)
        ratios = [f / o for o, f in zip(ours_t, floor_t, strict=True)]
        bare_ratios = [b / o for o, b in zip(ours_t, bare_t, strict=True)]
        ratio = statistics.median(ratios)
        ours_rate = size / statistics.median(ours_t)
        floor_rate = size / statistics.median(floor_t)
        per10k = 10_000 / size
        results.append(BenchResult(
            key="P4", title=f"sync {size // 1000}k envelopes A→hub→B (TLS) vs crypto floor",
            ours=ours_rate, baseline=floor_rate, unit="env/s", ratio=ratio,
            target=f"≥{TARGET_RATIO:.2f} and ≥{TARGET_RATE:.0f}/s",
            met=same and ratio >= TARGET_RATIO and ours_rate >= TARGET_RATE,
            note=(f"median of {reps} interleaved reps, ratio spread {_spread(ratios)}; "
                  f"ours {statistics.median(ours_t):.2f} s ({_spread(ours_t)}), floor "
                  f"{statistics.median(floor_t):.2f} s ({_spread(floor_t)}); CPU per 10k "
                  f"ours {statistics.median(cpu_ours) * per10k:.1f} s, floor "
                  f"{statistics.median(cpu_floor) * per10k:.1f} s; bare loop (no crypto, "
                  f"for information) {statistics.median(bare_t):.2f} s, ratio "
                  f"{statistics.median(bare_ratios):.2f} ({_spread(bare_ratios)}); "
                  f"the floor and the bare loop replayed {min(replayed)} of {size} "
                  "envelopes as posted; "
                  + ("" if same else "CALLS DIFFER: ")
                  + _calls_table(counted.counts, floor_counts, size))))
    return results


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--pull":
        _pull_child(sys.argv[2])
    else:
        for r in run("--large" in sys.argv):
            print(r.row())
