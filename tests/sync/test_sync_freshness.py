"""Freeze: a hub replaying an old directory is refused once the authority's signed
timestamp has expired; within the window the view's age is known and shown."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from liaison_app.protocol.api import EnvelopeResult, InboxPage
from liaison_app.store import directory_cache
from liaison_app.sync.engine import DirectoryRefused, SyncEngine
from liaison_app.sync.hub_client import DirectoryFetch
from tests.support.hub_process import HubProcess
from tests.sync.peers import Peer


@dataclass
class Recorded:
    """What a hub answered once: its timestamp and its directory."""

    timestamp: bytes
    directory: DirectoryFetch


class FrozenHub:
    """A hub that keeps answering with what it said at one moment (a compromised or
    stuck hub, or an attacker replaying recorded answers): no new timestamp, the old
    directory, an empty inbox."""

    def __init__(self, recorded: Recorded) -> None:
        self.recorded = recorded
        self.directory_requests = 0

    def get_timestamp(self) -> bytes:
        return self.recorded.timestamp

    def get_directory(self, etag: str | None = None) -> DirectoryFetch | None:
        self.directory_requests += 1
        return self.recorded.directory

    def post_envelopes(self, envelopes: Sequence[bytes]) -> list[EnvelopeResult]:
        raise AssertionError("a refused directory must stop the sync before any push")

    def get_inbox(self, after: str | None, limit: int = 100, wait: int = 0) -> InboxPage:
        return InboxPage((), after or "0", False)

    def ack(self, cursor: str) -> object:
        return None

    def post_audit_head(self, signed: bytes) -> int:
        return 0

    def get_audit_head(self) -> bytes | None:
        return None

    def get_watchlist_index(self, etag: str | None = None) -> DirectoryFetch | None:
        return None  # no watch list at this hub

    def get_watchlist(self, name: str) -> DirectoryFetch | None:
        return None


def _record(peer: Peer) -> Recorded:
    client = peer.client()
    fetched = client.get_directory()
    assert fetched is not None
    return Recorded(client.get_timestamp(), fetched)


def _engine(peer: Peer, hub: object, at: datetime) -> SyncEngine:
    return SyncEngine(peer.db, peer.keys, peer.ident, hub,  # type: ignore[arg-type]
                      authority_key=peer.profile.directory_authority_key, clock=lambda: at,
                      max_directory_age=timedelta(hours=72))


def test_replayed_directory_is_refused_after_the_timestamp_expires(
        make_peer: Callable[..., Peer], hub: HubProcess) -> None:
    a, b = make_peer("GB-NCA"), make_peer("RS-BP")
    frozen = _record(a)  # the hub's answers before b is revoked
    hub.revoke(b.keys.device_id)
    now = datetime.now(UTC).replace(microsecond=0)

    within = _engine(a, FrozenHub(frozen), now + timedelta(hours=20)).run_once()
    assert within.ok, within.error  # inside the window the old view still stands ...
    status = _engine(a, FrozenHub(frozen), now + timedelta(hours=20)).status()
    assert status.directory_age(now + timedelta(hours=20)) >= timedelta(hours=20)  # type: ignore[operator]

    replay = FrozenHub(frozen)
    late = _engine(a, replay, now + timedelta(hours=25)).run_once()  # ... but not past it
    assert isinstance(late.error, DirectoryRefused)
    assert "expired" in late.error.message and "replaying" in late.error.message
    assert replay.directory_requests == 0  # refused before the directory was even asked for

    fresh = a.engine().run_once()  # the real hub (now) proves the revocation
    assert fresh.ok, fresh.error
    listed = directory_cache.device(a.db, b.keys.device_id)
    assert listed is not None and listed.status.value == "revoked"


def test_a_directory_other_than_the_one_named_is_refused(
        make_peer: Callable[..., Peer], hub: HubProcess) -> None:
    a = make_peer("GB-NCA")
    old = _record(a)
    make_peer("RS-BP")  # a new device: a new directory and a new timestamp naming it
    current = _record(a)
    mixed = FrozenHub(Recorded(current.timestamp, old.directory))
    report = _engine(a, mixed, datetime.now(UTC)).run_once()
    assert isinstance(report.error, DirectoryRefused)
    assert "names" in report.error.message


def test_the_cached_directory_is_kept_when_the_timestamp_names_it(
        make_peer: Callable[..., Peer]) -> None:
    a = make_peer("GB-NCA")
    assert a.engine().run_once().ok
    recorded = _record(a)
    replay = FrozenHub(recorded)
    assert _engine(a, replay, datetime.now(UTC)).run_once().ok
    assert replay.directory_requests == 0


def test_a_timestamp_older_than_one_accepted_is_a_rollback(
        make_peer: Callable[..., Peer]) -> None:
    a = make_peer("GB-NCA")
    old = _record(a)
    make_peer("GB-NCA")
    assert a.engine().run_once().ok  # accepts the newer timestamp
    report = _engine(a, FrozenHub(old), datetime.now(UTC)).run_once()
    assert isinstance(report.error, DirectoryRefused) and "rollback" in report.error.message


@pytest.mark.parametrize("hours,stale", [(5, False), (80, True)])
def test_status_knows_the_age_and_the_limit(make_peer: Callable[..., Peer],
                                            hours: int, stale: bool) -> None:
    a = make_peer("GB-NCA")
    assert a.engine().run_once().ok
    later = datetime.now(UTC) + timedelta(hours=hours)
    status = _engine(a, None, later).status()
    age = status.directory_age(later)
    assert age is not None and timedelta(hours=hours) <= age < timedelta(hours=hours + 1)
    assert status.directory_stale(later) is stale
    assert status.to_wire()["directory_fresh_at"] is not None
