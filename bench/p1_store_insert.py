"""P1: insert 100k messages with FTS into the SQLCipher store vs the same schema in sqlite3.

Both sides run the store's own code: `messages.insert_incoming` in transactions
of `batch` messages, on `Database` (SQLCipher, raw key, the store's settings)
and on `PlainDatabase` (stdlib sqlite3, the same migrations and pragmas, the
same page cache size). Batches alternate between the two, in alternating
order, so load from other processes hits both alike; the ratio is total
SQLCipher time over total sqlite3 time (the median per-batch ratio is noted).

Each configuration runs in a fresh child process: SQLCipher's
`cipher_memory_security` is process-wide and sticks once switched on. When
the target is missed, the same comparison is repeated (at a smaller n) with
one setting changed at a time, to show where the cost comes from.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench.corpus import Corpus, batches
from bench.plain_db import PlainDatabase, apply_pragmas, raw_connection
from bench.result import BenchResult
from bench.workspace import BUILT, BuiltPair, child_main, run_child, workdir
from liaison_app.store import messages
from liaison_app.store.database import Database

TARGET = 1.3
N_DEFAULT = 100_000
BATCH = 1000
DIAG_N = 20_000

# (label, memory_security, pragmas applied to both sides, drop the FTS triggers on both)
DIAGNOSTICS: tuple[tuple[str, bool, dict[str, str], bool], ...] = (
    ("as shipped (cipher_memory_security off)", False, {}, False),
    ("cipher_memory_security on", True, {}, False),
    ("memory security on, secure_delete off", True, {"secure_delete": "OFF"}, False),
    ("memory security off, synchronous=NORMAL", False, {"synchronous": "NORMAL"}, False),
    ("memory security off, secure_delete off", False, {"secure_delete": "OFF"}, False),
    ("memory security off, no FTS triggers", False, {}, True),
)


def _drop_fts_triggers(conn: Any) -> None:
    for name in ("messages_fts_insert", "messages_fts_delete", "messages_fts_update"):
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")


def _insert_batch(db: Database | PlainDatabase, chunk: list[messages.NewMessage]) -> float:
    start = time.perf_counter()
    with db.transaction() as tx:
        for msg in chunk:
            messages.insert_incoming(tx, msg, received_at=msg.created_at + timedelta(minutes=5))
    return time.perf_counter() - start


def measure(
    n: int, *, batch: int = BATCH, memory_security: bool | None = None,
    pragmas: dict[str, str] | None = None, drop_fts: bool = False,
    directory: str | None = None, keep: bool = False,
) -> dict[str, Any]:
    """Insert `n` messages into both databases, interleaved by batch; return timings.

    `memory_security=None` measures the store as shipped (its own default).
    Run this in a fresh process when `memory_security` must be off (see module doc).
    """
    msgs = Corpus.create().messages(n)
    base = Path(directory) if directory else workdir()
    tag = f"p1-{n}-{os.getpid()}"
    cipher_path, plain_path = base / f"{tag}-cipher.db", base / f"{tag}-plain.db"
    key = os.urandom(32)
    cipher = (Database.open(cipher_path, key) if memory_security is None
              else Database.open(cipher_path, key, memory_security=memory_security))
    cipher_conn = raw_connection(cipher)
    apply_pragmas(cipher_conn, pragmas or {})
    cache = str(cipher_conn.execute("PRAGMA cache_size").fetchone()[0])
    plain = PlainDatabase.open(plain_path, pragmas={"cache_size": cache, **(pragmas or {})})
    if drop_fts:
        _drop_fts_triggers(cipher)
        _drop_fts_triggers(plain)
    cipher_times: list[float] = []
    plain_times: list[float] = []
    for i, chunk in enumerate(batches(msgs, batch)):
        if i % 2 == 0:
            cipher_times.append(_insert_batch(cipher, chunk))
            plain_times.append(_insert_batch(plain, chunk))
        else:
            plain_times.append(_insert_batch(plain, chunk))
            cipher_times.append(_insert_batch(cipher, chunk))
    mem_sec = str(cipher_conn.execute(
        "PRAGMA cipher_memory_security").fetchone()[0])
    counts = [int(db.execute("SELECT count(*) FROM messages").fetchone()[0])
              for db in (cipher, plain)]
    start = time.perf_counter()
    cipher.close()
    cipher_close = time.perf_counter() - start
    start = time.perf_counter()
    plain.close()
    plain_close = time.perf_counter() - start
    if not keep:
        for path in (cipher_path, plain_path):
            path.unlink(missing_ok=True)
    return {
        "n": n, "batch": batch, "cipher_s": sum(cipher_times), "plain_s": sum(plain_times),
        "batch_ratio_median": statistics.median(
            c / p for c, p in zip(cipher_times, plain_times, strict=True)),
        "cipher_close_s": cipher_close, "plain_close_s": plain_close,
        "memory_security": mem_sec, "counts": counts,
        "cipher_path": str(cipher_path), "plain_path": str(plain_path), "key": key.hex(),
    }


def measure_isolated(n: int, **kwargs: Any) -> dict[str, Any]:
    """`measure` in a fresh child process (clean SQLCipher global state)."""
    return run_child("bench.p1_store_insert", {"n": n, **kwargs})


def _row(title: str, got: dict[str, Any], *, diagnostic: bool = False) -> BenchResult:
    ratio = got["cipher_s"] / got["plain_s"]
    note = (f"per-batch median {got['batch_ratio_median']:.2f}x; "
            f"cipher_memory_security={got['memory_security']}")
    if diagnostic:
        note += "; diagnostic"
    return BenchResult(
        key="P1", title=title, ours=got["cipher_s"], baseline=got["plain_s"], unit="s",
        ratio=ratio, target=f"<= {TARGET}x", met=ratio <= TARGET, note=note,
    )


def run(large: bool, n: int = N_DEFAULT, *, diag_n: int = DIAG_N,
        diagnose: bool = True) -> list[BenchResult]:
    """The P1 row; when missed, diagnostic rows varying one setting at a time."""
    del large  # P1 has no 1M variant
    main = measure_isolated(n, directory=str(workdir()), keep=True)
    BUILT[n] = BuiltPair(n, Path(main["cipher_path"]), Path(main["plain_path"]),
                         bytes.fromhex(main["key"]))
    rows = [_row(f"insert {n:,} msgs + FTS, {BATCH}/tx (SQLCipher vs sqlite3)", main)]
    if rows[0].met or not diagnose:
        return rows
    for label, mem_sec, pragmas, drop_fts in DIAGNOSTICS:
        got = measure_isolated(diag_n, memory_security=mem_sec, pragmas=pragmas,
                               drop_fts=drop_fts)
        rows.append(_row(f"{diag_n // 1000}k diag: {label}", got, diagnostic=True))
        print(f"[P1 diagnostic] {rows[-1].row()}", file=sys.stderr, flush=True)
    return rows


def versions() -> str:
    """SQLite versions of the two libraries (they differ; noted in the report)."""
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    cipher = conn.execute("SELECT sqlite_version()").fetchone()[0]
    return f"sqlcipher3 SQLite {cipher}, stdlib sqlite3 {sqlite3.sqlite_version}"


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:], measure))
