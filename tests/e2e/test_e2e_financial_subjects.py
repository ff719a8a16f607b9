"""Following the money end to end: real `liaison-hub` and `liaison` processes over TLS.

A sends a request carrying an IBAN, a money transfer, a Bitcoin (Bech32) and an
Ethereum (EIP-55) address and a cash seizure with its courier; B receives them
as typed subjects and they appear in B's case view; search on B finds the IBAN
written with spaces in small letters; a second message with the same account
is linked to the first. A subjects file with a bad IBAN is refused naming the field.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from liaison_app.domain.crypto_addresses import CryptoNetwork
from liaison_app.domain.subjects import (
    BankAccount,
    Basis,
    Cash,
    CryptoAddress,
    DataSubjectCategory,
    MoneyTransfer,
    Person,
    Subject,
    subject_to_wire,
)
from liaison_app.services import views
from liaison_app.services.session import open_session
from liaison_app.store import audit
from liaison_app.store.audit import AuditKind
from tests.e2e.test_e2e_two_officers import AGENCIES, PASSPHRASE, _json, liaison
from tests.support.canary_files import scan_for
from tests.support.hub_process import init_hub_dir, start_hub

S, F = DataSubjectCategory.SUSPECT, Basis.FACT
IBAN = "RS35105008123123123173"
BTC = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
ETH = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
CARD = "4539 1488 0343 6467"  # a full card number (Luhn-valid): refused, stored nowhere
FIRST: tuple[Subject, ...] = (
    Person(category=S, basis=F, surname="Jovanović", given_names="Stefan"),
    BankAccount(category=S, basis=F, iban=IBAN, holder_name="Balkan Express Tours d.o.o.",
                bank_name="AIK Banka", country="RS"),
    MoneyTransfer(category=S, basis=F, provider="Western Union", reference="4716038295",
                  amount="2500.00", currency="EUR", sent_on=date(2026, 5, 3),
                  sender_name="Ali Rahimi", sender_country="DE",
                  receiver_name="Marko Petrović", receiver_country="RS"),
    CryptoAddress(category=S, basis=F, network=CryptoNetwork.BITCOIN, address=BTC),
    CryptoAddress(category=S, basis=F, network=CryptoNetwork.ETHEREUM, address=ETH,
                  asset="USDT"),
    Cash(category=S, basis=F, amount="48500", currency="EUR",
         location="Horgoš, spare wheel of lorry NS 123-AB", courier=0),
)
SECOND: tuple[Subject, ...] = (
    BankAccount(category=S, basis=F, iban=IBAN, holder_name="M. Petrovic"),
)


def _subjects_file(path: Path, subjects: tuple[Subject, ...] | list[dict[str, object]]) -> str:
    wire = [s if isinstance(s, dict) else subject_to_wire(s) for s in subjects]
    path.write_text(json.dumps(wire, ensure_ascii=False), encoding="utf-8")
    return str(path)


@pytest.mark.slow
def test_financial_subjects_cross_and_link(tmp_path: Path) -> None:
    root = init_hub_dir(tmp_path / "hub", agencies=AGENCIES)
    pa, pb = tmp_path / "officer-a", tmp_path / "officer-b"
    hub = start_hub(root)
    try:
        prov_a = hub.add_officer("GB-NCA", "gb-nca.lo-belgrade", "Alice Example",
                                 "--passphrase-only-allowed")
        prov_b = hub.add_officer("RS-BP", "rs-bp.horgos-desk", "Bojan Example",
                                 "--passphrase-only-allowed")
        liaison("enrol", "--profile", str(pa), "--provisioning", str(prov_a))
        liaison("enrol", "--profile", str(pb), "--provisioning", str(prov_b))
        liaison("sync", "--profile", str(pa))

        # a wrong check digit is refused before anything is queued, naming the field
        bad = subject_to_wire(FIRST[1]) | {"iban": "RS36105008123123123173"}
        refused = liaison("send", "request", "--profile", str(pa), "--to", "RS-BP",
                          "--justification", "Follow the smuggling fees",
                          "--body", "x", "--subjects",
                          _subjects_file(tmp_path / "bad.json", [bad]), ok=False)
        assert refused.returncode != 0 and "Traceback" not in refused.stderr
        assert "subjects[0].iban" in refused.stderr and "check digits" in refused.stderr
        # a full card number is refused too, and is written nowhere (checked at the end)
        card = {"kind": "payment_card", "category": "suspect", "basis": "fact",
                "last_four": CARD, "issuer": "Visa", "notes": ""}
        refused_card = liaison("send", "request", "--profile", str(pa), "--to", "RS-BP",
                               "--justification", "Follow the smuggling fees", "--body", "x",
                               "--subjects", _subjects_file(tmp_path / "card.json", [card]),
                               ok=False)
        assert refused_card.returncode != 0 and "full card number" in refused_card.stderr
        outputs = [refused_card.stderr]

        first = liaison("send", "request", "--profile", str(pa), "--to", "RS-BP",
                        "--justification", "Follow the smuggling fees", "--legal-basis",
                        "agreement", "--case", "GB-NCA/2026/0099", "--body",
                        "Fees paid into this account; courier stopped at Horgoš with cash",
                        "--subjects", _subjects_file(tmp_path / "first.json", FIRST)
                        ).stdout.strip().split()[-1]
        second = liaison("send", "alert", "--profile", str(pa), "--to", "RS-BP",
                         "--case", "GB-NCA/2026/0107", "--body",
                         "Deposits from a second group into the same account",
                         "--subjects", _subjects_file(tmp_path / "second.json", SECOND)
                         ).stdout.strip().split()[-1]
        outputs += [liaison("sync", "--profile", str(p)).stderr for p in (pa, pb)]
        inbox = {m["id"]: m for m in _json("inbox", "--profile", str(pb), "--justification",
                                           "Matching the account to our case")}
        assert [s["kind"] for s in inbox[first]["subjects"]] == [
            "person", "bank_account", "money_transfer", "crypto_address", "crypto_address",
            "cash"]
        assert inbox[first]["verified"] is True
        assert _json("status", "--profile", str(pb))["quarantined"] == 0
    finally:
        assert hub.stop() == 0

    session = open_session(pb, PASSPHRASE)
    try:
        case = views.case_view(session, "GB-NCA/2026/0099")
        by_kind = {s.kind: s for s in case.subjects}
        assert set(by_kind) == {"person", "bank_account", "money_transfer", "crypto_address",
                                "cash"}
        labels = {s.label for s in case.subjects}
        assert {f"Bitcoin {BTC}", f"Ethereum {ETH}",
                "IBAN RS35 1050 0812 3123 1231 73 (Balkan Express Tours d.o.o.)"} <= labels
        cash = {f.label: f.value for f in by_kind["cash"].fields}
        assert cash["Courier"] == "Jovanović, Stefan" and cash["Amount"] == "48,500.00 EUR"
        assert "Currency" not in cash  # the amount carries it
        assert all(s.personal for s in case.subjects)

        hits = views.search(session, "rs35 1050 0812 3123 1231 73")
        assert hits.subjects and hits.subjects[0].kind == "bank_account"
        assert {first, second} <= {m.message_id for m in hits.messages}

        # the link was combined, and audited, once when the messages arrived ...
        combined = [e for e in audit.entries(session.db, kind=AuditKind.COMBINATION, limit=500)
                    if isinstance(e.details, dict) and e.details["purpose"] == "arrival"]
        assert any(e.object_ref == second and e.details["source"] == "cache"  # type: ignore[index]
                   and e.details["entry"] == "GB-NCA/2026/0099" for e in combined)  # type: ignore[index]
        for _ in range(3):  # ... and showing it, however often, combines nothing new
            detail = views.message_detail(session, second)
            views.case_view(session, "GB-NCA/2026/0107")
        (account,) = detail.subjects
        assert [(s.message_id, s.case_ref) for s in account.seen_in] == [
            (first, "GB-NCA/2026/0099")]
        assert len(audit.entries(session.db, kind=AuditKind.COMBINATION, limit=500)) == len(
            combined)
    finally:
        session.close()

    # offline, the arrival hits and the booth check by account and by wallet
    hits = _json("hits", "--profile", str(pb), "--justification",
                 "Follow the smuggling fees")["hits"]
    linked = [h for h in hits if h["message_id"] == second and h["source"] == "cache"]
    assert linked and "IBAN equal (RS)" in linked[0]["reasons"]
    by_iban = _json("check", "--profile", str(pb), "--account", "rs35 1050 0812 3123 1231 73",
                    "--justification", "payment slip found at the booth")["hits"]
    assert by_iban and all(set(h) == {"source", "list", "list_version", "entry_id", "matched",
                                      "score", "reasons"} for h in by_iban)
    assert {h["entry_id"] for h in by_iban} == {"GB-NCA/2026/0099", "GB-NCA/2026/0107"}
    by_wallet = _json("check", "--profile", str(pb), "--wallet", ETH.lower(), "--network",
                      "polygon", "--justification", "phone seized at the booth")["hits"]
    assert [h["entry_id"] for h in by_wallet] == ["GB-NCA/2026/0099"]
    assert "same address on Polygon and Ethereum" in by_wallet[0]["reasons"][-2]
    wrong = liaison("check", "--profile", str(pb), "--account", "RS36105008123123123173",
                    "--justification", "booth", "--json", ok=False)
    assert wrong.returncode == 1 and "check digits" in wrong.stderr

    # no account, wallet or card number in plaintext in either profile (cache, WAL, spool),
    # the hub's directory, its logs, or what the clients wrote to their terminal on arrival
    needles = [IBAN.encode(), b"RS35 1050 0812 3123 1231 73", BTC.encode(), ETH.encode(),
               ETH.lower().encode(), CARD.encode(), CARD.replace(" ", "").encode()]
    assert scan_for(needles, [pa, pb, root, *tmp_path.glob("hub*.log")]) == []
    assert not [n for n in needles for out in outputs if n.decode() in out]
