"""Vehicles: registration plates normalised per country, and the VIN check digit.

A plate is compared without spaces, hyphens and dots, in capitals, without
the country's international sign in front ("SRB NS 123-AB", "BG CA 1234 BX").
Cyrillic letters are written in Latin: Bulgarian plates use only the twelve
letters that look alike in both scripts (А В Е К М Н О Р С Т У Х), so
"СА 1234 ВХ" and "CA 1234 BX" are one plate; Serbian plates are Latin, a
Serbian plate typed in Cyrillic is transliterated; any other country's
Cyrillic look-alikes are read as the Latin letters they look like. Serbian
plates may carry Č Ć Đ Š Ž: the matching key drops the marks (an officer
abroad types "CA" for "ČA"), and a match that needed that says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from liaison_app.matching.scripts import SERBIAN, fold, transliterate

__all__ = ["Plate", "normalise_plate", "vin_check_digit_ok"]

LOOKALIKES = "АВЕКМНОРСТУХ"
_LOOKALIKE = str.maketrans(LOOKALIKES + LOOKALIKES.lower(), "ABEKMHOPCTYX" * 2)
_SEPARATORS = re.compile(r"[\s\-.·_/]+")
COUNTRY_SIGNS: dict[str, tuple[str, ...]] = {
    "RS": ("SRB",), "BG": ("BG",), "GB": ("GB", "UK"), "HU": ("H",), "RO": ("RO",),
    "MK": ("NMK", "MK"), "AL": ("AL",), "BA": ("BIH",), "ME": ("MNE",), "GR": ("GR",),
    "TR": ("TR",), "MD": ("MD",), "HR": ("HR",), "SI": ("SLO",), "XK": ("RKS",),
    "AT": ("A",), "DE": ("D",), "IT": ("I",), "FR": ("F",), "UA": ("UA",), "PL": ("PL",),
    "CZ": ("CZ",), "SK": ("SK",), "NL": ("NL",), "BE": ("B",), "ES": ("E",), "CH": ("CH",),
}
"""International distinguishing signs written before or beside a plate (Vienna 1968)."""
_ALPHA3 = {"SRB": "RS", "BGR": "BG", "GBR": "GB", "HUN": "HU", "ROU": "RO", "MKD": "MK",
           "ALB": "AL", "BIH": "BA", "MNE": "ME", "GRC": "GR", "TUR": "TR", "MDA": "MD",
           "HRV": "HR", "SVN": "SI", "XKX": "XK", "AUT": "AT", "DEU": "DE", "ITA": "IT",
           "FRA": "FR", "UKR": "UA", "POL": "PL", "CZE": "CZ", "SVK": "SK", "NLD": "NL",
           "BEL": "BE", "ESP": "ES", "CHE": "CH"}
_SHAPES = {
    "BG": re.compile(r"[A-Z]{1,2}[0-9]{4}[A-Z]{1,2}"),
    "RS": re.compile(r"[A-ZČĆĐŠŽ]{2}[0-9]{3,5}[A-ZČĆĐŠŽ]{1,2}"),
}


@dataclass(frozen=True, slots=True)
class Plate:
    """A plate as compared (`exact`, marks kept) and its matching `key` (marks dropped)."""

    exact: str
    key: str
    country: str
    cyrillic: str = ""
    """How Cyrillic letters became Latin: "look-alike" (А В Е К М Н О Р С Т У Х read as
    the Latin letters they look like), "transliterated" (Serbian), or "" (none)."""


def plate_country(country: str) -> str:
    """The alpha-2 code for a plate's country (alpha-3 accepted), or ""."""
    code = country.strip().upper()
    return _ALPHA3.get(code, code)


def _strip_sign(text: str, country: str) -> str:
    signs = COUNTRY_SIGNS.get(country, ())
    parts = [p for p in _SEPARATORS.split(text) if p]
    if len(parts) > 1 and parts[0] in signs:
        parts = parts[1:]
    joined = "".join(parts)
    shape = _SHAPES.get(country)
    for sign in signs:
        if (shape is not None and len(sign) > 1 and joined.startswith(sign)
                and not shape.fullmatch(joined) and shape.fullmatch(joined[len(sign):])):
            return joined[len(sign):]
    return joined


def normalise_plate(text: str, country: str = "") -> Plate | None:
    """The plate in comparable form, or None when no letter or digit is left."""
    code = plate_country(country)
    raw = text.strip()
    letters = {c for c in raw.upper() if "\u0400" <= c <= "\u04ff"}
    how = "" if not letters else ("look-alike" if letters <= set(LOOKALIKES)
                                  else "transliterated")
    if code == "RS":
        raw = transliterate(raw, SERBIAN)
    raw = raw.translate(_LOOKALIKE).upper()
    if code != "RS" and any("\u0400" <= c <= "\u04ff" for c in raw):
        raw = transliterate(raw, SERBIAN).upper()
    exact = _strip_sign(raw, code)
    if not exact:
        return None
    key = fold(exact).upper()
    return Plate(exact=exact, key=key, country=code, cyrillic=how)


_VIN_VALUES = {**{str(d): d for d in range(10)},
               **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
               **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
               **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def normalise_vin(text: str) -> str:
    """Capitals and digits only."""
    return re.sub(r"[^0-9A-Z]", "", text.upper())


def vin_check_digit_ok(vin: str) -> bool:
    """True if the 9th character is the ISO 3779 / North American check digit.

    Vehicles built for Europe need not use it, so a failure is information,
    never a reason to refuse a VIN.
    """
    if len(vin) != 17 or any(ch not in _VIN_VALUES for ch in vin):
        return False
    total = sum(_VIN_VALUES[ch] * w for ch, w in zip(vin, _VIN_WEIGHTS, strict=True))
    remainder = total % 11
    return vin[8] == ("X" if remainder == 10 else str(remainder))
