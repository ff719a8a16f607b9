"""`GET /v1/inbox` (cursor pages, optional long-poll) and `POST /v1/inbox/ack`."""

from __future__ import annotations

import asyncio
import contextlib

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from liaison_app.hub.auth import HubState, authenticate
from liaison_app.hub.errors import JSON, ApiError, json_response
from liaison_app.hub.limits import read_body
from liaison_app.hub.logs import log
from liaison_app.protocol.api import AckRequest, AckResponse, ErrorCode, validate_cursor
from liaison_app.protocol.canonical import parse_json
from liaison_app.protocol.errors import ValidationError

RECHECK_SECONDS = 5.0
"""A long-poll re-reads the store this often even unwoken (another hub process
sharing the database may have stored the mail)."""


def _int_param(request: Request, name: str, default: int, low: int, high: int) -> int:
    text = request.query_params.get(name)
    if text is None:
        return default
    if not text.isdigit() or len(text) > 6:
        raise ApiError(400, ErrorCode.BAD_REQUEST, f"{name} must be a whole number")
    return max(low, min(high, int(text)))


def _own_mailbox(request: Request, device_id: str) -> None:
    asked = request.query_params.get("device")
    if asked is not None and asked != device_id:
        raise ApiError(403, ErrorCode.NOT_YOUR_MAILBOX,
                       "a device may read and acknowledge only its own mailbox")


def _page_bytes(rows: list[tuple[int, bytes]], after: int, more: bool) -> bytes:
    """The InboxPage JSON, stored envelope bytes spliced in as they are (canonical)."""
    items = b",".join(b'{"cursor":"%d","envelope":%s}' % (seq, body) for seq, body in rows)
    next_cursor = rows[-1][0] if rows else after
    return b'{"items":[%s],"more":%s,"next_cursor":"%d"}' % (
        items, b"true" if more else b"false", next_cursor)


async def get_inbox(request: Request) -> Response:
    """This device's mailbox after a cursor, in order; waits up to `wait` s if empty."""
    state: HubState = request.app.state.hub
    limits = state.limits
    body = await read_body(request, limits.max_body_bytes)
    _, device = await authenticate(state, request, body)
    _own_mailbox(request, device.device_id)
    try:
        after = int(validate_cursor(request.query_params.get("after", "0"), "after"))
    except ValidationError as exc:
        raise ApiError(400, ErrorCode.BAD_CURSOR, str(exc)) from exc
    if after >= 2**63:
        raise ApiError(400, ErrorCode.BAD_CURSOR, "after is out of range")
    limit = _int_param(request, "limit", limits.max_page, 1, limits.max_page)
    wait = _int_param(request, "wait", 0, 0, limits.max_wait_seconds)

    def now() -> int:
        return int(state.clock().timestamp())

    with state.notifier.watch(device.device_id) as arrived:
        rows, more = await run_in_threadpool(
            state.store.inbox, device.device_id, after, limit, now())
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait
        if not rows and wait:
            log.info("inbox waiting device=%s after=%d wait=%d", device.device_id, after, wait)
        while not rows and not state.notifier.closing:
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(arrived.wait(), min(remaining, RECHECK_SECONDS))
            arrived.clear()
            rows, more = await run_in_threadpool(
                state.store.inbox, device.device_id, after, limit, now())
    log.info("inbox device=%s after=%d items=%d more=%s", device.device_id, after,
             len(rows), more)
    return Response(_page_bytes(rows, after, more), media_type=JSON,
                    headers={"Cache-Control": "no-store"})


async def post_ack(request: Request) -> Response:
    """Delete this device's mailbox entries up to and including the cursor."""
    state: HubState = request.app.state.hub
    body = await read_body(request, state.limits.max_body_bytes)
    _, device = await authenticate(state, request, body)
    _own_mailbox(request, device.device_id)
    try:
        ack = AckRequest.from_wire(parse_json(body, max_bytes=4096, what="ack"))
    except ValidationError as exc:
        raise ApiError(400, ErrorCode.BAD_REQUEST, str(exc)) from exc
    if int(ack.cursor) >= 2**63:
        raise ApiError(400, ErrorCode.BAD_CURSOR, "cursor is out of range")
    deleted = await run_in_threadpool(state.store.ack, device.device_id, int(ack.cursor))
    log.info("ack device=%s cursor=%s deleted=%d", device.device_id, ack.cursor, deleted)
    return json_response(AckResponse(deleted).to_wire())
