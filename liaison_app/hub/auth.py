"""Request authentication: the RFC 9421 profile, device status, rate and replay checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
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
from liaison_app.hub.limits import Limiter, too_many
from liaison_app.hub.notify import MailboxNotifier
from liaison_app.hub.shared_limits import SharedRateLimiter
from liaison_app.hub.store import DeviceRecord, HubStore
from liaison_app.hub.wakeups import WakeupListener
from liaison_app.protocol.api import ErrorCode


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class HubState:
    """Everything a request handler needs."""

    ctx: HubContext
    store: HubStore
    limiter: Limiter
    enrol_limiter: Limiter
    unsigned_limiter: Limiter
    """Per address: requests that prove no device (shared by the nodes on PostgreSQL)."""
    notifier: MailboxNotifier = field(default_factory=MailboxNotifier)
    clock: Callable[[], datetime] = _utc_now
    running_digests: RunningDigests = field(default_factory=RunningDigests)
    listener: WakeupListener | None = None
    """The PostgreSQL wake-up listener (None on SQLite: one process, nothing to hear)."""

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


@dataclass(frozen=True, slots=True)
class RequestParts:
    """What signature checking reads of a request, taken on the event loop so the
    check itself can run in a worker thread."""

    method: str
    target: str
    headers: Headers
    address: str
    """The peer's address, the key of per-address limits."""


def parts_of(request: Request) -> RequestParts:
    """The method, target, headers and peer address of `request`."""
    return RequestParts(request.method, request_target(request), request.headers,
                        client_address(request))


def client_address(request: Request) -> str:
    """The peer's address, the key of per-address limits."""
    return f"ip:{request.client.host if request.client else '?'}"


def request_target(request: Request) -> str:
    """The request target as sent: raw path plus `?query` when there is one."""
    raw = request.scope.get("raw_path") or request.scope["path"].encode("utf-8")
    path = bytes(raw).decode("latin-1").partition("?")[0]
    query = request.scope.get("query_string", b"")
    return f"{path}?{query.decode('latin-1')}" if query else path


def auth_error(exc: RequestAuthError) -> ApiError:
    """The 401 for a refused signature."""
    return ApiError(401, ErrorCode(exc.code.value), exc.message)


def check_signature(state: HubState, request: RequestParts, body: bytes, sign_key: bytes
                    ) -> VerifiedRequest:
    """verify_request against `sign_key`, mapping failures to 401s."""
    try:
        return verify_request(
            request.method, request.target, request.headers, body, sign_key,
            now=state.clock(), max_skew=state.limits.max_skew_seconds)
    except RequestAuthError as exc:
        raise auth_error(exc) from exc


def _nonce_expiry(state: HubState) -> int:
    return int(state.clock().timestamp()) + 2 * state.limits.max_skew_seconds + 1


def _replayed() -> ApiError:
    return ApiError(401, ErrorCode.REPLAYED_REQUEST,
                    "this request (its nonce) was already received")


def check_nonce(state: HubState, verified: VerifiedRequest) -> None:
    """Refuse a nonce this device already used within the replay window (blocking)."""
    if not state.store.remember_nonce(verified.device_id, verified.nonce,
                                      _nonce_expiry(state)):
        raise _replayed()


def charge_unauthenticated(state: HubState, request: RequestParts, refusal: ApiError
                           ) -> ApiError:
    """A request whose signature did not prove a device spends a token of its address's
    bucket (the one unsigned requests spend): `refusal` while tokens last, then 429.
    A request with no `Signature` header at all already paid at the door (UnsignedLimit).
    Blocking (the shared limiter is a database round trip)."""
    if "signature" not in request.headers:
        return refusal
    wait = state.unsigned_limiter.take(request.address)
    if wait is None:
        return refusal
    return too_many(wait)


def _charged(state: HubState, request: RequestParts, exc: ApiError) -> ApiError:
    """A refusal before the device is proven (unsigned, malformed, unknown device, bad
    or stale signature) counts against the address's unsigned-request limit."""
    if exc.status == 401 and exc.code is not ErrorCode.REPLAYED_REQUEST:
        return charge_unauthenticated(state, request, exc)
    return exc


def _signer(state: HubState, request: RequestParts) -> DeviceRecord:
    try:
        key_id = request_key_id(request.headers)
    except RequestAuthError as exc:
        raise auth_error(exc) from exc
    device = state.store.device(key_id)
    if device is None:
        raise ApiError(401, ErrorCode.UNKNOWN_DEVICE,
                       "the signing device is not enrolled at this hub")
    return device


def _admit(state: HubState, verified: VerifiedRequest, device: DeviceRecord) -> None:
    # The nonce is recorded, the device's status read (the cached record's may be
    # stale: a revocation counts at once) and, on PostgreSQL, a rate token spent, in
    # one round trip.
    shared = state.limiter if isinstance(state.limiter, SharedRateLimiter) else None
    seen = state.store.admit(device.device_id, verified.nonce, _nonce_expiry(state), shared)
    if seen.status != "active":
        raise ApiError(403, ErrorCode.DEVICE_REVOKED,
                       "this device has been revoked; ask IT to re-enrol")
    if seen.rate_checked:
        if seen.wait is not None:
            raise too_many(seen.wait)
    else:
        state.limiter.check(device.device_id)
    if not seen.fresh:
        raise _replayed()


def authenticate_sync(state: HubState, request: RequestParts, body: bytes
                      ) -> tuple[VerifiedRequest, DeviceRecord]:
    """Verify the request came from an enrolled, active device and is fresh and new.

    Blocking (store lookups): route handlers call it inside their one worker-thread
    hand-off, together with the rest of the request's work.
    """
    try:
        device = _signer(state, request)
        verified = check_signature(state, request, body, device.sign_key)
        _admit(state, verified, device)
    except ApiError as exc:
        charged = _charged(state, request, exc)
        if charged is exc:
            raise
        raise charged from exc
    return verified, device


async def authenticate(state: HubState, request: Request, body: bytes
                       ) -> tuple[VerifiedRequest, DeviceRecord]:
    """`authenticate_sync` in one worker-thread hand-off, for handlers whose own work
    is not on the hot path."""
    return await run_in_threadpool(authenticate_sync, state, parts_of(request), body)


def _authenticate_headers(state: HubState, request: RequestParts
                          ) -> tuple[VerifiedRequest, DeviceRecord, bytes]:
    try:
        device = _signer(state, request)
        try:
            verified, claimed = verify_request_headers(
                request.method, request.target, request.headers, device.sign_key,
                now=state.clock(), max_skew=state.limits.max_skew_seconds)
        except RequestAuthError as exc:
            raise auth_error(exc) from exc
        _admit(state, verified, device)
    except ApiError as exc:
        charged = _charged(state, request, exc)
        if charged is exc:
            raise
        raise charged from exc
    return verified, device, claimed


async def authenticate_streaming(state: HubState, request: Request
                                 ) -> tuple[VerifiedRequest, DeviceRecord, bytes]:
    """`authenticate` for a body too large to hold: the signature, device, rate and nonce
    are checked now; the returned digest must match the body once it has streamed in."""
    return await run_in_threadpool(_authenticate_headers, state, parts_of(request))
