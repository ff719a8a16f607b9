"""Regenerate the financial-subject vectors: `python tests/vectors/make_financial_vectors.py`.

Writes `financial-subjects-v2.json` (docs/protocol.md §20): a signed inner
message of version 2 carrying one subject of each financial form, the keys
each yields, subjects a receiver MUST refuse with the field that is wrong, and
address, IBAN and card-number cases with their verdicts. Address cases include
the test vectors of BIP-173, BIP-350 and EIP-55. Run it only when the wire
format changes on purpose.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from liaison_app.crypto.envelope import inner_signing_bytes, seal_plaintext  # noqa: E402
from liaison_app.domain.crypto_addresses import CryptoNetwork  # noqa: E402
from liaison_app.domain.financial import financial_keys  # noqa: E402
from liaison_app.domain.subjects import (  # noqa: E402
    BankAccount,
    Basis,
    Cash,
    CryptoAddress,
    DataSubjectCategory,
    InformalTransfer,
    MoneyTransfer,
    PaymentCard,
    Person,
    Subject,
    subject_to_wire,
)
from liaison_app.protocol.canonical import b64u_encode, canonical_bytes  # noqa: E402
from liaison_app.protocol.message import inner_to_wire  # noqa: E402
from tests.vectors.samples import A, B, message  # noqa: E402

NAME = "financial-subjects-v2.json"
S, F, ASSESS = DataSubjectCategory.SUSPECT, Basis.FACT, Basis.ASSESSMENT

SUBJECTS: tuple[Subject, ...] = (
    Person(category=S, basis=F, surname="Jovanović", given_names="Stefan",
           nationalities=("RS",)),
    BankAccount(category=S, basis=F, iban="RS35105008123123123173", bic="AIKBRS22",
                holder_name="Balkan Express Tours d.o.o.", bank_name="AIK Banka",
                country="RS"),
    BankAccount(category=S, basis=F, account_number="12345678", bank_code="40-47-84",
                holder_name="M. Petrovic", country="GB"),
    PaymentCard(category=S, basis=F, last_four="4242", issuer="Banca Intesa Beograd"),
    MoneyTransfer(category=S, basis=F, provider="Western Union", reference="4716038295",
                  amount="2500.00", currency="EUR", sent_on=date(2026, 5, 3),
                  sender_name="Ali Rahimi", sender_country="DE",
                  receiver_name="Marko Petrović", receiver_country="RS"),
    CryptoAddress(category=S, basis=F, network=CryptoNetwork.BITCOIN,
                  address="bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", asset="BTC"),
    CryptoAddress(category=S, basis=ASSESS, network=CryptoNetwork.ETHEREUM,
                  address="0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", asset="USDT"),
    CryptoAddress(category=S, basis=F, network=CryptoNetwork.TRON,
                  address="TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", asset="USDT"),
    InformalTransfer(category=S, basis=ASSESS, broker_name="Haji Karim",
                     location="Istanbul, Aksaray", phone="+905321234567", amount="6000",
                     currency="USD"),
    Cash(category=S, basis=F, amount="48500", currency="EUR",
         location="Horgoš crossing, spare wheel of lorry NS 123-AB", courier=0),
)


def _refused() -> list[dict[str, Any]]:
    """Subjects a receiver MUST refuse, each with the field named and why."""
    bank, card, btc, eth, cash = SUBJECTS[1], SUBJECTS[3], SUBJECTS[5], SUBJECTS[6], SUBJECTS[9]
    out: list[tuple[str, Subject | dict[str, Any], str]] = []

    def bad(what: str, subject: Subject, field: str, **change: Any) -> None:
        wire = subject_to_wire(subject)
        wire.update(change)
        out.append((what, wire, field))

    bad("IBAN with a wrong check digit", bank, "iban", iban="RS36105008123123123173")
    bad("IBAN one character short for its country", bank, "iban",
        iban="RS3510500812312312317")
    bad("IBAN with spaces (the wire carries the electronic form)", bank, "iban",
        iban="RS35 1050 0812 3123 1231 73")
    bad("IBAN of a country that has none", bank, "iban", iban="US64SVBKUS6S3300958879")
    bad("IBAN country and account country disagree", bank, "country", country="BG")
    bad("BIC of the wrong shape", bank, "bic", bic="AIKB-RS")
    bad("neither IBAN nor account number", bank, "iban", iban="")
    bad("Bech32 address with one character changed", btc, "address",
        address="bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")
    bad("Bech32 address in mixed case", btc, "address",
        address="bc1qW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    bad("EIP-55 address with the wrong mixed case", eth, "address",
        address="0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")
    bad("full card number in last_four", card, "last_four", last_four="4111111111111111")
    bad("full card number with spaces in the notes", card, "notes",
        notes="card 4111 1111 1111 1111 found in wallet")
    bad("full card number in the issuer", card, "issuer", issuer="Visa 4242-4242-4242-4242")
    bad("amount as a number", cash, "amount", amount=48500)
    bad("more decimals than the currency has", cash, "amount", amount="100.5",
        currency="JPY")
    bad("not an ISO 4217 currency", cash, "currency", currency="EURO")
    return [{"what": what, "subject": wire, "field": field} for what, wire, field in out]


# BIP-173 / BIP-350 / EIP-55 test vectors, and a few of our own.
ADDRESS_CASES: list[tuple[str, str, bool]] = [
    ("bitcoin", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", True),
    ("bitcoin", "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3", True),
    ("bitcoin", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", True),
    ("bitcoin", "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y",
     True),
    ("bitcoin", "bc1sw50qgdz25j", True),
    ("bitcoin", "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs", True),
    ("bitcoin", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", True),
    ("bitcoin", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", True),
    ("bitcoin", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", False),
    ("bitcoin", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", False),
    ("bitcoin", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd", False),
    ("bitcoin", "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P", False),
    ("bitcoin", "bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du", False),
    ("bitcoin", "bc1rw5uspcuh", False),
    ("bitcoin", "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7", False),
    ("bitcoin", "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3 ", False),
    ("litecoin", "ltc1qg42tkwuuxefutzxezdkdel39gfstuap288mfea", True),
    ("litecoin", "LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9", True),
    ("ethereum", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", True),
    ("ethereum", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", True),
    ("ethereum", "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", True),
    ("ethereum", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb", True),
    ("ethereum", "0x52908400098527886e0f7030069857d2e4169ee7", True),
    ("ethereum", "0x8617E340B3D01FA5F11F306F4090FD50E238070D", True),
    ("ethereum", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", False),
    ("ethereum", "0xfb6916095ca1df60bB79Ce92cE3Ea74c37c5d359", False),
    ("ethereum", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe", False),
    ("bnb_smart_chain", "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", True),
    ("tron", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", True),
    ("tron", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6T", False),
    ("tron", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", False),
]

IBAN_CASES: list[tuple[str, bool]] = [
    ("GB82WEST12345698765432", True), ("DE89370400440532013000", True),
    ("RS35105008123123123173", True), ("BG80BNBG96611020345678", True),
    ("NO9386011117947", True), ("LC55HEMM000100010012001200023015", True),
    ("GB82WEST12345698765431", False), ("GB28WEST12345698765432", False),
    ("DE8937040044053201300", False), ("XX82WEST12345698765432", False),
    ("gb82west12345698765432", False),
]

CARD_TEXT_CASES: list[tuple[str, bool]] = [
    ("4111 1111 1111 1111", True), ("4111-1111-1111-1111", True),
    ("card no. 5555555555554444 exp 12/27", True), ("378282246310005", True),
    ("4111 1111 1111 1112", False), ("MTCN 4716038295", False),
    ("+381641234567", False), ("ending 4242", False), ("41111111111111111111", False),
]

SEARCH_CASES: list[tuple[str, list[str]]] = [
    ("rs35 1050 0812 3123 1231 73", ["iban:RS35105008123123123173"]),
    ("RS35-1050-0812-3123-1231-73", ["iban:RS35105008123123123173"]),
    ("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
     ["crypto:bitcoin:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"]),
    ("0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED",
     ["crypto:evm:0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"]),
    ("tr7nhqjekqxgtci8q8zy4pl8otszgjlj6t", []),
]


def vector() -> dict[str, Any]:
    """Everything in the file."""
    base = message(A, (B,))
    inner = dataclasses.replace(base, subjects=SUBJECTS)
    wire = inner_to_wire(inner)
    plaintext = seal_plaintext(inner, A.keys)
    return {
        "description": "Inner message version 2 (docs/protocol.md §20): a request from A to B "
                       "carrying one subject of each financial form; the signer is device A "
                       "of envelope-v1.json. `keys` lists each subject's normalised keys. "
                       "`refused` subjects MUST be refused naming `field`; the cases give the "
                       "verdict for each address, IBAN and text.",
        "inner_message": canonical_bytes(wire).decode("utf-8"),
        "inner_signing_input_b64u": b64u_encode(inner_signing_bytes(wire)),
        "inner_sig": json.loads(plaintext)["sig"],
        "keys": [sorted(financial_keys(s)) for s in SUBJECTS],
        "refused": _refused(),
        "address_cases": [{"network": n, "address": a, "valid": v} for n, a, v in ADDRESS_CASES],
        "iban_cases": [{"iban": i, "valid": v} for i, v in IBAN_CASES],
        "card_number_text_cases": [{"text": t, "is_card_number": v} for t, v in CARD_TEXT_CASES],
        "search_cases": [{"typed": t, "keys": k} for t, k in SEARCH_CASES],
    }


def main() -> None:
    """Write the file (pretty JSON; the canonical bytes are inside as a string)."""
    text = json.dumps(vector(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    (HERE / NAME).write_text(text, encoding="utf-8")
    print(f"wrote {HERE / NAME}")


if __name__ == "__main__":
    main()
