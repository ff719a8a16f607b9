"""Conversations: a request or alert with its replies, clarifications, recalls and forwards.

Read model for the detail pane's thread view. Each line carries the message's
delivery state as a code (the GUI shows an icon with the text): for what we
sent queued (or waiting: held back until the partner's directory entry
arrives), sent, delivered, read, replied or failed; for what we received
unread, read or replied. Technical and read acknowledgements are that state,
never lines of their own (`store.threads`).
"""

from __future__ import annotations

from collections.abc import Mapping

from liaison_app.services.detail_types import Conversation, ConversationItem
from liaison_app.services.session import Session
from liaison_app.services.view_codes import agencies_of, delivery_state
from liaison_app.store import follow_up, outbox, threads
from liaison_app.store import view_queries as vq


def _detail(msg_type: str, content: object) -> str:
    if not isinstance(content, Mapping):
        return ""
    key = {"reply": "outcome", "recall": "action", "ack": "ack_kind"}.get(msg_type)
    value = content.get(key) if key else None
    return value if isinstance(value, str) else ""


def conversation(session: Session, message_id: str) -> Conversation:
    """The conversation `message_id` belongs to (a lone message is a conversation of one)."""
    db = session.db
    root = threads.root_of(db, message_id)
    members = threads.members(db, root)
    if not any(m.message_id == message_id for m in members):
        members.append(threads.Member(message_id, None, "root", 0))
    rows = {r.message_id: r for r in vq.message_rows_by_id(db, [m.message_id for m in members])}
    contents = {mid: content for mid, content in vq.message_contents(db, list(rows))}
    held = outbox.hold_reasons(db, [r.message_id for r in rows.values()
                                    if r.direction == "outgoing" and r.status == "queued"])
    items = []
    for member in members:
        row = rows.get(member.message_id)
        if row is None:
            continue
        items.append(ConversationItem(
            message_id=row.message_id, type=row.type, direction=row.direction,
            relation=member.relation, depth=member.depth, sender_agency=row.sender_agency,
            recipient_agencies=agencies_of(row.recipients), created_at=row.created_at,
            state="waiting" if row.message_id in held else delivery_state(row.direction,
                                                                          row.status),
            waiting=held.get(row.message_id),
            detail=_detail(row.type, contents.get(row.message_id)),
            snippet=" ".join(row.snippet.split()), current=row.message_id == message_id))
    record = follow_up.get(db, root)
    return Conversation(root, tuple(items), None if record is None else record.state.value)
