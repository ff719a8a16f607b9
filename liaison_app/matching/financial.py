"""Following the money in cross-checks: accounts, wallets, transfer references, and the
names on them.

Registers, on import (the package imports it), four identifier kinds and the
subject readers of the six financial subject kinds (docs/matching.md §6a):

- `iban`: an IBAN in any spacing and case, checked (ISO 13616 length and
  mod-97); key: the electronic form;
- `account`: a national account number with its bank code run together
  (`<CC>:<letters and digits>`, `domain.financial.national_account_key`),
  the country required; where that number is the country's IBAN less its
  check digits (Serbia's 18 digits, Germany's BLZ and account...), it is
  matched as that IBAN, so one account given both ways is one;
- `crypto`: an address, written `network:address` (`bitcoin:bc1q…`, as
  BIP-21 and EIP-681 URIs write it; `btc`, `eth`, `trx`… understood) or bare
  (the network then read from the checksum); canonical per network, every
  EVM chain one key (one key pair controls the address on all of them);
- `transfer`: a money-transfer reference, written `provider:reference`.

A hawala broker's phone is a `phone` (the same number as a communications
subject's). Keys are the rest of `domain.financial.financial_keys`' keys
(`iban:…`, `crypto:…`, `transfer:…`, `phone:…`), so "seen in case …" and
the cross-checks recognise one account the same way.

Names: an account holder, a transfer's sender and receiver, a broker, are
names to match like any other; a name carrying a legal form (`DOO`, `Ltd`,
`ООД`) is read as an organisation's, and a subject whose names are all
organisations' is never compared by name with a person. Payment cards (four
digits) and cash (its courier is a person subject of its own) carry nothing
to match.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from liaison_app.domain.bank_codes import (
    IBAN_LENGTHS,
    check_iban,
    iban_of_national,
    normalise_iban,
)
from liaison_app.domain.crypto_addresses import (
    CryptoNetwork,
    address_key,
    canonical_address,
    check_crypto_address,
    typed_address,
)
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.financial import (
    NETWORK_LABELS,
    financial_keys,
    national_account_key,
    transfer_key,
)
from liaison_app.domain.financial_kinds import BankAccount, CryptoAddress, MoneyTransfer
from liaison_app.domain.subjects import subject_from_wire
from liaison_app.matching.identifiers import (
    Evidence,
    Identifier,
    IdentifierKind,
    make_identifier,
    register_identifier_kind,
)
from liaison_app.matching.names import NameForm, looks_like_organisation, parse_name
from liaison_app.matching.records import ORGANISATION, Record, register_subject_reader

__all__ = [
    "ACCOUNT", "CRYPTO", "IBAN", "NETWORK_NAMES", "TRANSFER", "crypto_identifiers",
    "read_network",
]

IBAN = "iban"
ACCOUNT = "account"
CRYPTO = "crypto"
TRANSFER = "transfer"
MIN_ACCOUNT_CHARACTERS = 6
"""A shorter national number (with its bank code) identifies nothing."""
MIN_REFERENCE_CHARACTERS = 4
NATIONAL_NOTE = "national number"

NETWORK_NAMES: dict[str, CryptoNetwork] = {
    **{n.value: n for n in CryptoNetwork if n is not CryptoNetwork.OTHER},
    "btc": CryptoNetwork.BITCOIN, "xbt": CryptoNetwork.BITCOIN,
    "eth": CryptoNetwork.ETHEREUM, "erc20": CryptoNetwork.ETHEREUM,
    "trx": CryptoNetwork.TRON, "trc20": CryptoNetwork.TRON,
    "ltc": CryptoNetwork.LITECOIN,
    "bsc": CryptoNetwork.BNB_SMART_CHAIN, "bnb": CryptoNetwork.BNB_SMART_CHAIN,
    "bep20": CryptoNetwork.BNB_SMART_CHAIN,
    "matic": CryptoNetwork.POLYGON, "pol": CryptoNetwork.POLYGON,
}
"""How lists and officers name a network (case-folded) -> the network."""
OTHER_NETWORK_NAMES = {"xmr": "monero", "doge": "dogecoin", "bch": "bitcoin cash",
                       "zec": "zcash", "sol": "solana", "xrp": "ripple", "ada": "cardano"}
"""Ticker symbols lists use for networks outside the list -> the name officers write."""
_DETECT_ORDER = (CryptoNetwork.BITCOIN, CryptoNetwork.LITECOIN, CryptoNetwork.TRON,
                 CryptoNetwork.ETHEREUM)
"""Networks tried for a bare address; the first whose checksum holds wins (a `3…` P2SH
address is valid on Bitcoin and Litecoin alike: Bitcoin is far more common)."""


# -- bank accounts ---------------------------------------------------------------------


def _iban(value: str, _country: str) -> Identifier | None:
    iban = normalise_iban(value.strip())
    try:
        check_iban(iban, IBAN)
    except ValidationError:
        return None
    return Identifier(IBAN, value, iban[:2], iban, iban)


def _national(value: str, country: str, bank_code: str = "") -> Identifier | None:
    """A national account; matched as its IBAN where the number, written whole, is the
    country's IBAN less its check digits (a Serbian 18-digit account, a German BLZ and
    ten-digit account), so the same account given both ways is one."""
    if not country:
        return None
    key = national_account_key(country, bank_code, value)
    if len(key) - 3 < MIN_ACCOUNT_CHARACTERS:
        return None
    iban = iban_of_national(key[:2], key[3:])
    if iban is not None:
        return Identifier(IBAN, value, key[:2], iban, key, NATIONAL_NOTE)
    return Identifier(ACCOUNT, value, key[:2], key, key)


def _account(value: str, country: str) -> Identifier | None:
    """A national account number (bank code and number as written), or an IBAN given as
    an account, which is then matched as the IBAN it is."""
    compact = normalise_iban(value.strip())
    if compact[:2] in IBAN_LENGTHS and compact[2:4].isdigit():
        found = _iban(value, country)
        if found is not None:
            return found
    return _national(value, country)


def _compare_ibans(q: Identifier, c: Identifier) -> Evidence:
    how = "; a national account number read as its IBAN" if NATIONAL_NOTE in (
        q.note, c.note) else ""
    return Evidence(1.0, f"IBAN equal ({c.country}{how})")


def _compare_accounts(_q: Identifier, c: Identifier) -> Evidence:
    return Evidence(1.0, f"account number with its bank code equal ({c.country})")


# -- crypto-asset addresses -------------------------------------------------------------


def read_network(name: str) -> tuple[CryptoNetwork, str]:
    """(network, its name when `other`) for a network named by a list or an officer."""
    folded = name.strip().casefold()
    network = NETWORK_NAMES.get(folded.replace(" ", "_").replace("-", "_"))
    if network is not None:
        return network, ""
    return CryptoNetwork.OTHER, OTHER_NETWORK_NAMES.get(folded, folded)


def _crypto(network: CryptoNetwork, address: str, value: str,
            other_name: str = "") -> Identifier:
    key = address_key(network, address, other_name)
    shown = other_name or network.value
    return Identifier(CRYPTO, value, "", key.removeprefix("crypto:"),
                      f"{shown}:{canonical_address(network, address)}")


def crypto_identifiers(value: str, network_name: str = "") -> list[Identifier]:
    """The address `value` (or `network:address`) as identifiers: one when the network is
    named or the checksum tells it; raises ValidationError (field `wallet`) saying what is
    wrong when no network accepts it."""
    text = value.strip()
    named, sep, rest = text.partition(":")
    if not network_name and sep and named.strip().isalpha() and rest.strip():
        network_name, text = named, rest.strip()
    text = text.split("?", 1)[0]  # a BIP-21 / EIP-681 URI's parameters are not the address
    if network_name.strip():
        network, other = read_network(network_name)
        address = typed_address(network, text)
        if network is CryptoNetwork.OTHER:
            if not address or " " in address or not address.isascii():
                raise ValidationError("wallet", "an address holds no spaces or special "
                                                "characters")
            return [_crypto(network, address, value, other)]
        check_crypto_address(network, address, "wallet")
        return [_crypto(network, address, value)]
    for network in _DETECT_ORDER:
        address = typed_address(network, text)
        try:
            check_crypto_address(network, address, "wallet")
        except ValidationError:
            continue
        return [_crypto(network, address, value)]
    raise ValidationError(
        "wallet", "is not a Bitcoin, Litecoin, Tron or Ethereum-style address whose checksum "
        "holds; check the characters, or name the network (--network)")


def _crypto_value(value: str, _country: str) -> Identifier | None:
    try:
        return crypto_identifiers(value)[0]
    except ValidationError:
        return None


def _compare_crypto(q: Identifier, c: Identifier) -> Evidence:
    q_net, c_net = q.exact.split(":", 1)[0], c.exact.split(":", 1)[0]
    if q_net == c_net:
        return Evidence(1.0, f"crypto address equal ({_network_label(c_net)})")
    return Evidence(0.95, f"same address on {_network_label(q_net)} and "
                          f"{_network_label(c_net)} (one key pair on every EVM chain)")


def _network_label(name: str) -> str:
    try:
        return NETWORK_LABELS[CryptoNetwork(name)]
    except ValueError:
        return name.capitalize()


# -- money transfers -------------------------------------------------------------------


def _transfer(value: str, _country: str) -> Identifier | None:
    provider, sep, reference = value.rpartition(":")
    if not sep or not provider.strip():
        return None
    key = transfer_key(provider, reference)
    if len(key.split(":", 1)[1]) < MIN_REFERENCE_CHARACTERS or key.startswith(":"):
        return None
    return Identifier(TRANSFER, value, "", key, key)


def _compare_transfers(_q: Identifier, c: Identifier) -> Evidence:
    provider = c.value.rpartition(":")[0].strip()
    return Evidence(1.0, f"money-transfer reference equal ({provider})")


for _kind in (
    IdentifierKind(IBAN, "IBAN", _iban, _compare_ibans),
    IdentifierKind(ACCOUNT, "account number", _account, _compare_accounts),
    IdentifierKind(CRYPTO, "crypto-asset address", _crypto_value, _compare_crypto),
    IdentifierKind(TRANSFER, "money-transfer reference", _transfer, _compare_transfers),
):
    register_identifier_kind(_kind)


# -- subjects --------------------------------------------------------------------------


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key, "")
    return value if isinstance(value, str) else ""


def _named_record(kind: str, names: Iterable[str], identifiers: list[Identifier]) -> Record:
    """A record for a subject that names people or companies without saying which."""
    forms: list[NameForm] = []
    companies = 0
    for text in dict.fromkeys(n.strip() for n in names if n.strip()):
        organisation = looks_like_organisation(text)
        form = parse_name(text, organisation=organisation)
        if form is not None:
            forms.append(form)
            companies += organisation
    unique: dict[tuple[str, str], Identifier] = {}
    for ident in identifiers:
        unique.setdefault((ident.kind, ident.key), ident)
    record_kind = ORGANISATION if forms and companies == len(forms) else kind
    return Record(record_kind, tuple(forms), identifiers=tuple(unique.values()))


def _keyed(data: Mapping[str, Any]) -> list[Identifier] | None:
    """The identifiers a subject's `financial_keys` give (None when the subject does not
    pass validation: nothing is matched on a malformed subject)."""
    try:
        subject = subject_from_wire(dict(data), "subject")
    except ValidationError:
        return None
    out: list[Identifier] = []
    for key in sorted(financial_keys(subject)):
        prefix, _, rest = key.partition(":")
        if prefix == IBAN:
            out.append(Identifier(IBAN, rest, rest[:2], rest, rest))
        elif prefix == CRYPTO and isinstance(subject, CryptoAddress):
            out.append(_crypto(subject.network, subject.address, subject.address,
                               subject.network_name.casefold()))
        elif prefix == TRANSFER and isinstance(subject, MoneyTransfer):
            out.append(Identifier(TRANSFER, f"{subject.provider}: {subject.reference}", "",
                                  rest, rest))
        elif prefix == "phone":
            phone = make_identifier("phone", rest)
            if phone is not None:
                out.append(phone)
    if isinstance(subject, BankAccount) and not subject.iban:
        national = _national(subject.account_number, subject.country, subject.bank_code)
        if national is not None:
            out.append(national)
    return out


def _bank_account(data: Mapping[str, Any]) -> Record:
    found = _keyed(data)
    if found is None:
        return Record("bank_account")
    return _named_record("bank_account", [_text(data, "holder_name")], found)


def _money_transfer(data: Mapping[str, Any]) -> Record:
    found = _keyed(data)
    if found is None:
        return Record("money_transfer")
    return _named_record("money_transfer",
                         [_text(data, "sender_name"), _text(data, "receiver_name")], found)


def _crypto_address(data: Mapping[str, Any]) -> Record:
    found = _keyed(data)
    return Record("crypto_address", identifiers=tuple(found or ()))


def _informal_transfer(data: Mapping[str, Any]) -> Record:
    found = _keyed(data)
    if found is None:
        return Record("informal_transfer")
    return _named_record("informal_transfer", [_text(data, "broker_name")], found)


def _nothing_to_match(kind: str) -> Any:
    def reader(_data: Mapping[str, Any]) -> Record:
        """A card is known by four digits and cash by its amount: neither identifies
        anyone (a cash courier is a person subject of its own, checked as such)."""
        return Record(kind)
    return reader


for _subject_kind, _reader in (
    ("bank_account", _bank_account), ("money_transfer", _money_transfer),
    ("crypto_address", _crypto_address), ("informal_transfer", _informal_transfer),
    ("payment_card", _nothing_to_match("payment_card")), ("cash", _nothing_to_match("cash")),
):
    register_subject_reader(_subject_kind, _reader)
