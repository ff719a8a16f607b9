"""Loopback faults for sync tests: a TCP proxy and an ASGI wrapper that answers 500/429.

`FaultProxy` sits between the client and a real hub (TLS passes through it
untouched) and follows a per-connection script: pass, refuse, reset after N
bytes either way, stall (forward the request, hold the answer), or truncate
the answer after N bytes; `rate` slows every connection to a poor link's speed.
`InjectingApp` wraps the hub's ASGI app and, per request, answers 500 or 429
instead of (or after) the real handler;
`serve_in_thread` runs such an app with uvicorn and TLS on 127.0.0.1.

Only loopback is used; every wait is bounded.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import selectors
import socket
import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

LOOPBACK = "127.0.0.1"


class Fault(Enum):
    """What the proxy does to one connection."""

    PASS = "pass"
    REFUSE = "refuse"            # reset at once, nothing forwarded
    RESET_UP = "reset_up"        # reset after `after` request bytes (mid-body on upload)
    RESET_DOWN = "reset_down"    # reset after `after` response bytes (mid-body on download)
    STALL = "stall"              # forward the request, never deliver the answer
    TRUNCATE = "truncate"        # deliver `after` response bytes, then close cleanly


@dataclass(frozen=True)
class Script:
    """One connection's fate."""

    fault: Fault = Fault.PASS
    after: int = 0


@dataclass
class ConnStats:
    """What passed through one connection."""

    script: Script
    up: int = 0
    down: int = 0
    closed: threading.Event = field(default_factory=threading.Event)
    dropped: threading.Event = field(default_factory=threading.Event)
    """Set by `drop_all`: stop carrying; the far side gets a clean close."""


def _reset(sock: socket.socket) -> None:
    """Close with RST (SO_LINGER 0)."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.close()


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()


class FaultProxy:
    """A TCP proxy on 127.0.0.1 in front of `target`, following a per-connection script."""

    def __init__(self, target_host: str, target_port: int) -> None:
        assert target_host in (LOOPBACK, "localhost", "::1"), "loopback only"
        self.target = (target_host, target_port)
        self._plan: collections.deque[Script] = collections.deque()
        self.default = Script()
        self.rate: float | None = None
        """Bytes per second each direction of each connection may carry (a slow link);
        None: as fast as loopback goes."""
        self.connections: list[ConnStats] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._listener = socket.create_server((LOOPBACK, 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._accept = threading.Thread(target=self._accept_loop, daemon=True)

    @property
    def url(self) -> str:
        return f"https://{LOOPBACK}:{self.port}"

    def plan(self, *scripts: Script) -> None:
        """Queue scripts for the next connections (then `default` applies)."""
        with self._lock:
            self._plan.extend(scripts)

    def pending(self) -> int:
        """Scripts not yet used."""
        with self._lock:
            return len(self._plan)

    def start(self) -> FaultProxy:
        self._accept.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._accept.join(5)
        with contextlib.suppress(OSError):
            self._listener.close()
        for t in list(self._threads):
            t.join(5)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _next_script(self) -> Script:
        with self._lock:
            return self._plan.popleft() if self._plan else self.default

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            stats = ConnStats(self._next_script())
            with self._lock:
                self.connections.append(stats)
            t = threading.Thread(target=self._serve, args=(client, stats), daemon=True)
            self._threads.append(t)
            t.start()

    def _serve(self, client: socket.socket, stats: ConnStats) -> None:
        try:
            if stats.script.fault is Fault.REFUSE:
                _reset(client)
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                _reset(client)
                return
            self._pump(client, upstream, stats)
        finally:
            stats.closed.set()

    def _pump(self, client: socket.socket, upstream: socket.socket, stats: ConnStats) -> None:
        fault, after = stats.script.fault, stats.script.after
        sel = selectors.DefaultSelector()
        sel.register(client, selectors.EVENT_READ, "up")
        sel.register(upstream, selectors.EVENT_READ, "down")
        try:
            while not self._stop.is_set():
                if stats.dropped.is_set():
                    _reset(client)
                    return None
                for key, _ in sel.select(0.05):
                    src: socket.socket = key.fileobj  # type: ignore[assignment]
                    try:
                        data = src.recv(65536)
                    except OSError:
                        data = b""
                    if not data:
                        return
                    if key.data == "up":
                        if fault is Fault.RESET_UP and stats.up + len(data) > after:
                            upstream.sendall(data[:max(0, after - stats.up)])
                            stats.up = after
                            return self._abort(client, upstream)
                        stats.up += len(data)
                        upstream.sendall(data)
                        self._pace(len(data))
                        continue
                    if fault is Fault.STALL:
                        continue
                    if fault in (Fault.RESET_DOWN, Fault.TRUNCATE) and \
                            stats.down + len(data) > after:
                        client.sendall(data[:max(0, after - stats.down)])
                        stats.down = after
                        if fault is Fault.RESET_DOWN:
                            return self._abort(client, upstream)
                        _close(client)
                        _close(upstream)
                        return None
                    stats.down += len(data)
                    client.sendall(data)
                    self._pace(len(data))
        except OSError:
            pass
        finally:
            sel.close()
            _close(client)
            _close(upstream)

    def _pace(self, sent: int) -> None:
        """Hold the pump as long as `sent` bytes take on a link of `rate` (a slow link)."""
        if self.rate:
            self._stop.wait(sent / self.rate)

    def drop_all(self, timeout: float = 10.0) -> None:
        """Stop carrying every open connection (the process at the client end was killed):
        nothing more is forwarded; the hub sees a clean close after what it already got.
        Returns once each has closed (bounded)."""
        with self._lock:
            conns = list(self.connections)
        for c in conns:
            c.dropped.set()
        for c in conns:
            assert c.closed.wait(timeout), "a proxied connection did not close"

    def totals(self) -> tuple[int, int]:
        """Bytes carried (up, down) over every connection so far."""
        with self._lock:
            conns = list(self.connections)
        return sum(c.up for c in conns), sum(c.down for c in conns)

    @staticmethod
    def _abort(client: socket.socket, upstream: socket.socket) -> None:
        _reset(client)
        _reset(upstream)


# -- 500 / 429 injection -------------------------------------------------------------


class Inject(Enum):
    """What the wrapper does to one request."""

    PASS = "pass"
    ERROR_500 = "500"             # answer 500 without running the handler
    ERROR_500_AFTER = "500_after"  # run the handler (it takes effect), then answer 500
    RATE_429 = "429"              # answer 429 with Retry-After


class InjectingApp:
    """ASGI wrapper: pops one `Inject` per HTTP request (PASS when the plan is empty)."""

    def __init__(self, app: Any, retry_after: int = 1) -> None:
        self.app = app
        self.retry_after = retry_after
        self.plan: collections.deque[Inject] = collections.deque()
        self.counts: collections.Counter[str] = collections.Counter()
        self._lock = threading.Lock()

    def _next(self) -> Inject:
        with self._lock:
            return self.plan.popleft() if self.plan else Inject.PASS

    async def _answer(self, send: Any, status: int, code: str, extra: list[Any]) -> None:
        body = json.dumps({"error": {"code": code, "message": "injected by the test"}}).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode()), *extra]})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        action = self._next()
        self.counts[action.value] += 1
        if action is Inject.ERROR_500:
            await self._answer(send, 500, "internal_error", [])
        elif action is Inject.RATE_429:
            await self._answer(send, 429, "rate_limited",
                               [(b"retry-after", str(self.retry_after).encode())])
        elif action is Inject.ERROR_500_AFTER:
            async def swallow(_message: Any) -> None:
                return None
            await self.app(scope, receive, swallow)
            await self._answer(send, 500, "internal_error", [])
        else:
            await self.app(scope, receive, send)


@dataclass
class ThreadedServer:
    """A uvicorn server running in a daemon thread."""

    url: str
    server: Any
    thread: threading.Thread

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(15)


@contextlib.contextmanager
def serve_in_thread(app: Any, cert: Path, key: Path) -> Iterator[ThreadedServer]:
    """Run `app` with uvicorn + TLS on 127.0.0.1 (a free port) until the block ends."""
    import uvicorn

    sock = socket.create_server((LOOPBACK, 0))
    config = uvicorn.Config(app, ssl_certfile=str(cert), ssl_keyfile=str(key),
                            log_config=None, access_log=False, lifespan="on",
                            timeout_graceful_shutdown=2, timeout_keep_alive=2)
    server = uvicorn.Server(config)

    def run() -> None:
        asyncio.run(server.serve(sockets=[sock]))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    started = threading.Event()

    def watch() -> None:
        while thread.is_alive() and not server.started:
            if started.wait(0.02):
                return
        started.set()

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    watcher.join(20)
    assert server.started, "the in-thread hub did not start"
    running = ThreadedServer(f"https://{LOOPBACK}:{sock.getsockname()[1]}", server, thread)
    try:
        yield running
    finally:
        running.stop()
        sock.close()
