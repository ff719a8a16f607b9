"""Rate limits shared by every hub process on one PostgreSQL database.

Each check is one atomic upsert of the key's token bucket in `rate_buckets`
(its row lock orders concurrent checks from any process), timed by the
database's clock so the nodes' clocks do not matter. SQLite hubs run as one
process and keep their buckets in memory (`limits.RateLimiter`).
"""

from __future__ import annotations

from sqlalchemy import Engine

from liaison_app.hub.limits import too_many

TAKE_SQL = """
INSERT INTO rate_buckets AS b (key, tokens, stamp, granted)
VALUES (%(key)s, %(burst)s - 1, extract(epoch FROM clock_timestamp())::float8, 1)
ON CONFLICT (key) DO UPDATE SET
    tokens = CASE WHEN least(%(burst)s, b.tokens + (excluded.stamp - b.stamp) * %(rate)s) >= 1
                  THEN least(%(burst)s, b.tokens + (excluded.stamp - b.stamp) * %(rate)s) - 1
                  ELSE least(%(burst)s, b.tokens + (excluded.stamp - b.stamp) * %(rate)s) END,
    granted = CASE WHEN least(%(burst)s, b.tokens + (excluded.stamp - b.stamp) * %(rate)s) >= 1
                   THEN 1 ELSE 0 END,
    stamp = excluded.stamp
RETURNING granted, tokens"""
"""Spend a token of bucket %(key)s (%(rate)s a second, %(burst)s banked); used alone
and inside `HubStore.admit` (the request's one round trip)."""


class SharedRateLimiter:
    """A token bucket per key in the database: `rate` tokens a second, `burst` banked."""

    blocking = True

    def __init__(self, engine: Engine, rate: float, burst: int, scope: str) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("rate must be > 0 and burst >= 1")
        self.engine = engine
        self.rate = rate
        self.burst = float(burst)
        self.scope = scope
        """Prefixed to every key, so two limiters never share a bucket."""

    def take(self, key: str) -> float | None:
        """Spend one token for `key`; None if allowed, else seconds until one is free."""
        with self.engine.connect() as conn, conn.begin():
            granted, tokens = conn.exec_driver_sql(TAKE_SQL, self.params(key)).one()
        return self.wait(granted, tokens)

    def params(self, key: str) -> dict[str, object]:
        """The parameters of TAKE_SQL for `key`."""
        return {"key": f"{self.scope}:{key}"[:128], "burst": self.burst, "rate": self.rate}

    def wait(self, granted: int, tokens: float) -> float | None:
        """None if TAKE_SQL granted a token, else seconds until one is free."""
        return None if granted else (1.0 - float(tokens)) / self.rate

    def check(self, key: str) -> None:
        """take(), raising ApiError 429 with Retry-After when the bucket is empty."""
        wait = self.take(key)
        if wait is not None:
            raise too_many(wait)
