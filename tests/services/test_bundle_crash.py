"""SIGKILL an import at random points: the bundle is stored whole or not at all, and a
re-run completes it exactly once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from liaison_app.protocol.ids import new_message_id
from liaison_app.services.attachments import AttachmentFile, prepare
from liaison_app.services.bundle_export import export_bundle
from liaison_app.services.bundle_import import import_bundle
from liaison_app.services.compose import Draft, queue_message
from liaison_app.services.session import Session
from liaison_app.store import attachments, audit
from tests.services.bundle_world import (
    CARRIED,
    REQUEST_REASON,
    World,
    make_world,
    queue_request,
)
from tests.services.test_bundle_refusals import _content
from tests.support import canary_files

CHILD = Path(__file__).with_name("bundle_import_child.py")
KILLS = 8


def _state(session: Session, ids: tuple[str, ...], blob: str, bundle: str
           ) -> tuple[int, int, bool, bool]:
    db = session.db
    marks = ",".join("?" * len(ids))
    stored = int(db.execute(f"SELECT count(*) FROM messages WHERE message_id IN ({marks})",
                            ids).fetchone()[0])
    copies = int(db.execute(
        f"SELECT count(*) FROM received_envelopes WHERE message_id IN ({marks})",
        ids).fetchone()[0])
    recorded = db.execute("SELECT 1 FROM bundles_received WHERE bundle_id = ?",
                          (bundle,)).fetchone() is not None
    row = attachments.get(db, blob)
    available = row is not None and row.state.value == "available"
    return stored, copies, recorded, available


def _kill_after(profile: Path, bundle: Path, events: int) -> None:
    proc = subprocess.Popen([sys.executable, str(CHILD), str(profile), str(bundle)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read() if proc.stderr else ""
    for _ in range(events):
        if not proc.stdout.readline():
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


def _bundle(world: World, where: Path) -> tuple[Path, tuple[str, ...], str, str]:
    pdf = canary_files.pdf(where / "scan.pdf", 400_000)
    a = world.open("a")
    try:
        mid = new_message_id()
        ref = prepare(a, mid, [AttachmentFile(pdf.path)])[0].ref
        queue_message(a, replace(Draft(content=_content(), reason=REQUEST_REASON,
                                       to_agencies=("RS-BP",),
                                       body="Scan of the consignment note"),
                                 message_id=mid, attachments=(ref,)))
        for n in range(3):
            queue_request(a, f"Request {n} for the crash test")
        result = export_bundle(a, ("RS-BP",), where / "crash.bundle", reason=CARRIED)
    finally:
        a.close()
    return result.path, result.message_ids, ref.id, result.bundle_id


def test_killed_import_is_whole_or_nothing_and_a_rerun_completes(tmp_path: Path) -> None:
    world = make_world(tmp_path / "world", names=("a", "b"))
    path, ids, blob, bundle = _bundle(world, tmp_path)
    rng = random.Random(20261124)
    seen_states: set[tuple[int, int, bool, bool]] = set()
    for _ in range(KILLS):
        _kill_after(world.path("b"), path, rng.randint(0, 12))
        b = world.open("b")
        try:
            assert b.db.integrity_check() == ["ok"]
            state = _state(b, ids, blob, bundle)
            assert state in {(0, 0, False, False), (len(ids), len(ids), True, True)}, state
            seen_states.add(state)
            assert audit.verify_chain(b.db, b.keys.sign_key).ok
        finally:
            b.close()
    b = world.open("b")
    try:
        again = import_bundle(b, path)
        assert again.stored + again.duplicates == len(ids) and again.quarantined == 0
        assert _state(b, ids, blob, bundle) == (len(ids), len(ids), True, True)
        assert (world.path("b") / "attachments" / f"{blob}.blob").is_file()
        assert audit.verify_chain(b.db, b.keys.sign_key).ok
    finally:
        b.close()
    assert (0, 0, False, False) in seen_states, seen_states  # kills before the commit
