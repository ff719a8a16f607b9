"""services.views: the GUI's read models over a real SQLCipher profile (no hub).

The helpers at the top (`incoming`, `store`, `fill`) are shared with the GUI
page tests (tests/gui/test_pages_*.py).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from liaison_app.domain.cases import CrimeArea
from liaison_app.domain.grading import Grading, GradingScheme, HandlingCode
from liaison_app.domain.messages import AlertContent, AlertKind, Priority
from liaison_app.domain.subjects import (
    Basis,
    DataSubjectCategory,
    Organisation,
    Person,
    Vehicle,
    VehicleKind,
    subject_to_wire,
)
from liaison_app.services import audit_views, views
from liaison_app.services.actions import record_consultation
from liaison_app.services.compose import Draft, NewCase, queue_message
from liaison_app.services.errors import ServiceError
from liaison_app.services.session import Session
from liaison_app.services.view_types import MessageQuery
from liaison_app.store import audit, cases
from liaison_app.store.messages import NewMessage, insert_incoming

NOW = datetime.now(UTC).replace(microsecond=0)
UK_P = HandlingCode(GradingScheme.UK_3X5X2, "P")
UK_C_NO_ONWARD = HandlingCode(GradingScheme.UK_3X5X2, "C", "Only for the Horgos operation",
                              no_onward_sharing=True)
EU_H2 = HandlingCode(GradingScheme.EUROPOL_4X4, "H2")
UK_2B = Grading(GradingScheme.UK_3X5X2, "2", "B")
EU_B2 = Grading(GradingScheme.EUROPOL_4X4, "B", "2")
PETROVIC = Person(category=DataSubjectCategory.SUSPECT, basis=Basis.FACT, surname="Petrović",
                  given_names="Marko", aliases=("Kum", "Šofer"), date_of_birth="1984")
NETWORK = Organisation(category=DataSubjectCategory.SUSPECT, basis=Basis.ASSESSMENT,
                       name="Subotica transport network")
LORRY = Vehicle(category=DataSubjectCategory.OTHER, basis=Basis.FACT,
                vehicle_kind=VehicleKind.LORRY, registration="SU 123-AB",
                registration_country="RS")


def mid(n: int) -> str:
    """A valid UUIDv7-shaped message id for number `n`."""
    return f"00000000-0000-7000-8000-{n:012x}"


def request_content(urgency: str = "standard") -> dict[str, Any]:
    return {"purpose": "Identify the driver", "information_requested": "Travel history",
            "grounds": "Ongoing investigation", "urgency": urgency,
            "evidence_use_sought": False}


def incoming(n: int, *, type: str = "request", priority: str = "routine",
             grading: Grading | None = UK_2B, handling: HandlingCode | None = UK_P,
             subjects: tuple[Any, ...] = (), case_ref: str | None = None,
             body: str | None = None, due: datetime | None = None,
             created: datetime | None = None, content: Any = None) -> NewMessage:
    """A received message as sync would store it (real domain wire objects)."""
    return NewMessage(
        message_id=mid(n), type=type,
        sender_officer="rs-bp.horgos-desk", sender_agency="RS-BP", sender_device="dev-b",
        recipients={"agencies": ["GB-NCA"], "devices": []}, priority=priority,
        handling=None if handling is None else handling.to_wire(),
        grading=None if grading is None else grading.to_wire(),
        created_at=created or NOW - timedelta(minutes=n), body=body or f"Lorry sighting {n}",
        subjects=[subject_to_wire(s) for s in subjects],
        content=content if content is not None else (
            request_content() if type == "request" else {}),
        case_ref=case_ref, due_at=due)


def store(session: Session, *msgs: NewMessage, received: datetime = NOW) -> list[str]:
    with session.db.transaction() as conn:
        for msg in msgs:
            insert_incoming(conn, msg, received_at=received)
    return [m.message_id for m in msgs]


def fill(session: Session, count: int, *, start: int = 10_000) -> None:
    """`count` small received messages, through the store API, in one transaction."""
    priorities = ("routine", "priority", "urgent", "immediate")
    with session.db.transaction() as conn:
        for i in range(start, start + count):
            insert_incoming(conn, NewMessage(
                message_id=mid(i), type="request",
                sender_officer="rs-bp.horgos-desk", sender_agency="RS-BP",
                sender_device="dev-b", recipients={"agencies": ["GB-NCA"], "devices": []},
                priority=priorities[i % 4], handling=None, grading=None,
                created_at=NOW - timedelta(seconds=i), body=f"n{i}"), received_at=NOW)


# -- messages --------------------------------------------------------------------------


def test_page_count_filter_and_sort_in_sql(session: Session) -> None:
    store(session, incoming(1, priority="urgent"), incoming(2, priority="immediate"),
          incoming(3), incoming(4, type="alert", priority="urgent", content={
              "alert_kind": "lookout", "action_requested": "", "valid_until": None,
              "interpol_notice": None}),
          incoming(5, type="ack", content={"ack_kind": "read",
                                          "of_messages": [mid(1)]}))
    inbox = MessageQuery(direction="incoming", exclude_types=("ack",))
    assert views.message_count(session, inbox) == 4
    rows = views.message_page(session, replace(inbox, sort="priority"), 0, 10)
    assert [r.priority for r in rows] == ["immediate", "urgent", "urgent", "routine"]
    assert rows[0].grading_code == "2B" and rows[0].handling_code == "P"
    assert rows[0].urgent and rows[0].unread
    ascending = views.message_page(session, replace(inbox, sort="priority", descending=False))
    assert [r.priority for r in ascending] == ["routine", "urgent", "urgent", "immediate"]
    alerts = MessageQuery(types=("alert",))
    assert [r.type for r in views.message_page(session, alerts)] == ["alert"]
    urgent = replace(inbox, priorities=("urgent", "immediate"))
    assert views.message_count(session, urgent) == 3
    assert views.message_count(session, replace(inbox, text="sighting 3")) == 1


@pytest.mark.parametrize("sort", ["created_at", "priority", "due_at", "status", "case_ref"])
@pytest.mark.parametrize("descending", [True, False])
def test_keyset_pages_equal_offset_pages(session: Session, sort: str, descending: bool) -> None:
    fill(session, 1200)
    store(session, *[incoming(n, due=NOW + timedelta(hours=n % 7) if n % 2 else None,
                                 case_ref=f"RS/{n % 3}" if n % 4 else None)
                        for n in range(1, 60)])
    query = MessageQuery(direction="incoming", sort=sort, descending=descending)
    by_offset = [m.message_id for m in views.message_page(session, query, 0, 5000)]
    by_keyset: list[str] = []
    after = None
    while True:
        page = views.message_page(session, query, 0, 97, after=after)
        if not page:
            break
        by_keyset += [m.message_id for m in page]
        after = page[-1].cursor
    assert len(by_offset) == 1259
    assert by_keyset == by_offset
    assert [m.message_id for m in views.message_page(session, query, 500, 100)] == \
        by_offset[500:600]


def test_detail_grading_meanings_subjects_chain_and_forward(session: Session) -> None:
    (first,) = store(session, incoming(1, grading=EU_B2, handling=EU_H2,
                                       subjects=(PETROVIC, NETWORK), case_ref="RS/2026/7",
                                       due=NOW - timedelta(hours=1)))
    d = views.message_detail(session, first)
    assert d.grading is not None and d.grading.scheme_title == "Europol 4x4"
    assert (d.grading.source.code, d.grading.source.meaning) == ("B", "reliable in most instances")
    assert d.grading.information.meaning.startswith("known personally to the source")
    assert d.handling is not None and d.handling.code == "H2"
    assert d.handling.meaning == "not to be passed on without the provider's permission"
    assert not d.forward.allowed and "H2" in d.forward.reason and not d.can_forward
    assert d.overdue and d.can_reply and not d.can_recall
    assert [s.personal for s in d.subjects] == [True, False]
    assert d.subjects[0].label.startswith("Petrović, Marko")
    assert d.holds_personal_data and d.justification_key == ("RS/2026/7", f"message:{first}")
    assert ("Purpose", "Identify the driver", False) in d.content
    (uk,) = store(session, incoming(2, handling=UK_C_NO_ONWARD))
    d2 = views.message_detail(session, uk)
    assert not d2.forward.allowed and "consent" in d2.forward.reason
    assert d2.handling is not None and d2.handling.conditions == "Only for the Horgos operation"
    (ok,) = store(session, incoming(3, handling=UK_P, grading=UK_2B))
    d3 = views.message_detail(session, ok)
    assert d3.forward.allowed and d3.can_forward and not d3.holds_personal_data
    assert d3.grading is not None and d3.grading.source.meaning == "untested"
    assert d3.grading.information.meaning == "known indirectly to the source but corroborated"
    with pytest.raises(ServiceError):
        views.message_detail(session, "nope")


def test_reply_chain_and_mark_read(session: Session) -> None:
    (original,) = store(session, incoming(1))
    assert views.mark_read(session, original)
    assert not views.mark_read(session, original)
    reply_id = queue_message(session, Draft(
        content=AlertContent(alert_kind=AlertKind.WARNING), to_agencies=("RS-BP",),
        in_reply_to=original, priority=Priority.URGENT))
    assert [r.message_id for r in views.message_detail(session, original).replies] == [reply_id]
    mine = views.message_detail(session, reply_id)
    assert [a.message_id for a in mine.ancestors] == [original]
    assert mine.can_recall and not mine.can_reply
    assert views.message_detail(session, original).status == "read"


# -- cases, outbox, directory, quarantine, audit -------------------------------------------------


def test_cases_and_case_view_timeline_subjects_due(session: Session) -> None:
    queue_message(session, Draft(
        content=AlertContent(alert_kind=AlertKind.LOOKOUT), to_agencies=("RS-BP",),
        subjects=(LORRY,), new_case=NewCase("GB-NCA/2026/0042", "Lorry route via Subotica",
                                            CrimeArea.MIGRANT_SMUGGLING)))
    store(session, incoming(1, case_ref="GB-NCA/2026/0042", subjects=(PETROVIC,),
                            due=NOW - timedelta(hours=2)),
          incoming(2, case_ref="GB-NCA/2026/0042", due=NOW + timedelta(days=2)),
          incoming(3, case_ref="RS-BP/2026/99"))
    assert views.case_count(session) == 2
    listed = {c.case_ref: c for c in views.case_page(session)}
    assert listed["GB-NCA/2026/0042"].message_count == 3
    assert listed["GB-NCA/2026/0042"].overdue and listed["GB-NCA/2026/0042"].recorded
    assert not listed["RS-BP/2026/99"].recorded
    assert [c.case_ref for c in views.case_page(session, sort="case_ref", descending=False)] \
        == ["GB-NCA/2026/0042", "RS-BP/2026/99"]
    assert views.case_count(session, text="subotica") == 1
    view = views.case_view(session, "GB-NCA/2026/0042")
    assert view.title == "Lorry route via Subotica" and view.timeline_total == 3
    times = [m.created_at for m in view.timeline]
    assert times == sorted(times)
    assert {s.kind for s in view.subjects} == {"vehicle", "person"}
    assert view.holds_personal_data
    replies_owed = [d for d in view.due if d.kind == "reply"]
    assert [d.overdue for d in replies_owed] == [True, False]
    assert any(d.kind == "review" for d in view.due) and view.overdue_count == 1
    with pytest.raises(ServiceError):
        views.case_view(session, "XX/1")


def test_outbox_directory_quarantine_audit(session: Session) -> None:
    queue_message(session, Draft(content=AlertContent(alert_kind=AlertKind.WARNING),
                                 to_agencies=("RS-BP", "BG-BP"), priority=Priority.IMMEDIATE))
    (row,) = views.outbox_page(session)
    assert (row.state, row.attempts, row.last_error) == ("pending", 0, None)
    assert row.recipient_agencies == ("BG-BP", "RS-BP") and row.priority == "immediate"
    assert views.outbox_count(session, statuses=("failed",)) == 0
    listing = views.directory_listing(session)
    assert listing.version == 7 and not listing.expired
    by_id = {a.agency_id: a for a in listing.agencies}
    me = by_id["GB-NCA"].officers[0]
    assert me.me and me.devices[0].mine and me.devices[0].status == "active"
    assert audit_views.quarantine_count(session) == 0 and audit_views.quarantine_page(session) == []
    record_consultation(session, "message:x", "checking the lorry route")
    consults = audit_views.audit_page(session, kind="consult")
    assert len(consults) == 1 and "checking the lorry route" in consults[0].details
    assert audit_views.audit_count(session) == audit.count(session.db)
    assert audit_views.audit_count(session, kind="consult") == 1


# -- search ------------------------------------------------------------------------------


def test_search_finds_cases_messages_and_subjects_by_alias(session: Session) -> None:
    store(session, incoming(1, subjects=(PETROVIC, NETWORK), case_ref="RS/2026/7",
                            body="Driver seen at Horgos"))
    with session.db.transaction() as conn:
        cases.create_case(conn, case_ref="GB-NCA/2026/1", title="Kum network", crime_area=
                          "migrant_smuggling", status="open", now=NOW,
                          review_on=date(2027, 1, 1))
        cases.add_subject(conn, subject_id="s-1", kind="person", category="suspect",
                          basis="fact", label="Jovanović, Ana", now=NOW,
                          data=subject_to_wire(replace(PETROVIC, surname="Jovanović",
                                                       given_names="Ana",
                                                       aliases=("Kuma",))))
        cases.link_subject(conn, "GB-NCA/2026/1", "s-1", now=NOW)
    hits = views.search(session, "kum")
    labels = {s.label for s in hits.subjects}
    assert any(label.startswith("Petrović, Marko") for label in labels)
    assert "Jovanović, Ana" in labels
    stored = next(s for s in hits.subjects if s.subject_id == "s-1")
    assert stored.case_ref == "GB-NCA/2026/1" and stored.personal
    carried = next(s for s in hits.subjects if s.message_id)
    assert carried.case_ref == "RS/2026/7" and carried.ref.endswith("#0")
    assert [m.case_ref for m in hits.messages] == ["RS/2026/7"]
    assert [c.case_ref for c in hits.cases] == ["GB-NCA/2026/1"]
    sofer = views.search(session, "sofer")
    assert [s.kind for s in sofer.subjects] == ["person"]
    assert views.search(session, "   ").empty
    assert views.search(session, "\"NEAR* OR").subjects == ()


def test_only_values_from_domain_tables_are_marked_coded() -> None:
    """The GUI translates coded values only; content or a subject that fails validation is
    shown exactly as stored, even where it reads like a code."""
    from liaison_app.services.view_render import content_fields, subject_view

    good = content_fields("reply", {"outcome": "refused", "reason": "Refused"})
    assert good == (("Outcome", "Refused", True), ("Reason", "Refused", False))
    bad = content_fields("reply", {"outcome": "Refused", "reason": 5})
    assert bad and not any(line.coded for line in bad)
    lorry = subject_view(subject_to_wire(LORRY), ref="subject:1")
    assert ("Vehicle kind", "Lorry", True) in lorry.fields
    assert ("Registration", "SU 123-AB", False) in lorry.fields
    odd = subject_view({"kind": "vessel", "status": "Stolen", "mode": "Road"}, ref="x")
    assert odd.fields and not any(f.coded for f in odd.fields)
