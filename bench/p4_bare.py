"""P4's bare loop (for information beside the crypto floor): a uvicorn app that keeps
POSTed bodies in memory and hands them back on GET, driven by a plain httpx client
sending exactly A's batch bodies and fetching the same number of pages of the same
size, one request at a time. No cryptography, no parsing, no storage.

The server listens on a socket bound beforehand (to learn the port) with
TCP_NODELAY set as the hub's listener has it (`liaison_app.hub.serve._bind`):
asyncio disables Nagle only on sockets it creates itself, so without it every
response written as headers + body stalls ~40 ms on a delayed ACK.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.p4_sync import ROOT, _first_line, _stop


async def _bare_app(scope: Any, receive: Any, send: Any) -> None:
    """POST /push keeps the body; GET /pull?i=N returns body N. Nothing else."""
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    store: list[bytes] = _BARE_STORE
    if scope["method"] == "POST":
        chunks = []
        more = True
        while more:
            message = await receive()
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        store.append(b"".join(chunks))
        body = b'{"ok":true}'
    else:
        index = int(scope["query_string"].decode().partition("=")[2] or 0)
        body = store[index]
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


_BARE_STORE: list[bytes] = []


def _bare_server(cert: str, key: str) -> None:
    import socket

    import uvicorn

    sock = socket.create_server(("127.0.0.1", 0))
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # as the hub's listener
    print(f"https://127.0.0.1:{sock.getsockname()[1]}", flush=True)
    config = uvicorn.Config(_bare_app, ssl_certfile=cert, ssl_keyfile=key, log_config=None,
                            access_log=False, lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])


def bare_loop(tls: Path, batches: list[bytes]) -> float:
    """Seconds for the bare loop to push `batches` and fetch them back."""
    import httpx

    from liaison_app.sync.hub_connection import make_ssl_context

    server = subprocess.Popen(
        [sys.executable, "-m", "bench.p4_bare", "--bare-server", str(tls / "server.pem"),
         str(tls / "server.key")],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
    try:
        url = _first_line(server)
        ctx = make_ssl_context((tls / "ca.pem").read_bytes())
        with httpx.Client(verify=ctx, trust_env=False, timeout=60) as http:
            start = time.perf_counter()
            for body in batches:
                http.post(url + "/push", content=body,
                          headers={"content-type": "application/json"}).raise_for_status()
            for i in range(len(batches)):
                resp = http.get(url + f"/pull?i={i}")
                resp.raise_for_status()
                assert len(resp.content) == len(batches[i])
            return time.perf_counter() - start
    finally:
        _stop(server)


if __name__ == "__main__":
    _bare_server(sys.argv[2], sys.argv[3])
