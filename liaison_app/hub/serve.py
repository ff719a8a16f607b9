"""`liaison-hub serve`: uvicorn with TLS on a socket we bind, clean stop on SIGTERM/SIGINT."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import socket
import sys
from pathlib import Path
from types import FrameType
from urllib.parse import urlsplit

import uvicorn

from liaison_app.hub.admin import (
    AdminError,
    HubContext,
    ensure_fresh_directory,
    ensure_fresh_timestamp,
    open_hub,
)
from liaison_app.hub.admin_server import AdminServer, start_admin_server
from liaison_app.hub.app import create_app
from liaison_app.hub.auth import HubState
from liaison_app.hub.config import write_atomic
from liaison_app.hub.logs import log, setup_logging
from liaison_app.hub.storage import describe_url
from liaison_app.hub.tls import TLS12_CIPHERS, harden_server_context

GRACEFUL_SECONDS = 5
LISTEN_BACKLOG = 2048


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # asyncio turns Nagle off only for sockets it creates itself (proto == IPPROTO_TCP);
    # accepted sockets inherit this listener's option. Without it every response whose
    # body follows its headers in a second write waits ~40 ms for a delayed ACK.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    # Room for every device reconnecting at once after a restart (a full backlog drops
    # SYNs, and the client's retransmit waits 1, 3, 7 s).
    sock.listen(LISTEN_BACKLOG)
    sock.set_inheritable(True)
    return sock


def bind_listener(ctx: HubContext) -> socket.socket:
    """Bind the configured port; for port 0, the port of the last run if free, else any."""
    host, port = ctx.config.host, ctx.config.port
    if port == 0 and ctx.paths.run_url.exists():
        try:
            last = urlsplit(ctx.paths.run_url.read_text(encoding="ascii").strip()).port
        except ValueError:
            last = None
        if last:
            try:
                return _bind(host, last)
            except OSError:
                pass
    return _bind(host, port)


def listen_url(host: str, sock: socket.socket) -> str:
    """The https URL of a bound socket."""
    port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    return f"https://{shown}:{port}"


class _HubServer(uvicorn.Server):
    """uvicorn's server, also waking long-polls when asked to stop."""

    def __init__(self, config: uvicorn.Config, state: HubState) -> None:
        super().__init__(config)
        self.hub_state = state

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        with contextlib.suppress(RuntimeError):
            asyncio.get_running_loop().call_soon_threadsafe(self.hub_state.notifier.close)
        super().handle_exit(sig, frame)


def _make_server(ctx: HubContext) -> _HubServer:
    """The uvicorn server for the hub app, with the stop signals already routed to it."""
    app = create_app(ctx)
    config = uvicorn.Config(
        app, ssl_certfile=str(ctx.paths.server_cert), ssl_keyfile=str(ctx.paths.server_key),
        log_config=None, access_log=False, lifespan="on", server_header=False,
        proxy_headers=False, timeout_graceful_shutdown=GRACEFUL_SECONDS,
        limit_concurrency=1000, timeout_keep_alive=30, h11_max_incomplete_event_size=65536,
        ssl_ciphers=TLS12_CIPHERS,
    )
    config.load()
    if config.ssl is None:
        raise RuntimeError("the hub serves TLS only, and no TLS context was built")
    harden_server_context(config.ssl)
    server = _HubServer(config, app.state.hub)
    # From here a stop signal asks the server to stop, also in the moment before uvicorn
    # installs its own handlers (it then stops right after start-up); uvicorn restores
    # this handler and re-raises the signal after shutdown, which is then harmless.
    signal.signal(signal.SIGTERM, server.handle_exit)
    signal.signal(signal.SIGINT, server.handle_exit)
    return server


def _start_admin(ctx: HubContext, multiprocess_dir: Path | None = None) -> AdminServer:
    admin = start_admin_server(ctx.config.admin_host, ctx.config.admin_port, multiprocess_dir)
    write_atomic(ctx.paths.run_admin_url, (admin.url + "\n").encode("ascii"))
    log.info("metrics on %s/metrics", admin.url)
    return admin


def serve(root: Path, workers: int = 1) -> int:
    """Run the hub until SIGTERM/SIGINT; print the URL as the first stdout line.

    With `workers` > 1 this process only supervises: it binds the port, starts the
    workers (each a `liaison-hub serve` on the inherited socket) and serves the
    admin address; see `workers.py`.
    """
    ctx = open_hub(root)
    setup_logging(root / ctx.config.log_file)
    log.info("store %s (schema up to date)", describe_url(ctx.config.database_url))
    if workers > 1 and ctx.engine.dialect.name != "postgresql":
        ctx.engine.dispose()
        raise AdminError("several worker processes need the hub on PostgreSQL (shared "
                         "rate limits and wake-ups); this hub uses SQLite: run one process")
    version = ensure_fresh_directory(ctx)
    if version is not None:
        log.info("directory re-signed as version %d", version)
    stamp = ensure_fresh_timestamp(ctx)
    if stamp is not None:
        log.info("directory timestamp signed as version %d", stamp)
    sock = bind_listener(ctx)
    url = listen_url(ctx.config.host, sock)
    write_atomic(ctx.paths.run_url, (url + "\n").encode("ascii"))
    if workers > 1:
        ctx.engine.dispose()
        from liaison_app.hub.workers import supervise

        return supervise(ctx, sock, url, workers)
    admin = _start_admin(ctx)
    server = _make_server(ctx)
    print(f"Liaison hub listening on {url}", flush=True)
    log.info("listening on %s", url)
    try:
        server.run(sockets=[sock])
        started = bool(server.started)
    finally:
        admin.stop()
        sock.close()
        ctx.engine.dispose()
    log.info("stopped")
    sys.stdout.flush()
    return 0 if started else 1


def serve_worker(root: Path, fd: int, index: int) -> int:
    """One worker of `serve --workers N`: serve on the supervisor's socket `fd`."""
    ctx = open_hub(root)
    setup_logging(root / ctx.config.log_file)
    sock = socket.socket(fileno=fd)
    server = _make_server(ctx)
    log.info("worker %d serving", index)
    try:
        server.run(sockets=[sock])
        started = bool(server.started)
    finally:
        sock.close()
        ctx.engine.dispose()
    log.info("worker %d stopped", index)
    return 0 if started else 1
