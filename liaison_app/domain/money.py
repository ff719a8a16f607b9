"""Money on the wire: ISO 4217 currencies, decimal amounts, and full card numbers refused.

Amounts never travel as floats (canonical JSON has none): an amount is a
decimal string in the currency's major unit, `"2500"` or `"2500.50"`, with at
most as many decimals as the currency has minor units (ISO 4217: two for EUR,
none for JPY, three for KWD), no sign, no exponent, no leading zeros, no
thousands separators. `""` means "amount not known".

Payment cards are recorded by their last four digits only; any 12-19 digit
run that passes the Luhn check is treated as a full card number and refused
(PCI DSS: the full number is never stored or passed on).
"""

from __future__ import annotations

import re
from decimal import Decimal

from liaison_app.domain.errors import ValidationError

# ISO 4217 list one (current codes with their minor units), without funds codes
# for precious metals, testing and "no currency" (XAU XAG XPD XPT XTS XXX XDR XSU
# XUA XBA-XBD), plus the recently withdrawn codes cash is still found in
# (HRK: Croatian kuna, until 2023; SLL, CUC, ANG, ZWL, VEF).
_TWO_DECIMALS = (
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD "
    "BTN BWP BYN BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD "
    "EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HRK HTG HUF IDR ILS "
    "INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT "
    "MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR "
    "PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP "
    "SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VEF VES WST XCD XCG "
    "YER ZAR ZMW ZWG ZWL")
_NO_DECIMALS = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF"
_THREE_DECIMALS = "BHD IQD JOD KWD LYD OMR TND"
_FOUR_DECIMALS = "CLF UYW"

CURRENCY_MINOR_UNITS: dict[str, int] = {
    **dict.fromkeys(_TWO_DECIMALS.split(), 2),
    **dict.fromkeys(_NO_DECIMALS.split(), 0),
    **dict.fromkeys(_THREE_DECIMALS.split(), 3),
    **dict.fromkeys(_FOUR_DECIMALS.split(), 4),
}
"""ISO 4217 alphabetic code -> number of minor-unit digits."""

AMOUNT_MAX_DIGITS = 15
"""Digits before the decimal point (a quadrillion in any currency is enough)."""

_AMOUNT_RE = re.compile(r"(0|[1-9][0-9]*)(?:\.([0-9]+))?", re.ASCII)
CARD_DIGITS_MIN = 12
CARD_DIGITS_MAX = 19
# a run of digits, single spaces or hyphens allowed between them (as printed on cards)
_DIGIT_RUN_RE = re.compile(r"(?<![0-9])[0-9](?:[ -]?[0-9])*(?![0-9])", re.ASCII)


def validate_currency(code: object, field: str, *, required: bool = True) -> str:
    """`code` if it is an ISO 4217 alphabetic code in capitals (`EUR`), or "" when optional."""
    if not isinstance(code, str):
        raise ValidationError(field, "must be a string")
    if code == "" and not required:
        return code
    if code == "":
        raise ValidationError(field, "give the currency (ISO 4217 code, e.g. EUR, GBP, RSD)")
    if code not in CURRENCY_MINOR_UNITS:
        raise ValidationError(field, "is not an ISO 4217 currency code (e.g. EUR, GBP, RSD)")
    return code


def validate_amount(amount: object, currency: str, field: str, *,
                    required: bool = False) -> str:
    """`amount` if it is a decimal string this currency can hold, or "" when not required."""
    if not isinstance(amount, str):
        raise ValidationError(field, "must be a string")
    if amount == "":
        if required:
            raise ValidationError(field, "give the amount")
        return amount
    m = _AMOUNT_RE.fullmatch(amount)
    if m is None:
        raise ValidationError(
            field, "write the amount with digits and a decimal point only, e.g. 2500 or 2500.50")
    whole, fraction = m.groups()
    if len(whole) > AMOUNT_MAX_DIGITS:
        raise ValidationError(field, "is too large")
    if currency and fraction is not None:
        places = CURRENCY_MINOR_UNITS.get(currency, 2)
        if len(fraction) > places:
            raise ValidationError(
                field, "{currency} has {places} decimal places; this amount has {given}",
                currency=currency, places=str(places), given=str(len(fraction)))
    return amount


def amount_value(amount: str) -> Decimal | None:
    """The amount as a Decimal (for totals per currency), None when unknown."""
    return Decimal(amount) if amount else None


def amount_minor(amount: str, currency: str) -> int | None:
    """A valid amount in the currency's minor unit (`"2500.5"` EUR -> 250050), for totals
    per currency; None when the amount is unknown or the currency is not known."""
    places = CURRENCY_MINOR_UNITS.get(currency)
    value = amount_value(amount) if _AMOUNT_RE.fullmatch(amount or "") else None
    if places is None or value is None:
        return None
    scaled = value.scaleb(places)
    return int(scaled) if scaled == scaled.to_integral_value() else None


def amount_text(amount: str, currency: str) -> str:
    """An amount as people read it: `"12500.5"` EUR -> `12,500.50 EUR` (thousands grouped,
    the currency's decimals); as written when it is not a valid amount."""
    places = CURRENCY_MINOR_UNITS.get(currency)
    if places is None or not _AMOUNT_RE.fullmatch(amount or ""):
        return " ".join(p for p in (amount, currency) if p)
    return f"{Decimal(amount):,.{places}f} {currency}"


def luhn_valid(digits: str) -> bool:
    """True if the decimal string passes the Luhn (mod 10) check."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = ord(ch) - 48
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def find_card_number(text: str) -> str | None:
    """The first run of 12-19 digits (spaces or hyphens between them allowed) that passes
    the Luhn check, i.e. looks like a full payment card number; None if there is none."""
    for match in _DIGIT_RUN_RE.finditer(text):
        digits = match.group().replace(" ", "").replace("-", "")
        if CARD_DIGITS_MIN <= len(digits) <= CARD_DIGITS_MAX and luhn_valid(digits):
            return digits
    return None


def refuse_card_number(text: str, field: str) -> None:
    """Refuse `text` if it holds a full card number (only the last four digits are kept)."""
    if find_card_number(text) is not None:
        raise ValidationError(
            field, "holds what looks like a full card number; record only the last four "
            "digits and the issuer")
