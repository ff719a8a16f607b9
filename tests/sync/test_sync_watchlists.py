"""Watch lists on sync against a real hub process: fetched, updated, dropped; tampered or
rolled-back documents refused while the version held stays in force and messages still flow."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from liaison_app.hub.admin import HubContext, open_hub
from liaison_app.hub.storage import writing
from liaison_app.hub.watchlist_admin import import_watchlist, remove_watchlist
from liaison_app.hub.watchlist_storage import watchlist_indexes, watchlist_snapshots
from liaison_app.store import watchlists
from tests.support.hub_process import HubProcess
from tests.sync.peers import Peer, queue_alert

DATA = Path(__file__).resolve().parents[1] / "data" / "watchlists"


@pytest.fixture
def hub_ctx(hub: HubProcess) -> Iterator[HubContext]:
    ctx = open_hub(hub.root)
    yield ctx
    ctx.engine.dispose()


def _held(peer: Peer) -> dict[str, int]:
    return {name: h.version for name, h in watchlists.held_lists(peer.db).items()}


def test_lists_arrive_update_and_are_dropped(make_peer: Callable[..., Peer],
                                            hub_ctx: HubContext, tmp_path: Path) -> None:
    import_watchlist(hub_ctx, "sync-a", "liaison-csv", DATA / "agency-list.csv")
    peer = make_peer("RS-BP")
    engine = peer.engine()
    first = engine.run_once()
    assert first.ok and "sync-a v1" in first.watchlists_updated
    assert _held(peer)["sync-a"] == 1
    assert engine.run_once().watchlists_updated == []  # unchanged: the ETag answers 304
    grown = tmp_path / "grown.csv"
    grown.write_text((DATA / "agency-list.csv").read_text(encoding="utf-8")
                     + "RS-BP-0099,person,\"MARKOVIĆ, Jovan\",,1990,RS,,,,,,,new\n",
                     encoding="utf-8")
    import_watchlist(hub_ctx, "sync-a", "liaison-csv", grown)
    second = engine.run_once()
    assert second.ok and "sync-a v2" in second.watchlists_updated
    assert watchlists.held_lists(peer.db)["sync-a"].entries == 9
    remove_watchlist(hub_ctx, "sync-a")
    assert engine.run_once().ok
    assert "sync-a" not in _held(peer)
    assert peer.db.execute("SELECT count(*) FROM watch_entries WHERE list_name = 'sync-a'"
                           ).fetchone()[0] == 0


def test_tampered_snapshot_and_rolled_back_index_are_refused(
        make_peer: Callable[..., Peer], hub_ctx: HubContext, tmp_path: Path) -> None:
    import_watchlist(hub_ctx, "sync-b", "liaison-csv", DATA / "agency-list.csv")
    a, b = make_peer("GB-NCA"), make_peer("RS-BP")
    b_engine = b.engine()
    assert b_engine.run_once().ok and _held(b)["sync-b"] == 1

    # the hub (or someone between) alters version 2 after signing: refused, v1 stays
    import_watchlist(hub_ctx, "sync-b", "liaison-csv", DATA / "agency-list.csv")
    with writing(hub_ctx.engine) as conn:
        signed = conn.execute(select(watchlist_snapshots.c.signed).where(
            (watchlist_snapshots.c.name == "sync-b") & (watchlist_snapshots.c.version == 2))
        ).scalar_one()
        conn.execute(update(watchlist_snapshots).where(
            (watchlist_snapshots.c.name == "sync-b") & (watchlist_snapshots.c.version == 2))
            .values(signed=bytes(signed).replace(b"CA1234BX", b"CA1234BY")))
    a_engine = a.engine()
    assert a_engine.run_once().ok
    queue_alert(a, "RS-BP", "messages still flow while a list is refused")
    assert a_engine.run_once().ok
    report = b_engine.run_once()
    assert report.ok and report.received == 1
    assert any("sync-b version 2 was refused" in p and "version 1 stays in force" in p
               for p in report.watchlist_problems)
    assert _held(b)["sync-b"] == 1
    assert b.db.execute("SELECT count(*) FROM watch_keys WHERE key = 'id:plate:CA1234BX'"
                        ).fetchone()[0] >= 1

    # a good version 3 arrives; then the hub serves an older index: rollback refused
    import_watchlist(hub_ctx, "sync-b", "liaison-csv", DATA / "agency-list.csv")
    assert b_engine.run_once().ok and _held(b)["sync-b"] == 3
    held_index = watchlists.index_version(b.db)
    with writing(hub_ctx.engine) as conn:
        conn.execute(delete(watchlist_indexes).where(
            watchlist_indexes.c.version >= held_index))
    rolled = b_engine.run_once()
    assert rolled.ok and any("index was refused (rollback" in p
                             for p in rolled.watchlist_problems)
    assert _held(b)["sync-b"] == 3 and watchlists.index_version(b.db) == held_index
