"""Urgent mail within seconds: an alert pushed by A shows in B's open window, no timer needed.

B's window (the real shell, periodic sync set to an hour) is open on a real hub
process; A, another enrolled device, pushes urgent alerts. B's mail watch
(a second connection long-polling the inbox) starts a sync the moment the hub
has the envelope. The figure is printed; the bound is 5 s (the target is 2 s).
The banner at 1366x768 is one line (at most 48 px), names sender and
priority only, and stacks further alerts rather than growing.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

from liaison_app.domain.messages import Priority
from tests.gui.conftest import WAIT_MS, enrol_profile, unlock
from tests.gui.test_shell_sync import _peer, _push, _queue_alerts
from tests.support.hub_process import HubProcess

BOUND_S = 5.0
ROUNDS = 3


def test_urgent_alert_reaches_an_open_window_within_seconds(
        qtbot: Any, make_shell: Any, gui_hub: HubProcess, tmp_path: Path) -> None:
    profile = enrol_profile(gui_hub, tmp_path / "b", agency="GB-NCA")
    shell = make_shell(profile.path)
    window = unlock(qtbot, shell, profile.passphrase)
    window.resize(1366, 768)
    banner = window.alert_banner
    sender = _peer(gui_hub, tmp_path / "a", agency="RS-BP")
    figures: list[float] = []
    try:
        for n in range(ROUNDS):
            qtbot.waitUntil(lambda: window.mail_watcher.watching and not window.sync.running,
                            timeout=WAIT_MS)
            _queue_alerts(sender, "GB-NCA", 1, priority=Priority.URGENT,
                          body=f"FICTIONAL: lorry DEMO-{n} due at the crossing tonight")
            started = time.perf_counter()
            _push(sender, 1)
            qtbot.waitUntil(lambda n=n: len(banner.pending) == n + 1, timeout=int(BOUND_S * 1000))
            figures.append(time.perf_counter() - started)
    finally:
        sender.close()
    print(f"\nurgent alert A -> B's open window: {', '.join(f'{f:.2f}' for f in figures)} s "
          f"(median {statistics.median(figures):.2f} s, bound {BOUND_S} s, target 2 s)")
    assert max(figures) <= BOUND_S
    assert window.sync.runs <= 1 + 2 * ROUNDS  # the watch's syncs, never a timer's
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=WAIT_MS)
    assert window.banner.height() <= 48, window.banner.height()
    line = banner.line()
    assert line.startswith("Urgent alert from RS-BP") and "+2 more" in line
    texts = [window.banner_label.text(), window.banner_label.toolTip(),
             window.banner.accessibleDescription(), line]
    assert not any("lorry" in t or "DEMO-" in t for t in texts)  # no message text yet
    newest = banner.newest_id
    window.ctx.justified_objects.add(f"message:{newest}")  # the officer gave a reason
    banner.refresh()
    assert "DEMO-2" in banner.line() and window.banner.height() <= 48
    banner.open_newest()
    assert window._detail is not None and len(banner.pending) == ROUNDS - 1
    assert window.banner.isVisible() and "+1 more" in banner.line()
    banner.dismiss()
    assert not window.banner.isVisible()

    # F5 interrupts the wait in flight; the watch starts again after the run
    watcher = window.mail_watcher
    qtbot.waitUntil(lambda: watcher.watching and not window.sync.running, timeout=WAIT_MS)
    waits, interrupted = watcher.waits, watcher.interrupted
    with qtbot.waitSignal(window.sync.report, timeout=WAIT_MS):
        window.sync_action.trigger()
    # (at least one interruption: on a loaded host the read acknowledgement's own sync
    # or the periodic one may interrupt a wait too)
    qtbot.waitUntil(lambda: watcher.interrupted > interrupted and watcher.waits > waits,
                    timeout=WAIT_MS)
    # locking ends the watch at once (its connection shut down), not after the 25 s wait
    qtbot.waitUntil(lambda: watcher.watching, timeout=WAIT_MS)
    started = time.perf_counter()
    window.lock_action.trigger()
    qtbot.waitUntil(watcher.is_finished, timeout=int(BOUND_S * 1000))
    print(f"watch thread ended {time.perf_counter() - started:.2f} s after the lock")
    unlock(qtbot, shell, profile.passphrase)  # end unlocked (see test_drafts_gui)
