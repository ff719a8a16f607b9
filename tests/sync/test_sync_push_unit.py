"""The push with two requests in flight, against a hub that a real one cannot be made to
be: one that holds each request until the second has arrived (so the test fails unless
both are in flight at once), and one that fails one request while the other succeeds."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from liaison_app.crypto.keys import DeviceKeys
from liaison_app.protocol.api import EnvelopeResult, EnvelopeStatus
from liaison_app.store import audit, messages, outbox
from liaison_app.store.database import Database
from liaison_app.sync.errors import Unreachable
from liaison_app.sync.push import Push
from tests.store.store_samples import NOW, new_message

N = 10
BATCH = 3


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(tmp_path / "cache.db", os.urandom(32))
    with db.transaction() as tx:
        for i in range(N):
            messages.insert_outgoing(tx, new_message(f"m-{i:02d}"), now=NOW)
            outbox.enqueue(tx, f"m-{i:02d}", f"m-{i:02d}".encode(), now=NOW)
    yield db
    db.close()


class Tally:
    pushed = duplicates = rejected = 0


class PairedHub:
    """Answers batch k only once batch k+1 has arrived (the last batch at once), so a
    push that waits for each answer before sending the next never gets one."""

    def __init__(self, fail_batch: int | None = None) -> None:
        self.arrival = threading.Condition()
        self.batches: list[list[str]] = []
        self.fail_batch = fail_batch

    def post_envelopes(self, envelopes: Sequence[bytes]) -> list[EnvelopeResult]:
        ids = [e.decode() for e in envelopes]
        with self.arrival:
            number = len(self.batches)
            self.batches.append(ids)
            self.arrival.notify_all()
            waits = self.fail_batch is None or number < self.fail_batch
            if waits and ids[-1] != f"m-{N - 1:02d}":
                assert self.arrival.wait_for(lambda: len(self.batches) > number + 1, 10), \
                    "the next batch was not sent while this one was out"
        if number == self.fail_batch:
            raise Unreachable("the hub failed to accept envelopes (HTTP 500)")
        return [EnvelopeResult(i, env_id, EnvelopeStatus.ACCEPTED)
                for i, env_id in enumerate(ids)]


class CountingKeys:
    """The device keys, counting signatures (one per batch's audit entries)."""

    def __init__(self) -> None:
        self.keys = DeviceKeys.generate()
        self.signatures = 0

    def sign(self, data: bytes) -> bytes:
        self.signatures += 1
        return self.keys.sign(data)


def _push(db: Database, hub: PairedHub, keys: CountingKeys, tally: Tally) -> list[int]:
    progress: list[int] = []
    Push(db, hub, keys, "gb-nca.lo-belgrade", lambda: NOW,  # type: ignore[arg-type]
         batch_size=BATCH, uploads=None,
         progress=lambda done, _total: progress.append(done)).run(tally)
    return progress


def test_two_batches_are_in_flight_and_recorded_in_order(db: Database) -> None:
    hub, keys, tally = PairedHub(), CountingKeys(), Tally()
    progress = _push(db, hub, keys, tally)
    sent = sorted(i for batch in hub.batches for i in batch)
    assert sent == [f"m-{i:02d}" for i in range(N)]  # each once, none twice
    assert tally.pushed == N and outbox.pending_count(db) == 0
    assert progress == [0, 3, 6, 9, 10]
    assert keys.signatures == 4  # one audit signature per batch
    assert audit.verify_chain(db, keys.keys.sign_key).ok
    order = [e.object_ref for e in reversed(audit.entries(db, limit=100))]
    assert order == [f"m-{i:02d}" for i in range(N)]  # answers recorded as sent


def test_a_failed_batch_stops_the_push_after_the_other_is_recorded(db: Database) -> None:
    hub, keys, tally = PairedHub(fail_batch=0), CountingKeys(), Tally()
    with pytest.raises(Unreachable):
        _push(db, hub, keys, tally)
    failed, other = hub.batches[0], hub.batches[1]
    assert tally.pushed == len(other) == BATCH
    for message_id in other:
        assert messages.get(db, message_id).status is messages.MessageStatus.SENT  # type: ignore[union-attr]
    for message_id in failed:  # unanswered: still queued, sent again next time
        assert messages.get(db, message_id).status is messages.MessageStatus.QUEUED  # type: ignore[union-attr]
    assert outbox.pending_count(db) == N - BATCH
    assert audit.verify_chain(db, keys.keys.sign_key).ok
