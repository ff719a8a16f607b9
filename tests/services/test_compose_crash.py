"""SIGKILL a child that composes in a loop; nothing committed may be half-written."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

from liaison_app.store import audit
from tests.services.workspace import Workspace

CHILD = Path(__file__).with_name("compose_child.py")
KILLS = 20


def _run_and_kill(profile: Path, rng: random.Random) -> list[str]:
    proc = subprocess.Popen([sys.executable, str(CHILD), str(profile)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read() if proc.stderr else ""
    committed = [proc.stdout.readline().strip() for _ in range(rng.randint(0, 4))]
    os.kill(proc.pid, signal.SIGKILL)  # somewhere inside the next compose
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return committed


def test_killed_composer_leaves_nothing_half_written(workspace: Workspace) -> None:
    rng = random.Random(20261123)
    reported: list[str] = []
    for _ in range(KILLS):
        reported += _run_and_kill(workspace.path, rng)
    session = workspace.open()
    try:
        db = session.db
        assert db.integrity_check() == ["ok"]
        ids = [r[0] for r in db.execute("SELECT message_id FROM messages")]
        assert set(reported) <= set(ids)  # everything the child saw committed is there
        assert len(ids) >= len(reported)
        for mid in ids:
            assert db.execute("SELECT count(*) FROM outbox WHERE message_id = ?",
                              (mid,)).fetchone()[0] == 1
            kinds = {r[0] for r in db.execute(
                "SELECT kind FROM audit WHERE object_ref = ?", (mid,))}
            assert kinds == {"create", "disclose"}, (mid, kinds)
        orphans = db.execute("SELECT count(*) FROM outbox WHERE message_id NOT IN "
                             "(SELECT message_id FROM messages)").fetchone()[0]
        assert orphans == 0
        verdict = audit.verify_chain(db, session.keys.sign_key)
        assert verdict.ok, verdict.reason
    finally:
        session.close()
