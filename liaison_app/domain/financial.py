"""Financial subjects as a whole: their kinds, labels, matching keys and the courier link.

`financial_keys(subject)` gives the normalised keys that identify an account,
a wallet, a transfer or a broker's phone, so that the same one met in two
messages is recognised whatever spelling each used (IBAN with or without
spaces, an EVM or Bech32 address in any case). The store indexes these keys
(search, "seen in case ..."); watch-list matching can use the same function.
Pure: no Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence

from liaison_app.domain.bank_codes import (
    bic_key,
    check_iban,
    iban_print_form,
    normalise_account_number,
    normalise_iban,
)
from liaison_app.domain.countries import ALPHA3_TO_ALPHA2
from liaison_app.domain.crypto_addresses import (
    CryptoNetwork,
    address_key,
    address_keys_of_text,
)
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.financial_kinds import (
    BankAccount,
    Cash,
    CryptoAddress,
    FinancialSubject,
    InformalTransfer,
    MoneyTransfer,
    PaymentCard,
)

FINANCIAL_KINDS: dict[str, type[FinancialSubject]] = {
    "bank_account": BankAccount,
    "payment_card": PaymentCard,
    "money_transfer": MoneyTransfer,
    "crypto_address": CryptoAddress,
    "informal_transfer": InformalTransfer,
    "cash": Cash,
}
"""Wire `kind` -> class, for the kinds that need inner message version 2."""

NETWORK_LABELS: dict[str, str] = {
    CryptoNetwork.BITCOIN: "Bitcoin", CryptoNetwork.ETHEREUM: "Ethereum",
    CryptoNetwork.TRON: "Tron", CryptoNetwork.LITECOIN: "Litecoin",
    CryptoNetwork.BNB_SMART_CHAIN: "BNB Smart Chain", CryptoNetwork.POLYGON: "Polygon",
    CryptoNetwork.OTHER: "Other network",
}
"""Wire value of `network` -> what officers read."""


def _word(text: str) -> str:
    """A provider's name compared across messages: letters and digits, case folded."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def financial_keys(subject: object) -> set[str]:
    """The keys that identify this account, wallet, transfer or broker (empty for any
    other subject, a card known by four digits, or cash):

    - `iban:<IBAN>` (electronic form), or `account:<CC>:<bank code>:<number>` (letters
      and digits only, country as alpha-2);
    - `crypto:evm:<0x... lower case>` for every EVM chain, `crypto:<network>:<address>`
      (Bech32 in small letters, Base58 as written), `crypto:other:<name>:<address>`;
    - `transfer:<provider>:<reference>` (provider folded to letters and digits);
    - `phone:<E.164>` for a broker's phone.
    """
    keys: set[str] = set()
    if isinstance(subject, BankAccount):
        if subject.iban:
            keys.add(f"iban:{subject.iban}")
        if subject.account_number and not subject.iban:
            country = ALPHA3_TO_ALPHA2.get(subject.country, subject.country)
            keys.add(f"account:{country}:{normalise_account_number(subject.bank_code)}:"
                     f"{normalise_account_number(subject.account_number)}")
    elif isinstance(subject, CryptoAddress):
        keys.add(address_key(subject.network, subject.address, subject.network_name))
    elif isinstance(subject, MoneyTransfer):
        if subject.reference:
            keys.add(f"transfer:{transfer_key(subject.provider, subject.reference)}")
    elif isinstance(subject, InformalTransfer) and subject.phone:
        keys.add(f"phone:{subject.phone}")
    return keys


def national_account_key(country: str, bank_code: str, number: str) -> str:
    """The matching key of a national account: `<CC>:<bank code and number run together>`
    (letters and digits only, capitals; alpha-3 read as alpha-2), so a sort code written in
    the number's field, or a Serbian bank prefix given apart, still finds the account.
    Looser than `financial_keys`' `account:` key, which keeps the two parts apart."""
    code = country.strip().upper()
    return (f"{ALPHA3_TO_ALPHA2.get(code, code)}:"
            f"{normalise_account_number(bank_code + number)}")


def transfer_key(provider: str, reference: str) -> str:
    """`<provider: letters and digits, case-folded>:<reference: letters and digits,
    capitals>`: the rest of `financial_keys`' `transfer:` key."""
    return f"{_word(provider)}:{normalise_account_number(reference)}"


def institution_keys(subject: object) -> set[str]:
    """`bic:<8 characters>` of the bank an account is held at (a bank, not an account:
    for lists that name institutions, never for linking accounts)."""
    if isinstance(subject, BankAccount) and subject.bic:
        return {f"bic:{bic_key(subject.bic)}"}
    return set()


def keys_of_search_text(text: str) -> set[str]:
    """The keys typed `text` could stand for: an IBAN with or without spaces in any case,
    a crypto address in any case its network allows. Empty when it is neither."""
    keys = address_keys_of_text(text)
    iban = normalise_iban(text.strip())
    try:
        check_iban(iban, "iban")
    except ValidationError:
        pass
    else:
        keys.add(f"iban:{iban}")
    return keys


def financial_search_terms(subject: FinancialSubject) -> list[str]:
    """Extra words to index: an IBAN also in groups of four, as people write it."""
    if isinstance(subject, BankAccount) and subject.iban:
        return [subject.iban, iban_print_form(subject.iban)]
    return []


def check_subject_references(subjects: Sequence[object], field: str = "subjects") -> None:
    """Each cash subject's `courier` names a `person` subject of the same message."""
    for i, subject in enumerate(subjects):
        if isinstance(subject, Cash) and subject.courier is not None:
            index = subject.courier
            if index >= len(subjects) or getattr(subjects[index], "kind", None) != "person":
                raise ValidationError(
                    f"{field}[{i}].courier",
                    "must be the position of a person among this message's subjects")


def needs_financial_version(subjects: Sequence[object]) -> bool:
    """True if any subject is of a kind added in inner message version 2."""
    return any(getattr(s, "kind", None) in FINANCIAL_KINDS for s in subjects)
