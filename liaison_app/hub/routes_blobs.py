"""`/v1/blobs`: resumable, signed upload and download of attachment ciphertext.

create (declared size and digest) → append at an offset (`PATCH ?offset=N`, the
body streamed to the file, never held whole) → ask the offset (`GET …/state`)
→ complete (size and digest checked) ; download from an offset (`GET
?offset=N`) by the owner or a recipient of the envelope naming the blob ;
acknowledge (`POST …/ack`) when a recipient has it. An upload cut off keeps
the bytes that arrived (they came over the authenticated TLS connection of a
signed request; the blob's digest is checked whole at completion), so a
resumed upload sends only what is missing.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response, StreamingResponse

from liaison_app.hub.auth import HubState, authenticate, authenticate_streaming
from liaison_app.hub.blob_store import BlobRecord, BlobRefused
from liaison_app.hub.errors import ApiError, json_response
from liaison_app.hub.limits import read_body
from liaison_app.hub.logs import log
from liaison_app.protocol.api import ErrorCode
from liaison_app.protocol.blob_api import BlobAckResponse, BlobCreate, BlobState, validate_offset
from liaison_app.protocol.canonical import parse_json
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.ids import validate_message_id

OCTETS = "application/octet-stream"


def _state(request: Request) -> HubState:
    hub: HubState = request.app.state.hub
    return hub


def _blob_id(request: Request) -> str:
    try:
        return validate_message_id(request.path_params["blob_id"], "blob id")
    except ValidationError as exc:
        raise ApiError(400, ErrorCode.BAD_REQUEST, str(exc)) from exc


def _offset(request: Request) -> int:
    try:
        return validate_offset(request.query_params.get("offset"), "offset")
    except ValidationError as exc:
        raise ApiError(400, ErrorCode.BAD_REQUEST, str(exc)) from exc


def _view(rec: BlobRecord) -> BlobState:
    return BlobState(rec.id, rec.size, rec.received, rec.complete)


def _refusal(exc: BlobRefused) -> ApiError:
    status = {"quota_exceeded": 413, "blob_too_large": 413}.get(exc.code, 409)
    headers = {} if exc.offset is None else {"Upload-Offset": str(exc.offset)}
    return ApiError(status, ErrorCode(exc.code), exc.message, headers=headers)


async def _owned(state: HubState, blob_id: str, device_id: str) -> BlobRecord:
    rec = await run_in_threadpool(state.blobs.get, blob_id)
    if rec is None or rec.owner != device_id:
        raise ApiError(404, ErrorCode.NOT_FOUND, f"this device has no blob {blob_id}")
    return rec


async def create_blob(request: Request) -> Response:
    """Declare a blob (size, digest); idempotent for the same owner, size and digest."""
    state = _state(request)
    body = await read_body(request, 4096)
    _, device = await authenticate(state, request, body)
    try:
        want = BlobCreate.from_wire(parse_json(body, max_bytes=4096, what="blob"))
    except ValidationError as exc:
        raise ApiError(400, ErrorCode.BAD_REQUEST, str(exc)) from exc
    limit = state.limits.max_blob_bytes
    if want.size > limit:
        raise ApiError(413, ErrorCode.BLOB_TOO_LARGE,
                       f"a blob may hold at most {limit} bytes, not {want.size}")
    now = int(state.clock().timestamp())
    try:
        rec, new = await run_in_threadpool(
            lambda: state.blobs.create(want.id, device.device_id, want.size, want.digest,
                                       now=now, ttl=state.limits.blob_upload_ttl_days * 86400,
                                       quota=state.limits.blob_quota_bytes))
    except BlobRefused as exc:
        log.info("blob refused device=%s code=%s", device.device_id, exc.code)
        raise _refusal(exc) from exc
    if new:
        await run_in_threadpool(state.blob_files.create, want.id)
    log.info("blob %s device=%s blob=%s size=%d offset=%d", "created" if new else "resumed",
             device.device_id, rec.id, rec.size, rec.received)
    return json_response(_view(rec).to_wire(), 201 if new else 200)


async def blob_state(request: Request) -> Response:
    """Where an upload stands (owner) or how large the blob is (recipient)."""
    state = _state(request)
    blob_id = _blob_id(request)
    body = await read_body(request, 4096)
    _, device = await authenticate(state, request, body)
    rec = await run_in_threadpool(state.blobs.get, blob_id)
    if rec is None or (rec.owner != device.device_id and not await run_in_threadpool(
            state.blobs.may_read, blob_id, device.device_id)):
        raise ApiError(404, ErrorCode.NOT_FOUND, f"no blob {blob_id} for this device")
    return json_response(_view(rec).to_wire(), headers={"Cache-Control": "no-store"})


async def append_blob(request: Request) -> Response:
    """Write the body at `offset`; what arrived before a cut connection is kept."""
    state = _state(request)
    blob_id = _blob_id(request)
    offset = _offset(request)
    declared = request.headers.get("content-length")
    if declared is None or not declared.isdigit():
        raise ApiError(411, ErrorCode.BAD_REQUEST, "Content-Length is required")
    length = int(declared)
    if length > state.limits.max_blob_chunk_bytes:
        raise ApiError(413, ErrorCode.BODY_TOO_LARGE,
                       f"one upload request carries at most {state.limits.max_blob_chunk_bytes}"
                       " bytes", headers={"Connection": "close"})
    _, device, claimed = await authenticate_streaming(state, request)
    rec = await _owned(state, blob_id, device.device_id)
    if rec.complete:
        raise ApiError(409, ErrorCode.BLOB_COMPLETE, "the blob is complete already")
    if offset != rec.received:
        raise ApiError(409, ErrorCode.BLOB_OFFSET_MISMATCH,
                       f"the hub holds {rec.received} bytes; continue from there",
                       headers={"Upload-Offset": str(rec.received), "Connection": "close"})
    if offset + length > rec.size:
        raise ApiError(413, ErrorCode.BLOB_TOO_LARGE,
                       f"the blob was declared with {rec.size} bytes",
                       headers={"Connection": "close"})
    files = state.blob_files
    try:
        fd = await run_in_threadpool(files.open_for_writing, blob_id)
    except FileNotFoundError as exc:
        raise ApiError(404, ErrorCode.NOT_FOUND, f"the blob {blob_id} was deleted") from exc
    pos, digest, cut = offset, hashlib.sha256(), False
    run = state.running_digests.claim(blob_id, offset)
    good = False
    try:
        async for chunk in request.stream():
            if pos + len(chunk) > offset + length:
                raise ApiError(400, ErrorCode.BAD_REQUEST, "the body exceeds Content-Length")
            os.pwrite(fd, chunk, pos)
            digest.update(chunk)
            if run is not None:
                run.state.update(chunk)
            pos += len(chunk)
        good = hmac.compare_digest(digest.digest(), claimed)
    except ClientDisconnect:
        cut = good = True  # what arrived over the signed, authenticated connection stands
    finally:
        await run_in_threadpool(os.fsync, fd)
        os.close(fd)
        if run is not None:
            state.running_digests.release(blob_id, run, pos if good else None)
    if cut:
        held = await run_in_threadpool(state.blobs.advance, blob_id, offset, pos) \
            if pos > offset else rec.received
        log.info("blob upload cut device=%s blob=%s kept=%d offset=%d", device.device_id,
                 blob_id, pos - offset, held)
        return Response(status_code=400)  # nobody is listening
    if not good:
        raise ApiError(400, ErrorCode.DIGEST_MISMATCH, "the body does not match Content-Digest")
    held = await run_in_threadpool(state.blobs.advance, blob_id, offset, pos)
    return json_response(BlobState(blob_id, rec.size, held, False).to_wire(),
                         headers={"Upload-Offset": str(held)})


async def complete_blob(request: Request) -> Response:
    """Check size and digest; a blob that fails is refused and deleted."""
    state = _state(request)
    blob_id = _blob_id(request)
    body = await read_body(request, 4096)
    _, device = await authenticate(state, request, body)
    rec = await _owned(state, blob_id, device.device_id)
    if rec.complete:
        return json_response(_view(rec).to_wire())
    if rec.received != rec.size:
        raise ApiError(409, ErrorCode.BLOB_INCOMPLETE,
                       f"the hub holds {rec.received} of {rec.size} bytes",
                       headers={"Upload-Offset": str(rec.received)})
    files = state.blob_files
    actual = state.running_digests.take(blob_id, rec.size)
    if actual is None or not hmac.compare_digest(actual, rec.digest):  # read it all again
        actual = await run_in_threadpool(files.digest, blob_id, rec.size)
    if not hmac.compare_digest(actual, rec.digest):
        await run_in_threadpool(state.blobs.delete, blob_id)
        await run_in_threadpool(files.delete, blob_id)
        log.info("blob refused device=%s blob=%s code=digest", device.device_id, blob_id)
        raise ApiError(422, ErrorCode.BLOB_DIGEST_MISMATCH,
                       "the bytes received do not match the declared digest; the blob was "
                       "deleted: upload it again")
    await run_in_threadpool(files.truncate, blob_id, rec.size)
    await run_in_threadpool(state.blobs.mark_complete, blob_id)
    log.info("blob complete device=%s blob=%s size=%d", device.device_id, blob_id, rec.size)
    return json_response(BlobState(blob_id, rec.size, rec.size, True).to_wire())


async def download_blob(request: Request) -> Response:
    """The blob from `offset` on, to its owner or a recipient that has not acked it."""
    state = _state(request)
    blob_id = _blob_id(request)
    offset = _offset(request)
    body = await read_body(request, 4096)
    _, device = await authenticate(state, request, body)
    rec = await run_in_threadpool(state.blobs.get, blob_id)
    if rec is None or not rec.complete:
        raise ApiError(404, ErrorCode.NOT_FOUND, f"there is no blob {blob_id} (never "
                       "completed, or deleted after its recipients fetched it or it expired)")
    if rec.owner != device.device_id and not await run_in_threadpool(
            state.blobs.may_read, blob_id, device.device_id):
        log.info("blob download refused device=%s blob=%s", device.device_id, blob_id)
        raise ApiError(403, ErrorCode.NOT_A_BLOB_RECIPIENT,
                       "this device is not a recipient of the message carrying this blob")
    if offset >= rec.size:
        raise ApiError(400, ErrorCode.BAD_REQUEST, f"offset must be below {rec.size}")
    length = rec.size - offset
    headers = {"Content-Length": str(length), "Cache-Control": "no-store"}
    if offset:
        headers["Content-Range"] = f"bytes {offset}-{rec.size - 1}/{rec.size}"
    log.info("blob download device=%s blob=%s offset=%d", device.device_id, blob_id, offset)
    return StreamingResponse(state.blob_files.chunks(blob_id, offset, length),
                             status_code=206 if offset else 200, media_type=OCTETS,
                             headers=headers)


async def ack_blob(request: Request) -> Response:
    """A recipient has the blob (or wants it no more); the last one's ack deletes it."""
    state = _state(request)
    blob_id = _blob_id(request)
    body = await read_body(request, 4096)
    _, device = await authenticate(state, request, body)
    was, deleted = await run_in_threadpool(state.blobs.ack, blob_id, device.device_id)
    if deleted:
        await run_in_threadpool(state.blob_files.delete, blob_id)
    elif not was:
        deleted = await run_in_threadpool(state.blobs.get, blob_id) is None
    log.info("blob ack device=%s blob=%s recipient=%s deleted=%s", device.device_id, blob_id,
             was, deleted)
    return json_response(BlobAckResponse(deleted).to_wire())
