"""A first quarter of 2026 with known timestamps, replies and outcomes (figures by hand).

Officer A is GB-NCA; partners RS-BP and BG-BP. Every message goes through the
store's own insert and status functions, so the exchange record is filled by
the schema's triggers exactly as compose and sync fill it. The expected
figures are in tests/monitoring/test_monitoring_figures.py, worked out by hand.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from liaison_app.domain.currencies import parse_amount
from liaison_app.domain.outcomes import Money, Outcome, OutcomeKind
from liaison_app.services.case_records import add_outcome, set_case_status
from liaison_app.services.session import Session
from liaison_app.store import cases, messages
from liaison_app.store.message_links import file_message
from liaison_app.store.messages import MessageStatus, NewMessage

NOW = datetime(2026, 4, 3, 12, 0, tzinfo=UTC)
ME = ("gb-nca.lo-belgrade", "GB-NCA")
PARTNER_OFFICER = {"RS-BP": "rs-bp.horgos-desk", "BG-BP": "bg-bp.kapitan-andreevo"}
UK_P = {"scheme": "uk-3x5x2", "code": "P", "conditions": "", "no_onward_sharing": False}
GRADE = {"scheme": "uk-3x5x2", "source": "2", "information": "B"}

_ids = iter(range(1, 10_000))


def t(text: str) -> datetime:
    """`2026-01-10 08:00` in UTC."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)


def _mid() -> str:
    return f"00000000-0000-7000-8000-{next(_ids):012x}"


def _content(kind: str, urgency: str = "standard", outcome: str = "provided") -> dict[str, Any]:
    if kind == "request":
        return {"purpose": "Identify the driver", "information_requested": "Crossings",
                "grounds": "Investigation", "urgency": urgency, "evidence_use_sought": False}
    if kind == "reply":
        return {"outcome": outcome,
                "reason": "" if outcome in ("provided", "partial") else "Reason given"}
    return {"alert_kind": "lookout", "action_requested": "", "valid_until": None,
            "interpol_notice": None}


def received(session: Session, kind: str, partner: str, at: str, *, signed: str | None = None,
             urgency: str = "standard", outcome: str = "provided", reply_to: str | None = None,
             case_ref: str | None = None) -> str:
    """A message from `partner` that arrived at `at` (signed at `signed`, default `at`)."""
    message_id = _mid()
    msg = NewMessage(
        message_id=message_id, type=kind, sender_officer=PARTNER_OFFICER[partner],
        sender_agency=partner, sender_device="dev-" + partner.lower(),
        recipients={"agencies": ["GB-NCA"], "devices": []}, priority="routine",
        handling=UK_P, grading=GRADE, created_at=t(signed or at), body=f"{kind} {message_id}",
        content=_content(kind, urgency, outcome), case_ref=case_ref, in_reply_to=reply_to)
    with session.db.transaction() as conn:
        messages.insert_incoming(conn, msg, received_at=t(at))
        file_message(conn, message_id, case_ref, (), t(at))
    return message_id


def sent(session: Session, kind: str, partners: tuple[str, ...], at: str | None, *,
         composed: str | None = None, urgency: str = "standard", outcome: str = "provided",
         reply_to: str | None = None, case_ref: str | None = None,
         message_id: str | None = None) -> str:
    """A message to `partners` composed at `composed` and accepted by the hub at `at`
    (None: still queued)."""
    message_id = message_id or _mid()
    made = t(composed or at or "2026-01-01 00:00")
    msg = NewMessage(
        message_id=message_id, type=kind, sender_officer=ME[0], sender_agency=ME[1],
        sender_device="dev-a", recipients={"agencies": list(partners), "devices": []},
        priority="routine", handling=UK_P, grading=GRADE, created_at=made,
        body=f"{kind} {message_id}", content=_content(kind, urgency, outcome),
        case_ref=case_ref, in_reply_to=reply_to)
    with session.db.transaction() as conn:
        messages.insert_outgoing(conn, msg, now=made)
        file_message(conn, message_id, case_ref, (), made)
        if at is not None:
            messages.set_status(conn, message_id, MessageStatus.SENT, now=t(at))
    return message_id


def build_quarter(session: Session) -> dict[str, str]:
    """The Q1 2026 traffic, cases and outcomes; returns the message ids by name."""
    ids: dict[str, str] = {}
    with session.db.transaction() as conn:
        cases.create_case(conn, case_ref="RS/2026/1", title="Horgoš lorries",
                          crime_area="migrant_smuggling", status="open",
                          now=t("2026-01-10 07:00"))
        cases.create_case(conn, case_ref="BG/2025/9", title="Kapitan Andreevo vans",
                          crime_area="migrant_smuggling", status="open",
                          now=t("2025-12-01 09:00"))
        cases.create_case(conn, case_ref="BG/2026/2", title="Document factory",
                          crime_area="document_fraud", status="open",
                          now=t("2026-02-02 09:00"))
    # Requests received from RS-BP, urgent with information directly available (8 h)
    ids["R1"] = received(session, "request", "RS-BP", "2026-01-10 08:00",
                         urgency="urgent-direct", case_ref="RS/2026/1")
    sent(session, "reply", ("RS-BP",), "2026-01-10 10:00", reply_to=ids["R1"])
    ids["R2"] = received(session, "request", "RS-BP", "2026-02-01 00:00",
                         urgency="urgent-direct")
    sent(session, "reply", ("RS-BP",), "2026-02-01 06:00", composed="2026-02-01 05:30",
         reply_to=ids["R2"], outcome="partial")
    ids["R3"] = received(session, "request", "RS-BP", "2026-02-15 12:00",
                         urgency="urgent-direct")
    sent(session, "reply", ("RS-BP",), "2026-02-16 00:00", reply_to=ids["R3"],
         outcome="refused")
    ids["R4"] = received(session, "request", "RS-BP", "2026-03-20 00:00",
                         urgency="urgent-direct")
    # Requests received from BG-BP, standard (7 days)
    ids["R5"] = received(session, "request", "BG-BP", "2026-01-05 00:00",
                         case_ref="BG/2025/9")
    sent(session, "reply", ("BG-BP",), "2026-01-08 00:00", reply_to=ids["R5"])
    ids["R6"] = received(session, "request", "BG-BP", "2026-03-30 00:00")
    ids["R8"] = received(session, "request", "BG-BP", "2026-02-10 00:00")
    sent(session, "reply", ("BG-BP",), "2026-02-11 00:00", reply_to=ids["R8"],
         outcome="clarification")
    sent(session, "reply", ("BG-BP",), "2026-02-20 00:00", reply_to=ids["R8"])
    # Requests sent from here
    ids["S1"] = sent(session, "request", ("RS-BP",), "2026-01-20 00:00",
                     urgency="urgent-indirect", case_ref="RS/2026/1")
    received(session, "reply", "RS-BP", "2026-01-21 06:00", signed="2026-01-21 00:00",
             reply_to=ids["S1"])
    ids["S2"] = sent(session, "request", ("BG-BP", "RS-BP"), "2026-02-01 00:00",
                     composed="2026-01-31 22:00")
    received(session, "reply", "RS-BP", "2026-02-05 08:00", signed="2026-02-05 00:00",
             reply_to=ids["S2"], outcome="partial")
    received(session, "reply", "BG-BP", "2026-02-12 00:00", reply_to=ids["S2"])
    ids["S3"] = sent(session, "request", ("BG-BP",), "2026-03-01 00:00",
                     urgency="urgent-indirect", case_ref="BG/2026/2")
    ids["S4"] = sent(session, "request", ("RS-BP",), None, composed="2026-03-05 00:00")
    ids["S5"] = sent(session, "request", ("RS-BP",), "2025-12-31 23:00")
    received(session, "reply", "RS-BP", "2026-01-03 00:00", signed="2026-01-02 00:00",
             reply_to=ids["S5"], outcome="refused")
    # Alerts, one each way in the quarter and one after it
    received(session, "alert", "RS-BP", "2026-01-15 00:00")
    sent(session, "alert", ("BG-BP", "RS-BP"), "2026-03-10 00:00")
    sent(session, "alert", ("RS-BP",), "2026-04-01 00:00")
    # Cases closed, and outcomes recorded
    set_case_status(session, "RS/2026/1", "closed", now=t("2026-03-25 10:00"))
    add_outcome(session, "RS/2026/1", Outcome(OutcomeKind.ARREST, date(2026, 2, 1), 2),
                now=NOW)
    add_outcome(session, "RS/2026/1", Outcome(
        OutcomeKind.CASH_SEIZED, date(2026, 2, 1),
        amount=Money(parse_amount("12500.50", "EUR"), "EUR")), now=NOW)
    add_outcome(session, "RS/2026/1", Outcome(
        OutcomeKind.CASH_SEIZED, date(2026, 3, 1),
        amount=Money(parse_amount("1000", "RSD"), "RSD")), now=NOW)
    add_outcome(session, "BG/2025/9", Outcome(OutcomeKind.VEHICLE_STOPPED, date(2026, 1, 20)),
                now=NOW)
    add_outcome(session, "BG/2025/9", Outcome(OutcomeKind.ARREST, date(2026, 4, 2)),
                now=NOW + timedelta(days=1))
    return ids
