"""Resumable attachments: the syncing process SIGKILLed at 10 random points and the link
cut mid-chunk, on the way up and on the way down, over a slowed fault proxy.

Each time, the transfer resumes from the hub's offset (upload) or the partial file's
length (download) and completes; the bytes carried, measured at the proxy, stay
within 1.2 x the ciphertext size. The default suite moves an 8 MB attachment; set
LIAISON_RESUME_MB=48 (scripts/resume-soak.sh) for the full-size run.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from liaison_app.store import attachments, outbox
from liaison_app.store.attachments import AttachmentState
from liaison_app.store.outbox import OutboxState
from tests.support.fault_proxy import Fault, FaultProxy, Script
from tests.support.hub_process import HubProcess
from tests.sync.blob_peers import queue_with_attachments, spool_of
from tests.sync.peers import Peer, refresh_directory

CHILD = [sys.executable, "-m", "tests.sync.sync_child"]
ROOT = Path(__file__).resolve().parents[2]
SIZE = int(os.environ.get("LIAISON_RESUME_MB", "8")) * 1000 * 1000
KILLS = 10
RATE = 12e6
"""Bytes per second through the proxy: slow enough to kill mid-transfer, fast enough to
keep the default suite short."""
BOUND = 1.2


@pytest.fixture
def proxy(hub: HubProcess) -> Iterator[FaultProxy]:
    port = int(hub.url.rsplit(":", 1)[1])
    with FaultProxy("127.0.0.1", port) as p:
        p.rate = RATE
        yield p


def _spawn(peer: Peer, url: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(CHILD, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdin is not None
    spec = peer.child_spec(url=url, spool=str(spool_of(peer).root), max_runs=3,
                           auto_download=SIZE + (1 << 20))
    proc.stdin.write(json.dumps(spec) + "\n")
    proc.stdin.close()
    proc.stdin = None
    return proc


def _carried(proxy: FaultProxy, up: bool) -> int:
    total_up, total_down = proxy.totals()
    return total_up if up else total_down


def _kill_after(peer: Peer, proxy: FaultProxy, *, up: bool, extra: int) -> bool:
    """Run a child; SIGKILL it once the proxy has carried `extra` more bytes in the
    transfer's direction (the link it was using goes with it). True if it was killed
    (False: it finished first)."""
    point = _carried(proxy, up) + extra
    proc = _spawn(peer, proxy.url)
    deadline = time.monotonic() + 60
    try:
        while proc.poll() is None:
            if _carried(proxy, up) >= point:
                proc.send_signal(signal.SIGKILL)
                proc.wait(10)
                proxy.drop_all()
                return True
            assert time.monotonic() < deadline, "the sync child neither moved nor ended"
            time.sleep(0.002)  # polling the byte count with a deadline, not a synchronisation
        return False
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def _finish(peer: Peer, url: str) -> str:
    proc = _spawn(peer, url)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, f"the last sync failed: {out}\n{err}"
    return out


def _kill_sizes(rng: random.Random, blob: int) -> list[int]:
    """How far each killed run gets: random, together about half of the blob."""
    return [rng.randint(blob // 40, blob // 14) for _ in range(KILLS)]


def _resumed_offsets(peer_log: str, phase: str) -> list[int]:
    return [int(line.split()[1]) for line in peer_log.splitlines()
            if line.startswith(f"{phase} ")]


def test_upload_resumes_after_kills_and_cuts(make_peer: Any, proxy: FaultProxy,
                                             hub: HubProcess) -> None:
    rng = random.Random(12)
    a, b = make_peer("GB-NCA"), make_peer("RS-BP")
    refresh_directory(a)
    data = os.urandom(SIZE)
    message_id, (ref,) = queue_with_attachments(a, "RS-BP", [("bill-of-lading.pdf", data)])
    blob = ref.blob_size
    killed = 0
    base = _carried(proxy, True)
    sizes = _kill_sizes(rng, blob)
    # the link is cut twice mid-request first (each reset after a random part of it)...
    proxy.plan(Script(Fault.RESET_UP, after=rng.randint(sizes[0] // 8, sizes[0] // 4)),
               Script(Fault.RESET_UP, after=rng.randint(sizes[0] // 8, sizes[0] // 4)))
    # ...and the process is SIGKILLed at 10 random points
    for extra in sizes:
        killed += _kill_after(a, proxy, up=True, extra=extra)
    assert proxy.pending() == 0, "the link cuts did not happen"
    assert killed >= KILLS - 1, "the upload finished before most kill points"
    log = _finish(a, proxy.url)
    item = outbox.get(a.db, message_id)
    assert item is not None and item.state is OutboxState.SENT
    row = attachments.get(a.db, ref.id)
    assert row is not None and row.uploaded
    sent = _carried(proxy, True) - base
    print(f"upload: {killed} kills, 2 cuts, {sent / blob:.3f} x the blob carried")
    assert sent <= BOUND * blob, f"{sent} bytes carried for a {blob}-byte blob"
    assert all(o > 0 for o in _resumed_offsets(log, "upload")), "restarted from zero"
    assert hub.log_text().count("blob resumed") >= KILLS - 1  # each run asked the offset

    # B gets it whole (a plain run, no faults)
    proxy.rate = None
    _finish(b, hub.url)
    got = attachments.get(b.db, ref.id)
    assert got is not None and got.state is AttachmentState.AVAILABLE


def test_download_resumes_after_kills_and_cuts(make_peer: Any, proxy: FaultProxy,
                                               hub: HubProcess) -> None:
    rng = random.Random(21)
    a, b = make_peer("GB-NCA"), make_peer("RS-BP")
    refresh_directory(a)
    data = os.urandom(SIZE)
    message_id, (ref,) = queue_with_attachments(a, "RS-BP", [("lorry.jpg", data)])
    _finish(a, hub.url)  # uploaded and sent directly
    blob = ref.blob_size
    base = _carried(proxy, False)
    sizes = _kill_sizes(rng, blob)
    proxy.plan(Script(Fault.RESET_DOWN, after=rng.randint(sizes[0] // 8, sizes[0] // 4)),
               Script(Fault.RESET_DOWN, after=rng.randint(sizes[0] // 8, sizes[0] // 4)))
    killed = 0
    for extra in sizes:
        killed += _kill_after(b, proxy, up=False, extra=extra)
    assert proxy.pending() == 0, "the link cuts did not happen"
    assert killed >= KILLS - 1, "the download finished before most kill points"
    log = _finish(b, proxy.url)
    assert all(o > 0 for o in _resumed_offsets(log, "download")), "restarted from zero"
    got = attachments.get(b.db, ref.id)
    assert got is not None and got.state is AttachmentState.AVAILABLE, got
    assert spool_of(b).size(ref.id) == blob
    received = _carried(proxy, False) - base
    print(f"download: {killed} kills, 2 cuts, {received / blob:.3f} x the blob carried")
    assert received <= BOUND * blob, f"{received} bytes carried for a {blob}-byte blob"
    assert b.db.execute("SELECT count(*) FROM messages WHERE message_id = ?",
                        (message_id,)).fetchone()[0] == 1
