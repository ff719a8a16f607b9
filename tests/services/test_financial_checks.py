"""Accounts and wallets in the cross-checks: the booth check, the arrival checks against the
lists and the cache (audited as `combination` once, when computed), and the views that show
the links (audited never: they show what arrival already combined)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from liaison_app.domain.crypto_addresses import CryptoNetwork
from liaison_app.domain.messages import AlertContent, AlertKind, Priority
from liaison_app.domain.subjects import (
    BankAccount,
    Basis,
    CryptoAddress,
    DataSubjectCategory,
    Person,
    Subject,
)
from liaison_app.protocol.ids import new_message_id
from liaison_app.protocol.message import InnerMessage, Recipients, SenderRef
from liaison_app.protocol.watchlist import EntryIdentifier, EntryName, WatchEntry, WatchList
from liaison_app.services import views
from liaison_app.services.crosscheck import CheckQuery, arrival_hits, booth_check
from liaison_app.services.errors import ServiceError
from liaison_app.services.session import Session
from liaison_app.store import audit, messages, watchlists
from liaison_app.store.audit import AuditKind
from liaison_app.store.message_links import file_message
from liaison_app.store.message_mapping import new_message_from_inner
from liaison_app.sync.arrival_checks import ArrivalChecks
from liaison_app.sync.receive import PageOutcome

S, F = DataSubjectCategory.SUSPECT, Basis.FACT
NOW = datetime.now(UTC).replace(microsecond=0)
IBAN = "RS35105008123123123173"
ETH = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
BTC = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
LISTED = (
    WatchEntry("FIN-1", "organisation", (EntryName("Balkan Express Tours DOO"),),
               identifiers=(EntryIdentifier("iban", "rs35 1050 0812 3123 1231 73"),)),
    WatchEntry("FIN-2", "person", (EntryName("ИВАНОВ, Петър"),), ("1980",),
               identifiers=(EntryIdentifier("crypto", f"polygon:{ETH.lower()}"),)),
    WatchEntry("FIN-3", "person", (EntryName("RAHIMI, Ali"),), ("1985",)),
)


def _load(session: Session) -> None:
    w = WatchList("fin", "Financial test list", "liaison-csv", 2, NOW,
                  NOW + timedelta(days=30), "0" * 64, LISTED)
    with session.db.transaction() as conn:
        watchlists.replace_list(conn, w, b"{}", "0" * 64, now=NOW)


def _combinations(session: Session) -> list[dict[str, Any]]:
    return [e.details for e in audit.entries(session.db, kind=AuditKind.COMBINATION,
                                             limit=1000, newest_first=False)
            if isinstance(e.details, dict)]


def test_booth_check_by_account_and_wallet(session: Session) -> None:
    _load(session)
    result = booth_check(session, CheckQuery(account="rs35 1050 0812 3123 1231 73"),
                         "payment slip at booth 2")
    assert [h.entry_id for h in result.hits] == ["FIN-1"]
    assert "IBAN equal (RS)" in result.hits[0].reasons
    by_number = booth_check(session, CheckQuery(account="105-0081231231231-73",
                                                account_country="RS"), "payment slip")
    assert [h.entry_id for h in by_number.hits] == ["FIN-1"]
    wallet = booth_check(session, CheckQuery(wallet=ETH.lower()), "phone seized at booth 2")
    assert [h.entry_id for h in wallet.hits] == ["FIN-2"]
    assert "same address on Ethereum and Polygon" in wallet.hits[0].reasons[-1]
    consult = audit.entries(session.db, kind=AuditKind.CONSULT)[0].details
    assert consult["asked"] == ["wallet"]  # type: ignore[index]
    assert ETH.lower() not in str(_combinations(session))  # the audit never holds the values


@pytest.mark.parametrize(("query", "words"), [
    (CheckQuery(account="RS36105008123123123173"), "check digits do not match"),
    (CheckQuery(account="105-0081231231231-73"), "account's country"),
    (CheckQuery(wallet=ETH[:-1] + "D"), "checksum"),
    (CheckQuery(wallet=ETH[:-1] + "D", network="ethereum"), "EIP-55"),
    (CheckQuery(network="bitcoin"), "Give the crypto address"),
])
def test_booth_refusals_name_the_fault(session: Session, query: CheckQuery, words: str) -> None:
    with pytest.raises(ServiceError, match=words):
        booth_check(session, query, "booth 2")
    assert audit.entries(session.db, kind=AuditKind.CONSULT) == []


ARRIVALS: list[PageOutcome] = []
"""What each arrival told the sync run (hits, strong hits: the notification)."""


def _arrive(session: Session, subjects: tuple[Subject, ...], case_ref: str) -> str:
    """Store a received message as sync does, with its arrival checks in the same
    transaction; returns its id."""
    inner = InnerMessage(
        id=new_message_id(), type="alert",
        sender=SenderRef("rs-bp.horgos-desk", "RS-BP", "b" * 32),
        recipients=Recipients(("GB-NCA",), ("a" * 32,)), case_ref=case_ref,
        priority=Priority.URGENT, handling=None, grading=None, subjects=subjects,
        body="Fees paid into this account", content=AlertContent(AlertKind.WARNING),
        in_reply_to=None, created_at=NOW, expires_at=None, lang="en")
    checks = ArrivalChecks(session.identity.officer_id)
    outcome = PageOutcome()
    with session.db.transaction() as conn:
        messages.insert_incoming(conn, new_message_from_inner(inner, inner_bytes=None, due=None),
                                 received_at=NOW)
        file_message(conn, inner.id, case_ref, subjects, NOW)
        entries = checks(session.db, [inner], NOW, outcome)
        audit.append_many(conn, entries, session.keys.sign, now=NOW)
    ARRIVALS.append(outcome)
    return inner.id


def test_arrival_links_accounts_and_wallets_and_audits_the_combination_once(
        session: Session) -> None:
    _load(session)
    first = _arrive(session, (
        Person(category=S, basis=F, surname="Rahimi", given_names="Ali"),
        BankAccount(category=S, basis=F, iban=IBAN, holder_name="Balkan Express Tours d.o.o."),
        CryptoAddress(category=S, basis=F, network=CryptoNetwork.BITCOIN, address=BTC),
    ), "GB-NCA/2026/0099")
    listed = {(h.subject_index, h.hit.entry_id) for h in arrival_hits(session, message_id=first)}
    assert listed == {(0, "FIN-3"), (1, "FIN-1")}
    # the listed IBAN is a strong hit: the sync run raises a notification for it
    iban_hit = next(h.hit for h in arrival_hits(session, message_id=first)
                    if h.hit.entry_id == "FIN-1")
    assert iban_hit.strong and "IBAN equal (RS)" in iban_hit.reasons
    assert ARRIVALS[-1].hits == 2 and ARRIVALS[-1].strong_hits >= 1
    second = _arrive(session, (
        BankAccount(category=S, basis=F, iban=IBAN, holder_name="Ali Rahimi"),
        CryptoAddress(category=S, basis=F, network=CryptoNetwork.BITCOIN, address=BTC.upper()
                      .lower()),
    ), "GB-NCA/2026/0107")
    found = arrival_hits(session, message_id=second)
    cached = [(h.subject_index, h.hit.entry_id, h.hit.reasons) for h in found
              if h.hit.source == "cache"]
    account = next(r for i, e, r in cached if i == 0)
    assert "IBAN equal (RS)" in account and "seen in case GB-NCA/2026/0099, 1 message" in account
    assert any(i == 1 and "crypto address equal (Bitcoin)" in r for i, _, r in cached)
    # the holder of the second account is the person of the first message
    assert any(i == 0 and e == "FIN-3" for i, e, _ in
               [(h.subject_index, h.hit.entry_id, h.hit.reasons) for h in found])
    combined = [d for d in _combinations(session) if d["purpose"] == "arrival"]
    assert len(combined) == sum(len(arrival_hits(session, message_id=m))
                                for m in (first, second))
    assert {"source": "cache", "list": "cache", "entry": "GB-NCA/2026/0099"}.items() <= \
        next(d for d in combined if d["source"] == "cache").items()

    # the views show the same links ("seen in …") as often as they are drawn, and add no
    # combination: it was audited when it was computed, on arrival
    before = len(_combinations(session))
    for _ in range(3):
        detail = views.message_detail(session, second)
        views.case_view(session, "GB-NCA/2026/0107")
    assert [s.case_ref for s in detail.subjects[0].seen_in] == ["GB-NCA/2026/0099"]
    assert len(_combinations(session)) == before
