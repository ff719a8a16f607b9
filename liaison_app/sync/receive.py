"""One inbox page: open and verify each envelope, then store it all in one transaction.

Crypto (opening envelopes, sealing technical acks) runs before the write
transaction; the transaction only stores: each message or its quarantine
record, the status moves it causes, the acks it queues, the audit entries
and the new inbox cursor. A crash at any point leaves either the whole page
stored with the cursor past it, or nothing of it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from liaison_app.crypto.envelope import open_envelope, seal
from liaison_app.crypto.keys import DeviceKeys
from liaison_app.domain.messages import AckContent, AckKind, MessageType, Priority
from liaison_app.protocol.api import InboxItem
from liaison_app.protocol.canonical import canonical_bytes
from liaison_app.protocol.directory import Directory
from liaison_app.protocol.envelope import envelope_bytes, envelope_from_wire
from liaison_app.protocol.errors import Rejection, RejectReason, ValidationError
from liaison_app.protocol.ids import new_message_id
from liaison_app.protocol.message import InnerMessage, Recipients, SenderRef
from liaison_app.store import audit, messages, outbox, quarantine, sync_state
from liaison_app.store.audit import AuditKind
from liaison_app.store.database import Database
from liaison_app.store.message_mapping import new_message_from_inner, reply_due
from liaison_app.store.messages import Direction, MessageStatus

ACKED_TYPES = frozenset({MessageType.REQUEST, MessageType.ALERT, MessageType.REPLY})
"""Types that get a technical acknowledgement back automatically."""


class Identity(Protocol):
    """Who this device speaks for (services.session.Identity fits)."""

    @property
    def officer_id(self) -> str: ...
    @property
    def agency_id(self) -> str: ...
    @property
    def device_id(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Opened:
    """One inbox item after opening: a verified message, or why it was refused."""

    cursor: str
    envelope: Mapping[str, Any]
    envelope_id: str | None
    inner: InnerMessage | None = None
    rejection: Rejection | None = None
    ack: tuple[InnerMessage, bytes] | None = None


@dataclass(slots=True)
class PageOutcome:
    """What storing one page did."""

    received: int = 0
    quarantined: int = 0
    acks_queued: int = 0
    delivered: int = 0
    replied: int = 0
    reasons: list[str] = field(default_factory=list)


def _raw_bytes(envelope: Mapping[str, Any]) -> bytes:
    try:
        return canonical_bytes(envelope)
    except ValidationError:
        return repr(dict(envelope)).encode("utf-8", "replace")[:65536]


def _technical_ack(inner: InnerMessage, keys: DeviceKeys, ident: Identity,
                   directory: Directory, now: datetime) -> tuple[InnerMessage, bytes] | None:
    """Seal a technical ack of `inner` to its sender officer's active devices."""
    targets = [d for d in directory.devices_of_officer(inner.sender.officer)
               if d.device_id != keys.device_id]
    if not targets:
        return None
    ack = InnerMessage(
        id=new_message_id(), type=MessageType.ACK,
        sender=SenderRef(officer=ident.officer_id, agency=ident.agency_id,
                         device=keys.device_id),
        recipients=Recipients.of([inner.sender.agency], [d.device_id for d in targets]),
        case_ref=inner.case_ref, priority=Priority.ROUTINE, handling=None, grading=None,
        subjects=(), body="", content=AckContent(AckKind.TECHNICAL, inner.id),
        in_reply_to=None, created_at=now, expires_at=None, lang="en",
    )
    return ack, envelope_bytes(seal(ack, keys, targets, sent_at=now))


def open_items(items: Sequence[InboxItem], keys: DeviceKeys, ident: Identity,
               directory: Directory, now: datetime) -> list[Opened]:
    """Open and verify each envelope (no database writes); seal the acks they call for."""
    out: list[Opened] = []
    for item in items:
        env_id = item.envelope.get("id")
        env_id = env_id if isinstance(env_id, str) and len(env_id) <= 64 else None
        try:
            try:
                env = envelope_from_wire(item.envelope)
            except ValidationError as exc:
                raise Rejection(RejectReason.MALFORMED, str(exc)) from exc
            inner = open_envelope(env, keys, directory, seen=lambda _id: False, now=now)
        except Rejection as exc:
            out.append(Opened(item.cursor, item.envelope, env_id, rejection=exc))
            continue
        ack = None
        if inner.type in ACKED_TYPES:
            ack = _technical_ack(inner, keys, ident, directory, now)
        out.append(Opened(item.cursor, item.envelope, inner.id, inner=inner, ack=ack))
    return out


def _own_outgoing(conn: Database, message_id: str) -> messages.MessageRow | None:
    row = messages.get(conn, message_id)
    if row is None or row.direction is not Direction.OUTGOING:
        return None
    return row


def _addressed(row: messages.MessageRow, inner: InnerMessage) -> bool:
    """True if `inner`'s sender was among `row`'s recipients (agency or device)."""
    rec = row.recipients if isinstance(row.recipients, dict) else {}
    agencies = rec.get("agencies")
    devices = rec.get("devices")
    return ((isinstance(devices, list) and inner.sender.device in devices)
            or (isinstance(agencies, list) and inner.sender.agency in agencies))


def _advance(conn: Database, row: messages.MessageRow, target: MessageStatus,
             now: datetime) -> bool:
    """Move our outgoing message forward to `target` when the lifecycle allows."""
    if row.status is MessageStatus.QUEUED:
        # The hub had it even though we never saw the answer: it was sent.
        outbox.mark_sent(conn, [row.message_id], now=now)
        row_status = MessageStatus.SENT
    else:
        row_status = row.status
    if row_status == target or target not in messages.TRANSITIONS[row_status]:
        return False
    messages.set_status(conn, row.message_id, target, now=now)
    return True


def _apply_effects(conn: Database, inner: InnerMessage, result: PageOutcome,
                   now: datetime) -> None:
    if inner.type is MessageType.ACK and isinstance(inner.content, AckContent):
        row = _own_outgoing(conn, inner.content.of_message)
        if row is not None and _addressed(row, inner):
            kind = inner.content.ack_kind
            target = {AckKind.TECHNICAL: MessageStatus.DELIVERED,
                      AckKind.READ: MessageStatus.READ}.get(kind)
            if target is not None and _advance(conn, row, target, now):
                result.delivered += target is MessageStatus.DELIVERED
    elif inner.type is MessageType.REPLY and inner.in_reply_to is not None:
        row = _own_outgoing(conn, inner.in_reply_to)
        if row is not None and _addressed(row, inner) and _advance(
                conn, row, MessageStatus.REPLIED, now):
            result.replied += 1


def store_page(conn: Database, opened: Sequence[Opened], next_cursor: str, *,
               actor: str, sign: Callable[[bytes], bytes], now: datetime) -> PageOutcome:
    """Store a whole opened page and move the cursor past it, in one transaction."""
    result = PageOutcome()
    with conn.transaction():
        for item in opened:
            rejection = item.rejection
            if item.inner is not None and messages.exists(conn, item.inner.id):
                rejection = Rejection(RejectReason.REPLAYED,
                                      f"message {item.inner.id} was already received")
            if rejection is not None or item.inner is None:
                reason = rejection.reason if rejection else RejectReason.MALFORMED
                detail = rejection.detail if rejection else ""
                quarantine.add(conn, _raw_bytes(item.envelope), reason, received_at=now,
                               detail=detail[:500], envelope_id=item.envelope_id)
                audit.append(conn, AuditKind.RECEIVE, actor, item.envelope_id or "envelope",
                             {"outcome": "quarantined", "reason": reason.value,
                              "cursor": item.cursor}, sign, now=now)
                result.quarantined += 1
                result.reasons.append(reason.value)
                continue
            inner = item.inner
            messages.insert_incoming(
                conn, new_message_from_inner(inner, inner_bytes=None,
                                             due=reply_due(inner, now)), received_at=now)
            details: dict[str, Any] = {
                "outcome": "stored", "type": inner.type.value,
                "from_officer": inner.sender.officer, "from_device": inner.sender.device,
                "cursor": item.cursor}
            if item.ack is not None:
                ack_inner, ack_bytes = item.ack
                messages.insert_outgoing(conn, new_message_from_inner(
                    ack_inner, inner_bytes=None, due=None), now=now)
                outbox.enqueue(conn, ack_inner.id, ack_bytes, now=now)
                details["ack_queued"] = ack_inner.id
                result.acks_queued += 1
            _apply_effects(conn, inner, result, now)
            audit.append(conn, AuditKind.RECEIVE, actor, inner.id, details, sign, now=now)
            result.received += 1
        sync_state.set_inbox_cursor(conn, next_cursor)
    return result
