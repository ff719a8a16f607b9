"""Passing a recall on: everyone a recalled message was forwarded to is told too.

LED Art. 7(3) asks that recipients of incorrect or unlawfully sent data are told
without delay. The sender's recall reaches its own recipients; when one of them
forwarded the message, that recipient's client tells the agencies it forwarded
to, at the sync that brought the recall: a recall of the forward (its own
message id), with the same action and correction and a reason that names who
recalled the original. Down a chain A → B → C → D each client passes it one step
on. Each (recall, forward) pair is passed on once (`store.recalls`); the check
runs at every sync, so a run cut short is finished by the next one.

The relayed recall is composed like any message (signed now, sealed at push for
the devices current then) and audited as a disclosure with its legal basis.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from liaison_app.crypto.envelope import seal_plaintext
from liaison_app.crypto.keys import DeviceKeys
from liaison_app.domain.checks import TEXT_MAX
from liaison_app.domain.disclosure import DisclosureReason, LegalBasis
from liaison_app.domain.messages import MessageType, Priority, RecallAction
from liaison_app.domain.replies_acks_recalls import RecallContent
from liaison_app.protocol.ids import new_message_id
from liaison_app.protocol.message import InnerMessage, Recipients, SenderRef
from liaison_app.store import audit, disclosures, messages, outbox_seal, recalls
from liaison_app.store.audit import AuditKind
from liaison_app.store.database import Database
from liaison_app.store.message_mapping import new_message_from_inner
from liaison_app.store.outbox_seal import Addressing
from liaison_app.sync.receive import Identity


@dataclass(frozen=True, slots=True)
class _Relay:
    due: recalls.RelayDue
    inner: InnerMessage
    signed: bytes
    agencies: tuple[str, ...]


def _agencies(row: messages.MessageRow) -> tuple[str, ...]:
    listed = row.recipients.get("agencies") if isinstance(row.recipients, dict) else None
    return tuple(sorted({str(a) for a in listed})) if isinstance(listed, list) else ()


def _compose(db: Database, due: recalls.RelayDue, keys: DeviceKeys, ident: Identity,
             now: datetime) -> _Relay | None:
    recall = messages.get(db, due.recall_id)
    forward = messages.get(db, due.forward_id)
    mark = recalls.mark_of(db, due.original_id)
    if recall is None or forward is None or mark is None:
        return None
    agencies = _agencies(forward)
    if not agencies:
        return None
    done = next(c for c in mark.corrections if c.recall_id == due.recall_id)
    reason = (f"Passed on: {done.sender_agency} {_verb(done.action)} the message this one "
              f"forwarded ({due.original_id}): {done.reason}")[:TEXT_MAX]
    inner = InnerMessage(
        id=new_message_id(), type=MessageType.RECALL,
        sender=SenderRef(officer=ident.officer_id, agency=ident.agency_id,
                         device=keys.device_id),
        recipients=Recipients.of(list(agencies), []), case_ref=forward.case_ref,
        priority=Priority.PRIORITY, handling=None, grading=None, subjects=(),
        body=recall.body, content=RecallContent(done.action, due.forward_id, reason),
        in_reply_to=due.forward_id, created_at=now, expires_at=None, lang=recall.lang)
    return _Relay(due, inner, seal_plaintext(inner, keys), agencies)


def _verb(action: RecallAction) -> str:
    return "rectified" if action is RecallAction.RECTIFY else "withdrew"


def relay_recalls(db: Database, keys: DeviceKeys, ident: Identity, *, now: datetime) -> int:
    """Queue a recall for the recipients of every forward of a recalled message that has
    not been told yet; return how many were queued (sealed and pushed by the caller)."""
    due = recalls.relays_due(db)
    if not due:
        return 0
    composed = [r for r in (_compose(db, d, keys, ident, now) for d in due) if r is not None]
    queued = 0
    with db.transaction() as conn:
        for relay in composed:
            if not recalls.record_relay(conn, relay.due.recall_id, relay.due.forward_id,
                                        relay.inner.id, now=now):
                continue  # another connection passed it on meanwhile
            messages.insert_outgoing(conn, new_message_from_inner(
                relay.inner, inner_bytes=relay.signed, due=None), now=now)
            outbox_seal.enqueue_unsealed(conn, relay.inner.id, Addressing(relay.agencies),
                                         hold_reason=None, now=now)
            reason = DisclosureReason(LegalBasis.RECALL_DUTY, (
                f"Recall {relay.due.recall_id} of {relay.due.original_id} passed on to the "
                f"recipients of forward {relay.due.forward_id}"))
            details = disclosures.disclosure_details(
                conn, msg_type=MessageType.RECALL.value, agencies=relay.agencies,
                reason=reason, subjects=(), has_text=True, files=0)
            details["reason_source"] = "automatic"
            audit.append_many(conn, [
                (AuditKind.CREATE, ident.officer_id, relay.inner.id,
                 {"type": MessageType.RECALL.value, "subjects": 0,
                  "relays": relay.due.recall_id, "forward": relay.due.forward_id}),
                (AuditKind.DISCLOSE, ident.officer_id, relay.inner.id, details),
            ], keys.sign, now=now)
            queued += 1
    return queued
