"""`liaison-hub serve DIR --workers N`: one supervisor, N worker processes, one port.

The supervisor binds the listening socket and hands it to N workers (each
`liaison-hub serve DIR --worker-fd FD --worker-index I`, a fresh interpreter that
opens the hub on its own): the kernel spreads connections over them. Workers
share nothing but the PostgreSQL database (mail, rate limits, wake-ups through
LISTEN/NOTIFY), so the same holds for nodes on several machines behind a load
balancer (docs/deploying.md). The supervisor serves the admin address with the
metrics summed over its workers (prometheus_client's multiprocess files in
`run/metrics/`), restarts a worker that dies, and on SIGTERM/SIGINT stops them
all (each finishes its requests and answers its long-polls) before it exits.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import FrameType

from liaison_app.hub.admin import HubContext
from liaison_app.hub.admin_server import start_admin_server
from liaison_app.hub.config import write_atomic
from liaison_app.hub.logs import log

STOP_SECONDS = 20.0
RESTARTS_PER_MINUTE = 5


def _worker_command(root: Path, fd: int, index: int) -> list[str]:
    return [sys.executable, "-m", "liaison_app.hub.cli", "serve", str(root),
            "--worker-fd", str(fd), "--worker-index", str(index)]


class _Pool:
    def __init__(self, root: Path, sock: socket.socket, metrics_dir: Path) -> None:
        self.root = root
        self.sock = sock
        self.env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir)}
        self.procs: dict[int, subprocess.Popen[bytes]] = {}
        self.restarts: list[float] = []

    def start(self, index: int) -> None:
        fd = self.sock.fileno()
        self.procs[index] = subprocess.Popen(
            _worker_command(self.root, fd, index), pass_fds=(fd,), env=self.env,
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        log.info("worker %d started (pid %d)", index, self.procs[index].pid)

    def reap(self) -> list[int]:
        """Indexes of workers that have exited."""
        return [i for i, p in self.procs.items() if p.poll() is not None]

    def stop_all(self) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + STOP_SECONDS
        for proc in self.procs.values():
            try:
                proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                log.error("worker pid %d did not stop in time; killed", proc.pid)
                proc.kill()
                proc.wait(10)


def supervise(ctx: HubContext, sock: socket.socket, url: str, workers: int) -> int:
    """Run `workers` workers on `sock` until a stop signal; 0 on a clean stop."""
    from prometheus_client import multiprocess

    metrics_dir = ctx.paths.metrics_dir
    shutil.rmtree(metrics_dir, ignore_errors=True)
    metrics_dir.mkdir(parents=True, mode=0o700)
    stop = threading.Event()

    def on_signal(_sig: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    admin = start_admin_server(ctx.config.admin_host, ctx.config.admin_port, metrics_dir)
    write_atomic(ctx.paths.run_admin_url, (admin.url + "\n").encode("ascii"))
    log.info("metrics on %s/metrics (summed over %d workers)", admin.url, workers)
    pool = _Pool(ctx.paths.root, sock, metrics_dir)
    code = 0
    try:
        for i in range(workers):
            pool.start(i)
        print(f"Liaison hub listening on {url}", flush=True)
        log.info("listening on %s with %d workers", url, workers)
        while not stop.wait(0.5):
            for i in pool.reap():
                dead = pool.procs[i]
                multiprocess.mark_process_dead(dead.pid, str(metrics_dir))  # type: ignore[no-untyped-call]
                now = time.monotonic()
                pool.restarts = [t for t in pool.restarts if now - t < 60] + [now]
                if len(pool.restarts) > RESTARTS_PER_MINUTE:
                    log.error("workers keep dying (%d restarts within a minute); stopping",
                              len(pool.restarts))
                    code = 1
                    stop.set()
                    break
                log.error("worker %d (pid %d) exited with %s; restarting", i, dead.pid,
                          dead.returncode)
                pool.start(i)
    finally:
        pool.stop_all()
        admin.stop()
        sock.close()
    log.info("stopped")
    sys.stdout.flush()
    return code
