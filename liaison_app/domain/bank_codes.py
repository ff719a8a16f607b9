"""Bank identifiers: IBAN (ISO 13616), BIC (ISO 9362) and national account numbers.

The wire carries an IBAN in its electronic form: capitals and digits, no
spaces (`GB82WEST12345698765432`). `normalise_iban` turns what an officer
types or pastes (`gb82 west 1234 5698 7654 32`, `GB82-WEST-...`) into that
form; `check_iban` then checks the country, its registered length and the
mod-97 check digits. Pure functions, no I/O.
"""

from __future__ import annotations

import re

from liaison_app.domain.errors import ValidationError

# IBAN length per country, from the SWIFT IBAN registry (ISO 13616), 2024 releases.
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24,
    "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
    "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27,
    "GT": 28, "HN": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20,
    "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20,
    "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24,
    "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25,
    "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
    "YE": 30,
}
IBAN_MAX = 34

_IBAN_SHAPE_RE = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}", re.ASCII)
_BIC_RE = re.compile(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?", re.ASCII)
_TYPING_SEPARATORS = str.maketrans("", "", " -.\u00a0\u202f\t")
NATIONAL_ACCOUNT_MAX = 40
BANK_CODE_MAX = 20


def normalise_iban(text: str) -> str:
    """What an officer typed as an IBAN in electronic form: no spaces, hyphens or
    dots, capitals (`gb82 west 1234...` -> `GB82WEST1234...`). Not validated."""
    return text.translate(_TYPING_SEPARATORS).upper()


def iban_mod97(iban: str) -> int:
    """ISO 7064 MOD 97-10 of an IBAN (1 when its check digits are right)."""
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97


def check_iban(iban: str, field: str) -> str:
    """`iban` if it is a valid IBAN in electronic form, else a ValidationError saying why."""
    if iban != iban.translate(_TYPING_SEPARATORS).upper():
        raise ValidationError(field, "write the IBAN in capitals without spaces")
    if len(iban) > IBAN_MAX or not _IBAN_SHAPE_RE.fullmatch(iban):
        raise ValidationError(
            field, "an IBAN is a country code, two check digits and up to 30 letters and "
            "digits (e.g. GB82WEST12345698765432)")
    country = iban[:2]
    length = IBAN_LENGTHS.get(country)
    if length is None:
        raise ValidationError(
            field, "{country} does not use IBANs; give the national account number and bank "
            "code instead", country=country)
    if len(iban) != length:
        raise ValidationError(
            field, "an IBAN from {country} has {length} characters; this one has {given}",
            country=country, length=str(length), given=str(len(iban)))
    if iban_mod97(iban) != 1:
        raise ValidationError(
            field, "the check digits do not match: a character is wrong or two are swapped")
    return iban


def iban_of_national(country: str, bban: str) -> str | None:
    """The IBAN of a national account number written whole (`bban`: bank code and number
    run together, capitals and digits) in a country whose IBAN is exactly the country, two
    check digits and that number (its length is the registry's less four): Serbia, Croatia,
    Germany (account zero-padded to ten digits)... None when the length does not fit."""
    length = IBAN_LENGTHS.get(country)
    if length is None or len(bban) != length - 4 or not bban.isascii() or not bban.isalnum():
        return None
    check = 98 - iban_mod97(f"{country}00{bban.upper()}")
    return f"{country}{check:02d}{bban.upper()}"


def iban_print_form(iban: str) -> str:
    """The IBAN in groups of four for people to read (`GB82 WEST 1234 ...`)."""
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def normalise_bic(text: str) -> str:
    """A BIC as typed in canonical form: capitals, no spaces."""
    return text.translate(_TYPING_SEPARATORS).upper()


def check_bic(bic: str, field: str) -> str:
    """`bic` if it has the ISO 9362 shape: bank (4 letters), country (2 letters),
    location (2 letters or digits), optional branch (3)."""
    if not _BIC_RE.fullmatch(bic):
        raise ValidationError(
            field, "a BIC (SWIFT code) is 8 or 11 capital letters and digits, e.g. DEUTDEFF "
            "or DEUTDEFF500")
    return bic


def bic_key(bic: str) -> str:
    """The BIC of the institution: the 8-character form (`XXX` branch = head office)."""
    return bic[:8]


def normalise_account_number(text: str) -> str:
    """A national account number or bank code compared across messages: letters and
    digits only, in capitals (`160-5100-71` -> `160510071`)."""
    return "".join(ch for ch in text.upper() if ch.isascii() and ch.isalnum())
