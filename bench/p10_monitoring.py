"""P10: the Monitoring page's figures over 100k (1M with --large) cached messages.

`services.monitoring.monitoring_figures` runs whole, as the page runs it
(every aggregate in SQL over the exchange record, the cash amounts and the
arrival hits), on the SQLCipher store and
on its plain sqlite3 twin built with the same rows (`bench.exchange_corpus`,
through the store's own functions). Three questions a working group asks:
a quarter for all partners, the same quarter for one partner, and the whole
two years. Each runs `rounds` times alternating which database goes first,
after one untimed warm-up; the figure is the median, the spread min–max.
Target: ≤ 1 s with SQLCipher (absolute); the ratio to sqlite3 shows what
encryption costs. Runs in a child process.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from bench.exchange_corpus import build
from bench.plain_db import PlainDatabase
from bench.result import BenchResult
from bench.workspace import child_main, run_child, workdir
from liaison_app.services.monitoring import monitoring_figures
from liaison_app.services.monitoring_types import Period
from liaison_app.store.database import Database

TARGET_S = 1.0
N_DEFAULT = 100_000
N_LARGE = 1_000_000
ROUNDS = 5
NOW = datetime(2027, 1, 15, tzinfo=UTC)
QUESTIONS: tuple[tuple[str, Period, str | None], ...] = (
    ("a quarter, all partners", Period(date(2026, 4, 1), date(2026, 6, 30)), None),
    ("a quarter, one partner", Period(date(2026, 4, 1), date(2026, 6, 30)), "RS-BP"),
    ("two years, all partners", Period(date(2025, 1, 1), date(2026, 12, 31)), None),
)


def _session(db: Any) -> Any:
    """What monitoring_figures reads from a session: the database and who is asking."""
    identity = SimpleNamespace(officer_id="gb-nca.lo-belgrade", officer_name="Bench Officer",
                               agency_id="GB-NCA", device_id="devicea")
    return SimpleNamespace(db=db, identity=identity)


def measure(n: int, rounds: int = ROUNDS, directory: str | None = None) -> dict[str, Any]:
    """Build both databases with `n` messages, then time the figures on each."""
    base = Path(directory) if directory else workdir()
    tag = f"p7-{n}-{os.getpid()}"
    key = os.urandom(32)
    cipher = Database.open(base / f"{tag}-cipher.db", key)
    plain = PlainDatabase.open(base / f"{tag}-plain.db")
    out: dict[str, Any] = {"n": n, "rounds": rounds, "questions": {}}
    try:
        start = time.perf_counter()
        counts = build(cipher, n)
        out["build_cipher_s"] = time.perf_counter() - start
        start = time.perf_counter()
        build(plain, n)
        out["build_plain_s"] = time.perf_counter() - start
        out["counts"] = counts
        out["exchanges"] = int(cipher.execute("SELECT count(*) FROM exchanges").fetchone()[0])
        sides = {"cipher": _session(cipher), "plain": _session(plain)}
        for title, period, partner in QUESTIONS:
            times: dict[str, list[float]] = {"cipher": [], "plain": []}
            figures = {s: monitoring_figures(sides[s], period, partner, now=NOW)
                       for s in sides}  # warm-up, and both must agree
            assert figures["cipher"].totals == figures["plain"].totals
            assert figures["cipher"].response_times == figures["plain"].response_times
            assert figures["cipher"].cash == figures["plain"].cash
            assert figures["cipher"].hits == figures["plain"].hits
            for r in range(rounds):
                order = ("cipher", "plain") if r % 2 == 0 else ("plain", "cipher")
                for side in order:
                    t = time.perf_counter()
                    monitoring_figures(sides[side], period, partner, now=NOW)
                    times[side].append(time.perf_counter() - t)
            f = figures["cipher"]
            out["questions"][title] = {
                side: {"median": statistics.median(v), "min": min(v), "max": max(v)}
                for side, v in times.items()} | {
                "requests": f.totals.requests_sent + f.totals.requests_received,
                "cash": sum(c.subjects for c in f.cash), "hits": f.hits.total}
    finally:
        cipher.close()
        plain.close()
        for suffix in ("cipher.db", "plain.db"):
            for extra in ("", "-wal", "-shm"):
                (base / f"{tag}-{suffix}{extra}").unlink(missing_ok=True)
    return out


def run(large: bool, n: int | None = None, *, rounds: int = ROUNDS) -> list[BenchResult]:
    """One row per question (100k; and 1M with --large)."""
    sizes = [n] if n is not None else [N_DEFAULT] + ([N_LARGE] if large else [])
    rows: list[BenchResult] = []
    for size in sizes:
        got = run_child("bench.p10_monitoring", {"n": size, "rounds": rounds,
                                                "directory": str(workdir())})
        print(f"[P10] built {size:,} messages: SQLCipher {got['build_cipher_s']:.0f} s, "
              f"sqlite3 {got['build_plain_s']:.0f} s; {got['exchanges']:,} exchange rows",
              file=sys.stderr, flush=True)
        for title, q in got["questions"].items():
            ours, base = q["cipher"], q["plain"]
            rows.append(BenchResult(
                key="P10", title=f"monitoring figures, {size:,} msgs: {title}",
                ours=ours["median"], baseline=base["median"], unit="s",
                ratio=ours["median"] / base["median"], target=f"<= {TARGET_S:g} s",
                met=ours["median"] <= TARGET_S,
                note=(f"spread {ours['min']:.3f}-{ours['max']:.3f} s (sqlite3 "
                      f"{base['min']:.3f}-{base['max']:.3f}); {q['requests']:,} requests, "
                      f"{q['cash']:,} cash subjects and {q['hits']:,} arrival hits in the "
                      f"period; {rounds} rounds")))
    return rows


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:], measure))
