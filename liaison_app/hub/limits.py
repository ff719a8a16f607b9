"""Request limits: body size (checked while streaming) and per-key rate (token bucket)."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from liaison_app.hub.errors import ApiError, error_response
from liaison_app.protocol.api import ErrorCode

DRAIN_FACTOR = 8
"""An oversize body is drained (and discarded) up to this many times the limit,
so the client can read the 413; anything longer gets the connection closed."""


async def read_body(request: Request, max_bytes: int) -> bytes:
    """The request body, or ApiError 413 once it passes `max_bytes`."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise ApiError(400, ErrorCode.BAD_REQUEST, "Content-Length is not a number")
        if int(declared) > max_bytes * DRAIN_FACTOR:
            raise _too_large(max_bytes, close=True)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes * DRAIN_FACTOR:
            raise _too_large(max_bytes, close=True)
        if size <= max_bytes:
            chunks.append(chunk)
    if size > max_bytes:
        raise _too_large(max_bytes)
    return b"".join(chunks)


def _too_large(max_bytes: int, *, close: bool = False) -> ApiError:
    headers = {"Connection": "close"} if close else {}
    return ApiError(413, ErrorCode.BODY_TOO_LARGE,
                    f"the request body exceeds {max_bytes} bytes", headers=headers)


def too_many(wait: float) -> ApiError:
    """The 429 for a bucket that has a token again in `wait` seconds."""
    seconds = max(1, math.ceil(wait))
    return ApiError(429, ErrorCode.RATE_LIMITED, f"too many requests; retry after {seconds} s",
                    headers={"Retry-After": str(seconds)})


class Limiter(Protocol):
    """What request handling needs of a rate limiter: the in-process `RateLimiter`
    or the database's `shared_limits.SharedRateLimiter` (several nodes)."""

    blocking: bool
    """True when `take` waits on the database (call it from a worker thread)."""

    def take(self, key: str) -> float | None: ...

    def check(self, key: str) -> None: ...


HEALTH_PATH = "/v1/health"
"""Load balancers probe it unsigned from one address, often for every node; its answer
is cheap by construction (the store pinged at most once a second), so it is not limited."""


class UnsignedLimit:
    """ASGI middleware: a request without a `Signature` header spends a token of its
    address's bucket, so unauthenticated traffic (probes, the OpenAPI document, unknown
    paths) is limited per address before any handler runs."""

    def __init__(self, app: ASGIApp, limiter: Limiter) -> None:
        self.app = app
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("path") != HEALTH_PATH and not any(
                name.lower() == b"signature" for name, _ in scope.get("headers", ())):
            client = scope.get("client")
            key = f"ip:{client[0] if client else '?'}"
            wait = (await run_in_threadpool(self.limiter.take, key) if self.limiter.blocking
                    else self.limiter.take(key))
            if wait is not None:
                await error_response(too_many(wait))(scope, receive, send)
                return
        await self.app(scope, receive, send)


@dataclass(slots=True)
class _Bucket:
    tokens: float
    stamp: float


class RateLimiter:
    """A token bucket per key: `rate` tokens a second, at most `burst` banked."""

    blocking = False

    def __init__(self, rate: float, burst: int,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("rate must be > 0 and burst >= 1")
        self.rate = rate
        self.burst = float(burst)
        self._clock = clock
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()  # requests check from worker threads

    def take(self, key: str) -> float | None:
        """Spend one token for `key`; None if allowed, else seconds until one is free."""
        with self._lock:
            return self._take(key)

    def _take(self, key: str) -> float | None:
        now = self._clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) > 10_000:
                self._prune(now)
            bucket = self._buckets[key] = _Bucket(self.burst, now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.stamp) * self.rate)
        bucket.stamp = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return None
        return (1.0 - bucket.tokens) / self.rate

    def check(self, key: str) -> None:
        """take(), raising ApiError 429 with Retry-After when the bucket is empty."""
        wait = self.take(key)
        if wait is not None:
            raise too_many(wait)

    def _prune(self, now: float) -> None:
        full = self.burst / self.rate
        for key in [k for k, b in self._buckets.items() if now - b.stamp > full]:
            del self._buckets[key]
