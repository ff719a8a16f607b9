"""Request authentication: the RFC 9421 profile, device status, rate and replay checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from starlette.datastructures import Headers
from starlette.requests import Request

from liaison_app.crypto.request_auth import (
    RequestAuthError,
    VerifiedRequest,
    request_key_id,
    verify_request,
)
from liaison_app.hub.admin import HubContext
from liaison_app.hub.config import Limits
from liaison_app.hub.errors import ApiError
from liaison_app.hub.notify import MailboxNotifier
from liaison_app.hub.shared_limits import Limiter, SharedRateLimiter, too_many
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
    notifier: MailboxNotifier = field(default_factory=MailboxNotifier)
    clock: Callable[[], datetime] = _utc_now
    listener: WakeupListener | None = None
    """The PostgreSQL wake-up listener (None on SQLite: one process, nothing to hear)."""

    @property
    def limits(self) -> Limits:
        """The configured limits."""
        return self.ctx.config.limits


@dataclass(frozen=True, slots=True)
class RequestParts:
    """What signature checking reads of a request, taken on the event loop so the
    check itself can run in a worker thread."""

    method: str
    target: str
    headers: Headers


def parts_of(request: Request) -> RequestParts:
    """The method, target and headers of `request`."""
    return RequestParts(request.method, request_target(request), request.headers)


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


def authenticate_sync(state: HubState, request: RequestParts, body: bytes
                      ) -> tuple[VerifiedRequest, DeviceRecord]:
    """Verify the request came from an enrolled, active device and is fresh and new.

    Blocking (store lookups): route handlers call it inside their one worker-thread
    hand-off, together with the rest of the request's work.
    """
    try:
        key_id = request_key_id(request.headers)
    except RequestAuthError as exc:
        raise auth_error(exc) from exc
    device = state.store.device(key_id)
    if device is None:
        raise ApiError(401, ErrorCode.UNKNOWN_DEVICE,
                       "the signing device is not enrolled at this hub")
    verified = check_signature(state, request, body, device.sign_key)
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
    return verified, device
