"""P8, sync side: P4's throughput with arrival checks on, against the same run with them off.

P4's set-up (a real `liaison-hub serve`, officer A pushing, officer B pulling
in its own process), but every alert carries two subjects (a person and a
lorry, as alerts do) and B's cache holds a watch list (10k entries; 100k
with --large), so B's arrival checks have work to do: every subject is
looked up in the list and in the cache. The two arms are identical except
for `SyncEngine(arrival_checks=...)`; they alternate (off, on, on, off) on
fresh hubs and caches. Ratio = on / off; target: the throughput drops by at
most 10 % (ratio >= 0.90).

Two mixes: *field*, where one alert in 50 names a listed person or lorry
(hits are rare at a border post; this is the target), and *stress*, where
half the alerts do (every hit is stored and audited with a signature; shown
for information).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.p4_sync import ROOT, _enrol, _first_line, _make_hub, _Peer, _stop
from bench.p8_data import Population, message_subjects
from bench.result import BenchResult

N_DEFAULT = 4_000
N_LARGE = 10_000
LIST_DEFAULT = 10_000
LIST_LARGE = 100_000
TARGET_RATIO = 0.90


def _load_list(b: _Peer, entries: int) -> list[Any]:
    from liaison_app.protocol.watchlist import WatchList
    from liaison_app.store import watchlists

    pop = Population(seed=11)
    listed = [pop.entry(i) for i in range(entries)]
    now = datetime.now(UTC).replace(microsecond=0)
    with b.db.transaction() as conn:
        watchlists.replace_list(conn, WatchList("p8", "P8 list", "liaison-csv", 1, now,
                                                now + timedelta(days=30), "0" * 64,
                                                tuple(listed)), b"{}", "0" * 64, now=now)
    return listed


def _compose(a: _Peer, n: int, listed: list[Any], hit_every: int) -> None:
    """Queue n sealed alerts with two subjects each, one in `hit_every` naming listed
    subjects (not timed)."""
    from liaison_app.crypto.envelope import seal
    from liaison_app.domain.messages import AlertContent, AlertKind, Priority
    from liaison_app.domain.subjects import subjects_from_wire
    from liaison_app.protocol.envelope import envelope_bytes
    from liaison_app.protocol.ids import new_message_id
    from liaison_app.protocol.message import InnerMessage, Recipients, SenderRef
    from liaison_app.store import messages, outbox
    from liaison_app.store.directory_apply import load_directory
    from liaison_app.store.message_mapping import new_message_from_inner

    pop = Population(seed=12)
    directory = load_directory(a.db)
    assert directory is not None
    targets = list(directory.devices_of_agency("RS-BP"))
    now = datetime.now(UTC).replace(microsecond=0)
    sender = SenderRef(a.profile.officer_id, a.profile.agency_id, a.keys.device_id)
    rec = Recipients.of(["RS-BP"], [d.device_id for d in targets])
    for start in range(0, n, 500):
        with a.db.transaction() as conn:
            for i in range(start, min(n, start + 500)):
                wire = message_subjects(pop, listed)
                pair = [wire[0], wire[6]] if i % hit_every == 0 else [wire[3], wire[7]]
                subjects = subjects_from_wire(pair, "subjects")
                inner = InnerMessage(
                    id=new_message_id(), type="alert", sender=sender, recipients=rec,  # type: ignore[arg-type]
                    case_ref=None, priority=Priority.URGENT, handling=None, grading=None,
                    subjects=subjects, body=f"Lorry with 12 people expected, alert {i}",
                    content=AlertContent(AlertKind.WARNING), in_reply_to=None,
                    created_at=now, expires_at=None, lang="en")
                env = envelope_bytes(seal(inner, a.keys, targets, sent_at=now))
                messages.insert_outgoing(conn, new_message_from_inner(
                    inner, inner_bytes=None, due=None), now=now)
                outbox.enqueue(conn, inner.id, env, now=now)


def _pull_child(spec_text: str) -> None:
    """B in its own process: pull until n arrived, checks on or off."""
    from liaison_app.crypto.keys import DeviceKeys
    from liaison_app.crypto.provisioning import verify_profile
    from liaison_app.store.database import Database
    from liaison_app.sync.engine import SyncEngine
    from liaison_app.sync.hub_client import HubClient

    spec = json.loads(spec_text)
    profile = verify_profile(Path(spec["prov"]).read_bytes(), None)
    keys = DeviceKeys.from_seeds(bytes.fromhex(spec["seed"]), bytes.fromhex(spec["box"]))
    db = Database.open(Path(spec["db"]), bytes.fromhex(spec["key"]))
    client = HubClient(profile.hub_url, profile.ca_cert_pem.encode(), keys.device_id,
                       keys.signing_key, timeout=60)
    ident = _Peer(db, keys, profile, client).ident
    engine = SyncEngine(db, keys, ident, client, authority_key=profile.directory_authority_key,
                        arrival_checks=spec["checks"])
    print("ready", flush=True)
    received = hits = 0
    while received < spec["n"]:
        report = engine.run_once(wait=10)
        if not report.ok:
            print(f"failed {report.summary()}", flush=True)
            return
        received += report.received
        hits += report.hits
    print(f"done {time.time()} {hits}", flush=True)


def _one(work: Path, n: int, entries: int, checks: bool, hit_every: int) -> tuple[float, int]:
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
        listed = _load_list(b, entries)
        b.client.close()
        b.db.close()
        a_engine = a.engine()
        a_engine.run_once()
        _compose(a, n, listed, hit_every)
        spec = {"prov": str((work / "b").with_suffix(".prov")),
                "db": str((work / "b").with_suffix(".db")), "key": b.db_key.hex(),
                "seed": b.keys.sign_seed.hex(), "box": b.keys.box_secret.hex(), "n": n,
                "checks": checks}
        puller = subprocess.Popen([sys.executable, "-m", "bench.p8_sync", "--pull",
                                   json.dumps(spec)], stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, cwd=ROOT)
        if _first_line(puller) != "ready":
            raise RuntimeError("P8: B's sync process did not start")
        start = time.time()
        pushed = a_engine.run_once()
        line = _first_line(puller, timeout=900)
        if not pushed.ok or not line.startswith("done "):
            raise RuntimeError(f"P8 sync failed: {pushed.summary()} / {line}")
        _, finished, hits = line.split()
        a.client.close()
        a.db.close()
        return float(finished) - start, int(hits)
    finally:
        if puller is not None:
            _stop(puller)
        _stop(hub)


MIXES = (("field", 50, True), ("stress", 2, False))
"""(name, one alert in N names listed subjects, is it the target)."""


def run(large: bool, *, n: int | None = None, entries: int | None = None) -> list[BenchResult]:
    """Throughput with arrival checks on vs off (alternating, two runs each), both mixes."""
    n = n or (N_LARGE if large else N_DEFAULT)
    entries = entries or (LIST_LARGE if large else LIST_DEFAULT)
    rows = []
    for mix, hit_every, targeted in MIXES:
        rates: dict[bool, list[float]] = {False: [], True: []}
        hits = 0
        for checks in (False, True, True, False):
            with tempfile.TemporaryDirectory(prefix="liaison-p8-sync-") as tmp:
                seconds, found = _one(Path(tmp), n, entries, checks, hit_every)
            rates[checks].append(n / seconds)
            hits += found if checks else 0
            os.sync()
        on, off = statistics.median(rates[True]), statistics.median(rates[False])
        rows.append(BenchResult(
            key="P8", title=f"sync {n / 1000:g}k alerts with arrival checks, {mix} mix "
                            f"(1 in {hit_every} names a listed subject), "
                            f"{entries / 1000:g}k-entry list",
            ours=on, baseline=off, unit="env/s", ratio=on / off,
            target=(f"≥{TARGET_RATIO:.2f} (drop ≤ 10 %)" if targeted
                    else "none (information)"),
            met=on / off >= TARGET_RATIO if targeted else True,
            note=(f"checks on {', '.join(f'{r:.0f}' for r in rates[True])} env/s, off "
                  f"{', '.join(f'{r:.0f}' for r in rates[False])} env/s; {hits // 2} hits "
                  "per run with checks on")))
    return rows


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--pull":
        _pull_child(sys.argv[2])
    else:
        for r in run("--large" in sys.argv):
            print(r.row())
