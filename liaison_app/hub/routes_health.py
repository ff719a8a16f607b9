"""`GET /v1/health`: for load balancers and monitoring; no authentication, no data.

    200 {"status": "ok", "store": "reachable"}
    200 {"status": "degraded", "store": "reachable"}   (wake-ups: the PostgreSQL
        listener is reconnecting; long-polls fall back to re-reading every few s)
    503 {"status": "degraded", "store": "unreachable"} (take this node out)

The store is pinged at most once a second per process (answers in between reuse
the last result), so the endpoint cannot be used to load the database.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from liaison_app.hub.auth import HubState
from liaison_app.hub.errors import json_response
from liaison_app.hub.logs import log

PING_EVERY_SECONDS = 1.0


@dataclass(slots=True)
class HealthPing:
    at: float = -1e9
    reachable: bool = False
    lock: asyncio.Lock | None = None


async def _store_reachable(state: HubState, ping: HealthPing) -> bool:
    if ping.lock is None:
        ping.lock = asyncio.Lock()
    async with ping.lock:
        if time.monotonic() - ping.at >= PING_EVERY_SECONDS:
            try:
                await run_in_threadpool(state.store.ping)
                ping.reachable = True
            except Exception as exc:  # any failure means "unreachable"; say which in the log
                if ping.reachable or ping.at < 0:
                    log.error("health: the store is unreachable: %s", type(exc).__name__)
                ping.reachable = False
            ping.at = time.monotonic()
        return ping.reachable


async def health(request: Request) -> Response:
    """ok / degraded, and whether the store answers."""
    state: HubState = request.app.state.hub
    ping: HealthPing = request.app.state.health_ping
    reachable = await _store_reachable(state, ping)
    listening = state.listener is None or state.listener.connected
    status = "ok" if reachable and listening else "degraded"
    body = {"status": status, "store": "reachable" if reachable else "unreachable"}
    return json_response(body, status=200 if reachable else 503,
                         headers={"Cache-Control": "no-store"})
