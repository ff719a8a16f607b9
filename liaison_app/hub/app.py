"""The hub's ASGI app: routes under /v1, JSON errors, access log, purge task."""

from __future__ import annotations

import asyncio
import contextlib
import re
import secrets
import time
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from liaison_app.hub.admin import HubContext, ensure_fresh_directory, ensure_fresh_timestamp
from liaison_app.hub.auth import HubState
from liaison_app.hub.errors import ApiError, error_response, json_response
from liaison_app.hub.limits import Limiter, RateLimiter, UnsignedLimit
from liaison_app.hub.logs import log, request_id
from liaison_app.hub.metrics import (
    LISTENER_UP,
    MAILBOX_DEEPEST,
    MAILBOX_ENTRIES,
    MAILBOXES_WAITING,
    RouteNames,
    record_request,
)
from liaison_app.hub.openapi import openapi_document
from liaison_app.hub.routes_audit import audit_head
from liaison_app.hub.routes_blobs import (
    ack_blob,
    append_blob,
    blob_state,
    complete_blob,
    create_blob,
    download_blob,
)
from liaison_app.hub.routes_devices import directory, enrol, timestamp
from liaison_app.hub.routes_envelopes import post_envelopes
from liaison_app.hub.routes_health import HealthPing, health
from liaison_app.hub.routes_inbox import get_inbox, post_ack
from liaison_app.hub.routes_watchlists import watchlist_index, watchlist_snapshot
from liaison_app.hub.shared_limits import SharedRateLimiter
from liaison_app.hub.store import HubStore
from liaison_app.hub.wakeups import WakeupListener, listener_conninfo
from liaison_app.hub.watchlist_admin import ensure_fresh_watchlists
from liaison_app.protocol.api import ErrorCode

GAUGE_SECONDS = 15.0
LISTENER_START_SECONDS = 5.0


async def openapi(_request: Request) -> Response:
    """The OpenAPI document (unauthenticated)."""
    return json_response(openapi_document())


async def _api_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(exc)


async def _http_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    codes = {404: ErrorCode.NOT_FOUND, 405: ErrorCode.METHOD_NOT_ALLOWED}
    code = codes.get(exc.status_code, ErrorCode.BAD_REQUEST)
    # keep Starlette's headers: a 405 names the methods the resource allows (`Allow`)
    return error_response(ApiError(exc.status_code, code, str(exc.detail),
                                   headers=exc.headers))


async def _internal_error(_request: Request, exc: Exception) -> Response:
    log.error("internal error: %s", type(exc).__name__)
    return error_response(ApiError(500, ErrorCode.INTERNAL, "internal error"))


_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")


class AccessLog:
    """Per request: an id (the load balancer's X-Request-Id when it is a plain token,
    else a new one) for every log line and the response; then one access line
    (method, route, status, size, time; never the query or a body) and metrics."""

    def __init__(self, app: ASGIApp, routes: RouteNames) -> None:
        self.app = app
        self.routes = routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.monotonic()
        status = [0, 0]
        given = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        rid = given if _REQUEST_ID.fullmatch(given) else secrets.token_hex(8)
        token = request_id.set(rid)
        header = (b"x-request-id", rid.encode("ascii"))

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = int(message["status"])
                message = {**message, "headers": [*message.get("headers", []), header]}
            elif message["type"] == "http.response.body":
                status[1] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, capture)
        finally:
            seconds = time.monotonic() - start
            route = self.routes(scope["path"])
            record_request(route, scope["method"], status[0], seconds)
            log.info("%s %s %d %dB %.1fms", scope["method"], scope["path"], status[0],
                     status[1], seconds * 1000, extra={"fields": {
                         "method": scope["method"], "route": route, "status": status[0],
                         "bytes": status[1], "ms": round(seconds * 1000, 1)}})
            request_id.reset(token)


async def _purge_loop(state: HubState) -> None:
    interval = max(1, state.limits.purge_interval_seconds)
    while True:
        try:
            counts = await run_in_threadpool(
                state.store.purge, int(state.clock().timestamp()))
            if any(counts.values()):
                log.info("purged mailbox=%d envelopes=%d nonces=%d", counts["mailbox"],
                         counts["envelopes"], counts["nonces"])
            await run_in_threadpool(purge_blobs, state)
            version = await run_in_threadpool(
                lambda: ensure_fresh_directory(state.ctx, now=state.clock()))
            if version is not None:
                log.info("directory re-signed as version %d before expiry", version)
            stamp = await run_in_threadpool(
                lambda: ensure_fresh_timestamp(state.ctx, now=state.clock()))
            if stamp is not None:
                log.info("directory timestamp re-signed as version %d", stamp)
            version = await run_in_threadpool(
                lambda: ensure_fresh_watchlists(state.ctx, now=state.clock()))
            if version is not None:
                log.info("watch lists re-signed (index version %d) before expiry", version)
        except Exception as exc:  # keep purging on the next round
            log.error("purge failed: %s", type(exc).__name__)
        await asyncio.sleep(interval)


def purge_blobs(state: HubState) -> int:
    """Delete expired blobs (rows, then files); how many."""
    gone = state.blobs.purge(int(state.clock().timestamp()))
    files = state.blob_files
    for blob_id in gone:
        files.delete(blob_id)
    if gone:
        log.info("purged blobs=%d", len(gone))
    return len(gone)


def make_state(ctx: HubContext, clock: Callable[[], datetime] | None = None) -> HubState:
    """Request-handling state for `ctx`: on PostgreSQL (possibly several processes) rate
    limits live in the database; on SQLite (one process) in memory."""
    limits = ctx.config.limits
    store = HubStore(ctx.engine, origin=secrets.token_hex(8))

    def limiter(rate: float, burst: int, scope: str) -> Limiter:
        if store.sql.pg:
            return SharedRateLimiter(ctx.engine, rate, burst, scope)
        return RateLimiter(rate, burst)

    return HubState(
        ctx=ctx, store=store,
        limiter=limiter(limits.rate_per_second, limits.rate_burst, "device"),
        enrol_limiter=limiter(limits.enrol_rate_per_second, limits.enrol_burst, "enrol"),
        unsigned_limiter=limiter(limits.unsigned_rate_per_second, limits.unsigned_burst,
                                 "unsigned"),
        clock=clock or (lambda: datetime.now(UTC)),
    )


def _start_listener(state: HubState) -> asyncio.Task[None] | None:
    """The PostgreSQL wake-up listener as a task of this event loop (None on SQLite)."""
    if not state.store.sql.pg:
        return None
    notifier, store = state.notifier, state.store
    state.listener = WakeupListener(
        listener_conninfo(state.ctx.engine.url.render_as_string(hide_password=False)), store.origin,
        on_mail=notifier.notify, on_reconnect=notifier.wake_all)
    return asyncio.create_task(state.listener.run())


async def _gauge_loop(state: HubState) -> None:
    """Refresh the store-wide gauges (mailbox depth, listener) for the metrics."""
    while True:
        try:
            depth = await run_in_threadpool(state.store.mailbox_depth)
            MAILBOX_ENTRIES.set(depth.entries)
            MAILBOXES_WAITING.set(depth.mailboxes)
            MAILBOX_DEEPEST.set(depth.deepest)
        except Exception as exc:  # the store may be down: health says so; try again
            log.warning("mailbox gauges not refreshed: %s", type(exc).__name__)
        if state.listener is not None:
            LISTENER_UP.set(1 if state.listener.connected else 0)
        await asyncio.sleep(GAUGE_SECONDS)


def create_app(ctx: HubContext, clock: Callable[[], datetime] | None = None) -> Starlette:
    """The hub app for an opened hub directory."""
    state = make_state(ctx, clock)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        tasks = [asyncio.create_task(_purge_loop(state)),
                 asyncio.create_task(_gauge_loop(state))]
        listening = _start_listener(state)
        if listening is not None:
            tasks.append(listening)
            assert state.listener is not None
            if not await state.listener.wait_connected(LISTENER_START_SECONDS):
                log.warning("wake-up listener not connected yet; serving (degraded)")
        try:
            yield
        finally:
            state.notifier.close()
            for task in tasks:
                task.cancel()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    app = Starlette(
        routes=[
            Route("/v1/devices", enrol, methods=["POST"]),
            Route("/v1/directory", directory, methods=["GET"]),
            Route("/v1/timestamp", timestamp, methods=["GET"]),
            Route("/v1/envelopes", post_envelopes, methods=["POST"]),
            Route("/v1/inbox", get_inbox, methods=["GET"]),
            Route("/v1/inbox/ack", post_ack, methods=["POST"]),
            Route("/v1/blobs", create_blob, methods=["POST"]),
            Route("/v1/blobs/{blob_id}", download_blob, methods=["GET"]),
            Route("/v1/blobs/{blob_id}", append_blob, methods=["PATCH"]),
            Route("/v1/blobs/{blob_id}/state", blob_state, methods=["GET"]),
            Route("/v1/blobs/{blob_id}/complete", complete_blob, methods=["POST"]),
            Route("/v1/blobs/{blob_id}/ack", ack_blob, methods=["POST"]),
            Route("/v1/audit-head", audit_head, methods=["GET", "POST"]),
            Route("/v1/openapi.json", openapi, methods=["GET"]),
            Route("/v1/watchlists", watchlist_index, methods=["GET"]),
            Route("/v1/watchlists/{name}", watchlist_snapshot, methods=["GET"]),
            Route("/v1/health", health, methods=["GET"]),
        ],
        exception_handlers={
            ApiError: _api_error, HTTPException: _http_error, Exception: _internal_error,
        },
        lifespan=lifespan,
    )
    app.state.hub = state
    app.state.health_ping = HealthPing()
    names = RouteNames([(r.path_regex, r.path) for r in app.routes if isinstance(r, Route)])
    app.add_middleware(UnsignedLimit, limiter=state.unsigned_limiter)
    app.add_middleware(AccessLog, routes=names)
    return app
