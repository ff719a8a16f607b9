"""Recipient picker, case choices and message briefs against a real profile (no network)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from liaison_app.domain.cases import CrimeArea
from liaison_app.domain.disclosure import DisclosureReason, LegalBasis
from liaison_app.domain.grading import Grading, GradingScheme, HandlingCode
from liaison_app.domain.messages import (
    Direction,
    MessageStatus,
    MessageType,
    Priority,
    RequestContent,
    UrgencyClass,
)
from liaison_app.services.compose import Draft, NewCase, queue_message
from liaison_app.services.errors import ServiceError
from liaison_app.services.message_brief import forward_decision, message_brief
from liaison_app.services.recipients import (
    agency_name,
    case_choices,
    officers_of,
    recipient_agencies,
)
from liaison_app.services.session import Session
from liaison_app.store import cases, directory_cache
from liaison_app.store.directory_cache import PartyStatus
from tests.services.workspace import Workspace


def _request(**kw: object) -> Draft:
    base: dict[str, object] = dict(
        content=RequestContent(purpose="Smuggling network", information_requested="Keeper",
                               grounds="Lorry seen at Horgos",
                               urgency=UrgencyClass.STANDARD, evidence_use_sought=False),
        to_agencies=("RS-BP",), body="Please check.", priority=Priority.ROUTINE,
        reason=DisclosureReason(LegalBasis.LAW_ENFORCEMENT, "Keeper of a smuggling lorry"))
    base.update(kw)
    return Draft(**base)  # type: ignore[arg-type]


def test_agencies_with_devices_then_their_officers(workspace: Workspace,
                                                   session: Session) -> None:
    found = recipient_agencies(session)
    # GB-NCA's only device is this one, so it is not offered.
    assert [a.agency_id for a in found] == ["BG-BP", "RS-BP"]  # by name
    rs = found[1]
    assert rs.name == "Border Police Directorate" and rs.country == "RS"
    assert [(o.officer_id, o.name) for o in rs.officers] == [("rs-bp.horgos-desk", "Partner B")]
    assert rs.officers[0].device_ids == (workspace.b_keys.device_id,)
    assert officers_of(session, "RS-BP") == list(rs.officers)
    assert officers_of(session, "GB-NCA") == []
    assert officers_of(session, "XX-NONE") == []
    assert agency_name(session, "BG-BP") == "Border Police"
    assert agency_name(session, "XX-NONE") == "XX-NONE"


def test_revoked_devices_and_officers_are_not_offered(workspace: Workspace,
                                                      session: Session) -> None:
    conn = session.db
    devices = [replace(d, status=PartyStatus.REVOKED) if d.device_id == workspace.c_keys.device_id
               else d for d in (directory_cache.device(conn, d.device_id)
                                for d in (session.keys, workspace.b_keys, workspace.c_keys))
               if d is not None]
    officers = [replace(o, status=PartyStatus.REVOKED) if o.agency_id == "RS-BP" else o
                for o in directory_cache.officers(conn)]
    meta = directory_cache.meta(conn)
    assert meta is not None and len(devices) == 3
    with session.db.transaction() as tx:
        directory_cache.replace(
            tx, version=meta.version + 1, expires_at=meta.expires_at, raw=meta.raw,
            fetched_at=meta.fetched_at, agencies=directory_cache.agencies(tx),
            officers=officers, devices=devices)
    # no officer is offered; the partner agencies stay, waiting for a directory entry
    assert [(a.agency_id, a.officers, a.waiting) for a in recipient_agencies(session)] == [
        ("BG-BP", (), True), ("RS-BP", (), True)]


def test_case_choices_skip_closed_cases(session: Session) -> None:
    queue_message(session, _request(new_case=NewCase("OP-DANUBE", "Danube lorries",
                                                     CrimeArea.MIGRANT_SMUGGLING)))
    now = datetime.now(UTC)
    with session.db.transaction() as tx:
        cases.create_case(tx, case_ref="OP-OLD", title="Old matter", crime_area="other",
                          status="closed", now=now - timedelta(days=1),
                          review_on=(now + timedelta(days=30)).date())
    refs = [c.ref for c in case_choices(session)]
    assert refs == ["OP-DANUBE"]
    assert case_choices(session)[0].title == "Danube lorries"
    assert {c.ref for c in case_choices(session, include_closed=True)} == {"OP-DANUBE", "OP-OLD"}


def test_message_brief_and_forward_decision(session: Session) -> None:
    h2 = HandlingCode(GradingScheme.EUROPOL_4X4, "H2")
    mid = queue_message(session, _request(grading=Grading(GradingScheme.EUROPOL_4X4, "B", "2"),
                                          handling=h2, case_ref="OP-X"))
    brief = message_brief(session, mid)
    assert brief.type is MessageType.REQUEST and brief.direction is Direction.OUTGOING
    assert brief.status is MessageStatus.QUEUED and brief.handling == h2
    assert brief.recipient_agencies == ("RS-BP",) and brief.case_ref == "OP-X"
    assert brief.forwardable
    refused = forward_decision(session, mid)
    assert not refused.allowed and "H2" in refused.reason
    assert forward_decision(session, mid, provider_consent=True).allowed
    with pytest.raises(ServiceError, match="no message"):
        message_brief(session, "0190f000-0000-7000-8000-000000000000")
