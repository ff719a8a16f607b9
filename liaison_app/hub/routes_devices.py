"""`POST /v1/devices` (enrolment), `GET /v1/directory` and `GET /v1/timestamp`."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from liaison_app.crypto.request_auth import RequestAuthError, request_key_id
from liaison_app.hub.admin import EnrolError, enrol_device
from liaison_app.hub.auth import (
    HubState,
    RequestParts,
    auth_error,
    authenticate_sync,
    charge_unauthenticated,
    check_nonce,
    check_signature,
    parts_of,
)
from liaison_app.hub.errors import JSON, ApiError, json_response
from liaison_app.hub.limits import read_body
from liaison_app.hub.logs import log
from liaison_app.hub.store import SignedDirectoryRow
from liaison_app.protocol.api import EnrolRequest, EnrolResponse, ErrorCode
from liaison_app.protocol.canonical import parse_json
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.wire import expect_object


def _state(request: Request) -> HubState:
    state: HubState = request.app.state.hub
    return state


async def enrol(request: Request) -> Response:
    """Enrol a device: a one-time token, signed by the new device's own key."""
    state = _state(request)
    parts = parts_of(request)
    await run_in_threadpool(state.enrol_limiter.check, parts.address)
    body = await read_body(request, state.limits.max_body_bytes)
    try:
        req = EnrolRequest.from_wire(parse_json(body, max_bytes=len(body) + 1,
                                                what="enrolment request"))
    except ValidationError as exc:
        raise ApiError(400, ErrorCode.BAD_REQUEST, str(exc)) from exc
    try:
        try:
            key_id = request_key_id(request.headers)
        except RequestAuthError as exc:
            raise auth_error(exc) from exc
        if key_id != req.device_id:
            raise ApiError(401, ErrorCode.BAD_SIGNATURE,
                           "an enrolment must be signed by the device being enrolled")
        verified = check_signature(state, parts, body, req.sign_key)
    except ApiError as exc:
        raise await run_in_threadpool(charge_unauthenticated, state, parts, exc) from exc
    await run_in_threadpool(check_nonce, state, verified)
    try:
        ctx = state.ctx
        signed = await run_in_threadpool(lambda: enrol_device(
            ctx.engine, ctx.authority, req, state.clock(), ctx.directory_ttl,
            timestamp_ttl=ctx.timestamp_ttl))
    except EnrolError as exc:
        status = 409 if exc.code is ErrorCode.DEVICE_EXISTS else 403
        if exc.code is ErrorCode.BAD_REQUEST:
            status = 400
        log.info("enrol refused officer=%s code=%s", req.officer_id, exc.code.value)
        raise ApiError(status, exc.code, exc.message) from exc
    log.info("enrolled device=%s officer=%s", req.device_id, req.officer_id)
    resp = EnrolResponse(device_id=req.device_id, directory=expect_object(
        parse_json(signed, max_bytes=len(signed) + 1), "directory"))
    return json_response(resp.to_wire(), status=201)


async def directory(request: Request) -> Response:
    """The current signed directory, with ETag / If-None-Match."""
    state = _state(request)
    body = await read_body(request, state.limits.max_body_bytes)

    def authenticated_latest(parts: RequestParts) -> SignedDirectoryRow | None:
        authenticate_sync(state, parts, body)
        return state.store.latest_directory()

    row = await run_in_threadpool(authenticated_latest, parts_of(request))
    if row is None:
        raise ApiError(503, ErrorCode.UNAVAILABLE, "no directory has been signed yet")
    headers = {"ETag": row.etag, "Cache-Control": "no-cache"}
    wanted = request.headers.get("if-none-match", "")
    if row.etag in [tag.strip() for tag in wanted.split(",")] or wanted.strip() == "*":
        return Response(status_code=304, headers=headers)
    return Response(row.signed, media_type=JSON, headers=headers)


async def timestamp(request: Request) -> Response:
    """The newest signed directory timestamp (short-lived; never cached)."""
    state = _state(request)
    body = await read_body(request, state.limits.max_body_bytes)

    def authenticated_latest(parts: RequestParts) -> bytes | None:
        authenticate_sync(state, parts, body)
        return state.store.latest_timestamp()

    signed = await run_in_threadpool(authenticated_latest, parts_of(request))
    if signed is None:
        raise ApiError(503, ErrorCode.UNAVAILABLE, "no directory timestamp has been signed yet")
    return Response(signed, media_type=JSON, headers={"Cache-Control": "no-store"})
