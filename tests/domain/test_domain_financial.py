"""Financial subjects: the rules the golden vectors do not spell out one by one."""

from __future__ import annotations

import pytest

from liaison_app.domain.bank_codes import iban_print_form, normalise_iban
from liaison_app.domain.checks import reprefixed
from liaison_app.domain.crypto_addresses import (
    CryptoNetwork,
    eip55_checksummed,
    keccak256,
    typed_address,
)
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.financial import financial_keys, institution_keys
from liaison_app.domain.money import validate_amount
from liaison_app.domain.subjects import (
    BankAccount,
    Basis,
    Cash,
    CryptoAddress,
    DataSubjectCategory,
    InformalTransfer,
    MoneyTransfer,
)

S, F = DataSubjectCategory.SUSPECT, Basis.FACT


def test_keccak_is_ethereums_not_sha3() -> None:
    """Keccak-256 of "" (Ethereum) differs from FIPS 202 SHA3-256 of "" (hashlib)."""
    assert keccak256(b"").hex() == (
        "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")
    assert eip55_checksummed("0x" + "fb6916095ca1df60bb79ce92ce3ea74c37c5d359") == (
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")


@pytest.mark.parametrize(("amount", "currency", "ok"), [
    ("2500", "EUR", True), ("2500.50", "EUR", True), ("0.125", "KWD", True),
    ("1000", "JPY", True), ("1000.5", "JPY", False), ("01", "EUR", False),
    ("1,000", "EUR", False), ("-5", "EUR", False), ("1e3", "EUR", False),
    ("2.", "EUR", False), ("1" * 16, "EUR", False),
])
def test_amounts(amount: str, currency: str, ok: bool) -> None:
    if ok:
        assert validate_amount(amount, currency, "amount") == amount
    else:
        with pytest.raises(ValidationError):
            validate_amount(amount, currency, "amount")


def test_an_error_that_names_values_keeps_its_template_through_reprefixing() -> None:
    with pytest.raises(ValidationError) as caught:
        BankAccount(category=S, basis=F, iban="GB82WEST1234569876543")
    exc = reprefixed("subjects[2]", caught.value)
    assert exc.field == "subjects[2].iban"
    assert exc.template == "an IBAN from {country} has {length} characters; this one has {given}"
    assert exc.params == {"country": "GB", "length": "22", "given": "21"}
    assert exc.reason == "an IBAN from GB has 22 characters; this one has 21"


def test_bank_account_rules_and_keys() -> None:
    national = BankAccount(category=S, basis=F, account_number="160-5100-71", bank_code="160",
                           country="SRB", bic="AIKBRS22XXX")
    assert financial_keys(national) == {"account:RS:160:160510071"}
    assert institution_keys(national) == {"bic:AIKBRS22"}
    with pytest.raises(ValidationError, match="country"):
        BankAccount(category=S, basis=F, account_number="12345678")
    assert normalise_iban(" gb82 west-1234.5698 7654 32 ") == "GB82WEST12345698765432"
    assert iban_print_form("GB82WEST12345698765432") == "GB82 WEST 1234 5698 7654 32"


def test_other_forms() -> None:
    with pytest.raises(ValidationError) as caught:
        InformalTransfer(category=S, basis=F, amount="100", currency="EUR")
    assert caught.value.field == "broker_name"
    with pytest.raises(ValidationError) as caught:
        MoneyTransfer(category=S, basis=F, provider="MoneyGram", amount="100")
    assert caught.value.field == "currency"
    with pytest.raises(ValidationError) as caught:
        Cash(category=S, basis=F, amount="", currency="EUR")
    assert caught.value.field == "amount"
    with pytest.raises(ValidationError) as caught:
        CryptoAddress(category=S, basis=F, network=CryptoNetwork.OTHER, address="44AFFq5k")
    assert caught.value.field == "network_name"
    monero = CryptoAddress(category=S, basis=F, network=CryptoNetwork.OTHER,
                           network_name="Monero", address="44AFFq5kSiGBoZ")
    assert financial_keys(monero) == {"crypto:other:monero:44AFFq5kSiGBoZ"}
    assert typed_address(CryptoNetwork.BITCOIN, " BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4 ") \
        == "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
