"""English reasons of the domain's `ValidationError`s that the GUI shows translated.

The domain is Qt-free, so the reasons it gives for refusing a field are listed
here for lupdate, in the "ValidationError" context that `compose._util.plain`
translates them in. A reason that names values is its template (`{country}`),
translated before the values are filled in. tests/gui/test_compose_financial.py
checks that every refusal of a financial subject is listed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

VALIDATION_TEXTS: tuple[str, ...] = (
    # Common to every form (domain.checks)
    str(QT_TRANSLATE_NOOP("ValidationError", "must not be empty")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must not be blank")),
    str(QT_TRANSLATE_NOOP("ValidationError", "has leading or trailing whitespace")),
    # Bank accounts (domain.bank_codes, domain.financial_kinds)
    str(QT_TRANSLATE_NOOP("ValidationError", "write the IBAN in capitals without spaces")),
    str(QT_TRANSLATE_NOOP("ValidationError", "an IBAN is a country code, two check digits and "
                          "up to 30 letters and digits (e.g. GB82WEST12345698765432)")),
    str(QT_TRANSLATE_NOOP("ValidationError", "{country} does not use IBANs; give the national "
                          "account number and bank code instead")),
    str(QT_TRANSLATE_NOOP("ValidationError", "an IBAN from {country} has {length} characters; "
                          "this one has {given}")),
    str(QT_TRANSLATE_NOOP("ValidationError", "the check digits do not match: a character is "
                          "wrong or two are swapped")),
    str(QT_TRANSLATE_NOOP("ValidationError", "a BIC (SWIFT code) is 8 or 11 capital letters "
                          "and digits, e.g. DEUTDEFF or DEUTDEFF500")),
    str(QT_TRANSLATE_NOOP("ValidationError", "may hold only letters, digits, spaces and . / -")),
    str(QT_TRANSLATE_NOOP("ValidationError", "give the IBAN, or the national account number "
                          "with its bank code")),
    str(QT_TRANSLATE_NOOP("ValidationError", "the IBAN is from {iban_country}, not {country}")),
    str(QT_TRANSLATE_NOOP("ValidationError", "give the country of a national account number")),
    # Cards and money (domain.money)
    str(QT_TRANSLATE_NOOP("ValidationError", "holds what looks like a full card number; record "
                          "only the last four digits and the issuer")),
    str(QT_TRANSLATE_NOOP("ValidationError", "give only the last four digits of the card")),
    str(QT_TRANSLATE_NOOP("ValidationError", "give the currency (ISO 4217 code, e.g. EUR, GBP, "
                          "RSD)")),
    str(QT_TRANSLATE_NOOP("ValidationError", "is not an ISO 4217 currency code (e.g. EUR, GBP, "
                          "RSD)")),
    str(QT_TRANSLATE_NOOP("ValidationError", "give the amount")),
    str(QT_TRANSLATE_NOOP("ValidationError", "write the amount with digits and a decimal point "
                          "only, e.g. 2500 or 2500.50")),
    str(QT_TRANSLATE_NOOP("ValidationError", "is too large")),
    str(QT_TRANSLATE_NOOP("ValidationError", "{currency} has {places} decimal places; this "
                          "amount has {given}")),
    # Crypto-asset addresses (domain.crypto_addresses)
    str(QT_TRANSLATE_NOOP("ValidationError", "give the address")),
    str(QT_TRANSLATE_NOOP("ValidationError", "holds {given} characters; the limit is {limit}")),
    str(QT_TRANSLATE_NOOP("ValidationError", "an address holds no spaces or special "
                          "characters")),
    str(QT_TRANSLATE_NOOP("ValidationError", "an Ethereum-style address is 0x and 40 "
                          "hexadecimal digits (0-9, a-f)")),
    str(QT_TRANSLATE_NOOP("ValidationError", "the mix of capital and small letters does not "
                          "match the address's EIP-55 checksum: a character is wrong; copy the "
                          "address again")),
    str(QT_TRANSLATE_NOOP("ValidationError", "the address's Base58Check checksum does not "
                          "match: a character is wrong (capitals and small letters count)")),
    str(QT_TRANSLATE_NOOP("ValidationError", "is not a {network} address")),
    str(QT_TRANSLATE_NOOP("ValidationError", "write a Bech32 address in small letters")),
    str(QT_TRANSLATE_NOOP("ValidationError", "the Bech32 checksum does not match: a character "
                          "is wrong or missing")),
    str(QT_TRANSLATE_NOOP("ValidationError", "is only for a network not in the list")),
    # Hawala, cash (domain.financial_kinds, domain.financial)
    str(QT_TRANSLATE_NOOP("ValidationError", "a phone number is '+', country code and number, "
                          "digits only (E.164, e.g. +381641234567)")),
    str(QT_TRANSLATE_NOOP("ValidationError", "give the broker's name, location or phone")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be the position of a person among this "
                          "message's subjects")),
)
