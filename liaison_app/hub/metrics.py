"""Prometheus metrics of the hub: counts and timings only.

No label ever holds an officer, device, agency or envelope identifier: requests
are labelled by route template, method and status; refusals by reason code;
mailboxes are summed (entries waiting, mailboxes holding any, the deepest).

One process keeps its values in memory. Under `serve --workers N` every worker
writes them to files in `run/metrics/` (prometheus_client's multiprocess mode,
switched on by PROMETHEUS_MULTIPROC_DIR in the workers' environment) and the
supervisor's admin address serves their sum (`admin_server.py`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)

REQUESTS = Counter("liaison_hub_requests", "HTTP requests answered, by route template, "
                   "method and status", ("route", "method", "status"), registry=REGISTRY)
LATENCY = Histogram("liaison_hub_request_duration_seconds", "Time to answer a request "
                    "(long-polls include their wait)", ("route", "method"),
                    buckets=_LATENCY_BUCKETS, registry=REGISTRY)
STORED = Counter("liaison_hub_envelopes_stored", "Envelopes accepted and stored",
                 registry=REGISTRY)
DUPLICATES = Counter("liaison_hub_envelopes_duplicate", "Envelopes already stored "
                     "(a resend), answered duplicate", registry=REGISTRY)
REFUSED = Counter("liaison_hub_envelopes_rejected", "Envelopes rejected, by reason code",
                  ("reason",), registry=REGISTRY)
SERVED = Counter("liaison_hub_inbox_items_served", "Mailbox entries handed out in inbox "
                 "pages", registry=REGISTRY)
DELIVERED = Counter("liaison_hub_envelopes_delivered", "Mailbox entries acknowledged by "
                    "their device (delivered and deleted)", registry=REGISTRY)
WAITERS = Gauge("liaison_hub_longpoll_waiters", "Inbox requests waiting for mail",
                registry=REGISTRY, multiprocess_mode="livesum")
MAILBOX_ENTRIES = Gauge("liaison_hub_mailbox_entries", "Copies waiting in all mailboxes",
                        registry=REGISTRY, multiprocess_mode="mostrecent")
MAILBOXES_WAITING = Gauge("liaison_hub_mailboxes_waiting", "Mailboxes holding any entry",
                          registry=REGISTRY, multiprocess_mode="mostrecent")
MAILBOX_DEEPEST = Gauge("liaison_hub_mailbox_depth_max", "Entries in the fullest mailbox",
                        registry=REGISTRY, multiprocess_mode="mostrecent")
LISTENER_UP = Gauge("liaison_hub_wakeup_listener_up", "1 when the PostgreSQL wake-up "
                    "listener is connected (the lowest over processes); absent on SQLite",
                    registry=REGISTRY, multiprocess_mode="livemin")

class RouteNames:
    """Maps a request path to its route template (or "other"), never to the raw path."""

    def __init__(self, routes: Sequence[tuple[re.Pattern[str], str]]) -> None:
        self._routes = list(routes)

    def __call__(self, path: str) -> str:
        for pattern, template in self._routes:
            if pattern.match(path):
                return template
        return "other"


def record_request(route: str, method: str, status: int, seconds: float) -> None:
    """Count one answered request and its time."""
    method = method if method in {"GET", "POST", "PUT", "DELETE", "HEAD"} else "other"
    REQUESTS.labels(route, method, str(status)).inc()
    LATENCY.labels(route, method).observe(seconds)


def record_batch(accepted: int, duplicate: int, reasons: Sequence[str]) -> None:
    """Count a batch's outcomes."""
    if accepted:
        STORED.inc(accepted)
    if duplicate:
        DUPLICATES.inc(duplicate)
    for reason in reasons:
        REFUSED.labels(reason).inc()


def record_served(items: int) -> None:
    """Count entries handed out in an inbox page."""
    if items:
        SERVED.inc(items)


def record_delivered(entries: int) -> None:
    """Count entries a device acknowledged."""
    if entries:
        DELIVERED.inc(entries)
