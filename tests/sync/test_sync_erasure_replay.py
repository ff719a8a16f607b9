"""An erased message that comes back is a replay: quarantined `replayed`, never stored
again; its tombstone holds only the id and the erasure time, and goes after the window."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from liaison_app.protocol.api import EnvelopeResult, InboxItem, InboxPage
from liaison_app.protocol.errors import RejectReason
from liaison_app.protocol.limits import MAX_ENVELOPE_AGE_DAYS
from liaison_app.services.retention import erase_message
from liaison_app.services.session import Session
from liaison_app.store import erasures, messages, quarantine
from liaison_app.store.profile import ProfileDir
from liaison_app.sync.engine import SyncEngine
from liaison_app.sync.hub_client import DirectoryFetch, HubClient
from tests.sync.peers import Peer, queue_alert, refresh_directory


class ReplayingHub:
    """The real hub, except that the inbox serves a recorded page again (a hub that
    re-serves an envelope, or forgot its id and took a resend)."""

    def __init__(self, real: HubClient, items: Sequence[InboxItem]) -> None:
        self.real = real
        self.items = tuple(items)
        self.served = False

    def get_directory(self, etag: str | None = None) -> DirectoryFetch | None:
        return self.real.get_directory(etag)

    def post_envelopes(self, envelopes: Sequence[bytes]) -> list[EnvelopeResult]:
        return self.real.post_envelopes(envelopes)

    def get_inbox(self, after: str | None, limit: int = 100, wait: int = 0) -> InboxPage:
        if self.served:
            return InboxPage((), after or "0", False)
        self.served = True
        base = int(after or "0") + 1000
        items = tuple(InboxItem(str(base + i), item.envelope)
                      for i, item in enumerate(self.items))
        return InboxPage(items, items[-1].cursor, False)

    def ack(self, cursor: str) -> object:
        return None

    def __getattr__(self, name: str) -> object:  # any newer call goes to the real hub
        return getattr(self.real, name)


def _session(peer: Peer) -> Session:
    return Session(ProfileDir(peer.path), peer.db, peer.keys, peer.profile, peer.db_key)


def test_replay_after_erasure_is_quarantined(make_peer: Callable[..., Peer]) -> None:
    a, b = make_peer("GB-NCA"), make_peer("RS-BP")
    refresh_directory(a)
    alert = queue_alert(a, "RS-BP", "lorry at Horgos, erased later")
    assert a.engine().run_once().ok
    pages: list[InboxPage] = []
    client = b.client()
    real_get = client.get_inbox

    def recording(after: str | None, limit: int = 100, wait: int = 0) -> InboxPage:
        page = real_get(after, limit, wait)
        pages.append(page)
        return page

    client.get_inbox = recording  # type: ignore[method-assign]
    first = SyncEngine(b.db, b.keys, b.ident, client,
                       authority_key=b.profile.directory_authority_key).run_once()
    assert first.ok and first.received == 1
    served = [item for page in pages for item in page.items]
    assert [i.envelope["id"] for i in served] == [alert]

    erase_message(_session(b), alert, "no longer needed for the case")
    assert messages.get(b.db, alert) is None
    row = b.db.execute("SELECT * FROM erased_messages").fetchone()
    assert set(row.keys()) == {"message_id", "erased_at"} and row["message_id"] == alert

    replay = SyncEngine(b.db, b.keys, b.ident, ReplayingHub(b.client(), served),
                        authority_key=b.profile.directory_authority_key).run_once()
    assert replay.ok, replay.error
    assert replay.received == 0 and replay.quarantine_reasons == [RejectReason.REPLAYED.value]
    assert messages.get(b.db, alert) is None
    entry = quarantine.list_entries(b.db)[0]
    assert entry.envelope_id == alert and entry.reason is RejectReason.REPLAYED


def test_tombstones_go_once_no_replay_could_pass(make_peer: Callable[..., Peer]) -> None:
    b = make_peer("RS-BP")
    now = datetime.now(UTC).replace(microsecond=0)
    with b.db.transaction() as conn:
        erasures.record(conn, ["019ab0c4-5e28-7000-8000-000000000001"],
                        erased_at=now - timedelta(days=MAX_ENVELOPE_AGE_DAYS, seconds=1))
        erasures.record(conn, ["019ab0c4-5e28-7000-8000-000000000002"],
                        erased_at=now - timedelta(days=MAX_ENVELOPE_AGE_DAYS - 1))
    assert b.engine().run_once().ok  # every run forgets what can no longer be replayed
    assert erasures.erased(b.db, ["019ab0c4-5e28-7000-8000-000000000001",
                                  "019ab0c4-5e28-7000-8000-000000000002"]) == {
        "019ab0c4-5e28-7000-8000-000000000002"}
