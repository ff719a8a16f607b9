"""Faults between client and hub: refuse, reset mid-body, stall, truncate, 500 and 429.

Through the loopback fault proxy (TLS passes through untouched) and an
in-thread copy of the hub app that injects 500/429, everything is delivered
exactly once in the end and the engine never raises.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from liaison_app.hub.admin import open_hub
from liaison_app.hub.app import create_app
from liaison_app.store import messages, outbox, quarantine
from liaison_app.store.messages import Direction, MessageFilter, MessageStatus
from liaison_app.sync.engine import SyncEngine, SyncReport
from liaison_app.sync.errors import RateLimited, SyncError, Unreachable
from tests.support.fault_proxy import (
    Fault,
    FaultProxy,
    Inject,
    InjectingApp,
    Script,
    ThreadedServer,
    serve_in_thread,
)
from tests.support.hub_process import HubProcess
from tests.sync.peers import Peer, queue_alert, refresh_directory

MAX_RUNS = 25


def _until_done(engine: SyncEngine, peer: Peer, done: Callable[[], bool]
                ) -> tuple[list[SyncReport], list[SyncError]]:
    reports: list[SyncReport] = []
    errors: list[SyncError] = []
    for _ in range(MAX_RUNS):
        report = engine.run_once()  # never raises: errors are classified on the report
        reports.append(report)
        if report.error is not None:
            errors.append(report.error)
        elif outbox.pending_count(peer.db) == 0 and done():
            return reports, errors
    raise AssertionError(f"not done after {MAX_RUNS} runs: {[str(e) for e in errors]}")


def _assert_exactly_once(a: Peer, b: Peer, ids: list[str]) -> None:
    incoming = messages.list_page(b.db, MessageFilter(direction=Direction.INCOMING,
                                                      type="alert"), limit=10_000)
    got = [m.message_id for m in incoming]
    assert sorted(got) == sorted(ids)
    assert quarantine.count(b.db) == 0
    for message_id in ids:
        row = messages.get(a.db, message_id)
        assert row is not None and row.status in (MessageStatus.SENT, MessageStatus.DELIVERED)


@pytest.fixture
def proxy(hub: HubProcess) -> Iterator[FaultProxy]:
    port = int(hub.url.rsplit(":", 1)[1])
    with FaultProxy("127.0.0.1", port) as p:
        yield p


def test_network_faults_deliver_everything_exactly_once(
        make_peer: Callable[..., Peer], proxy: FaultProxy) -> None:
    a, b = make_peer("GB-NCA"), make_peer("RS-BP")
    refresh_directory(a)
    ids = [queue_alert(a, "RS-BP", f"fault test {i} " + "x" * 400) for i in range(30)]

    proxy.plan(Script(Fault.REFUSE), Script(Fault.RESET_UP, after=4000),
               Script(Fault.STALL, after=5000), Script(Fault.TRUNCATE, after=5200),
               Script(Fault.RESET_DOWN, after=4500), Script(Fault.STALL, after=0))
    a_engine = a.engine(proxy.url, timeout=2.0, batch_size=5)
    _, a_errors = _until_done(a_engine, a, lambda: proxy.pending() == 0)
    assert a_errors and all(isinstance(e, Unreachable) for e in a_errors), a_errors

    proxy.plan(Script(Fault.TRUNCATE, after=6000), Script(Fault.RESET_DOWN, after=9000),
               Script(Fault.STALL, after=7000), Script(Fault.REFUSE),
               Script(Fault.RESET_UP, after=2500))
    b_engine = b.engine(proxy.url, timeout=2.0, page_size=4)

    def b_has_all() -> bool:
        return proxy.pending() == 0 and messages.count(
            b.db, MessageFilter(direction=Direction.INCOMING, type="alert")) == len(ids)

    _, b_errors = _until_done(b_engine, b, b_has_all)
    assert b_errors and all(isinstance(e, Unreachable) for e in b_errors), b_errors
    assert {c.script.fault for c in proxy.connections} >= set(Fault)
    _assert_exactly_once(a, b, ids)


@pytest.fixture
def injecting(hub: HubProcess) -> Iterator[tuple[InjectingApp, ThreadedServer]]:
    """The hub app on the same store, in a thread, wrapped to answer 500/429 on demand."""
    ctx = open_hub(hub.root)
    app = InjectingApp(create_app(ctx), retry_after=2)
    tls = hub.root / "tls"
    try:
        with serve_in_thread(app, tls / "server.pem", tls / "server.key") as server:
            yield app, server
    finally:
        ctx.engine.dispose()


def test_hub_500_and_429_are_retried_and_nothing_doubles(
        make_peer: Callable[..., Peer],
        injecting: tuple[InjectingApp, ThreadedServer]) -> None:
    app, server = injecting
    a, b = make_peer("GB-NCA"), make_peer("RS-BP")
    refresh_directory(a)
    ids = [queue_alert(a, "RS-BP", f"5xx test {i}") for i in range(12)]
    a_engine = a.engine(server.url, batch_size=4)

    # directory and watch-list index ok; of the two batches in flight, one is stored by
    # the hub but answered 500 (which one is the threads' race), the other accepted
    app.plan.extend([Inject.PASS, Inject.PASS, Inject.ERROR_500_AFTER])
    first = a_engine.run_once()
    assert isinstance(first.error, Unreachable) and "500" in first.error.message
    assert first.pushed == 4  # the batch beside the failed one was still recorded
    assert outbox.pending_count(a.db) == 8
    # then a 429 with Retry-After
    app.plan.extend([Inject.RATE_429])
    second = a_engine.run_once()
    assert isinstance(second.error, RateLimited) and second.error.retry_after == 2
    # then a plain 500 for one of the two batches in flight
    app.plan.extend([Inject.PASS, Inject.PASS, Inject.PASS, Inject.ERROR_500])
    third = a_engine.run_once()
    assert isinstance(third.error, Unreachable)
    assert third.pushed + third.duplicates == 4
    assert outbox.pending_count(a.db) == 4
    last = a_engine.run_once()
    assert last.ok, last.error
    # the batch the hub kept despite its 500 comes back "duplicate" exactly once
    assert third.duplicates + last.duplicates == 4
    assert first.pushed + third.pushed + last.pushed == 8

    b_engine = b.engine(server.url, page_size=5)
    # inbox answered 500; then the ack is applied but answered 500; then 429
    app.plan.extend([Inject.PASS, Inject.PASS, Inject.ERROR_500])
    assert isinstance(b_engine.run_once().error, Unreachable)
    app.plan.extend([Inject.PASS, Inject.PASS, Inject.PASS, Inject.ERROR_500_AFTER])
    assert isinstance(b_engine.run_once().error, Unreachable)
    app.plan.extend([Inject.RATE_429])
    assert isinstance(b_engine.run_once().error, RateLimited)
    for _ in range(5):
        if b_engine.run_once().ok and messages.count(
                b.db, MessageFilter(direction=Direction.INCOMING, type="alert")) == 12:
            break
    assert app.counts[Inject.ERROR_500_AFTER.value] == 2
    _assert_exactly_once(a, b, ids)
