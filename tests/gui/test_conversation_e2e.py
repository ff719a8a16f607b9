"""Two officers' real windows on one real hub: a request's conversation and its states.

A (GB-NCA) sends a request; its Outbox row goes queued → sent → delivered (B's
client stored it) → read (B opened it) → replied (B answered), each step brought
to A's open window by A's mail watch, with no periodic sync (the timer is set to
an hour). A's conversation shows request → reply; A opening the reply makes it
read on B's side. No acknowledgement ever appears as a row. The request goes the
whole merged way: sealed at push, its attachment's blob uploaded first, checked
against B's cache on arrival (its subject), its attachment downloaded by B.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from liaison_app.domain.disclosure import DisclosureReason, LegalBasis
from liaison_app.domain.messages import ReplyOutcome, RequestContent, UrgencyClass
from liaison_app.domain.subject_kinds import Basis, DataSubjectCategory, Vehicle, VehicleKind
from liaison_app.protocol.ids import new_message_id
from liaison_app.services import actions, views
from liaison_app.services.attachments import AttachmentFile, prepare
from liaison_app.services.compose import Draft, queue_message
from liaison_app.services.view_types import MessageQuery
from liaison_app.store import attachments
from tests.gui.conftest import WAIT_MS, enrol_profile, unlock
from tests.support.hub_process import HubProcess

REQUEST = RequestContent(purpose="Keeper of lorry NS-123-AB",
                         information_requested="Registered keeper and recent crossings",
                         grounds="Seen at Horgos with people concealed",
                         urgency=UrgencyClass.URGENT_INDIRECT, evidence_use_sought=False)


def _outbox_state(window: Any, message_id: str) -> str | None:
    rows = views.outbox_page(window.ctx.require_session())
    return next((r.status for r in rows if r.message_id == message_id), None)


def test_request_reply_read_states_travel_between_two_open_windows(
        qtbot: Any, make_shell: Any, gui_hub: HubProcess, tmp_path: Path) -> None:
    b_profile = enrol_profile(gui_hub, tmp_path / "b", agency="RS-BP")
    a_profile = enrol_profile(gui_hub, tmp_path / "a", agency="GB-NCA")
    shell_b = make_shell(b_profile.path)
    window_b = unlock(qtbot, shell_b, b_profile.passphrase)
    shell_a = make_shell(a_profile.path)
    window_a = unlock(qtbot, shell_a, a_profile.passphrase)
    for window in (window_a, window_b):
        qtbot.waitUntil(lambda w=window: w.sync.runs >= 1 and w.mail_watcher.waits >= 1,
                        timeout=WAIT_MS)
    session_a, session_b = window_a.ctx.require_session(), window_b.ctx.require_session()

    manifest = tmp_path / "manifest.pdf"
    manifest.write_bytes(b"%PDF-1.7\n" + b"m" * 20_000)
    request = new_message_id()
    files = prepare(session_a, request, [AttachmentFile(manifest)])
    lorry = Vehicle(category=DataSubjectCategory.OTHER, basis=Basis.FACT,
                    vehicle_kind=VehicleKind.LORRY, registration="NS-123-AB")
    queue_message(session_a, Draft(content=REQUEST, to_agencies=("RS-BP",),
                                   body="Please check the keeper.", subjects=(lorry,),
                                   message_id=request, attachments=tuple(f.ref for f in files),
                                   reason=DisclosureReason(LegalBasis.DIRECTIVE_2023_977,
                                                           "Lorry NS-123-AB seen at Horgos")))
    assert _outbox_state(window_a, request) == "queued"
    window_a.ctx.sync_requested.emit()  # what "Sign and queue" does
    # B's watch sees it, B stores it and acknowledges; A's watch sees the ack
    qtbot.waitUntil(lambda: _outbox_state(window_a, request) == "delivered", timeout=WAIT_MS)

    inbox_b = views.message_page(session_b, MessageQuery(direction="incoming",
                                                          exclude_types=("ack",)))
    assert [m.message_id for m in inbox_b] == [request] and inbox_b[0].unread
    qtbot.waitUntil(lambda: [r.state.value for r in attachments.of_message(
        session_b.db, request)] == ["available"], timeout=WAIT_MS)  # downloaded by B
    # the plate is personal data: B gives a reason first, then reads it (a read ack goes)
    window_b.ctx.justified_objects.add(f"message:{request}")
    window_b.ctx.open_message.emit(request)
    qtbot.waitUntil(lambda: _outbox_state(window_a, request) == "read", timeout=WAIT_MS)

    reply = actions.reply(session_b, request, ReplyOutcome.PROVIDED, "Keeper: DEMO Haulage")
    window_b.ctx.sync_requested.emit()
    qtbot.waitUntil(lambda: _outbox_state(window_a, request) == "replied", timeout=WAIT_MS)

    # the Outbox page itself says "Replied" and lists no acknowledgement
    window_a.nav.setCurrentRow(window_a._nav_row("outbox"))
    page = window_a.page("outbox")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    assert page.model.data(page.model.index(0, 0)) == "Replied"
    assert views.outbox_page(session_b)[0].message_id == reply  # B's acks: no rows either

    # A's conversation: request → reply, and A opening the reply tells B
    window_a.ctx.open_message.emit(reply)
    detail = window_a._detail
    qtbot.waitUntil(lambda: detail.message_id == reply, timeout=WAIT_MS)
    conversation = detail.detail.conversation
    assert [(i.message_id, i.type, i.state) for i in conversation.items] == [
        (request, "request", "replied"), (reply, "reply", "read")]
    assert detail.chain_list.count() == 2 and detail.chain_box.isVisible()
    assert detail.chain_list.item(1).text().endswith("Read")
    qtbot.waitUntil(lambda: _outbox_state(window_b, reply) == "read", timeout=WAIT_MS)

    for session in (session_a, session_b):  # acknowledgements are state, never rows
        everything = views.message_page(session, MessageQuery(exclude_types=("ack",)))
        assert {m.type for m in everything} == {"request", "reply"}
        assert all(r.type != "ack" for r in views.outbox_page(session))
    assert views.message_detail(session_a, request).follow_up == "provided"
    # the envelope of a message the partner acknowledged is purged; the message stays
    (row,) = [r for r in views.outbox_page(session_a) if r.message_id == request]
    assert row.status == "replied" and row.state is None
