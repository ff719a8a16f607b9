"""`POST /v1/audit-head` (a device attests where its audit log ends) and `GET` (its own).

The hub keeps the latest attestation per device, outside the device's own
file, so a tail cut from the device's log (and its head record rewritten)
is caught by `liaison audit verify --against-hub`. A new attestation must name
the kept entry, as the device's log holds it now, in `since`, and must not go
back; otherwise it is refused (409) and the kept one stays: a log cut and grown
again past the old head cannot replace the anchor.
"""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from liaison_app.crypto.audit_head import verify_audit_head
from liaison_app.hub.auth import HubState, authenticate
from liaison_app.hub.errors import JSON, ApiError, json_response
from liaison_app.hub.limits import read_body
from liaison_app.hub.logs import log
from liaison_app.protocol.api import ErrorCode
from liaison_app.protocol.audit_head import MAX_AUDIT_HEAD_BYTES
from liaison_app.protocol.errors import ValidationError


async def audit_head(request: Request) -> Response:
    """GET: this device's kept attestation; POST: a new one from this device."""
    state: HubState = request.app.state.hub
    body = await read_body(request, state.limits.max_body_bytes)
    _, device = await authenticate(state, request, body)
    if request.method == "GET":
        kept = await run_in_threadpool(state.store.audit_head, device.device_id)
        if kept is None:
            raise ApiError(404, ErrorCode.NOT_FOUND,
                           "this device has not attested an audit head yet")
        return Response(kept[1], media_type=JSON, headers={"Cache-Control": "no-store"})
    if len(body) > MAX_AUDIT_HEAD_BYTES:
        raise ApiError(413, ErrorCode.BODY_TOO_LARGE,
                       f"an audit head is at most {MAX_AUDIT_HEAD_BYTES} bytes")
    try:
        head = verify_audit_head(body, device.sign_key)
    except ValidationError as exc:
        raise ApiError(400, ErrorCode.BAD_REQUEST, str(exc)) from exc
    now = int(state.clock().timestamp())
    kept = await run_in_threadpool(state.store.put_audit_head, device.device_id, head.mark,
                                   head.since, body, now)
    if kept is not None:
        code = (ErrorCode.AUDIT_HEAD_BEHIND if kept[0] > head.seq
                else ErrorCode.AUDIT_HEAD_CONFLICT)
        log.info("audit head refused device=%s seq=%d kept=%d", device.device_id, head.seq,
                 kept[0])
        raise ApiError(409, code, f"the hub keeps an attestation of entry {kept[0]} for this "
                       "device; a new one must name that entry as `since` and not go back")
    log.info("audit head device=%s seq=%d", device.device_id, head.seq)
    return json_response({"seq": head.seq})
