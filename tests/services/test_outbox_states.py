"""The Outbox and conversations with seal at push: held messages say so, purging keeps every
row still to go (sealed or not), and Retry re-seals for the directory of the next push.

Real SQLCipher profile and real keys (tests/services/workspace.py); no hub.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from liaison_app.domain.messages import AlertContent, AlertKind, Priority
from liaison_app.services import views
from liaison_app.services.compose import Draft, queue_message
from liaison_app.services.conversations import conversation
from liaison_app.services.session import Session
from liaison_app.services.view_types import MessageQuery
from liaison_app.store import directory_cache, messages, outbox, outbox_seal
from liaison_app.store.messages import MessageStatus
from liaison_app.sync.seal_at_push import WAITING_FOR_DIRECTORY, prepare_outbox
from tests.services.workspace import Workspace

LATER = datetime.now(UTC).replace(microsecond=0) + timedelta(days=400)


def _alert(session: Session, agency: str) -> str:
    return queue_message(session, Draft(content=AlertContent(AlertKind.WARNING),
                                        to_agencies=(agency,), priority=Priority.URGENT,
                                        body=f"Lorry seen, for {agency}"))


def _without_bg_devices(session: Session, ws: Workspace) -> None:
    """The cached directory as it would be before BG-BP's officer enrols a device."""
    conn = session.db
    meta = directory_cache.meta(conn)
    assert meta is not None
    devices = [d for d in (directory_cache.device(conn, k.device_id)
                           for k in (session.keys, ws.b_keys)) if d is not None]
    with conn.transaction() as tx:
        directory_cache.replace(
            tx, version=meta.version + 1, expires_at=meta.expires_at, raw=meta.raw,
            fetched_at=meta.fetched_at, agencies=directory_cache.agencies(tx),
            officers=directory_cache.officers(tx), devices=devices)


def test_a_held_message_is_waiting_in_the_outbox_and_its_conversation(
        session: Session, workspace: Workspace) -> None:
    _without_bg_devices(session, workspace)
    held = _alert(session, "BG-BP")
    ready = _alert(session, "RS-BP")
    rows = {r.message_id: r for r in views.outbox_page(session)}
    assert rows[held].shown_state == "waiting" and rows[held].status == "queued"
    assert (rows[held].waiting or "").startswith(WAITING_FOR_DIRECTORY)
    assert rows[ready].shown_state == "queued" and rows[ready].waiting is None
    (item,) = conversation(session, held).items
    assert item.state == "waiting" and (item.waiting or "").startswith(WAITING_FOR_DIRECTORY)
    (other,) = conversation(session, ready).items
    assert other.state == "queued" and other.waiting is None
    listed = {m.message_id: m.state for m in views.message_page(session, MessageQuery())}
    assert listed == {held: "waiting", ready: "queued"}  # the Alerts list and the others


def test_purging_keeps_every_row_still_to_go_sealed_or_not(
        session: Session, workspace: Workspace) -> None:
    delivered = _alert(session, "RS-BP")
    prepare_outbox(session.db, workspace.directory, session.keys, now=datetime.now(UTC))
    sealed = outbox.get(session.db, delivered)
    assert sealed is not None and sealed.envelope
    _without_bg_devices(session, workspace)
    held = _alert(session, "BG-BP")  # held, unsealed
    unsealed = _alert(session, "RS-BP")  # queued, to be sealed at the next push
    with session.db.transaction() as conn:
        outbox.mark_sent(conn, [delivered], now=datetime.now(UTC))
        messages.set_status(conn, delivered, MessageStatus.DELIVERED, now=datetime.now(UTC))
        assert outbox.purge_delivered(conn) == 1
        assert outbox.purge_sent(conn, LATER) == 0
    assert outbox.get(session.db, delivered) is None
    kept = [outbox.get(session.db, message_id) for message_id in (held, unsealed)]
    assert all(i is not None and i.state.value == "pending" and i.envelope == b"" for i in kept)
    assert [i.hold_reason is not None for i in kept if i is not None] == [True, False]
    rows = {r.message_id: r for r in views.outbox_page(session)}
    assert rows[delivered].status == "delivered" and rows[delivered].state is None


def test_retry_seals_a_refused_message_again_for_the_next_push(
        session: Session, workspace: Workspace) -> None:
    from liaison_app.sync.engine import SyncEngine

    mid = _alert(session, "RS-BP")
    prepare_outbox(session.db, workspace.directory, session.keys, now=datetime.now(UTC))
    first = outbox.get(session.db, mid)
    assert first is not None and first.envelope
    with session.db.transaction() as conn:
        outbox_seal.mark_offered(conn, [mid], now=datetime.now(UTC))
        outbox.mark_failed(conn, mid, "refused: test", now=datetime.now(UTC))
    (row,) = views.outbox_page(session)
    assert row.can_retry and row.shown_state == "failed"
    engine = SyncEngine(session.db, session.keys, session.identity, hub_client=None,  # type: ignore[arg-type]
                        authority_key=bytes(workspace.authority.verify_key))
    engine.retry_failed(mid)
    again = outbox.get(session.db, mid)
    assert again is not None and again.state.value == "pending" and again.envelope == b""
    assert [c.message_id for c in outbox_seal.to_seal(session.db)] == [mid]
    assert prepare_outbox(session.db, workspace.directory, session.keys,
                          now=datetime.now(UTC)).sealed == 1
    resealed = outbox.get(session.db, mid)
    assert resealed is not None and resealed.envelope and resealed.envelope != first.envelope
    (row,) = views.outbox_page(session)
    assert row.status == "queued" and not row.can_retry
