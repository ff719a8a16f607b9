"""Compose, reply, forward, recall and consult against a real profile (no network)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from liaison_app.crypto.envelope import open_envelope
from liaison_app.crypto.keys import DeviceKeys
from liaison_app.domain.disclosure import DisclosureReason, LegalBasis
from liaison_app.domain.grading import Grading, GradingScheme, HandlingCode
from liaison_app.domain.messages import (
    AlertContent,
    AlertKind,
    MessageType,
    Priority,
    ReplyOutcome,
    RequestContent,
    UrgencyClass,
)
from liaison_app.domain.subject_kinds import Basis, DataSubjectCategory, Person, Sex
from liaison_app.protocol.envelope import parse_envelope
from liaison_app.protocol.errors import Rejection, RejectReason
from liaison_app.services.actions import forward, record_consultation, reply
from liaison_app.services.compose import Draft, NewCase, queue_message
from liaison_app.services.errors import ForwardRefused, ServiceError
from liaison_app.services.session import Session
from liaison_app.store import audit, cases, messages, outbox, search
from liaison_app.store.message_mapping import new_message_from_inner
from liaison_app.store.messages import MessageStatus
from tests.services.workspace import Workspace, sealed_at_push

WHY = DisclosureReason(LegalBasis.AGREEMENT, "Operation Danube: identify the lorry's keeper")
"""A legal basis and justification (required on requests and forwards)."""

SUSPECT = Person(category=DataSubjectCategory.SUSPECT, basis=Basis.FACT, surname="Petrovic",
                 given_names="Dragan", aliases=("Gagi",), nationalities=("RS",), sex=Sex.MALE)


def _request(**kw: object) -> Draft:
    base: dict[str, object] = dict(
        content=RequestContent(purpose="Investigation of a smuggling network",
                               information_requested="Registered keeper of the lorry",
                               grounds="Lorry seen at Horgos with concealed migrants",
                               urgency=UrgencyClass.URGENT_INDIRECT, evidence_use_sought=False),
        to_agencies=("RS-BP",), body="Please check the keeper of lorry SU-123-AB.",
        priority=Priority.URGENT, subjects=(SUSPECT,), reason=WHY)
    base.update(kw)
    return Draft(**base)  # type: ignore[arg-type]


def _open_as(keys: DeviceKeys, ws: Workspace, data: bytes) -> object:
    return open_envelope(parse_envelope(data), keys, ws.directory, seen=lambda _: False,
                         now=datetime.now(UTC))





def test_request_is_sealed_queued_and_audited_in_one_go(workspace: Workspace,
                                                          session: Session) -> None:
    mid = queue_message(session, _request(new_case=NewCase("OP-DANUBE", "Danube lorries")))
    row = messages.get(session.db, mid)
    assert row is not None and row.status is MessageStatus.QUEUED
    assert row.due_at is not None and row.due_at - row.created_at == timedelta(days=3)
    item = outbox.get(session.db, mid)
    assert item is not None and item.state.value == "pending"
    assert item.envelope == b"" and item.hold_reason is None  # sealed at push, not now
    assert row.recipients == {"agencies": ["RS-BP"], "devices": []}
    kinds = [e.kind.value for e in audit.entries(session.db, newest_first=False, limit=1000)]
    assert kinds[-2:] == ["create", "disclose"]
    envelope = sealed_at_push(session, workspace, mid)
    inner = _open_as(workspace.b_keys, workspace, envelope)
    assert inner.id == mid and inner.subjects == (SUSPECT,)
    assert inner.recipients.devices == (workspace.b_keys.device_id,)
    with pytest.raises(Rejection) as refused:
        _open_as(workspace.c_keys, workspace, envelope)
    assert refused.value.reason is RejectReason.NOT_A_RECIPIENT
    sealed = messages.get(session.db, mid)
    assert sealed is not None
    assert sealed.recipients == {"agencies": ["RS-BP"], "devices": [workspace.b_keys.device_id]}
    assert cases.case_message_ids(session.db, "OP-DANUBE") == [mid]
    assert mid in search.message_ids(session.db, "Gagi")


def test_unknown_agency_and_no_recipients_are_refused(session: Session) -> None:
    with pytest.raises(ValueError, match="not in the directory"):
        queue_message(session, _request(to_agencies=("XX-NOPE",)))
    with pytest.raises(ValueError, match="at least one recipient"):
        queue_message(session, _request(to_agencies=()))
    assert messages.count(session.db) == 0


def _receive(session: Session, ws: Workspace, handling: HandlingCode | None) -> str:
    """Store a message from B as the sync engine would."""
    from liaison_app.crypto.envelope import seal
    from liaison_app.protocol.ids import new_message_id
    from liaison_app.protocol.message import InnerMessage, Recipients, SenderRef

    now = datetime.now(UTC).replace(microsecond=0)
    inner = InnerMessage(
        id=new_message_id(), type=MessageType.ALERT,
        sender=SenderRef("rs-bp.horgos-desk", "RS-BP", ws.b_keys.device_id),
        recipients=Recipients.of(["GB-NCA"], [session.keys.device_id]), case_ref=None,
        priority=Priority.IMMEDIATE, handling=handling,
        grading=None if handling is None else Grading(handling.scheme, "B", "2"),
        subjects=(SUSPECT,), body="Convoy leaves tonight", content=AlertContent(
            alert_kind=AlertKind.WARNING, action_requested="Inform border posts"),
        in_reply_to=None, created_at=now, expires_at=None, lang="en")
    env = seal(inner, ws.b_keys, [session.keys.public()], sent_at=now)
    opened = open_envelope(env, session.keys, ws.directory, seen=lambda _: False, now=now)
    with session.db.transaction() as conn:
        messages.insert_incoming(conn, new_message_from_inner(opened, inner_bytes=None,
                                                              due=None), received_at=now)
    return inner.id


def test_forward_refused_by_europol_h2_and_allowed_with_consent(workspace: Workspace,
                                                                 session: Session) -> None:
    h2 = HandlingCode(GradingScheme.EUROPOL_4X4, "H2")
    mid = _receive(session, workspace, h2)
    before = audit.count(session.db)
    with pytest.raises(ForwardRefused, match="H2"):
        forward(session, mid, ("BG-BP",), disclosure_reason=WHY)
    assert audit.count(session.db) == before and messages.count(session.db) == 1
    fid = forward(session, mid, ("BG-BP",), provider_consent=True, note="For your border",
                  disclosure_reason=WHY)
    last = list(audit.entries(session.db, newest_first=False, limit=1000))[-1]
    assert last.kind.value == "forward" and last.object_ref == fid
    inner = _open_as(workspace.c_keys, workspace, sealed_at_push(session, workspace, fid))
    assert inner.handling == h2  # the provider's conditions travel with it


def test_reply_moves_the_original_to_replied(workspace: Workspace, session: Session) -> None:
    mid = _receive(session, workspace, None)
    rid = reply(session, mid, ReplyOutcome.PROVIDED, "Border posts informed.")
    original, answer = messages.get(session.db, mid), messages.get(session.db, rid)
    assert original is not None and original.status is MessageStatus.REPLIED
    assert answer is not None and answer.in_reply_to == mid
    with pytest.raises(ServiceError):
        reply(session, rid, ReplyOutcome.PROVIDED, "cannot reply to my own message")


def test_consultation_needs_a_justification_and_is_audited(session: Session) -> None:
    with pytest.raises(ServiceError):
        record_consultation(session, "subject:1", "  ")
    record_consultation(session, "subject:1", "Checking identity for request OP-DANUBE")
    last = list(audit.entries(session.db, newest_first=False, limit=1000))[-1]
    assert last.kind.value == "consult"
    assert last.details == {"justification": "Checking identity for request OP-DANUBE"}


def test_unlock_and_lock_are_audited_and_the_chain_verifies(workspace: Workspace) -> None:
    s = workspace.open()
    queue_message(s, _request())
    s.close()
    s = workspace.open()
    kinds = [e.kind.value for e in audit.entries(s.db, newest_first=False, limit=1000)]
    assert kinds == ["create", "lock", "unlock", "create", "disclose", "lock", "unlock"]
    verdict = audit.verify_chain(s.db, s.keys.sign_key)
    s.close()
    assert verdict.ok, verdict.reason


def test_a_queued_message_altered_in_the_cache_is_never_sealed(workspace: Workspace,
                                                               session: Session) -> None:
    from liaison_app.sync.seal_at_push import prepare_outbox

    mid = queue_message(session, _request(body="Please check the keeper of lorry SU-123-AB."))
    row = messages.get(session.db, mid)
    assert row is not None and row.inner_bytes is not None
    forged = row.inner_bytes.replace(b"SU-123-AB", b"SU-999-ZZ")
    with session.db.transaction() as conn:
        conn.execute("UPDATE messages SET inner_bytes = ? WHERE message_id = ?", (forged, mid))
    prepared = prepare_outbox(session.db, workspace.directory, session.keys,
                              now=datetime.now(UTC))
    assert prepared.sealed == 0 and prepared.held == 1
    assert "this device's signature" in prepared.errors[0]
    item = outbox.get(session.db, mid)
    assert item is not None and item.envelope == b"" and "not sent" in (item.hold_reason or "")
