"""Shared by the accountability tests: run `liaison` in-process, receive a message from B."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest

from liaison_app.cli import common as cli_common
from liaison_app.cli import main as cli_main
from liaison_app.crypto.envelope import open_envelope, seal
from liaison_app.domain.message_content import Content
from liaison_app.domain.messages import (
    AlertContent,
    AlertKind,
    MessageType,
    Priority,
    RequestContent,
    UrgencyClass,
)
from liaison_app.domain.subjects import Subject
from liaison_app.protocol.ids import new_message_id
from liaison_app.protocol.message import InnerMessage, Recipients, SenderRef
from liaison_app.services.session import Session
from liaison_app.store import follow_up, messages
from liaison_app.store.message_links import file_message
from liaison_app.store.message_mapping import new_message_from_inner, reply_due
from tests.services.workspace import PASSPHRASE, Workspace


def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
            *args: str) -> tuple[int, str, str]:
    """`liaison ARGS --passphrase-stdin` in this process: (exit code, stdout, stderr)."""
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    monkeypatch.setattr(cli_common, "_stdin_lines", [])
    code = cli_main.main([*args, "--passphrase-stdin"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def receive_from_b(session: Session, ws: Workspace, *, kind: MessageType = MessageType.REQUEST,
                   case_ref: str | None = None, subjects: tuple[Subject, ...] = (),
                   body: str = "Lorry NS-123-AB crosses at Horgos tonight",
                   now: datetime | None = None, content: Content | None = None,
                   from_c: bool = False, in_reply_to: str | None = None) -> str:
    """Store a message partner B (RS-BP; C, BG-BP, with `from_c`) sealed to this device,
    as a sync would: the message, its case and its subjects in one transaction. Returns
    its id."""
    moment = (now or datetime.now(UTC)).replace(microsecond=0)
    if content is None:
        content = (
            RequestContent(purpose="Smuggling network",
                           information_requested="Keeper of the lorry",
                           grounds="Seen at Horgos", urgency=UrgencyClass.STANDARD,
                           evidence_use_sought=False)
            if kind is MessageType.REQUEST else
            AlertContent(alert_kind=AlertKind.WARNING, action_requested="Inform border posts"))
    keys = ws.c_keys if from_c else ws.b_keys
    sender = SenderRef("bg-bp.kapitan-andreevo", "BG-BP", keys.device_id) if from_c else \
        SenderRef("rs-bp.horgos-desk", "RS-BP", keys.device_id)
    inner = InnerMessage(
        id=new_message_id(), type=kind, sender=sender,
        recipients=Recipients.of(["GB-NCA"], [session.keys.device_id]), case_ref=case_ref,
        priority=Priority.PRIORITY, handling=None, grading=None, subjects=subjects, body=body,
        content=content, in_reply_to=in_reply_to, created_at=moment, expires_at=None,
        lang="en")
    env = seal(inner, keys, [session.keys.public()], sent_at=moment)
    opened = open_envelope(env, session.keys, ws.directory, seen=lambda _: False, now=moment)
    with session.db.transaction() as conn:
        messages.insert_incoming(conn, new_message_from_inner(
            opened, inner_bytes=None, due=reply_due(opened, moment)), received_at=moment)
        file_message(conn, opened.id, case_ref, subjects, moment)
        follow_up.note_messages(conn, [opened.id], now=moment)  # as sync.receive does
    return opened.id
