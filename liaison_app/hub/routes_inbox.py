"""`GET /v1/inbox` (cursor pages, optional long-poll) and `POST /v1/inbox/ack`."""

from __future__ import annotations

import asyncio
import contextlib

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from liaison_app.hub.auth import HubState, RequestParts, authenticate_sync, parts_of
from liaison_app.hub.errors import JSON, ApiError, json_response
from liaison_app.hub.limits import read_body
from liaison_app.hub.logs import log
from liaison_app.hub.metrics import record_delivered, record_served
from liaison_app.protocol.api import AckRequest, AckResponse, ErrorCode, validate_cursor
from liaison_app.protocol.canonical import parse_json
from liaison_app.protocol.errors import ValidationError

RECHECK_SECONDS = 5.0
"""A long-poll re-reads the store this often even unwoken while this process may
miss mail stored by another (a PostgreSQL hub whose wake-up listener is
reconnecting); otherwise it is woken for every arrival and only waits."""


def _hears_everything(state: HubState) -> bool:
    """True when every arrival for this process's waiters wakes them: a one-process
    SQLite hub, or a PostgreSQL hub whose listener is connected."""
    return state.listener is None or state.listener.connected


def _int_param(name: str, text: str | None, default: int, low: int, high: int) -> int:
    if text is None:
        return default
    if not text.isdigit() or len(text) > 6:
        raise ApiError(400, ErrorCode.BAD_REQUEST, f"{name} must be a whole number")
    return max(low, min(high, int(text)))


def _own_mailbox(asked: str | None, device_id: str) -> None:
    if asked is not None and asked != device_id:
        raise ApiError(403, ErrorCode.NOT_YOUR_MAILBOX,
                       "a device may read and acknowledge only its own mailbox")


def _page_bytes(rows: list[tuple[int, bytes]], after: int, more: bool) -> bytes:
    """The InboxPage JSON, stored envelope bytes spliced in as they are (canonical)."""
    items = b",".join(b'{"cursor":"%d","envelope":%s}' % (seq, body) for seq, body in rows)
    next_cursor = rows[-1][0] if rows else after
    return b'{"items":[%s],"more":%s,"next_cursor":"%d"}' % (
        items, b"true" if more else b"false", next_cursor)


def _first_page(state: HubState, request: RequestParts, body: bytes, after_text: str,
                limit_text: str | None, wait_text: str | None, asked: str | None
                ) -> tuple[str, int, int, int, list[tuple[int, bytes]], bool]:
    """Authenticate and read the first page in one worker-thread hand-off."""
    limits = state.limits
    _, device = authenticate_sync(state, request, body)
    _own_mailbox(asked, device.device_id)
    try:
        after = int(validate_cursor(after_text, "after"))
    except ValidationError as exc:
        raise ApiError(400, ErrorCode.BAD_CURSOR, str(exc)) from exc
    if after >= 2**63:
        raise ApiError(400, ErrorCode.BAD_CURSOR, "after is out of range")
    limit = _int_param("limit", limit_text, limits.max_page, 1, limits.max_page)
    wait = _int_param("wait", wait_text, 0, 0, limits.max_wait_seconds)
    rows, more = state.store.inbox(device.device_id, after, limit,
                                   int(state.clock().timestamp()))
    return device.device_id, after, limit, wait, rows, more


async def get_inbox(request: Request) -> Response:
    """This device's mailbox after a cursor, in order; waits up to `wait` s if empty."""
    state: HubState = request.app.state.hub
    body = await read_body(request, state.limits.max_body_bytes)
    params = request.query_params
    device_id, after, limit, wait, rows, more = await run_in_threadpool(
        _first_page, state, parts_of(request), body, params.get("after", "0"),
        params.get("limit"), params.get("wait"), params.get("device"))

    def now() -> int:
        return int(state.clock().timestamp())

    if not rows and wait and not state.notifier.closing:
        with state.notifier.watch(device_id) as arrived:
            # Mail stored between the first read and watch() woke nobody: read once more.
            rows, more = await run_in_threadpool(
                state.store.inbox, device_id, after, limit, now())
            loop = asyncio.get_running_loop()
            deadline = loop.time() + wait
            if not rows:
                log.info("inbox waiting device=%s after=%d wait=%d", device_id, after, wait)
            while not rows and not state.notifier.closing:
                remaining = deadline - loop.time()
                if remaining <= 0:
                    break
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(arrived.wait(), min(remaining, RECHECK_SECONDS))
                if not arrived.is_set() and _hears_everything(state):
                    continue  # nothing can have arrived unheard: no need to ask the store
                arrived.clear()
                rows, more = await run_in_threadpool(
                    state.store.inbox, device_id, after, limit, now())
    record_served(len(rows))
    log.info("inbox device=%s after=%d items=%d more=%s", device_id, after, len(rows), more)
    return Response(_page_bytes(rows, after, more), media_type=JSON,
                    headers={"Cache-Control": "no-store"})


def _ack(state: HubState, request: RequestParts, body: bytes, asked: str | None
         ) -> tuple[str, str, int]:
    _, device = authenticate_sync(state, request, body)
    _own_mailbox(asked, device.device_id)
    try:
        ack = AckRequest.from_wire(parse_json(body, max_bytes=4096, what="ack"))
    except ValidationError as exc:
        raise ApiError(400, ErrorCode.BAD_REQUEST, str(exc)) from exc
    if int(ack.cursor) >= 2**63:
        raise ApiError(400, ErrorCode.BAD_CURSOR, "cursor is out of range")
    return device.device_id, ack.cursor, state.store.ack(device.device_id, int(ack.cursor))


async def post_ack(request: Request) -> Response:
    """Delete this device's mailbox entries up to and including the cursor."""
    state: HubState = request.app.state.hub
    body = await read_body(request, state.limits.max_body_bytes)
    device_id, cursor, deleted = await run_in_threadpool(
        _ack, state, parts_of(request), body, request.query_params.get("device"))
    record_delivered(deleted)
    log.info("ack device=%s cursor=%s deleted=%d", device_id, cursor, deleted)
    return json_response(AckResponse(deleted).to_wire())
