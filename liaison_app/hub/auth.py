"""Request authentication: the RFC 9421 profile, device status, rate and replay checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from liaison_app.crypto.request_auth import (
    RequestAuthError,
    VerifiedRequest,
    request_key_id,
    verify_request,
    verify_request_headers,
)
from liaison_app.hub.admin import HubContext
from liaison_app.hub.blob_files import BlobFiles, RunningDigests
from liaison_app.hub.blob_store import BlobStore
from liaison_app.hub.config import Limits
from liaison_app.hub.errors import ApiError
from liaison_app.hub.limits import RateLimiter, too_many
from liaison_app.hub.notify import MailboxNotifier
from liaison_app.hub.store import DeviceRecord, HubStore
from liaison_app.protocol.api import ErrorCode


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class HubState:
    """Everything a request handler needs."""

    ctx: HubContext
    store: HubStore
    limiter: RateLimiter
    enrol_limiter: RateLimiter
    unsigned_limiter: RateLimiter
    notifier: MailboxNotifier = field(default_factory=MailboxNotifier)
    clock: Callable[[], datetime] = _utc_now
    running_digests: RunningDigests = field(default_factory=RunningDigests)

    @property
    def limits(self) -> Limits:
        """The configured limits."""
        return self.ctx.config.limits

    @property
    def blobs(self) -> BlobStore:
        """Blob metadata (same engine as `store`)."""
        return BlobStore(self.ctx.engine)

    @property
    def blob_files(self) -> BlobFiles:
        """Blob bytes in the configured blob directory."""
        return BlobFiles(self.ctx.blob_root)


def request_target(request: Request) -> str:
    """The request target as sent: raw path plus `?query` when there is one."""
    raw = request.scope.get("raw_path") or request.scope["path"].encode("utf-8")
    path = bytes(raw).decode("latin-1").partition("?")[0]
    query = request.scope.get("query_string", b"")
    return f"{path}?{query.decode('latin-1')}" if query else path


def auth_error(exc: RequestAuthError) -> ApiError:
    """The 401 for a refused signature."""
    return ApiError(401, ErrorCode(exc.code.value), exc.message)


def check_signature(state: HubState, request: Request, body: bytes, sign_key: bytes
                    ) -> VerifiedRequest:
    """verify_request against `sign_key`, mapping failures to 401s."""
    try:
        return verify_request(
            request.method, request_target(request), request.headers, body, sign_key,
            now=state.clock(), max_skew=state.limits.max_skew_seconds)
    except RequestAuthError as exc:
        raise auth_error(exc) from exc


async def check_nonce(state: HubState, verified: VerifiedRequest) -> None:
    """Refuse a nonce this device already used within the replay window."""
    skew = state.limits.max_skew_seconds
    expires = int(state.clock().timestamp()) + 2 * skew + 1
    fresh = await run_in_threadpool(
        state.store.remember_nonce, verified.device_id, verified.nonce, expires)
    if not fresh:
        raise ApiError(401, ErrorCode.REPLAYED_REQUEST,
                       "this request (its nonce) was already received")


def client_address(request: Request) -> str:
    """The peer's address, the key of per-address limits."""
    return f"ip:{request.client.host if request.client else '?'}"


def charge_unauthenticated(state: HubState, request: Request, refusal: ApiError) -> ApiError:
    """A request whose signature did not prove a device spends a token of its address's
    bucket (the one unsigned requests spend): `refusal` while tokens last, then 429.
    A request with no `Signature` header at all already paid at the door (UnsignedLimit)."""
    if "signature" not in request.headers:
        return refusal
    wait = state.unsigned_limiter.take(client_address(request))
    if wait is None:
        return refusal
    return too_many(wait)


def _charged(state: HubState, request: Request, exc: ApiError) -> ApiError:
    """A refusal before the device is proven (unsigned, malformed, unknown device, bad
    or stale signature) counts against the address's unsigned-request limit."""
    if exc.status == 401 and exc.code is not ErrorCode.REPLAYED_REQUEST:
        return charge_unauthenticated(state, request, exc)
    return exc


async def _signer(state: HubState, request: Request) -> DeviceRecord:
    try:
        key_id = request_key_id(request.headers)
    except RequestAuthError as exc:
        raise auth_error(exc) from exc
    device = await run_in_threadpool(state.store.device, key_id)
    if device is None:
        raise ApiError(401, ErrorCode.UNKNOWN_DEVICE,
                       "the signing device is not enrolled at this hub")
    return device


async def _admit(state: HubState, verified: VerifiedRequest, device: DeviceRecord) -> None:
    if device.status != "active":
        raise ApiError(403, ErrorCode.DEVICE_REVOKED,
                       "this device has been revoked; ask IT to re-enrol")
    state.limiter.check(device.device_id)
    await check_nonce(state, verified)


async def authenticate_streaming(state: HubState, request: Request
                                 ) -> tuple[VerifiedRequest, DeviceRecord, bytes]:
    """`authenticate` for a body too large to hold: the signature, device, rate and nonce
    are checked now; the returned digest must match the body once it has streamed in."""
    try:
        device = await _signer(state, request)
        try:
            verified, claimed = verify_request_headers(
                request.method, request_target(request), request.headers, device.sign_key,
                now=state.clock(), max_skew=state.limits.max_skew_seconds)
        except RequestAuthError as exc:
            raise auth_error(exc) from exc
        await _admit(state, verified, device)
    except ApiError as exc:
        charged = _charged(state, request, exc)
        if charged is exc:
            raise
        raise charged from exc
    return verified, device, claimed


async def authenticate(state: HubState, request: Request, body: bytes
                       ) -> tuple[VerifiedRequest, DeviceRecord]:
    """Verify the request came from an enrolled, active device and is fresh and new."""
    try:
        device = await _signer(state, request)
        verified = check_signature(state, request, body, device.sign_key)
        await _admit(state, verified, device)
    except ApiError as exc:
        charged = _charged(state, request, exc)
        if charged is exc:
            raise
        raise charged from exc
    return verified, device

