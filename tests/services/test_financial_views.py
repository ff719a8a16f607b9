"""Financial subjects in the read models: keys linking messages, search by IBAN/address, erasure.

Real SQLCipher profile; messages are filed as sync files them (insert + file_message).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from liaison_app.domain.crypto_addresses import CryptoNetwork
from liaison_app.domain.subjects import (
    BankAccount,
    Basis,
    Cash,
    CryptoAddress,
    DataSubjectCategory,
    Person,
    Subject,
)
from liaison_app.services import retention, views
from liaison_app.services.session import Session
from liaison_app.store import subject_keys
from liaison_app.store.message_links import file_message
from liaison_app.store.messages import insert_incoming
from tests.services.test_views import incoming, mid

NOW = datetime.now(UTC).replace(microsecond=0)
S, F = DataSubjectCategory.SUSPECT, Basis.FACT
IBAN = "RS35105008123123123173"
ACCOUNT = BankAccount(category=S, basis=F, iban=IBAN, holder_name="Marko Petrović")
SAME_ACCOUNT_OTHER_HOLDER = BankAccount(category=S, basis=F, iban=IBAN, holder_name="M. Petrovic",
                                        country="RS")
ETH = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
WALLET = CryptoAddress(category=S, basis=F, network=CryptoNetwork.ETHEREUM, address=ETH)
SAME_WALLET_LOWER = CryptoAddress(category=S, basis=F, network=CryptoNetwork.BNB_SMART_CHAIN,
                                  address=ETH.lower())
COURIER = Person(category=S, basis=F, surname="Jovanović", given_names="Stefan")
CASH = Cash(category=S, basis=F, amount="48500", currency="EUR", location="Horgoš",
            courier=0)


def receive(session: Session, n: int, case_ref: str, *subjects: Subject) -> str:
    """Store a received message and file its subjects, as sync does in one transaction."""
    msg = incoming(n, subjects=subjects, case_ref=case_ref,
                   created=NOW - timedelta(days=10 - n))
    with session.db.transaction() as conn:
        insert_incoming(conn, msg, received_at=NOW)
        file_message(conn, msg.message_id, case_ref, tuple(subjects), NOW)
    return msg.message_id


def test_a_second_message_with_the_same_account_is_linked_to_the_first(
        session: Session) -> None:
    first = receive(session, 1, "RS-BP/2026/17", ACCOUNT, WALLET)
    second = receive(session, 2, "GB-NCA/2026/0042", SAME_ACCOUNT_OTHER_HOLDER,
                     SAME_WALLET_LOWER)
    detail = views.message_detail(session, second)
    account, wallet = detail.subjects
    assert [(s.case_ref, s.message_id) for s in account.seen_in] == [("RS-BP/2026/17", first)]
    assert account.seen_in[0].key == f"iban:{IBAN}"
    # the same EVM address on another EVM chain, written in small letters: one key
    assert [s.message_id for s in wallet.seen_in] == [first]
    # and the first message now shows the second
    assert [s.case_ref for s in views.message_detail(session, first).subjects[0].seen_in] == [
        "GB-NCA/2026/0042"]
    case = views.case_view(session, "GB-NCA/2026/0042")
    linked = [s for s in case.subjects if s.kind == "bank_account"]
    assert linked and linked[0].seen_in[0].case_ref == "RS-BP/2026/17"
    assert all(s.personal for s in case.subjects)


def test_search_finds_an_iban_with_spaces_in_small_letters_and_an_address_in_capitals(
        session: Session) -> None:
    message_id = receive(session, 1, "RS-BP/2026/17", ACCOUNT, WALLET)
    for typed in ("rs35 1050 0812 3123 1231 73", "RS35105008123123123173",
                  "Rs35-1050-0812-3123-1231-73"):
        hits = views.search(session, typed)
        assert [s.kind for s in hits.subjects][:1] == ["bank_account"], typed
        assert message_id in [m.message_id for m in hits.messages]
    hits = views.search(session, "0x" + ETH[2:].upper())
    assert [s.kind for s in hits.subjects][:1] == ["crypto_address"]
    # the FTS index also holds the IBAN in groups of four: a prefix is found as typed
    assert views.search(session, "RS35 1050").subjects


def test_cash_names_its_courier_in_every_view(session: Session) -> None:
    message_id = receive(session, 1, "RS-BP/2026/17", COURIER, CASH)
    shown = {f.label: f.value for f in views.message_detail(session, message_id).subjects[1]
             .fields}
    assert shown["Courier"] == "Jovanović, Stefan"
    case = views.case_view(session, "RS-BP/2026/17")
    cash = next(s for s in case.subjects if s.kind == "cash")
    assert {f.label: f.value for f in cash.fields}["Courier"] == "Jovanović, Stefan"


def test_erasure_takes_the_keys_with_the_subject(session: Session) -> None:
    receive(session, 1, "RS-BP/2026/17", ACCOUNT)
    second = receive(session, 2, "GB-NCA/2026/0042", SAME_ACCOUNT_OTHER_HOLDER)
    first_subject = views.search(session, IBAN).subjects[-1].subject_id
    assert first_subject is not None
    assert subject_keys.keys_of(session.db, first_subject) == {f"iban:{IBAN}"}
    retention.erase_subject(session, first_subject, "no longer needed", with_messages=True)
    assert subject_keys.keys_of(session.db, first_subject) == set()
    assert views.message_detail(session, second).subjects[0].seen_in == ()
    assert len(views.search(session, IBAN).subjects) == 1
    assert mid(1) not in [m.message_id for m in views.search(session, IBAN).messages]
