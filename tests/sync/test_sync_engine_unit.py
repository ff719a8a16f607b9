"""Engine rules that a real hub cannot be made to break: directory refusals, the
directory's own revocation, Retry-After in the watch loop, and backoff arithmetic."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import nacl.signing
import pytest

from liaison_app.crypto.directory import sign_directory
from liaison_app.crypto.keys import DeviceKeys
from liaison_app.crypto.timestamp import sign_timestamp
from liaison_app.domain.parties import Agency, DeviceStatus, Officer
from liaison_app.protocol.api import EnvelopeResult, InboxPage
from liaison_app.protocol.directory import DeviceEntry, Directory
from liaison_app.protocol.timestamp import DirectoryTimestamp, directory_digest
from liaison_app.store import directory_cache
from liaison_app.store.database import Database
from liaison_app.sync.backoff import Backoff
from liaison_app.sync.engine import DirectoryRefused, SyncEngine
from liaison_app.sync.errors import RateLimited, ReEnrolRequired, TlsRefused
from liaison_app.sync.hub_client import DirectoryFetch, HubClient

NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Ident:
    officer_id: str = "gb-nca.lo-belgrade"
    agency_id: str = "GB-NCA"
    device_id: str = ""


class FakeHub:
    """Serves a scripted directory (with a fresh timestamp naming it, signed by the
    authority, unless `timestamp` is set) and an empty inbox; can rate-limit."""

    def __init__(self, authority: nacl.signing.SigningKey) -> None:
        self.authority = authority
        self.directory: bytes = b""
        self.timestamp: bytes | None = None
        self.stamps = 0
        self.rate_limit: float | None = None
        self.calls = 0

    def get_timestamp(self) -> bytes:
        if self.rate_limit is not None:
            raise RateLimited("busy", self.rate_limit)
        if self.timestamp is not None:
            return self.timestamp
        self.stamps += 1
        return sign_timestamp(DirectoryTimestamp(
            version=self.stamps, directory_version=1,
            directory_sha256=directory_digest(self.directory),
            issued_at=NOW - timedelta(hours=1), expires_at=NOW + timedelta(hours=23)),
            self.authority)

    def get_directory(self, etag: str | None = None) -> DirectoryFetch | None:
        self.calls += 1
        if self.rate_limit is not None:
            raise RateLimited("busy", self.rate_limit)
        return DirectoryFetch(self.directory, None)

    def post_envelopes(self, envelopes: Sequence[bytes]) -> list[EnvelopeResult]:
        return []

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


@dataclass
class Rig:
    db: Database
    keys: DeviceKeys
    authority: nacl.signing.SigningKey
    hub: FakeHub

    def directory(self, version: int, *, status: DeviceStatus = DeviceStatus.ACTIVE,
                  expires: timedelta = timedelta(days=30),
                  key: nacl.signing.SigningKey | None = None) -> bytes:
        pub = self.keys.public()
        d = Directory(
            version=version, issued_at=NOW - timedelta(hours=1), expires_at=NOW + expires,
            agencies=(Agency("GB-NCA", "National Crime Agency", "GB"),),
            officers=(Officer("gb-nca.lo-belgrade", "GB-NCA", "Officer A"),),
            devices=(DeviceEntry(pub.device_id, "gb-nca.lo-belgrade", "GB-NCA", pub.sign_key,
                                 pub.box_key, pub.box_key_sig, status),))
        return sign_directory(d, key or self.authority)

    def engine(self) -> SyncEngine:
        return SyncEngine(self.db, self.keys, Ident(device_id=self.keys.device_id), self.hub,
                          authority_key=bytes(self.authority.verify_key), clock=lambda: NOW)


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    db = Database.open(tmp_path / "cache.db", os.urandom(32))
    authority = nacl.signing.SigningKey.generate()
    yield Rig(db, DeviceKeys.generate(), authority, FakeHub(authority))
    db.close()


def _version(rig: Rig) -> int | None:
    meta = directory_cache.meta(rig.db)
    return None if meta is None else meta.version


def test_directory_is_verified_and_cached(rig: Rig) -> None:
    rig.hub.directory = rig.directory(3)
    report = rig.engine().run_once()
    assert report.ok, report.error
    assert report.directory_version == 3 and _version(rig) == 3


@pytest.mark.parametrize("case", ["bad_signature", "expired", "rollback"])
def test_bad_directories_are_refused_and_the_cache_kept(rig: Rig, case: str) -> None:
    rig.hub.directory = rig.directory(5)
    assert rig.engine().run_once().ok
    rig.hub.directory = {
        "bad_signature": rig.directory(6, key=nacl.signing.SigningKey.generate()),
        "expired": rig.directory(6, expires=timedelta(seconds=-1)),
        "rollback": rig.directory(4),
    }[case]
    report = rig.engine().run_once()
    assert isinstance(report.error, DirectoryRefused)
    assert case.split("_")[0] in str(report.error)
    assert _version(rig) == 5
    assert rig.engine().status().last_error.startswith("protocol_violation")  # type: ignore[union-attr]


def test_directory_listing_this_device_revoked_requires_re_enrolment(rig: Rig) -> None:
    rig.hub.directory = rig.directory(2)
    assert rig.engine().run_once().ok
    rig.hub.directory = rig.directory(3, status=DeviceStatus.REVOKED)
    report = rig.engine().run_once()
    assert isinstance(report.error, ReEnrolRequired)
    assert rig.engine().status().re_enrol_required
    stop = threading.Event()
    assert rig.engine().run_forever(stop) is not None  # stops by itself: nothing to retry


class RecordingStop(threading.Event):
    """A stop event that records each wait and stops after the first one."""

    def __init__(self) -> None:
        super().__init__()
        self.waits: list[float] = []

    def wait(self, timeout: float | None = None) -> bool:
        self.waits.append(float(timeout or 0))
        self.set()
        return True


def test_watch_loop_honours_retry_after(rig: Rig) -> None:
    rig.hub.rate_limit = 7.0
    stop = RecordingStop()
    last = rig.engine().run_forever(stop, backoff=Backoff(rng=lambda: 0.0))
    assert last is not None and isinstance(last.error, RateLimited)
    assert stop.waits == [7.0]


def test_backoff_is_capped_exponential_with_full_jitter() -> None:
    t = [100.0]
    b = Backoff(base=1.0, cap=10.0, rng=lambda: 1.0, clock=lambda: t[0])
    assert [b.failed() for _ in range(6)] == [1.0, 2.0, 4.0, 8.0, 10.0, 10.0]
    assert b.remaining() == 10.0
    t[0] += 4
    assert b.remaining() == 6.0
    b.succeeded()
    assert b.remaining() == 0.0 and b.failures == 0
    half = Backoff(base=1.0, cap=10.0, rng=lambda: 0.5)
    assert [half.failed() for _ in range(3)] == [0.5, 1.0, 2.0]
    assert half.failed(retry_after=30) == 30.0  # Retry-After wins over the jitter


def test_client_refuses_http_and_unreadable_ca() -> None:
    keys = DeviceKeys.generate()
    with pytest.raises(TlsRefused):
        HubClient("http://127.0.0.1:9", b"", keys.device_id, keys.signing_key)
    with pytest.raises(TlsRefused):
        HubClient("https://127.0.0.1:9", b"not a certificate", keys.device_id,
                  keys.signing_key)
