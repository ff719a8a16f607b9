"""`liaison sync` and `liaison status`: move envelopes through the hub; show the sync state.

    liaison sync --profile DIR [--watch] [--passphrase-stdin]
    liaison status --profile DIR [--json] [--passphrase-stdin]

`sync` exits 0 when a full run (directory, push, pull, ack) completed, and 1
with one line saying what happened and what to do otherwise. Transient
failures (hub unreachable, 5xx, 429) are retried a couple of times first.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from types import FrameType
from typing import TYPE_CHECKING

from liaison_app.cli.common import add_profile_args, open_profile, print_json
from liaison_app.cli.main import UserFacingError

if TYPE_CHECKING:
    from collections.abc import Callable

    from liaison_app.services.session import Session
    from liaison_app.sync.engine import SyncEngine, SyncProgress, SyncReport
    from liaison_app.sync.hub_client import HubClient

ATTEMPTS = 3
"""Tries per `liaison sync` when the failure is transient."""
MAX_INLINE_WAIT = 30.0
"""Longest Retry-After a one-shot sync waits for before giving up."""
WATCH_WAIT = 25
"""Long-poll seconds between `--watch` runs."""


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `sync` and `status`."""
    s = sub.add_parser("sync", help="send queued messages and fetch new ones")
    add_profile_args(s)
    s.add_argument("--watch", action="store_true",
                   help="keep syncing (long-poll) until interrupted")
    s.add_argument("--progress", action="store_true",
                   help="print progress lines on standard error")
    s.set_defaults(handler=run_sync)
    st = sub.add_parser("status", help="online/offline, queued, last sync, quarantined")
    add_profile_args(st)
    st.add_argument("--json", action="store_true", help="machine-readable output")
    st.set_defaults(handler=run_status)


def _engine(session: Session) -> tuple[SyncEngine, HubClient]:
    from liaison_app.services.sync_runner import build_sync

    if not session.enrolled:
        raise UserFacingError("this device is not enrolled yet; run `liaison enrol` "
                              "with your provisioning file first")
    runner = build_sync(session)
    return runner.engine, runner.client


def _progress_printer(enabled: bool) -> Callable[[SyncProgress], None]:
    def show(p: SyncProgress) -> None:
        if enabled:
            total = "?" if p.total is None else str(p.total)
            print(f"{p.phase.value} {p.done}/{total} {p.detail}".rstrip(), file=sys.stderr,
                  flush=True)
    return show


def _fail(report: SyncReport) -> UserFacingError:
    from liaison_app.sync.errors import ReEnrolRequired

    assert report.error is not None
    err = report.error
    if isinstance(err, ReEnrolRequired):
        return UserFacingError(f"sync refused: {err.message}")
    queued = "; queued messages stay queued" if err.transient else ""
    return UserFacingError(f"sync stopped ({err.kind.value}): {err.message}{queued}")


def _once(engine: SyncEngine, show_progress: bool) -> SyncReport:
    from liaison_app.sync.backoff import Backoff
    from liaison_app.sync.errors import RateLimited

    backoff = Backoff(base=1.0, cap=8.0)
    report = engine.run_once(_progress_printer(show_progress))
    for _ in range(ATTEMPTS - 1):
        err = report.error
        if err is None or not err.transient:
            break
        retry_after = err.retry_after if isinstance(err, RateLimited) else None
        if retry_after is not None and retry_after > MAX_INLINE_WAIT:
            break
        time.sleep(backoff.failed(retry_after))
        report = engine.run_once(_progress_printer(show_progress))
    return report


def _watch(engine: SyncEngine, show_progress: bool) -> SyncReport | None:
    stop = threading.Event()

    def on_signal(_sig: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        def on_report(r: SyncReport) -> None:
            print(r.summary(), flush=True)

        return engine.run_forever(stop, _progress_printer(show_progress), wait=WATCH_WAIT,
                                  on_report=on_report)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def run_sync(args: argparse.Namespace) -> int:
    """`liaison sync`."""
    from liaison_app.sync.errors import ReEnrolRequired

    with open_profile(args) as session:
        engine, client = _engine(session)
        with client:
            if args.watch:
                last = _watch(engine, args.progress)
                if last is not None and isinstance(last.error, ReEnrolRequired):
                    raise _fail(last)
                return 0
            report = _once(engine, args.progress)
        for problem in report.watchlist_problems:
            print(f"liaison: warning: {problem}", file=sys.stderr)
        if report.error is not None:
            raise _fail(report)
        print(f"sync complete: {report.summary()}")
    return 0


def run_status(args: argparse.Namespace) -> int:
    """`liaison status`."""
    from liaison_app.services.sync_runner import max_directory_age
    from liaison_app.store import directory_cache
    from liaison_app.sync.status import sync_status

    with open_profile(args) as session:
        status = sync_status(session.db, max_directory_age=max_directory_age())
        meta = directory_cache.meta(session.db)
        out = status.to_wire()
        out["officer"] = session.identity.officer_id
        out["device"] = session.identity.device_id
        out["enrolled"] = session.enrolled
        out["directory_version"] = None if meta is None else meta.version
    if args.json:
        print_json(out)
        return 0
    state = "online" if out["online"] else "offline"
    last = out["last_sync"] or "never"
    print(f"{state}; queued {out['queued']}; failed {out['failed']}; last sync {last}; "
          f"quarantined {out['quarantined']}")
    if status.directory_stale():
        age = status.directory_age()
        shown = "never" if age is None else f"{int(age.total_seconds() // 3600)} h ago"
        limit = status.directory_max_age
        hours = 0 if limit is None else int(limit.total_seconds() // 3600)
        print(f"warning: the hub last proved this directory current {shown} (IT allows "
              f"{hours} h); sync as soon as you can: a revoked device may not be known here")
    if out["re_enrol_required"]:
        print("this device must be re-enrolled: ask IT for a new provisioning file")
    elif out["last_error"]:
        print(f"last error: {out['last_error']}")
    return 0
