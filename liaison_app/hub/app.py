"""The hub's ASGI app: routes under /v1, JSON errors, access log, purge task."""

from __future__ import annotations

import asyncio
import contextlib
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
from liaison_app.hub.limits import RateLimiter, UnsignedLimit
from liaison_app.hub.logs import log
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
from liaison_app.hub.routes_inbox import get_inbox, post_ack
from liaison_app.hub.routes_watchlists import watchlist_index, watchlist_snapshot
from liaison_app.hub.store import HubStore
from liaison_app.hub.watchlist_admin import ensure_fresh_watchlists
from liaison_app.protocol.api import ErrorCode


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


class AccessLog:
    """Log method, path (no query), status, response size and time; never bodies."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.monotonic()
        status = [0, 0]

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = int(message["status"])
            elif message["type"] == "http.response.body":
                status[1] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, capture)
        finally:
            log.info("%s %s %d %dB %.1fms", scope["method"], scope["path"], status[0],
                     status[1], (time.monotonic() - start) * 1000)


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
    """Request-handling state for `ctx`."""
    limits = ctx.config.limits
    return HubState(
        ctx=ctx, store=HubStore(ctx.engine),
        limiter=RateLimiter(limits.rate_per_second, limits.rate_burst),
        enrol_limiter=RateLimiter(limits.enrol_rate_per_second, limits.enrol_burst),
        unsigned_limiter=RateLimiter(limits.unsigned_rate_per_second, limits.unsigned_burst),
        clock=clock or (lambda: datetime.now(UTC)),
    )


def create_app(ctx: HubContext, clock: Callable[[], datetime] | None = None) -> Starlette:
    """The hub app for an opened hub directory."""
    state = make_state(ctx, clock)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        task = asyncio.create_task(_purge_loop(state))
        try:
            yield
        finally:
            state.notifier.close()
            task.cancel()
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
        ],
        exception_handlers={
            ApiError: _api_error, HTTPException: _http_error, Exception: _internal_error,
        },
        lifespan=lifespan,
    )
    app.state.hub = state
    app.add_middleware(UnsignedLimit, limiter=state.unsigned_limiter)
    app.add_middleware(AccessLog)
    return app
