"""Capped exponential backoff with full jitter, honouring the hub's Retry-After.

Delay for the n-th consecutive failure (n from 1): uniform(0, min(cap, base * 2**(n-1))),
but never less than a Retry-After the hub asked for. The random source and the
clock are injectable, so tests are exact.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["Backoff"]


@dataclass(slots=True)
class Backoff:
    """Counts consecutive failures and says how long to wait before the next try."""

    base: float = 1.0
    cap: float = 300.0
    rng: Callable[[], float] = field(default=random.random)
    clock: Callable[[], float] = field(default=time.monotonic)
    failures: int = 0
    _not_before: float = 0.0

    def __post_init__(self) -> None:
        if self.base <= 0 or self.cap < self.base:
            raise ValueError("backoff needs 0 < base <= cap")

    def ceiling(self, failures: int) -> float:
        """The upper bound of the jittered delay after `failures` failures."""
        if failures <= 0:
            return 0.0
        exponent = min(failures - 1, 62)
        return min(self.cap, self.base * (2.0 ** exponent))

    def failed(self, retry_after: float | None = None) -> float:
        """Record a failure; return the delay (seconds) before the next attempt."""
        self.failures += 1
        delay = self.rng() * self.ceiling(self.failures)
        if retry_after is not None:
            delay = max(delay, float(retry_after))
        self._not_before = self.clock() + delay
        return delay

    def succeeded(self) -> None:
        """Reset after a success."""
        self.failures = 0
        self._not_before = 0.0

    def remaining(self) -> float:
        """Seconds still to wait before the next attempt (0 when it may go now)."""
        return max(0.0, self._not_before - self.clock())
