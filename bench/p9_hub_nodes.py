"""P9: two hub processes vs one on the same PostgreSQL, 4 concurrent senders.

A throw-away PostgreSQL cluster (tests/hub/pg_server.py) holds one hub; two
`liaison-hub serve` nodes of it (the directory copied, as docs/deploying.md
says) or one. Four senders (threads, each with its own TLS connection) push the
same pre-built batches of 100 signed envelopes (1.5 KiB of random ciphertext,
each to two recipient devices: a pair of its own per sender, as four officers
writing to four partners would; writers to ONE mailbox serialise by design, see
ADR 0023) as fast as the hub answers; with two nodes,
senders 0 and 2 talk to one and 1 and 3 to the other (a load balancer's
spread). Between runs the mail tables are emptied, so every run stores the
same envelopes into the same empty tables. Runs alternate one/two for `reps`
pairs; the ratio is the median of the per-pair ratios of throughput (envelopes
stored per second), the spread its min-max.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from bench.result import BenchResult

TARGET = 1.5
SENDERS = 4
BATCH = 100
BATCHES_PER_SENDER = 25
REPS = 3
LIMITS = {"rate_per_second": 100000.0, "rate_burst": 100000, "enrol_burst": 1000}


def _set_limits(root: Path) -> None:
    text = (root / "hub.toml").read_text(encoding="utf-8")
    for key, value in LIMITS.items():
        text = "\n".join(f"{key} = {value}" if line.startswith(f"{key} = ") else line
                         for line in text.splitlines()) + "\n"
    (root / "hub.toml").write_text(text, encoding="utf-8")


def _batches(senders: list[Any], recipients: list[list[str]], per_sender: int
             ) -> list[list[bytes]]:
    from liaison_app.protocol.canonical import canonical_bytes
    from tests.support.hub_process import make_envelope

    return [[canonical_bytes({"envelopes": [make_envelope(s, to, size=1536)
                                            for _ in range(BATCH)]})
             for _ in range(per_sender)] for s, to in zip(senders, recipients, strict=True)]


def _push(hub: Any, sender: Any, bodies: list[bytes], errors: list[str],
          start: threading.Barrier) -> None:
    with hub.client(timeout=120) as http:
        start.wait()
        for body in bodies:
            resp = sender.post(http, "/v1/envelopes", body)
            if resp.status_code != 200 or '"rejected"' in resp.text:
                errors.append(f"{resp.status_code} {resp.text[:200]}")
                return


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (0 if it is gone)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                        out.append(int(entry))
            except (OSError, ValueError, IndexError):
                continue
    return out


class _Cpu:
    """CPU seconds used by the hubs, the PostgreSQL cluster and this process."""

    def __init__(self, hubs: list[Any], postmaster: int) -> None:
        self.hub_pids = [h.proc.pid for h in hubs]
        self.postmaster = postmaster

    def sample(self) -> tuple[float, float, float]:
        pg = [self.postmaster, *_children(self.postmaster)]
        own = os.times()
        return (sum(_cpu_seconds(p) for p in self.hub_pids),
                sum(_cpu_seconds(p) for p in pg), own.user + own.system)


def _run(hubs: list[Any], senders: list[Any], bodies: list[list[bytes]],
         cpu: _Cpu | None = None, spent: list[tuple[float, float, float]] | None = None
         ) -> float:
    """Envelopes stored per second with the senders spread over `hubs`."""
    errors: list[str] = []
    start = threading.Barrier(len(senders) + 1)
    threads = [threading.Thread(target=_push, args=(hubs[i % len(hubs)], s, bodies[i],
                                                    errors, start))
               for i, s in enumerate(senders)]
    for t in threads:
        t.start()
    before = cpu.sample() if cpu is not None else (0.0, 0.0, 0.0)
    start.wait()
    began = time.perf_counter()
    for t in threads:
        t.join(600)
    elapsed = time.perf_counter() - began
    if cpu is not None and spent is not None:
        after = cpu.sample()
        spent.append((after[0] - before[0], after[1] - before[1], after[2] - before[2]))
    if errors:
        raise RuntimeError(f"P9 push failed: {errors[0]}")
    return sum(len(b) for b in bodies) * BATCH / elapsed


def _empty(engine: Any) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql("TRUNCATE mailbox, mailbox_heads, envelopes, nonces, "
                             "rate_buckets")


def measure(reps: int = REPS, per_sender: int = BATCHES_PER_SENDER) -> dict[str, Any]:
    """Throughputs of one and two nodes, alternating, `reps` pairs."""
    from sqlalchemy import create_engine

    from tests.hub.pg_server import PgServer
    from tests.support.hub_process import enrol_device, hub_cli, start_hub

    work = Path(tempfile.mkdtemp(prefix="liaison-p9-"))
    pg = PgServer.start()
    hubs: list[Any] = []
    engine = None
    try:
        url = pg.new_database()
        root = work / "node1"
        hub_cli("init", str(root), "--host", "127.0.0.1", "--port", "0", "--database-url", url)
        for agency, name, country in (("GB-NCA", "National Crime Agency", "GB"),
                                      ("RS-BP", "Border Police", "RS")):
            hub_cli("agency", "add", str(root), "--id", agency, "--name", name,
                    "--country", country)
        _set_limits(root)
        shutil.copytree(root, work / "node2", ignore=shutil.ignore_patterns("run", "logs"))
        hubs = [start_hub(root), start_hub(work / "node2")]
        with hubs[0].client() as http:
            senders = [enrol_device(http, hubs[0].provision("GB-NCA", f"gb-nca.p9-{i}"))
                       for i in range(SENDERS)]
            recipients = [enrol_device(http, hubs[0].provision("RS-BP", f"rs-bp.p9-{i}"))
                          for i in range(2 * SENDERS)]
        # Each sender writes to two partner devices of its own (see the module doc).
        pairs = [[r.device_id for r in recipients[2 * i:2 * i + 2]] for i in range(SENDERS)]
        bodies = _batches(senders, pairs, per_sender)
        engine = create_engine(url)
        one: list[float] = []
        two: list[float] = []
        postmaster = int((pg.data_dir / "postmaster.pid").read_text().split()[0])
        cpu = _Cpu(hubs, postmaster)
        spent: list[tuple[float, float, float]] = []  # one-node runs: hub, pg, senders
        _run(hubs[:1], senders, [b[:2] for b in bodies])  # warm-up (connections, caches)
        for rep in range(reps):
            order = ((one, hubs[:1]), (two, hubs)) if rep % 2 == 0 else \
                ((two, hubs), (one, hubs[:1]))
            for out, nodes in order:
                _empty(engine)
                out.append(_run(nodes, senders, bodies, cpu, spent if out is one else None))
        hub_s, pg_s, client_s = (statistics.median(x[i] for x in spent) for i in range(3))
        return {"one": one, "two": two, "envelopes": SENDERS * per_sender * BATCH,
                "cpus": os.cpu_count(), "cpu_one": [hub_s, pg_s, client_s]}
    finally:
        for hub in hubs:
            hub.stop()
        if engine is not None:
            engine.dispose()
        pg.stop()
        shutil.rmtree(work, ignore_errors=True)


def run(large: bool, reps: int = REPS, per_sender: int = BATCHES_PER_SENDER
        ) -> list[BenchResult]:
    """The P9 row."""
    del large
    got = measure(reps, per_sender)
    ratios = [t / o for o, t in zip(got["one"], got["two"], strict=True)]
    ratio = statistics.median(ratios)
    ours, base = statistics.median(got["two"]), statistics.median(got["one"])
    hub_s, pg_s, client_s = got["cpu_one"]
    # With C cores for everything, two hub processes can at best turn the one hub's CPU
    # time into wall time spread over the cores: ratio <= C * hub / (hub + pg + senders).
    bound = min(2.0, (got["cpus"] or 2) * hub_s / max(1e-9, hub_s + pg_s + client_s))
    note = (f"{got['envelopes']:,} envelopes/run, {SENDERS} senders, batches of {BATCH}; "
            f"pair ratios {min(ratios):.2f}-{max(ratios):.2f}; one node "
            f"{min(got['one']):.0f}-{max(got['one']):.0f}/s, two "
            f"{min(got['two']):.0f}-{max(got['two']):.0f}/s; {got['cpus']} CPUs shared "
            f"by hubs, PostgreSQL and senders; CPU per one-node run: hub {hub_s:.2f} s, "
            f"PostgreSQL {pg_s:.2f} s, senders {client_s:.2f} s, so at most "
            f"{bound:.2f}x on {got['cpus']} CPUs")
    return [BenchResult(key="P9", title="2 hub nodes vs 1 on one PostgreSQL (4 senders)",
                        ours=ours, baseline=base, unit="env/s", ratio=ratio,
                        target=f">= {TARGET}x", met=ratio >= TARGET, note=note)]


if __name__ == "__main__":
    for row in run("--large" in sys.argv):
        print(row.row())
