"""Crash test: a composing child is SIGKILLed at random points; nothing is half-written."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from nacl.signing import SigningKey

from liaison_app.store import audit
from liaison_app.store.database import Database
from liaison_app.store.profile import ProfileDir

CHILD = Path(__file__).with_name("crash_child.py")
KILLS = 20


def _run_and_kill(profile: ProfileDir, key: bytes, seed: bytes, tag: str,
                  commits: int) -> list[str]:
    """Start the child, wait for `commits` committed messages, SIGKILL it; return their ids."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(profile.database), key.hex(), seed.hex(), tag],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert child.stdout is not None
    committed: list[str] = []
    try:
        line = child.stdout.readline().strip()
        assert line == "ready", f"child did not start: {line!r}"
        while len(committed) < commits:
            line = child.stdout.readline().strip()
            assert line, f"child died early: {child.stderr.read() if child.stderr else ''}"
            committed.append(line)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        if child.stderr is not None:
            child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    return committed


def test_sigkill_mid_compose_loses_and_half_writes_nothing(profile: ProfileDir) -> None:
    key, signing_key = os.urandom(32), SigningKey.generate()
    seed = bytes(signing_key)
    rng = random.Random(os.urandom(8))
    committed: list[str] = []
    started = time.monotonic()
    for round_no in range(KILLS):
        commits = rng.choice([0, 1, 1, 2, 3, 5, 8, 13])
        committed += _run_and_kill(profile, key, seed, f"r{round_no:02d}", commits)
    elapsed = time.monotonic() - started

    db = Database.open(profile.database, key)
    try:
        assert db.integrity_check() == ["ok"]
        stored = {str(r[0]) for r in db.execute("SELECT message_id FROM messages")}
        assert set(committed) <= stored, "a committed message was lost"
        orphans = db.execute(
            """SELECT m.message_id FROM messages m
               WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.message_id = m.message_id)
                  OR NOT EXISTS (SELECT 1 FROM audit a
                                 WHERE a.object_ref = 'message:' || m.message_id)""",
        ).fetchall()
        assert orphans == [], "a message without its outbox row or audit entry"
        assert db.execute("SELECT count(*) FROM outbox").fetchone()[0] == len(stored)
        assert audit.count(db) == len(stored)
        verdict = audit.verify_chain(db, bytes(signing_key.verify_key))
        assert verdict.ok, verdict.reason
        assert db.execute("SELECT count(*) FROM message_fts WHERE message_fts MATCH 'crash'"
                          ).fetchone()[0] == len(stored)
    finally:
        db.close()
    assert elapsed < 120, f"crash test took {elapsed:.1f}s"
