"""A deterministic cache of exchanges for the monitoring benches: two years of traffic.

Requests, alerts, replies and acknowledgements in both directions with six
partner agencies; about 80 % of requests get a reply from the other side
after a skewed delay (most within hours, some after days, a few never), every
third message belongs to one of ~1,000 cases, and cases get outcomes; one
message in 50 carries a cash subject and one received message in 20 had an
arrival hit. Rows go
in through the store's own insert and status functions, so the schema's
triggers fill the exchange record exactly as compose and sync do. Bodies are
short: no monitoring query reads them, and the FTS triggers are dropped while
building (the figures never use the search index), which keeps a 1M build to
minutes on a shared machine.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from liaison_app.store import cases, cash_amounts, check_hits, messages
from liaison_app.store.columns import Conn, time_text
from liaison_app.store.crosscheck import Hit
from liaison_app.store.messages import NewMessage

SEED = 16_2026
T0 = datetime(2025, 1, 1, tzinfo=UTC)
SPAN = timedelta(days=730)
PARTNERS = ("RS-BP", "BG-BP", "RO-BP", "MK-MOI", "TR-JGK", "HU-ORFK")
ME = ("gb-nca.lo-belgrade", "GB-NCA", "devicea")
URGENCIES = ("urgent-direct", "urgent-indirect", "standard", "standard", "standard")
OUTCOMES = ("provided", "provided", "provided", "partial", "refused", "clarification")
BODY = "Lorry seen at the crossing at night; please check the driver and the load. "
HANDLING = {"scheme": "uk-3x5x2", "code": "P", "conditions": "", "no_onward_sharing": False}
GRADING = {"scheme": "uk-3x5x2", "source": "2", "information": "B"}
CASES = 1000

FTS_TRIGGERS = ("messages_fts_insert", "messages_fts_delete", "messages_fts_update")


CASH_EVERY = 50
"""One message in 50 carries a cash subject (found or carried)."""
HIT_EVERY = 20
"""One received message in 20 had an arrival hit."""
CURRENCIES = ("EUR", "EUR", "GBP", "RSD", "BGN", "USD")


def _cash(tx: Conn, message_id: str, at: datetime, rng: random.Random) -> None:
    """A cash subject filed and linked to the message, as `store.message_links` files it."""
    subject_id = f"cash-{message_id}"
    data = {"kind": "cash", "category": "suspect", "basis": "fact",
            "amount": str(rng.randrange(100, 200_000)), "currency": rng.choice(CURRENCIES),
            "location": "", "courier": None, "notes": ""}
    cases.add_subject(tx, subject_id=subject_id, kind="cash", category="suspect",
                      basis="fact", label="Cash", data=data, now=at)
    cases.link_message_subject(tx, message_id, subject_id)
    cash_amounts.file_cash(tx, message_id, subject_id, data)


def _mid(i: int) -> str:
    return f"01900000-{i >> 16 & 0xffff:04x}-7000-8000-{i:012x}"


def _content(kind: str, rng: random.Random) -> dict[str, Any]:
    if kind == "request":
        return {"purpose": "Identify", "information_requested": "Crossings",
                "grounds": "Investigation", "urgency": rng.choice(URGENCIES),
                "evidence_use_sought": False}
    if kind == "reply":
        outcome = rng.choice(OUTCOMES)
        return {"outcome": outcome,
                "reason": "" if outcome in ("provided", "partial") else "See the grounds"}
    if kind == "alert":
        return {"alert_kind": "lookout", "action_requested": "", "valid_until": None,
                "interpol_notice": None}
    return {"ack_kind": "technical", "of_messages": [_mid(0)]}


@dataclass
class _Pending:
    message_id: str
    partner: str
    incoming: bool
    at: datetime


def _delay(rng: random.Random) -> timedelta:
    """Most answers within hours, a tail over days."""
    return timedelta(seconds=min(rng.lognormvariate(10.0, 1.4), 40 * 86400))


def build(conn: Conn, n: int, *, batch: int = 5000) -> dict[str, int]:
    """Insert `n` messages (and cases, links and outcomes); return counts by type."""
    for name in FTS_TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    rng = random.Random(SEED)
    step = SPAN / n
    with conn.transaction() as tx:  # type: ignore[attr-defined]
        for c in range(CASES):
            opened = T0 + SPAN * (c / CASES)
            tx.execute(
                """INSERT INTO cases (case_ref, title, crime_area, status, external_refs,
                       notes, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)""",
                (f"BENCH/{c:04d}", f"Case {c}", "migrant_smuggling", "open", "[]", "",
                 time_text(opened), time_text(opened)))
    counts: dict[str, int] = {}
    open_requests: list[_Pending] = []
    i = 0
    while i < n:
        with conn.transaction() as tx:  # type: ignore[attr-defined]
            sent_ids: list[tuple[str, str]] = []
            for _ in range(min(batch, n - i)):
                at = T0 + step * i
                roll = rng.random()
                answer = None
                if roll < 0.35 and open_requests:
                    answer = open_requests.pop(rng.randrange(len(open_requests)))
                    kind = "reply"
                elif roll < 0.70:
                    kind = "request"
                elif roll < 0.85:
                    kind = "alert"
                else:
                    kind = "ack"
                if answer is not None:
                    incoming = not answer.incoming
                    partner = answer.partner
                    at = max(at, answer.at + _delay(rng))
                else:
                    incoming = rng.random() < 0.5
                    partner = rng.choice(PARTNERS)
                message_id = _mid(i)
                case_ref = f"BENCH/{i % CASES:04d}" if i % 3 == 0 else None
                sender = ((f"{partner.lower()}.desk", partner, "deviceb") if incoming else ME)
                msg = NewMessage(
                    message_id=message_id, type=kind, sender_officer=sender[0],
                    sender_agency=sender[1], sender_device=sender[2],
                    recipients={"agencies": [ME[1]] if incoming else [partner], "devices": []},
                    priority="routine", handling=HANDLING, grading=GRADING,
                    created_at=at - timedelta(minutes=2), body=BODY,
                    content=_content(kind, rng), case_ref=case_ref,
                    in_reply_to=None if answer is None else answer.message_id)
                if incoming:
                    messages.insert_incoming(tx, msg, received_at=at)
                else:
                    messages.insert_outgoing(tx, msg, now=at - timedelta(minutes=2))
                    sent_ids.append((message_id, time_text(at)))
                if case_ref is not None:
                    tx.execute("INSERT INTO case_messages (case_ref, message_id, linked_at) "
                               "VALUES (?,?,?)", (case_ref, message_id, time_text(at)))
                if kind != "ack" and i % CASH_EVERY == 7:
                    _cash(tx, message_id, at, rng)
                if incoming and kind != "ack" and i % HIT_EVERY == 3:
                    check_hits.add(tx, message_id, 0, [Hit(
                        "watchlist" if rng.random() < 0.4 else "cache", "bench", 1, "E-1",
                        "x", rng.choice((0.85, 0.95, 1.0)), ("bench",))], now=at)
                if kind == "request" and rng.random() < 0.8:
                    open_requests.append(_Pending(message_id, partner, incoming, at))
                counts[kind] = counts.get(kind, 0) + 1
                i += 1
            tx.executemany(
                "UPDATE messages SET status = 'sent', status_changed_at = ? "
                "WHERE message_id = ? AND status = 'queued'",
                [(when, mid) for mid, when in sent_ids])
    with conn.transaction() as tx:  # type: ignore[attr-defined]
        kinds = ("arrest", "charge", "vehicle_stopped", "document_seized_false",
                 "cash_seized", "victim_safeguarded", "attempt_prevented")
        rows = []
        for o in range(CASES * 5):
            kind = rng.choice(kinds)
            day: date = (T0 + SPAN * rng.random()).date()
            money = kind == "cash_seized"
            rows.append((f"outcome-{o}", f"BENCH/{o % CASES:04d}", kind, day.isoformat(),
                         rng.randrange(1, 6), rng.randrange(1000, 10**7) if money else None,
                         rng.choice(("EUR", "GBP", "RSD")) if money else None, "",
                         ME[0], time_text(T0)))
        tx.executemany(
            """INSERT INTO case_outcomes (outcome_id, case_ref, kind, occurred_on, count,
                   amount_minor, currency, note, recorded_by, recorded_at)
               VALUES (?,?,?,?,?,?,?,?,?,?)""", rows)
    return counts
