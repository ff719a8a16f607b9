"""Helpers shared by the compose GUI tests (no tests here): a real enrolled profile, no hub."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTreeWidgetItem

from liaison_app.crypto.envelope import open_envelope, seal
from liaison_app.domain.grading import Grading, GradingScheme, HandlingCode
from liaison_app.domain.message_content import Content
from liaison_app.domain.messages import (
    AlertContent,
    AlertKind,
    MessageType,
    Priority,
    RequestContent,
    UrgencyClass,
)
from liaison_app.gui.context import AppContext
from liaison_app.protocol.ids import new_message_id
from liaison_app.protocol.message import InnerMessage, Recipients, SenderRef
from liaison_app.services.session import Session
from liaison_app.store import messages
from liaison_app.store.message_mapping import new_message_from_inner, reply_due
from tests.services.workspace import Workspace, make_workspace


@contextmanager
def profile(path: Path) -> Iterator[tuple[Workspace, Session, AppContext]]:
    """Officer A's unlocked profile and an AppContext over it."""
    ws = make_workspace(path)
    session = ws.open()
    ctx = AppContext(session)
    try:
        yield ws, session, ctx
    finally:
        ctx.session = None
        session.close()


def receive(session: Session, ws: Workspace, *, handling: HandlingCode | None = None,
            kind: MessageType = MessageType.REQUEST) -> str:
    """Store a message from partner B (RS-BP) as the sync engine would; return its id."""
    now = datetime.now(UTC).replace(microsecond=0)
    content: Content = (
        RequestContent(purpose="Smuggling network on the Western Balkans route",
                       information_requested="Registered keeper of lorry NS-123-AB",
                       grounds="Lorry stopped at Horgos with 14 migrants concealed",
                       urgency=UrgencyClass.URGENT_INDIRECT, evidence_use_sought=False)
        if kind is MessageType.REQUEST else
        AlertContent(alert_kind=AlertKind.WARNING, action_requested="Inform border posts"))
    inner = InnerMessage(
        id=new_message_id(), type=kind,
        sender=SenderRef("rs-bp.horgos-desk", "RS-BP", ws.b_keys.device_id),
        recipients=Recipients.of(["GB-NCA"], [session.keys.device_id]), case_ref=None,
        priority=Priority.URGENT, handling=handling,
        grading=None if handling is None else Grading(
            handling.scheme, *(("2", "B") if handling.scheme is GradingScheme.UK_3X5X2
                               else ("B", "2"))),
        subjects=(), body="Please check the keeper.", content=content, in_reply_to=None,
        created_at=now, expires_at=None, lang="en")
    env = seal(inner, ws.b_keys, [session.keys.public()], sent_at=now)
    opened = open_envelope(env, session.keys, ws.directory, seen=lambda _: False, now=now)
    with session.db.transaction() as conn:
        messages.insert_incoming(conn, new_message_from_inner(
            opened, inner_bytes=None, due=reply_due(opened, now)), received_at=now)
    return inner.id


def tick(item: QTreeWidgetItem | None) -> None:
    """Tick a recipient row as Space would."""
    assert item is not None
    item.setCheckState(0, Qt.CheckState.Checked)


def choose(combo: QComboBox, data: object) -> None:
    """Pick the item whose data is `data` through the widget's own index."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} not offered in {combo.objectName()}"
    combo.setCurrentIndex(index)
