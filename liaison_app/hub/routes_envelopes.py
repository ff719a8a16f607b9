"""`POST /v1/envelopes`: a batch, each envelope judged on its own, idempotent by id.

A device may post envelopes sealed by another device (a relay, docs/protocol.md
§16.4): the outer signature still proves the author, who must be enrolled and
active; the hub stores them exactly as it would have from the author.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from liaison_app.crypto.outer import verify_outer
from liaison_app.hub.auth import HubState, RequestParts, authenticate_sync, parts_of
from liaison_app.hub.errors import ApiError, json_response
from liaison_app.hub.limits import read_body
from liaison_app.hub.logs import log
from liaison_app.hub.metrics import record_batch
from liaison_app.hub.store import DeviceRecord, Incoming
from liaison_app.protocol.api import (
    BatchResult,
    EnvelopeBatch,
    EnvelopeResult,
    EnvelopeStatus,
    ErrorCode,
    HubRejectReason,
)
from liaison_app.protocol.canonical import parse_json
from liaison_app.protocol.envelope import (
    Envelope,
    envelope_from_wire_signed,
    signed_envelope_bytes,
)
from liaison_app.protocol.errors import Rejection, UnsupportedVersion, ValidationError
from liaison_app.protocol.json_members import split_array_member
from liaison_app.protocol.limits import MAX_ENVELOPE_BYTES
from liaison_app.protocol.wire import expect_object


def _envelope_id(raw: Mapping[str, Any]) -> str | None:
    value = raw.get("id")
    return value if isinstance(value, str) and len(value) <= 64 else None


@dataclass(frozen=True, slots=True)
class _Poster:
    """Who posts the batch, and how to judge envelopes it relays for others (§16.4)."""

    device: DeviceRecord
    lookup: Callable[[str], DeviceRecord | None]
    now: datetime
    ttl: timedelta


def _author(env: Envelope, poster: _Poster) -> DeviceRecord | tuple[HubRejectReason, str]:
    """The device whose outer signature must verify: the poster itself, or (a relay) the
    envelope's sender, which must be enrolled and active, with an envelope young enough
    that the hub still knows its id if it ever carried it."""
    if env.sender == poster.device.device_id:
        return poster.device
    author = poster.lookup(env.sender)
    if author is None:
        return (HubRejectReason.UNKNOWN_SENDER,
                "the envelope's sender is not enrolled at this hub")
    if env.sent_at < poster.now - poster.ttl:
        return (HubRejectReason.EXPIRED, "a relayed envelope must have been sealed within "
                f"the last {poster.ttl.days} days")
    return author


def _check_one(index: int, raw: Mapping[str, Any], poster: _Poster
               ) -> Incoming | EnvelopeResult:
    """Parse and authenticate one envelope; a result if it is rejected."""
    env_id = _envelope_id(raw)

    def reject(reason: HubRejectReason, detail: str) -> EnvelopeResult:
        return EnvelopeResult(index, env_id, EnvelopeStatus.REJECTED, reason, detail)

    try:
        env, signed = envelope_from_wire_signed(raw, f"envelopes[{index}]")
    except UnsupportedVersion as exc:
        return reject(HubRejectReason.UNSUPPORTED_VERSION, str(exc))
    except ValidationError as exc:
        return reject(HubRejectReason.MALFORMED, str(exc))
    sender = _author(env, poster)
    if isinstance(sender, tuple):
        return reject(*sender)
    try:
        verify_outer(env, sender.sign_key, signed)
    except Rejection as exc:
        try:
            reason = HubRejectReason(exc.reason.value)
        except ValueError:
            reason = HubRejectReason.BAD_OUTER_SIGNATURE
        return reject(reason, exc.detail)
    if sender.status != "active":
        return reject(HubRejectReason.REVOKED_SENDER,
                      "the envelope's sender has been revoked")
    # = envelope_bytes(env) (the parse is strict), spliced from the verified bytes
    body = signed_envelope_bytes(signed, env.sig)
    if len(body) > MAX_ENVELOPE_BYTES:
        return reject(HubRejectReason.TOO_LARGE, f"envelopes are limited to "
                      f"{MAX_ENVELOPE_BYTES} bytes")
    relayed = None if sender is poster.device else poster.device.device_id
    return Incoming(id=env.id, sender=env.sender, digest=hashlib.sha256(body).digest(),
                    body=body, recipients=env.recipient_devices(), blobs=env.blobs,
                    relayed_by=relayed)


def _batch_items(body: bytes, max_batch: int, max_bytes: int
                 ) -> list[Mapping[str, Any] | EnvelopeResult]:
    """The batch's envelopes, each a wire object or (if it does not parse) its rejection.

    A sound batch parses in one go. When the strict parser refuses the document,
    the frame is cut into its items and each is parsed by itself, so one bad
    envelope (a float, a duplicate key) is rejected alone and the rest go on.
    Only a broken frame refuses the whole batch (400).
    """
    try:
        obj = parse_json(body, max_bytes=max_bytes, what="batch")
    except ValidationError as exc:
        try:
            raws = split_array_member(body, "envelopes", max_items=max_batch, what="batch")
        except ValidationError:
            raise ApiError(400, ErrorCode.BAD_REQUEST, str(exc)) from exc
        if not raws:
            raise ApiError(400, ErrorCode.BAD_REQUEST, "envelopes: must hold at least 1 item(s)"
                           ) from exc
        return [_parse_one(i, raw) for i, raw in enumerate(raws)]
    items = obj.get("envelopes") if isinstance(obj, dict) else None
    if isinstance(items, list) and len(items) > max_batch:
        raise ApiError(413, ErrorCode.BATCH_TOO_LARGE,
                       f"a batch holds at most {max_batch} envelopes, not {len(items)}")
    try:
        batch = EnvelopeBatch.from_wire(obj, max_batch=max_batch)
    except ValidationError as exc:
        raise ApiError(400, ErrorCode.BAD_REQUEST, str(exc)) from exc
    return list(batch.envelopes)


def _parse_one(index: int, raw: bytes) -> Mapping[str, Any] | EnvelopeResult:
    """One envelope cut from a batch the strict parser refused as a whole."""
    field = f"envelopes[{index}]"
    try:
        obj = parse_json(raw, max_bytes=MAX_ENVELOPE_BYTES * 2, what=field)
        return expect_object(obj, field)
    except ValidationError as exc:
        reason = exc.reason if exc.field == field else str(exc)
        return EnvelopeResult(index, _lenient_id(raw), EnvelopeStatus.REJECTED,
                              HubRejectReason.MALFORMED, f"{field}: {reason}")


def _lenient_id(raw: bytes) -> str | None:
    """The `id` of an envelope the strict parser refused, if it can be read at all
    (so the sender can match the rejection to its message)."""
    try:
        obj = json.loads(raw, parse_float=str, parse_constant=str)
    except (ValueError, RecursionError):
        return None
    return _envelope_id(obj) if isinstance(obj, dict) else None


def _accept_batch(state: HubState, request: RequestParts, body: bytes
                  ) -> tuple[str, BatchResult, set[str], int]:
    """Everything a batch needs, in one worker-thread hand-off: authenticate, parse,
    verify each envelope, store; (sender device, results, devices to wake, how many
    envelopes it relayed for other devices)."""
    limits = state.limits
    _, device = authenticate_sync(state, request, body)
    items = _batch_items(body, limits.max_batch, limits.max_body_bytes)
    poster = _Poster(device, state.store.device_now, state.clock(),
                     timedelta(days=limits.envelope_ttl_days))
    results: list[EnvelopeResult | None] = []
    incoming: list[tuple[int, Incoming]] = []
    for i, raw in enumerate(items):
        item = raw if isinstance(raw, EnvelopeResult) else _check_one(i, raw, poster)
        if isinstance(item, EnvelopeResult):
            results.append(item)
        else:
            results.append(None)
            incoming.append((i, item))
    woken: set[str] = set()
    if incoming:
        now = int(state.clock().timestamp())
        ttl = limits.envelope_ttl_days * 86400
        outcomes = state.store.store_envelopes([env for _, env in incoming], now, ttl)
        for (i, env), outcome in zip(incoming, outcomes, strict=True):
            results[i] = EnvelopeResult(i, env.id, outcome.status, outcome.reason,
                                        outcome.detail)
            if outcome.status is EnvelopeStatus.ACCEPTED:
                woken |= env.recipients
    relayed = sum(1 for _, env in incoming if env.relayed_by is not None)
    return (device.device_id, BatchResult(tuple(r for r in results if r is not None)),
            woken, relayed)


async def post_envelopes(request: Request) -> Response:
    """Accept a batch of envelopes from the signing device."""
    state: HubState = request.app.state.hub
    body = await read_body(request, state.limits.max_body_bytes)
    device_id, final, woken, relayed = await run_in_threadpool(
        _accept_batch, state, parts_of(request), body)
    state.notifier.notify(woken)
    counts = {s: sum(1 for r in final.results if r.status is s) for s in EnvelopeStatus}
    record_batch(counts[EnvelopeStatus.ACCEPTED], counts[EnvelopeStatus.DUPLICATE],
                 [r.reason.value for r in final.results if r.reason is not None])
    log.info("batch device=%s size=%d accepted=%d duplicate=%d rejected=%d relayed=%d",
             device_id, len(body), counts[EnvelopeStatus.ACCEPTED],
             counts[EnvelopeStatus.DUPLICATE], counts[EnvelopeStatus.REJECTED], relayed)
    for r in final.results:
        if r.reason is not None:
            log.info("rejected envelope=%s reason=%s", r.id, r.reason.value)
    return json_response(final.to_wire())
