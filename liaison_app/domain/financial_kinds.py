"""Financial subjects: where the money went (docs/protocol.md §20).

Bank accounts, payment cards (last four digits only), money transfers,
crypto-asset addresses, informal value transfers (hawala and the like) and
cash found or carried. Each carries the data-subject category and the
fact/assessment basis like every subject, and validates itself on
construction: IBAN check digits, BIC shape, currency codes, amounts, address
checksums, and no full card number anywhere on a card.

Import these through `liaison_app.domain.subjects`, which adds the codecs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from liaison_app.domain.bank_codes import (
    BANK_CODE_MAX,
    NATIONAL_ACCOUNT_MAX,
    check_bic,
    check_iban,
)
from liaison_app.domain.checks import NAME_MAX, SHORT_MAX, check_int, check_text, parse_enum
from liaison_app.domain.countries import ALPHA3_TO_ALPHA2, validate_country
from liaison_app.domain.crypto_addresses import CryptoNetwork, check_crypto_address
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.money import refuse_card_number, validate_amount, validate_currency
from liaison_app.domain.subject_kinds import (
    _PHONE_RE,
    Basis,
    DataSubjectCategory,
    _check_common,
)
from liaison_app.domain.timefmt import check_date

MAX_SUBJECT_INDEX = 99
"""A courier is named by its index in the message's subjects (at most 100 of them)."""

_ACCOUNT_CHARS_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9 ./-]*[A-Za-z0-9])?", re.ASCII)
_LAST_FOUR_RE = re.compile(r"[0-9]{4}", re.ASCII)
_REFERENCE_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9 ./-]*[A-Za-z0-9])?", re.ASCII)


def _check_account_text(value: str, name: str, max_len: int) -> None:
    check_text(value, name, max_len=max_len, required=False)
    if value and not _ACCOUNT_CHARS_RE.fullmatch(value):
        raise ValidationError(name, "may hold only letters, digits, spaces and . / -")


def _same_country(a: str, b: str) -> bool:
    return ALPHA3_TO_ALPHA2.get(a, a) == ALPHA3_TO_ALPHA2.get(b, b)


@dataclass(frozen=True, slots=True, kw_only=True)
class BankAccount:
    """A bank account: its IBAN, or its national number with the bank's code."""

    kind: Literal["bank_account"] = field(default="bank_account", init=False)
    category: DataSubjectCategory
    basis: Basis
    iban: str = ""
    """Electronic form: capitals and digits, no spaces."""
    account_number: str = ""
    """The national account number where there is no IBAN (as written)."""
    bank_code: str = ""
    """Sort code, routing number, bank number... that goes with `account_number`."""
    bic: str = ""
    holder_name: str = ""
    bank_name: str = ""
    country: str = ""
    notes: str = ""

    def __post_init__(self) -> None:
        _check_common(self)
        check_text(self.iban, "iban", max_len=NAME_MAX, required=False)
        if self.iban:
            check_iban(self.iban, "iban")
        _check_account_text(self.account_number, "account_number", NATIONAL_ACCOUNT_MAX)
        _check_account_text(self.bank_code, "bank_code", BANK_CODE_MAX)
        if not self.iban and not self.account_number:
            raise ValidationError(
                "iban", "give the IBAN, or the national account number with its bank code")
        check_text(self.bic, "bic", max_len=SHORT_MAX, required=False)
        if self.bic:
            check_bic(self.bic, "bic")
        check_text(self.holder_name, "holder_name", max_len=NAME_MAX, required=False)
        check_text(self.bank_name, "bank_name", max_len=NAME_MAX, required=False)
        validate_country(self.country, "country", required=False)
        if self.iban and self.country and not _same_country(self.iban[:2], self.country):
            raise ValidationError(
                "country", "the IBAN is from {iban_country}, not {country}",
                iban_country=self.iban[:2], country=self.country)
        if not self.iban and not self.country:
            raise ValidationError("country", "give the country of a national account number")


@dataclass(frozen=True, slots=True, kw_only=True)
class PaymentCard:
    """A payment card, known only by its last four digits and its issuer."""

    kind: Literal["payment_card"] = field(default="payment_card", init=False)
    category: DataSubjectCategory
    basis: Basis
    last_four: str
    issuer: str = ""
    """The issuing bank or the card scheme, as known."""
    notes: str = ""

    def __post_init__(self) -> None:
        for name in ("last_four", "issuer", "notes"):  # before any other check
            value = getattr(self, name)
            if isinstance(value, str):
                refuse_card_number(value, name)
        _check_common(self)
        check_text(self.last_four, "last_four", max_len=SHORT_MAX)
        if not _LAST_FOUR_RE.fullmatch(self.last_four):
            raise ValidationError("last_four", "give only the last four digits of the card")
        check_text(self.issuer, "issuer", max_len=NAME_MAX, required=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class MoneyTransfer:
    """A transfer through a money-transfer service (Western Union, MoneyGram, ...)."""

    kind: Literal["money_transfer"] = field(default="money_transfer", init=False)
    category: DataSubjectCategory
    basis: Basis
    provider: str
    reference: str = ""
    """The provider's reference, e.g. the MTCN (10 digits at Western Union)."""
    amount: str = ""
    currency: str = ""
    sent_on: date | None = None
    sender_name: str = ""
    sender_country: str = ""
    receiver_name: str = ""
    receiver_country: str = ""
    notes: str = ""

    def __post_init__(self) -> None:
        _check_common(self)
        check_text(self.provider, "provider", max_len=SHORT_MAX)
        check_text(self.reference, "reference", max_len=SHORT_MAX, required=False)
        if self.reference and not _REFERENCE_RE.fullmatch(self.reference):
            raise ValidationError("reference", "may hold only letters, digits, spaces and . / -")
        validate_currency(self.currency, "currency", required=bool(self.amount))
        validate_amount(self.amount, self.currency, "amount")
        if self.sent_on is not None:
            check_date(self.sent_on, "sent_on")
        for who in ("sender", "receiver"):
            check_text(getattr(self, f"{who}_name"), f"{who}_name", max_len=NAME_MAX,
                       required=False)
            validate_country(getattr(self, f"{who}_country"), f"{who}_country", required=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class CryptoAddress:
    """A crypto-asset address on a named network, its checksum checked."""

    kind: Literal["crypto_address"] = field(default="crypto_address", init=False)
    category: DataSubjectCategory
    basis: Basis
    network: CryptoNetwork
    address: str
    network_name: str = ""
    """The network's name when `network` is `other` (e.g. Monero), else ""."""
    asset: str = ""
    """The token or coin seen, e.g. BTC, USDT."""
    notes: str = ""

    def __post_init__(self) -> None:
        _check_common(self)
        network = parse_enum(CryptoNetwork, self.network, "network")
        object.__setattr__(self, "network", network)
        check_text(self.network_name, "network_name", max_len=SHORT_MAX,
                   required=network is CryptoNetwork.OTHER)
        if network is not CryptoNetwork.OTHER and self.network_name:
            raise ValidationError("network_name", "is only for a network not in the list")
        check_text(self.address, "address", max_len=NAME_MAX)
        check_crypto_address(network, self.address, "address")
        check_text(self.asset, "asset", max_len=SHORT_MAX, required=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class InformalTransfer:
    """Value moved outside the banks: a hawala (hundi, fei ch'ien...) broker and what moved."""

    kind: Literal["informal_transfer"] = field(default="informal_transfer", init=False)
    category: DataSubjectCategory
    basis: Basis
    broker_name: str = ""
    location: str = ""
    phone: str = ""
    """The broker's phone, E.164 (`+381641234567`)."""
    amount: str = ""
    currency: str = ""
    notes: str = ""

    def __post_init__(self) -> None:
        _check_common(self)
        check_text(self.broker_name, "broker_name", max_len=NAME_MAX, required=False)
        check_text(self.location, "location", max_len=NAME_MAX, required=False)
        check_text(self.phone, "phone", max_len=SHORT_MAX, required=False)
        if self.phone and not _PHONE_RE.fullmatch(self.phone):
            raise ValidationError(
                "phone", "a phone number is '+', country code and number, digits only "
                "(E.164, e.g. +381641234567)")
        if not (self.broker_name or self.location or self.phone):
            raise ValidationError("broker_name", "give the broker's name, location or phone")
        validate_currency(self.currency, "currency", required=bool(self.amount))
        validate_amount(self.amount, self.currency, "amount")


@dataclass(frozen=True, slots=True, kw_only=True)
class Cash:
    """Cash found or carried, with the courier (a person subject of the same message)."""

    kind: Literal["cash"] = field(default="cash", init=False)
    category: DataSubjectCategory
    basis: Basis
    amount: str
    currency: str
    location: str = ""
    """Where it was found or carried (a crossing, a vehicle, a bag...)."""
    courier: int | None = None
    """Index of the courier's `person` subject in the message's subjects, or None."""
    notes: str = ""

    def __post_init__(self) -> None:
        _check_common(self)
        validate_currency(self.currency, "currency")
        validate_amount(self.amount, self.currency, "amount", required=True)
        check_text(self.location, "location", max_len=NAME_MAX, required=False)
        if self.courier is not None:
            check_int(self.courier, "courier", minimum=0, maximum=MAX_SUBJECT_INDEX)


FinancialSubject = BankAccount | PaymentCard | MoneyTransfer | CryptoAddress | \
    InformalTransfer | Cash
