"""The admin address: Prometheus metrics over plain HTTP, bound to loopback by default.

Served by a uvicorn server in a thread of its own (beside the hub's event loop,
or in the supervisor of `serve --workers N`), on `[hub] admin_host` /
`admin_port` (0: a free port, written to `run/admin-url`). The only route is
`GET /metrics`; it holds counts and timings, no identifiers (see `metrics.py`).
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from dataclasses import dataclass
from pathlib import Path

import uvicorn
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from liaison_app.hub.logs import log
from liaison_app.hub.metrics import REGISTRY


def _registry(multiprocess_dir: Path | None) -> CollectorRegistry:
    if multiprocess_dir is None:
        return REGISTRY
    from prometheus_client.multiprocess import MultiProcessCollector

    registry = CollectorRegistry()
    MultiProcessCollector(registry, path=str(multiprocess_dir))  # type: ignore[no-untyped-call]
    return registry


def metrics_app(multiprocess_dir: Path | None = None) -> Starlette:
    """The admin app: this process's metrics, or the sum over the workers' files."""
    registry = _registry(multiprocess_dir)

    async def metrics(_request: Request) -> Response:
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST,
                        headers={"Cache-Control": "no-store"})

    return Starlette(routes=[Route("/metrics", metrics, methods=["GET"])])


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and localhost."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass
class AdminServer:
    """A running admin server."""

    url: str
    server: uvicorn.Server
    thread: threading.Thread
    sock: socket.socket

    def stop(self) -> None:
        """Stop serving and wait for the thread."""
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()


def start_admin_server(host: str, port: int, multiprocess_dir: Path | None = None
                       ) -> AdminServer:
    """Bind `host:port` and serve the metrics from a daemon thread."""
    if not is_loopback(host):
        log.warning("the admin address %s is not loopback: anyone who can reach it can "
                    "read the hub's metrics (counts only)", host)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(16)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{sock.getsockname()[1]}"
    config = uvicorn.Config(metrics_app(multiprocess_dir), log_config=None, access_log=False,
                            lifespan="off", server_header=False, timeout_keep_alive=5,
                            limit_concurrency=32)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]},
                              name="liaison-hub-admin", daemon=True)
    thread.start()
    return AdminServer(url, server, thread, sock)
