"""ISO 4217 currencies and their minor units, for amounts seized (cash and assets).

Amounts are kept as integers in the currency's minor unit (cents, stotinki,
dinars have paras...), so sums are exact and no float ever reaches the cache
or the wire. The table lists the active ISO 4217 codes with their exponent;
fund codes and precious metals (XAU, XDR...) are left out: nobody seizes them
as cash.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from liaison_app.domain.errors import ValidationError

_ZERO = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF"
_THREE = "BHD IQD JOD KWD LYD OMR TND"
_TWO = (
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP "
    "BYN BZD CAD CDF CHF CNY COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP "
    "GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD "
    "KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD "
    "NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD "
    "SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD UYU UZS "
    "VES WST XCD YER ZAR ZMW ZWG"
)

MINOR_UNITS: dict[str, int] = {
    **{code: 0 for code in _ZERO.split()},
    **{code: 2 for code in _TWO.split()},
    **{code: 3 for code in _THREE.split()},
}
"""ISO 4217 alphabetic code -> digits after the decimal point."""

MAX_MINOR = 10**15
"""Largest amount accepted, in minor units (10 trillion euros: a typing error beyond)."""

_AMOUNT_RE = re.compile(r"[0-9]+(?:\.[0-9]+)?", re.ASCII)


def check_currency(code: object, field: str = "currency") -> str:
    """Return `code` if it is an active ISO 4217 currency code (`EUR`, `RSD`), else raise."""
    if not isinstance(code, str) or code not in MINOR_UNITS:
        raise ValidationError(field, "must be an ISO 4217 currency code such as EUR, GBP, RSD "
                              "or BGN")
    return code


def parse_amount(text: str, currency: str, field: str = "amount") -> int:
    """`"12500.50"` in EUR -> 1250050 minor units; refuses more decimals than the currency has.

    Digits with an optional decimal point; no sign, no thousands separators, no
    exponent, so what the officer typed is exactly what is stored.
    """
    exponent = MINOR_UNITS[check_currency(currency)]
    cleaned = text.strip() if isinstance(text, str) else ""
    if not _AMOUNT_RE.fullmatch(cleaned):
        raise ValidationError(field, "must be a number such as 12500 or 12500.50 "
                              "(digits, one decimal point, no separators)")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the pattern already refused it
        raise ValidationError(field, "is not a number") from exc
    scaled = value.scaleb(exponent)
    if scaled != scaled.to_integral_value():
        raise ValidationError(field, "{currency} has {places} decimal place(s); "
                              "{amount} has more", currency=currency, places=str(exponent),
                              amount=cleaned)
    minor = int(scaled)
    check_minor(minor, field)
    return minor


def check_minor(minor: object, field: str = "amount") -> int:
    """Return `minor` if it is a positive whole number of minor units within MAX_MINOR."""
    if type(minor) is not int or not 0 < minor <= MAX_MINOR:
        raise ValidationError(field, "must be more than zero and at most {limit} minor units",
                              limit=f"{MAX_MINOR:,}")
    return minor


def format_amount(minor: int, currency: str) -> str:
    """`1250050, "EUR"` -> `"12,500.50 EUR"` (grouped thousands, the currency's decimals)."""
    exponent = MINOR_UNITS.get(currency, 2)
    value = Decimal(minor).scaleb(-exponent)
    return f"{value:,.{exponent}f} {currency}"
