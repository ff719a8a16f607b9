"""Cash reported in the messages exchanged, per currency, and the arrival hits of the period,
in the monitoring figures, the CSV, and no personal data in either."""

from __future__ import annotations

from datetime import datetime

from liaison_app.domain.subjects import (
    BankAccount,
    Basis,
    Cash,
    DataSubjectCategory,
    Person,
    Subject,
    subject_to_wire,
)
from liaison_app.services.monitoring import monitoring_figures
from liaison_app.services.monitoring_csv import monitoring_csv
from liaison_app.services.monitoring_types import CashTotal, CheckHitCounts, Period
from liaison_app.services.retention import erase_message
from liaison_app.services.session import Session
from liaison_app.store import cases, check_hits, messages
from liaison_app.store.crosscheck import Hit
from liaison_app.store.message_links import file_message
from liaison_app.store.messages import MessageStatus, NewMessage
from tests.monitoring.fixture import GRADE, ME, PARTNER_OFFICER, UK_P, _content, _mid, t

S, F = DataSubjectCategory.SUSPECT, Basis.FACT
COURIER = Person(category=S, basis=F, surname="Jovanović", given_names="Stefan")
Q1 = Period.quarter(2026, 1)


def _cash(amount: str, currency: str) -> Cash:
    return Cash(category=S, basis=F, amount=amount, currency=currency, courier=0,
                location="Horgoš, spare wheel")


def _message(session: Session, partner: str, at: str, subjects: tuple[Subject, ...], *,
             incoming: bool) -> str:
    message_id = _mid()
    sender = (PARTNER_OFFICER[partner], partner) if incoming else ME
    msg = NewMessage(
        message_id=message_id, type="alert", sender_officer=sender[0],
        sender_agency=sender[1], sender_device="dev",
        recipients={"agencies": ["GB-NCA" if incoming else partner], "devices": []},
        priority="routine", handling=UK_P, grading=GRADE, created_at=t(at), body="Cash stop",
        subjects=[subject_to_wire(s) for s in subjects], content=_content("alert"),
        case_ref=None)
    with session.db.transaction() as conn:
        if incoming:
            messages.insert_incoming(conn, msg, received_at=t(at))
            file_message(conn, message_id, None, subjects, t(at))
        else:  # filed when queued; exchanged (and counted) once the hub accepts it
            messages.insert_outgoing(conn, msg, now=t(at))
            file_message(conn, message_id, None, subjects, t(at))
            messages.set_status(conn, message_id, MessageStatus.SENT, now=t(at))
    return message_id


def _hit(session: Session, message_id: str, source: str, score: float, at: datetime) -> None:
    hit = Hit(source, "rs-bp" if source == "watchlist" else "cache", 1, "E1", "x", score,
              ("IBAN equal (RS)",))
    with session.db.transaction() as conn:
        check_hits.add(conn, message_id, 0, [hit], now=at)


def test_cash_per_currency_and_side_and_the_hits_of_the_period(session: Session) -> None:
    rs = _message(session, "RS-BP", "2026-01-10 08:00",
                  (COURIER, _cash("48500", "EUR"),
                   BankAccount(category=S, basis=F, iban="RS35105008123123123173",
                               holder_name="Balkan Express Tours d.o.o.")), incoming=True)
    _message(session, "RS-BP", "2026-02-01 08:00", (COURIER, _cash("1500.50", "EUR")),
             incoming=True)
    bg = _message(session, "BG-BP", "2026-02-03 08:00", (COURIER, _cash("12000", "BGN")),
                  incoming=True)
    _message(session, "BG-BP", "2026-03-03 08:00", (COURIER, _cash("900", "EUR")),
             incoming=False)
    _message(session, "RS-BP", "2026-04-03 08:00", (COURIER, _cash("7", "EUR")), incoming=True)
    _hit(session, rs, "watchlist", 0.97, t("2026-01-10 08:00"))
    _hit(session, rs, "cache", 0.85, t("2026-01-10 08:00"))
    _hit(session, bg, "cache", 1.0, t("2026-02-03 08:00"))
    _hit(session, bg, "cache", 0.9, t("2026-04-01 00:00"))  # after the quarter

    f = monitoring_figures(session, Q1)
    assert f.cash == (CashTotal("incoming", "BGN", 1, 1_200_000),
                      CashTotal("incoming", "EUR", 2, 5_000_050),
                      CashTotal("outgoing", "EUR", 1, 90_000))
    assert [c.text for c in f.cash] == ["12,000.00 BGN", "50,000.50 EUR", "900.00 EUR"]
    assert f.hits == CheckHitCounts(watchlist=1, cache=2, strong=2, messages=2)

    rs_only = monitoring_figures(session, Q1, "RS-BP")
    assert rs_only.cash == (CashTotal("incoming", "EUR", 2, 5_000_050),)
    assert rs_only.hits == CheckHitCounts(watchlist=1, cache=1, strong=1, messages=1)

    text = monitoring_csv(f).decode("utf-8-sig")
    assert "cash_in_messages,amount,all,received,EUR,5000050,minor_units" in text
    assert "crosscheck_hits,cache,all,received,,2,hits" in text
    for personal in ("Jovanović", "Balkan Express", "RS35", "Horgoš"):
        assert personal not in text

    # an erased message takes its cash and its hits out of the figures
    erase_message(session, rs, "Retention review: no longer needed")
    after = monitoring_figures(session, Q1)
    assert [c.minor for c in after.cash if c.currency == "EUR" and c.direction == "incoming"
            ] == [150_050]
    assert after.hits == CheckHitCounts(watchlist=0, cache=1, strong=1, messages=1)


def test_a_changed_cash_subject_changes_its_amount(session: Session) -> None:
    message_id = _message(session, "RS-BP", "2026-01-10 08:00", (COURIER, _cash("100", "EUR")),
                          incoming=True)
    row = session.db.execute(
        "SELECT s.subject_id FROM subjects s JOIN message_subjects ms USING (subject_id) "
        "WHERE ms.message_id = ? AND s.kind = 'cash'", (message_id,)).fetchone()
    with session.db.transaction() as conn:
        cases.update_subject(conn, row[0], now=t("2026-01-11 08:00"), label="Cash 250 GBP",
                             data=subject_to_wire(_cash("250", "GBP")))
    assert monitoring_figures(session, Q1).cash == (CashTotal("incoming", "GBP", 1, 25_000),)


def test_outgoing_cash_counts_once_sent_and_again_when_reported_again(
        session: Session) -> None:
    """Queued cash is not exchanged yet; a failed message leaves the figures; the same cash
    reported again in a later message of the case (one subject record) counts again."""
    cash = _cash("900", "EUR")
    queued = _mid()
    msg = NewMessage(
        message_id=queued, type="alert", sender_officer=ME[0], sender_agency=ME[1],
        sender_device="dev", recipients={"agencies": ["RS-BP"], "devices": []},
        priority="routine", handling=UK_P, grading=GRADE, created_at=t("2026-01-05 08:00"),
        body="Cash stop", subjects=[subject_to_wire(cash)], content=_content("alert"),
        case_ref="GB-NCA/2026/0107")
    with session.db.transaction() as conn:
        messages.insert_outgoing(conn, msg, now=t("2026-01-05 08:00"))
        file_message(conn, queued, "GB-NCA/2026/0107", (cash,), t("2026-01-05 08:00"))
    assert monitoring_figures(session, Q1).cash == ()  # queued: not exchanged
    with session.db.transaction() as conn:
        messages.set_status(conn, queued, MessageStatus.SENT, now=t("2026-01-05 09:00"))
    assert monitoring_figures(session, Q1).cash == (CashTotal("outgoing", "EUR", 1, 90_000),)

    again = _mid()
    with session.db.transaction() as conn:
        messages.insert_incoming(conn, NewMessage(
            message_id=again, type="reply", sender_officer=PARTNER_OFFICER["RS-BP"],
            sender_agency="RS-BP", sender_device="dev",
            recipients={"agencies": ["GB-NCA"], "devices": []}, priority="routine",
            handling=UK_P, grading=GRADE, created_at=t("2026-01-06 08:00"), body="Same cash",
            subjects=[subject_to_wire(cash)], content=_content("reply"),
            case_ref="GB-NCA/2026/0107"), received_at=t("2026-01-06 08:00"))
        file_message(conn, again, "GB-NCA/2026/0107", (cash,), t("2026-01-06 08:00"))
    assert session.db.execute(
        "SELECT count(DISTINCT subject_row) FROM cash_amounts").fetchone()[0] == 1
    assert monitoring_figures(session, Q1).cash == (CashTotal("incoming", "EUR", 1, 90_000),
                                                    CashTotal("outgoing", "EUR", 1, 90_000))
    with session.db.transaction() as conn:
        messages.set_status(conn, queued, MessageStatus.FAILED, now=t("2026-01-07 08:00"),
                            failure_reason="refused by the hub")
    assert monitoring_figures(session, Q1).cash == (CashTotal("incoming", "EUR", 1, 90_000),)
