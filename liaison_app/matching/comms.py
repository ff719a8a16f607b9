"""Phones and handsets: numbers in E.164 (the `phonenumbers` library), IMEIs by Luhn.

A phone number typed in national form ("064 123 4567") is read against a
default region: the number's own country code wins when it has one (`+381`,
`00381`). An IMEI is 15 digits whose last is a Luhn check digit; an IMEISV
(16 digits) names the same handset with a software version instead, so both
are keyed by their first 14 digits (the TAC and the serial number).
"""

from __future__ import annotations

import re

from liaison_app.domain.subject_kinds import luhn_ok

__all__ = ["imei_key", "luhn_ok", "normalise_email", "normalise_handle", "normalise_phone"]

_NOT_DIGIT = re.compile(r"[^0-9]")


def normalise_phone(text: str, default_region: str = "") -> str | None:
    """E.164 (`+381641234567`), or None when the text is not a possible number."""
    import phonenumbers  # imported on first use: keeps it off the GUI's start-up path

    raw = text.strip()
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    try:
        number = phonenumbers.parse(raw, default_region.upper() or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def imei_key(text: str) -> tuple[str, bool] | None:
    """(first 14 digits, Luhn check passed) of an IMEI or IMEISV, or None."""
    digits = _NOT_DIGIT.sub("", text)
    if len(digits) == 15:
        return digits[:14], luhn_ok(digits)
    if len(digits) in (14, 16):
        return digits[:14], False
    return None


def normalise_email(text: str) -> str:
    """Lower case, surrounding space dropped."""
    return text.strip().lower()


def normalise_handle(text: str) -> str:
    """Lower case, without a leading '@'."""
    return text.strip().lstrip("@").lower()
