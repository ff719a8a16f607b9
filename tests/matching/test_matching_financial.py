"""Financial identifiers and subjects in the matcher: keys, readers, scores and reasons."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from liaison_app.domain.errors import ValidationError
from liaison_app.domain.financial import financial_keys
from liaison_app.domain.subjects import subject_from_wire
from liaison_app.matching.financial import crypto_identifiers
from liaison_app.matching.identifiers import make_identifier
from liaison_app.matching.keys import index_keys, query_keys
from liaison_app.matching.records import record_from_entry, record_from_subject
from liaison_app.matching.scoring import HIT, compare_records

VECTORS = Path(__file__).resolve().parents[1] / "vectors"
DOC = json.loads((VECTORS / "watchlist-financial-identifiers-v1.json").read_text("utf-8"))
INNER = json.loads(json.loads((VECTORS / "financial-subjects-v2.json").read_text("utf-8"))[
    "inner_message"])
ETH = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"


@pytest.mark.parametrize("case", DOC["identifiers"], ids=lambda c: c["note"])
def test_identifier_vectors(case: dict[str, Any]) -> None:
    ident = make_identifier(case["kind"], case["value"], case["country"])
    got = None if ident is None else (ident.kind, ident.key)
    expected = None if case["key"] is None else (case["matched_as"], case["key"])
    assert got == expected


def test_subject_vectors_and_financial_keys_agree() -> None:
    for expected, subject in zip(DOC["subjects"], INNER["subjects"], strict=True):
        record = record_from_subject(subject)
        assert (None if record is None else record.kind) == expected["record_kind"]
        keys = set() if record is None else {f"{i.kind}:{i.key}" for i in record.identifiers}
        assert sorted(keys) == expected["identifiers"]
        # every key that links the subject across messages is a key it is matched by
        # (national accounts are matched by bank code and number run together)
        linked = financial_keys(subject_from_wire(subject, "s"))
        assert {k for k in linked if not k.startswith("account:")} <= keys


def _entry(kind: str, names: list[str], idents: list[tuple[str, str, str]],
           **extra: Any) -> dict[str, Any]:
    return {"entry_id": "E1", "kind": kind,
            "names": [{"text": n, "surname": "", "given": "", "alias": False} for n in names],
            "dates_of_birth": extra.get("dates", []), "nationalities": [], "sex": "",
            "identifiers": [{"kind": k, "value": v, "country": c} for k, v, c in idents],
            "note": "", "listed_on": ""}


def _subject(kind: str) -> dict[str, Any]:
    return next(s for s in INNER["subjects"] if s["kind"] == kind)


def _hit(query: dict[str, Any], entry: dict[str, Any]) -> tuple[float, tuple[str, ...]]:
    q, e = record_from_subject(query), record_from_entry(entry)
    assert q is not None
    assert index_keys(e) & query_keys(q), "the lookup would not find the entry"
    found = compare_records(q, e)
    return found.score, found.reasons


def test_a_listed_wallet_is_found_on_any_evm_chain_and_in_any_case() -> None:
    wallet = next(s for s in INNER["subjects"] if s.get("network") == "ethereum")
    other_chain = _entry("person", ["ИВАНОВ, Петър"], [("crypto", f"polygon:{ETH.lower()}", "")])
    score, reasons = _hit(wallet, other_chain)
    assert score == 0.95 and "same address on Ethereum and Polygon" in reasons[-1]
    capitals = _entry("person", ["ИВАНОВ, Петър"], [("crypto", "ETH:0x" + ETH[2:].upper(), "")])
    score, reasons = _hit(wallet, capitals)
    assert score == 1.0 and reasons[-1] == "crypto address equal (Ethereum)"


def test_a_listed_iban_and_the_national_number_inside_it() -> None:
    account = _subject("bank_account")
    by_iban = _entry("organisation", ["Balkan Express"], [("iban", "rs35 1050 0812 3123 1231 73",
                                                           "")])
    score, reasons = _hit(account, by_iban)
    assert score == 1.0 and "IBAN equal (RS)" in reasons
    by_number = _entry("organisation", [], [("account", "105-0081231231231-73", "RS")])
    score, reasons = _hit(account, by_number)
    assert score == 1.0 and "IBAN equal (RS; a national account number read as its IBAN)" \
        in reasons
    uk = dict(_subject("bank_account"), iban="", account_number="12345678",
              bank_code="40-47-84", country="GB")
    by_sort_code = _entry("person", [], [("account", "404784 12345678", "GB")])
    score, reasons = _hit(uk, by_sort_code)
    assert score == 1.0 and "account number with its bank code equal (GB)" in reasons


def test_holder_names_match_people_across_scripts_but_companies_never_match_people() -> None:
    account = dict(_subject("bank_account"), holder_name="Драган Петровић")
    person = _entry("person", ["PETROVIC, Dragan"], [], dates=["1979"])
    score, reasons = _hit(account, person)
    assert score >= HIT and "surname Cyrillic→Latin exact" in reasons
    company = dict(_subject("bank_account"), holder_name="Petrović Dragan DOO")
    q = record_from_subject(company)
    assert q is not None and q.kind == "organisation"
    assert compare_records(q, record_from_entry(person)).score == 0


def test_transfer_names_reference_and_broker_phone() -> None:
    transfer = _subject("money_transfer")
    receiver = _entry("person", ["Petrović Marko"], [])
    score, _ = _hit(transfer, receiver)
    assert score >= HIT
    by_reference = _entry("person", [], [("transfer", "WESTERN-UNION: 4716038295", "")])
    score, reasons = _hit(transfer, by_reference)
    assert score == 1.0 and "money-transfer reference equal (WESTERN-UNION)" in reasons
    broker = _subject("informal_transfer")
    by_phone = _entry("phone", [], [("phone", "+90 532 123 45 67", "")])
    score, reasons = _hit(broker, by_phone)
    assert score == 1.0 and reasons[-1].startswith("phone number equal")


def test_cards_cash_and_malformed_subjects_carry_nothing_to_match() -> None:
    assert record_from_subject(_subject("payment_card")) is None
    assert record_from_subject(_subject("cash")) is None
    broken = dict(_subject("bank_account"), iban="RS36105008123123123173")
    assert record_from_subject(broken) is None


def test_crypto_identifiers_say_what_is_wrong() -> None:
    with pytest.raises(ValidationError, match="checksum"):
        crypto_identifiers(ETH[:-1] + "D")
    with pytest.raises(ValidationError, match="EIP-55"):
        crypto_identifiers(ETH[:-1] + "D", "ethereum")
    [monero] = crypto_identifiers("4AdUndXHHZ6cfufTMvppY6JwXNouMBzSkbLYf", "XMR")
    assert monero.key == "other:monero:4AdUndXHHZ6cfufTMvppY6JwXNouMBzSkbLYf"
