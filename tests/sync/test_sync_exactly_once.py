"""Exactly once across crashes: 200 messages, the syncing process SIGKILLed at random points.

A child process runs the real engine against a real hub and prints a line per
progress step; the parent kills it (SIGKILL) after a random number of lines
plus a random few milliseconds, during push and during pull, then lets a last
child finish. B must hold each message exactly once; A must show each sent once.
"""

from __future__ import annotations

import json
import random
import selectors
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from liaison_app.store import audit, messages, outbox, quarantine
from liaison_app.store.audit import AuditKind
from liaison_app.store.messages import Direction, MessageFilter, MessageStatus
from tests.sync.peers import Peer, queue_alert, refresh_directory

MESSAGES = 200
KILLS_PER_SIDE = 7
CHILD = [sys.executable, "-m", "tests.sync.sync_child"]
ROOT = Path(__file__).resolve().parents[2]
LINE_TIMEOUT = 60.0


def _spawn(peer: Peer) -> subprocess.Popen[str]:
    proc = subprocess.Popen(CHILD, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdin is not None
    proc.stdin.write(json.dumps(peer.child_spec(batch=10, page=10, max_runs=4)) + "\n")
    proc.stdin.flush()
    return proc


def _read_line(proc: subprocess.Popen[str], deadline: float) -> str | None:
    """The child's next stdout line, or None at its end (bounded by `deadline`)."""
    assert proc.stdout is not None
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not sel.select(remaining):
            raise TimeoutError("the sync child printed nothing in time")
    line = proc.stdout.readline()
    return line or None


def _kill_after(peer: Peer, phase: str, rng: random.Random) -> bool:
    """Run a child; SIGKILL it after a random number of `phase` lines. True if killed."""
    proc = _spawn(peer)
    wanted = rng.randint(1, 4)
    seen = 0
    deadline = time.monotonic() + LINE_TIMEOUT
    killed = False
    try:
        while (line := _read_line(proc, deadline)) is not None:
            if line.startswith(phase + " ") and not line.startswith(phase + " 0"):
                seen += 1
                if seen >= wanted:
                    threading.Event().wait(rng.uniform(0, 0.03))  # a random point, not a sync
                    proc.send_signal(signal.SIGKILL)
                    killed = True
                    break
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        if proc.poll() is None and not killed:
            proc.kill()
        proc.wait(30)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    return killed


def _finish(peer: Peer) -> str:
    proc = _spawn(peer)
    out, err = proc.communicate(timeout=120)  # closes stdin: the spec is already sent
    assert proc.returncode == 0, f"the last sync failed: {out[-2000:]} {err[-2000:]}"
    return out


def test_exactly_once_with_sigkill_during_push_and_pull(
        make_peer: Callable[..., Peer]) -> None:
    rng = random.Random(20261123)
    a, b = make_peer("GB-NCA"), make_peer("RS-BP")
    refresh_directory(a)
    ids = [queue_alert(a, "RS-BP", f"exactly-once {i}") for i in range(MESSAGES)]

    kills = sum(_kill_after(a, "push", rng) for _ in range(KILLS_PER_SIDE))
    _finish(a)
    kills += sum(_kill_after(b, "pull", rng) for _ in range(KILLS_PER_SIDE))
    _finish(b)
    assert kills >= KILLS_PER_SIDE  # most children were killed mid-flight

    # B holds each exactly once; nothing was refused as a replay.
    incoming = messages.list_page(b.db, MessageFilter(direction=Direction.INCOMING,
                                                      type="alert"), limit=10_000)
    got = [m.message_id for m in incoming]
    assert len(got) == len(set(got)) == MESSAGES
    assert set(got) == set(ids)
    assert quarantine.count(b.db) == 0
    receives = audit.entries(b.db, kind=AuditKind.RECEIVE, limit=10_000)
    assert sorted(e.object_ref for e in receives) == sorted(ids)

    # A shows each as sent, once.
    for message_id in ids:
        row = messages.get(a.db, message_id)
        item = outbox.get(a.db, message_id)
        assert row is not None and row.status is MessageStatus.SENT
        assert item is not None and item.state.value == "sent"
    sent = [e.object_ref for e in audit.entries(a.db, kind=AuditKind.ALTER, limit=10_000)
            if isinstance(e.details, dict) and e.details.get("outcome") == "sent"]
    assert sorted(sent) == sorted(ids)
    for peer in (a, b):
        assert audit.verify_chain(peer.db, peer.keys.sign_key).ok
