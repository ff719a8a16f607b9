"""Travel documents: numbers normalised, and the machine-readable zone read and checked.

A number is compared without spaces, hyphens, slashes or dots, in capitals,
Cyrillic look-alike letters written in Latin. Its matching key also reads O
as 0 and I as 1 (the commonest misreadings of a printed number); a match
that needed that says so.

MRZ (ICAO Doc 9303 parts 4-6): TD3 (passports, 2 lines of 44), TD2 (2 of 36)
and TD1 (identity cards, 3 of 30). Every check digit (weights 7-3-1; digits
as themselves, A-Z as 10-35, `<` as 0) is verified; a wrong one is reported
naming the field, the digit computed and the digit printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "Mrz", "MrzError", "check_digit", "document_key", "normalise_document_number", "parse_mrz",
]

_LOOKALIKE = str.maketrans("АВЕКМНОРСТУХавекмнорстух", "ABEKMHOPCTYXABEKMHOPCTYX")
_NOT_ALNUM = re.compile(r"[^0-9A-Z]")
_CONFUSABLE = str.maketrans("OI", "01")


def normalise_document_number(text: str) -> str:
    """Capitals and digits only (look-alike Cyrillic letters as Latin)."""
    return _NOT_ALNUM.sub("", text.translate(_LOOKALIKE).upper())


def document_key(text: str) -> str:
    """The matching key: the normalised number with O read as 0 and I as 1."""
    return normalise_document_number(text).translate(_CONFUSABLE)


class MrzError(ValueError):
    """An MRZ that cannot be read, or whose check digit is wrong (`field` says which)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


_VALUES = {**{str(d): d for d in range(10)},
           **{chr(ord("A") + i): 10 + i for i in range(26)}, "<": 0}
_WEIGHTS = (7, 3, 1)


def check_digit(data: str) -> int:
    """The ICAO 9303 check digit of `data` (weights 7, 3, 1 repeating)."""
    total = 0
    for i, ch in enumerate(data):
        value = _VALUES.get(ch)
        if value is None:
            raise MrzError("mrz", f"the MRZ holds a character it may not: {ch!r}")
        total += value * _WEIGHTS[i % 3]
    return total % 10


@dataclass(frozen=True, slots=True)
class Mrz:
    """What a machine-readable zone says (check digits verified)."""

    format: str
    document_code: str
    issuing_state: str
    document_number: str
    surname: str
    given_names: str
    nationality: str
    date_of_birth: str
    """YYYY-MM-DD; YYYY-MM or YYYY when the MRZ leaves day or month unknown (`<<`)."""
    sex: str
    """female, male or "" (`<` or `X`)."""
    expiry: str


def _verify(field: str, label: str, data: str, digit: str) -> None:
    if digit == "<" and not data.strip("<"):
        return
    if not digit.isdigit():
        raise MrzError(field, f"the MRZ's check digit for {label} is {digit!r}, not a digit")
    computed = check_digit(data)
    if computed != int(digit):
        raise MrzError(field, f"wrong MRZ check digit for {label}: computed {computed}, "
                              f"the MRZ says {digit}")


def _date(raw: str, field: str, current_year: int, *, birth: bool) -> str:
    yy, mm, dd = raw[:2], raw[2:4], raw[4:6]
    if not yy.isdigit():
        return ""
    year = 2000 + int(yy)
    if birth and year > current_year:
        year -= 100
    if not birth and year > current_year + 50:
        year -= 100
    if not mm.isdigit():
        return f"{year:04d}"
    if not 1 <= int(mm) <= 12:
        raise MrzError(field, f"the MRZ's {field.replace('_', ' ')} has month {mm}")
    if not dd.isdigit():
        return f"{year:04d}-{mm}"
    if not 1 <= int(dd) <= 31:
        raise MrzError(field, f"the MRZ's {field.replace('_', ' ')} has day {dd}")
    return f"{year:04d}-{mm}-{dd}"


def _names(raw: str) -> tuple[str, str]:
    surname, _, given = raw.strip("<").partition("<<")
    return surname.replace("<", " ").strip(), given.replace("<", " ").strip()


def _sex(ch: str) -> str:
    return {"F": "female", "M": "male"}.get(ch, "")


def _lines(text: str) -> list[str]:
    """The MRZ's lines: split at line breaks or blanks (an MRZ holds no blank), or one run
    of characters cut by length."""
    lines = [ln.upper() for ln in text.split()]
    if len(lines) == 1:
        flat = lines[0]
        for width, count in ((44, 2), (36, 2), (30, 3)):
            if len(flat) == width * count:
                return [flat[i * width:(i + 1) * width] for i in range(count)]
    return lines


def _td3_or_td2(lines: list[str], width: int, current_year: int) -> Mrz:
    top, bottom = lines
    number, number_cd = bottom[0:9], bottom[9]
    _verify("document_number", "the document number", number, number_cd)
    _verify("date_of_birth", "the date of birth", bottom[13:19], bottom[19])
    _verify("expiry", "the expiry date", bottom[21:27], bottom[27])
    if width == 44:
        _verify("personal_number", "the personal number", bottom[28:42], bottom[42])
        composite = bottom[0:10] + bottom[13:20] + bottom[21:43]
    else:
        composite = bottom[0:10] + bottom[13:20] + bottom[21:35]
    _verify("composite", "the whole zone (composite)", composite, bottom[width - 1])
    surname, given = _names(top[5:])
    return Mrz(
        format="TD3" if width == 44 else "TD2", document_code=top[0:2].strip("<"),
        issuing_state=top[2:5].strip("<"), document_number=number.strip("<"),
        surname=surname, given_names=given, nationality=bottom[10:13].strip("<"),
        date_of_birth=_date(bottom[13:19], "date_of_birth", current_year, birth=True),
        sex=_sex(bottom[20]),
        expiry=_date(bottom[21:27], "expiry", current_year, birth=False))


def _td1(lines: list[str], current_year: int) -> Mrz:
    first, second, third = lines
    number, number_cd = first[5:14], first[14]
    optional = first[15:30]
    if number_cd == "<" and optional.strip("<"):
        # a number longer than 9 characters continues in the optional data,
        # its check digit is the last character before the filler
        rest = optional.rstrip("<")
        number, number_cd = number + rest[:-1], rest[-1]
    _verify("document_number", "the document number", number, number_cd)
    _verify("date_of_birth", "the date of birth", second[0:6], second[6])
    _verify("expiry", "the expiry date", second[8:14], second[14])
    composite = first[5:30] + second[0:7] + second[8:15] + second[18:29]
    _verify("composite", "the whole zone (composite)", composite, second[29])
    surname, given = _names(third)
    return Mrz(
        format="TD1", document_code=first[0:2].strip("<"), issuing_state=first[2:5].strip("<"),
        document_number=number.strip("<"), surname=surname, given_names=given,
        nationality=second[15:18].strip("<"),
        date_of_birth=_date(second[0:6], "date_of_birth", current_year, birth=True),
        sex=_sex(second[7]),
        expiry=_date(second[8:14], "expiry", current_year, birth=False))


def parse_mrz(text: str, *, current_year: int) -> Mrz:
    """Read a pasted MRZ (lines, or one run of characters) and verify its check digits.

    `current_year` decides the century of two-digit years (no clock is read here).
    """
    lines = _lines(text)
    shape = tuple(len(ln) for ln in lines)
    for ln in lines:
        bad = set(ln) - set(_VALUES)
        if bad:
            raise MrzError("mrz", "an MRZ holds only A-Z, 0-9 and '<'; this one also has "
                                  + ", ".join(repr(c) for c in sorted(bad)))
    if shape == (44, 44):
        return _td3_or_td2(lines, 44, current_year)
    if shape == (36, 36):
        return _td3_or_td2(lines, 36, current_year)
    if shape == (30, 30, 30):
        return _td1(lines, current_year)
    raise MrzError("mrz", "not a machine-readable zone: expected 2 lines of 44 characters "
                          "(passport), 2 of 36 or 3 of 30 (identity card); got "
                          + (" + ".join(str(n) for n in shape) or "nothing"))
