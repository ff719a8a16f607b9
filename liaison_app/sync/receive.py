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
from liaison_app.domain.messages import AckKind, MessageType, Priority
from liaison_app.domain.replies_acks_recalls import MAX_ACKED_MESSAGES, AckContent
from liaison_app.protocol.api import InboxItem
from liaison_app.protocol.canonical import canonical_bytes
from liaison_app.protocol.directory import Directory
from liaison_app.protocol.envelope import envelope_bytes, envelope_from_wire_signed
from liaison_app.protocol.errors import (
    Rejection,
    RejectReason,
    UnsupportedVersion,
    ValidationError,
)
from liaison_app.protocol.ids import new_message_id
from liaison_app.protocol.message import InnerMessage, Recipients, SenderRef
from liaison_app.store import (
    attachments,
    audit,
    bundles,
    envelope_copies,
    erasures,
    follow_up,
    messages,
    outbox,
    quarantine,
    sync_state,
)
from liaison_app.store.audit import AuditKind
from liaison_app.store.database import Database
from liaison_app.store.message_links import file_message
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


@dataclass(frozen=True, slots=True)
class SealedAck:
    """A technical ack sealed for the store transaction: the message and its envelope."""

    inner: InnerMessage
    envelope: bytes

    @property
    def acked(self) -> tuple[str, ...]:
        """The ids of the messages it acknowledges."""
        content = self.inner.content
        return content.of_messages if isinstance(content, AckContent) else ()


@dataclass(frozen=True, slots=True)
class OpenedPage:
    """A whole page after opening, and the technical acks its messages call for."""

    items: tuple[Opened, ...]
    acks: tuple[SealedAck, ...] = ()


@dataclass(slots=True)
class PageOutcome:
    """What storing one page did."""

    received: int = 0
    quarantined: int = 0
    duplicates: int = 0
    """Envelopes stored here before, byte for byte (e.g. carried and then via the hub)."""
    acks_queued: int = 0
    delivered: int = 0
    replied: int = 0
    hits: int = 0
    strong_hits: int = 0
    reasons: list[str] = field(default_factory=list)


PageHook = Callable[[Database, Sequence[InnerMessage], datetime, "PageOutcome"],
                    list[audit.AuditItem]]
"""Runs inside the page's store transaction after its messages are filed (arrival
checks); the audit entries it returns follow the page's own."""


def _raw_bytes(envelope: Mapping[str, Any]) -> bytes:
    try:
        return canonical_bytes(envelope)
    except ValidationError:
        return repr(dict(envelope)).encode("utf-8", "replace")[:65536]


def _technical_ack(group: Sequence[InnerMessage], keys: DeviceKeys, ident: Identity,
                   directory: Directory, now: datetime) -> SealedAck | None:
    """Seal one technical ack naming every message in `group` (one sender device, one
    case reference) to that sender officer's active devices."""
    first = group[0]
    targets = [d for d in directory.devices_of_officer(first.sender.officer)
               if d.device_id != keys.device_id]
    if not targets:
        return None
    ack = InnerMessage(
        id=new_message_id(), type=MessageType.ACK,
        sender=SenderRef(officer=ident.officer_id, agency=ident.agency_id,
                         device=keys.device_id),
        recipients=Recipients.of([first.sender.agency], [d.device_id for d in targets]),
        case_ref=first.case_ref, priority=Priority.ROUTINE, handling=None, grading=None,
        subjects=(), body="",
        content=AckContent(AckKind.TECHNICAL, tuple(m.id for m in group)),
        in_reply_to=None, created_at=now, expires_at=None, lang="en",
    )
    return SealedAck(ack, envelope_bytes(seal(ack, keys, targets, sent_at=now)))


def technical_acks(messages_in: Sequence[InnerMessage], keys: DeviceKeys, ident: Identity,
                   directory: Directory, now: datetime) -> list[SealedAck]:
    """One technical ack per sender device (and case reference) for a page's messages.

    Only request, alert and reply messages are acknowledged; each id is named
    once; a group larger than MAX_ACKED_MESSAGES is split.
    """
    groups: dict[tuple[str, str | None], dict[str, InnerMessage]] = {}
    for inner in messages_in:
        if inner.type in ACKED_TYPES:
            key = (inner.sender.device, inner.case_ref)
            groups.setdefault(key, {}).setdefault(inner.id, inner)
    acks: list[SealedAck] = []
    for group in groups.values():
        listed = list(group.values())
        for start in range(0, len(listed), MAX_ACKED_MESSAGES):
            ack = _technical_ack(listed[start:start + MAX_ACKED_MESSAGES], keys, ident,
                                 directory, now)
            if ack is not None:
                acks.append(ack)
    return acks


def open_items(items: Sequence[InboxItem], keys: DeviceKeys, ident: Identity,
               directory: Directory, now: datetime,
               seen: Callable[[str], bool] = lambda _id: False) -> OpenedPage:
    """Open and verify each envelope (no database writes); seal the acks they call for.

    `seen(id)` reports a message already stored here (a replay, refused and not
    acknowledged again); the store transaction checks once more.
    """
    out: list[Opened] = []
    for item in items:
        env_id = item.envelope.get("id")
        env_id = env_id if isinstance(env_id, str) and len(env_id) <= 64 else None
        try:
            try:
                env, signed = envelope_from_wire_signed(item.envelope)
            except UnsupportedVersion as exc:  # before its base class ValidationError
                raise Rejection(RejectReason.UNSUPPORTED_VERSION, str(exc)) from exc
            except ValidationError as exc:
                raise Rejection(RejectReason.MALFORMED, str(exc)) from exc
            inner = open_envelope(env, keys, directory, seen=seen, now=now, signed=signed)
        except Rejection as exc:
            out.append(Opened(item.cursor, item.envelope, env_id, rejection=exc))
            continue
        out.append(Opened(item.cursor, item.envelope, inner.id, inner=inner))
    acks = technical_acks([o.inner for o in out if o.inner is not None], keys, ident,
                          directory, now)
    return OpenedPage(tuple(out), tuple(acks))


def _own_outgoing(conn: Database, message_id: str) -> messages.MessageRow | None:
    row = messages.get(conn, message_id)
    if row is None or row.direction is not Direction.OUTGOING:
        return None
    return row


def _addressed(row: messages.MessageRow, inner: InnerMessage) -> bool:
    """True if `inner`'s sender was among `row`'s recipients (agency or device)."""
    return _among(row.recipients, inner)


def _among(recipients: object, inner: InnerMessage) -> bool:
    """True if `inner`'s sender is in these recipients (agency or device)."""
    rec = recipients if isinstance(recipients, dict) else {}
    agencies = rec.get("agencies")
    devices = rec.get("devices")
    return ((isinstance(devices, list) and inner.sender.device in devices)
            or (isinstance(agencies, list) and inner.sender.agency in agencies))


def _advance(conn: Database, row: messages.MessageRow, target: MessageStatus,
             now: datetime, by: InnerMessage) -> bool:
    """Move our outgoing message forward to `target` when the lifecycle allows; `by`
    (an acknowledgement or a reply) proves its sender has the message."""
    bundles.note_delivery(conn, row.message_id, device=by.sender.device,
                          agency=by.sender.agency, now=now)  # a carried message, if it is
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


def _advance_acknowledged(conn: Database, ack: InnerMessage, named: Sequence[str],
                          target: MessageStatus, now: datetime) -> int:
    """`_advance` for every message an acknowledgement names, a few statements for
    the whole list (an ack names a page of messages); how many moved to `target`."""
    states = messages.outgoing_states(conn, named)
    ours = [m for m in dict.fromkeys(named)
            if m in states and _among(states[m][1], ack)]
    for message_id in bundles.carried_ids(conn, ours):
        bundles.note_delivery(conn, message_id, device=ack.sender.device,
                              agency=ack.sender.agency, now=now)
    queued = [m for m in ours if states[m][0] is MessageStatus.QUEUED]
    if queued:  # the hub had them even though we never saw the answer: they were sent
        outbox.mark_sent(conn, queued, now=now)
    advance = []
    for message_id in ours:
        status = MessageStatus.SENT if states[message_id][0] is MessageStatus.QUEUED \
            else states[message_id][0]
        if status != target and target in messages.TRANSITIONS[status]:
            advance.append(message_id)
    messages.set_status_many(conn, advance, target, now=now)
    return len(advance)


def _apply_effects(conn: Database, inner: InnerMessage, result: PageOutcome,
                   now: datetime) -> None:
    if inner.type is MessageType.ACK and isinstance(inner.content, AckContent):
        target = {AckKind.TECHNICAL: MessageStatus.DELIVERED,
                  AckKind.READ: MessageStatus.READ}.get(inner.content.ack_kind)
        if target is None:
            return
        moved = _advance_acknowledged(conn, inner, inner.content.of_messages, target, now)
        result.delivered += moved if target is MessageStatus.DELIVERED else 0
    elif inner.type is MessageType.REPLY and inner.in_reply_to is not None:
        row = _own_outgoing(conn, inner.in_reply_to)
        if row is not None and _addressed(row, inner) and _advance(
                conn, row, MessageStatus.REPLIED, now, inner):
            result.replied += 1


def _claim_blobs(inner: InnerMessage, taken: dict[str, str]) -> Rejection | None:
    """Refuse a message whose attachment names a blob another message already has (a
    blob belongs to one message: its chunks are bound to that message's id); else
    record its blobs as taken."""
    for ref in inner.attachments:
        owner = taken.get(ref.id)
        if owner is not None and owner != inner.id:
            return Rejection(RejectReason.BINDING_MISMATCH,
                             f"attachment {ref.id} names a blob of another message")
    taken.update((ref.id, inner.id) for ref in inner.attachments)
    return None


def _copy_of_stored(item: Opened, rejection: Rejection | None,
                    kept: Mapping[str, bytes]) -> bool:
    """True if `item` is, byte for byte, an envelope already stored here (refused as a
    replay by id, but the very same bytes: a second copy, not a replay)."""
    if rejection is None or rejection.reason is not RejectReason.REPLAYED:
        return False
    env_id = item.inner.id if item.inner is not None else item.envelope_id
    digest = kept.get(env_id) if env_id is not None else None
    return digest is not None and digest == envelope_copies.envelope_sha256(
        _raw_bytes(item.envelope))


def store_page(conn: Database, page: OpenedPage, next_cursor: str | None, *,
               actor: str, sign: Callable[[bytes], bytes], now: datetime,
               after_store: PageHook | None = None,
               carrier: str | None = None) -> PageOutcome:
    """Store a whole opened page and move the cursor past it, in one transaction.

    Every message (or its quarantine record) gets its own `receive` audit entry;
    the page's technical acks are queued with it, so an ack goes out exactly
    when the messages it names are stored. An envelope stored here before, byte
    for byte, is a duplicate: audited, nothing stored. `carrier` is the id of the
    bundle the page came in (then there is no inbox cursor to move).
    """
    result = PageOutcome()
    ack_of = {message_id: ack.inner.id for ack in page.acks
              for message_id in ack.acked}
    with conn.transaction():
        ids = [o.inner.id for o in page.items if o.inner is not None]
        known = messages.existing(conn, ids) | erasures.erased(conn, ids)
        kept = envelope_copies.digests(conn, [
            i for i in (o.inner.id if o.inner is not None else o.envelope_id
                        for o in page.items) if i is not None])
        copies: list[tuple[str, bytes]] = []
        blobs_taken = attachments.existing(conn, [
            a.id for o in page.items if o.inner is not None for a in o.inner.attachments])
        entries: list[audit.AuditItem] = []
        incoming: list[messages.NewMessage] = []
        stored: list[InnerMessage] = []
        for item in page.items:
            rejection = item.rejection
            inner = item.inner
            if inner is not None and inner.id in known:
                rejection = Rejection(RejectReason.REPLAYED,
                                      f"message {inner.id} was already received (or erased)")
            elif inner is not None and inner.attachments:
                rejection = _claim_blobs(inner, blobs_taken)
            if _copy_of_stored(item, rejection, kept):
                entries.append((AuditKind.RECEIVE, actor, item.envelope_id or "envelope",
                                {"outcome": "duplicate", **_where(item, carrier)}))
                result.duplicates += 1
                continue
            if rejection is not None or inner is None:
                reason = rejection.reason if rejection else RejectReason.MALFORMED
                detail = rejection.detail if rejection else ""
                quarantine.add(conn, _raw_bytes(item.envelope), reason, received_at=now,
                               detail=detail[:500], envelope_id=item.envelope_id)
                entries.append((AuditKind.RECEIVE, actor, item.envelope_id or "envelope",
                                {"outcome": "quarantined", "reason": reason.value,
                                 **_where(item, carrier)}))
                result.quarantined += 1
                result.reasons.append(reason.value)
                continue
            known.add(inner.id)
            incoming.append(new_message_from_inner(inner, inner_bytes=None,
                                                   due=reply_due(inner, now)))
            stored.append(inner)
            copies.append((inner.id, envelope_copies.envelope_sha256(_raw_bytes(item.envelope))))
            details: dict[str, Any] = {
                "outcome": "stored", "type": inner.type.value,
                "from_officer": inner.sender.officer, "from_device": inner.sender.device,
                **_where(item, carrier)}
            if inner.id in ack_of:
                details["ack_queued"] = ack_of[inner.id]
            entries.append((AuditKind.RECEIVE, actor, inner.id, details))
            result.received += 1
        messages.insert_incoming_many(conn, incoming, received_at=now)
        envelope_copies.record(conn, copies)
        for inner in stored:
            if inner.attachments:
                attachments.insert(conn, inner.id, "incoming", inner.attachments,
                                   attachments.AttachmentState.REMOTE, now=now)
        for inner in stored:  # the case view and subject search see received data too
            if inner.subjects or inner.case_ref is not None:
                file_message(conn, inner.id, inner.case_ref, inner.subjects, now)
        hooked = after_store(conn, stored, now, result) if after_store and stored else []
        for ack in page.acks:
            messages.insert_outgoing(conn, new_message_from_inner(
                ack.inner, inner_bytes=None, due=None), now=now)
            outbox.enqueue(conn, ack.inner.id, ack.envelope, now=now)
            result.acks_queued += 1
        for inner in stored:
            _apply_effects(conn, inner, result, now)
        follow_up.note_messages(conn, [inner.id for inner in stored], now=now)
        audit.append_many(conn, [*entries, *hooked], sign, now=now)
        if next_cursor is not None:
            sync_state.set_inbox_cursor(conn, next_cursor)
    return result


def _where(item: Opened, carrier: str | None) -> dict[str, str]:
    """Where an item came from, for its audit entry: the inbox cursor or the bundle."""
    if carrier is None:
        return {"cursor": item.cursor}
    return {"bundle": carrier, "item": item.cursor}
