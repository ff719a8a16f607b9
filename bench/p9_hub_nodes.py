"""P9: two hub processes vs one on the same PostgreSQL, 4 concurrent senders.

A throw-away PostgreSQL cluster (tests/hub/pg_server.py) holds one hub; two
`liaison-hub serve` nodes of it (the directory copied, as docs/deploying.md
says) or one. Four senders (threads, each with its own TLS connection) push the
same pre-built batches of 100 signed envelopes (1.5 KiB of random ciphertext,
each to two recipient devices: a pair of its own per sender, as four officers
writing to four partners would; writers to ONE mailbox serialise by design, see
ADR 0009) as fast as the hub answers; with two nodes,
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


def _run(hubs: list[Any], senders: list[Any], bodies: list[list[bytes]]) -> float:
    """Envelopes stored per second with the senders spread over `hubs`."""
    errors: list[str] = []
    start = threading.Barrier(len(senders) + 1)
    threads = [threading.Thread(target=_push, args=(hubs[i % len(hubs)], s, bodies[i],
                                                    errors, start))
               for i, s in enumerate(senders)]
    for t in threads:
        t.start()
    start.wait()
    began = time.perf_counter()
    for t in threads:
        t.join(600)
    elapsed = time.perf_counter() - began
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
        _run(hubs[:1], senders, [b[:2] for b in bodies])  # warm-up (connections, caches)
        for rep in range(reps):
            order = ((one, hubs[:1]), (two, hubs)) if rep % 2 == 0 else \
                ((two, hubs), (one, hubs[:1]))
            for out, nodes in order:
                _empty(engine)
                out.append(_run(nodes, senders, bodies))
        return {"one": one, "two": two, "envelopes": SENDERS * per_sender * BATCH,
                "cpus": os.cpu_count()}
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
    note = (f"{got['envelopes']:,} envelopes/run, {SENDERS} senders, batches of {BATCH}; "
            f"pair ratios {min(ratios):.2f}-{max(ratios):.2f}; one node "
            f"{min(got['one']):.0f}-{max(got['one']):.0f}/s, two "
            f"{min(got['two']):.0f}-{max(got['two']):.0f}/s; {got['cpus']} CPUs shared "
            f"by hubs, PostgreSQL and senders")
    return [BenchResult(key="P9", title="2 hub nodes vs 1 on one PostgreSQL (4 senders)",
                        ours=ours, baseline=base, unit="env/s", ratio=ratio,
                        target=f">= {TARGET}x", met=ratio >= TARGET, note=note)]


if __name__ == "__main__":
    for row in run("--large" in sys.argv):
        print(row.row())
