"""Cyrillic and Latin: transliteration by the systems officers meet, and folding.

Serbian Cyrillic and Latin are one-to-one (Ђ Đ, Ж Ž, Ј J, Љ Lj, Њ Nj, Ћ Ć, Ч Č,
Џ Dž, Ш Š). Bulgarian names are romanised by the Streamlined System (the
official one since 2009: Ж zh, Ц ts, Ч ch, Ш sh, Щ sht, Ъ a, Ю yu, Я ya, Й y,
final -ия -ia: "Мария" Maria). Russian, Ukrainian and Belarusian passports follow ICAO Doc 9303
(Щ shch, Ц ts, Ю iu, Я ia, Х kh; Ukrainian Г h, И y). A Cyrillic name is turned
into the Latin spelling of every system that can write it, because a list
entry and a message may each have used another one.

Folding (`fold`) maps Latin text to lower-case ASCII: diacritics dropped
(NFKD), Đ/đ written "dj" as Serbian officers type it, ß ss, Ł l, Ø o, Æ ae.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import lru_cache

__all__ = [
    "BULGARIAN", "ICAO", "SERBIAN", "SYSTEM_NAMES", "fold", "has_cyrillic",
    "latin_spellings", "script_of", "serbian_latin_to_cyrillic", "transliterate",
]

SERBIAN = "serbian"
BULGARIAN = "bulgarian"
ICAO = "icao"
ICAO_UKRAINIAN = "icao-uk"
SYSTEM_NAMES: Mapping[str, str] = {
    SERBIAN: "Serbian", BULGARIAN: "Bulgarian Streamlined", ICAO: "ICAO 9303",
    ICAO_UKRAINIAN: "ICAO 9303 (Ukrainian)",
}
"""Each system's name as reasons show it."""


def _table(pairs: str) -> dict[str, str]:
    """'А A Б B ...' -> {'а': 'a', ...} (lower case; `_` means the empty string)."""
    items = pairs.split()
    return {items[i].lower(): ("" if items[i + 1] == "_" else items[i + 1].lower())
            for i in range(0, len(items), 2)}


_SERBIAN = _table("""
А A Б B В V Г G Д D Ђ Đ Е E Ж Ž З Z И I Ј J К K Л L Љ Lj М M Н N Њ Nj О O П P Р R
С S Т T Ћ Ć У U Ф F Х H Ц C Ч Č Џ Dž Ш Š Ѓ Ǵ Ќ Ḱ Ѕ Dz
""")
_BULGARIAN = _table("""
А A Б B В V Г G Д D Е E Ж Zh З Z И I Й Y К K Л L М M Н N О O П P Р R С S Т T У U
Ф F Х H Ц Ts Ч Ch Ш Sh Щ Sht Ъ A Ь Y Ю Yu Я Ya
""")
_ICAO = _table("""
А A Б B В V Г G Ґ G Д D Е E Ё E Є IE Ж ZH З Z И I І I Ї I Й I К K Л L М M Н N О O
П P Р R С S Т T У U Ў U Ф F Х KH Ц TS Ч CH Ш SH Щ SHCH Ъ IE Ы Y Ь _ Э E Ю IU Я IA
Ђ D Ѓ G Ѕ DZ Ј J Љ LJ Њ NJ Ћ C Ќ K Џ DZ
""")
_ICAO_UKRAINIAN = {**_ICAO, "г": "h", "и": "y"}
_TABLES: Mapping[str, Mapping[str, str]] = {
    SERBIAN: _SERBIAN, BULGARIAN: _BULGARIAN, ICAO: _ICAO, ICAO_UKRAINIAN: _ICAO_UKRAINIAN,
}
_SERBIAN_ONLY = frozenset("ђјљњћџѓќѕ")
_UKRAINIAN_ONLY = frozenset("іїєґ")
_RUSSIAN_ONLY = frozenset("ёыэ")
_BULGARIAN_CANNOT = frozenset("ёыэіїєґўђјљњћџѓќѕ")
_FOLD_SPECIAL = {
    "đ": "dj", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ı": "i",
    "ħ": "h", "ŧ": "t", "ð": "d", "ŀ": "l", "ĸ": "k", "ŉ": "n",
}


def is_cyrillic(ch: str) -> bool:
    """True for a letter of the Cyrillic blocks."""
    return "\u0400" <= ch <= "\u04ff" or "\u0500" <= ch <= "\u052f"


def has_cyrillic(text: str) -> bool:
    """True if `text` holds at least one Cyrillic letter."""
    return any(is_cyrillic(ch) for ch in text)


def script_of(text: str) -> str:
    """'cyrillic', 'latin', 'mixed' or '' (no letters): how the text was written."""
    cyr = lat = False
    for ch in text:
        if is_cyrillic(ch):
            cyr = True
        elif ch.isalpha():
            lat = True
    if cyr and lat:
        return "mixed"
    return "cyrillic" if cyr else ("latin" if lat else "")


def _apply(text: str, table: Mapping[str, str]) -> str:
    out: list[str] = []
    for ch in text:
        low = ch.lower()
        mapped = table.get(low)
        if mapped is None:
            out.append(ch)
        elif ch != low and mapped:
            out.append(mapped[0].upper() + mapped[1:])
        else:
            out.append(mapped)
    return "".join(out)


def transliterate(text: str, system: str) -> str:
    """`text` with its Cyrillic letters written in Latin by `system` (case kept)."""
    table = _TABLES[system]
    if system == BULGARIAN:
        # the Streamlined System writes a final -ия as -ia ("Мария" -> "Maria")
        words = text.split(" ")
        text = " ".join(w[:-2] + ("ИA" if w[-2:].isupper() else "иa")
                        if w.lower().endswith("ия") else w for w in words)
    return _apply(text, table)


def _systems_for(text: str) -> tuple[str, ...]:
    letters = {ch for ch in text.lower() if is_cyrillic(ch)}
    if letters & _SERBIAN_ONLY:
        return (SERBIAN,)
    if letters & _UKRAINIAN_ONLY:
        return (ICAO_UKRAINIAN, ICAO)  # Ukrainian names are also written the Russian way
    systems = [SERBIAN, ICAO, ICAO_UKRAINIAN]
    if not letters & _BULGARIAN_CANNOT:
        systems.insert(1, BULGARIAN)
    if letters & _RUSSIAN_ONLY:
        systems = [ICAO]
    return tuple(systems)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ASCII: diacritics dropped, Đ as "dj", ß as "ss" (Latin text in)."""
    if text.isascii():
        return text.lower()
    out: list[str] = []
    for ch in unicodedata.normalize("NFKD", text.lower()):
        if ch.isascii():
            out.append(ch)
        elif ch in _FOLD_SPECIAL:
            out.append(_FOLD_SPECIAL[ch])
        elif unicodedata.combining(ch):
            continue
        else:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=65536)
def latin_spellings(text: str) -> tuple[tuple[str, str], ...]:
    """Every folded Latin spelling of `text` with the system that wrote it.

    Latin text gives itself (system ""); Cyrillic text gives one spelling per
    system that can write its letters (Serbian, Bulgarian, ICAO 9303 Russian
    and Ukrainian), without repeats, the Serbian one first. A name with Đ is
    also spelt with a plain D (Đorđević: djordjevic and dordevic).
    """
    out: dict[str, str] = {}
    if not has_cyrillic(text):
        out[fold(text)] = ""
    else:
        for system in _systems_for(text):
            out.setdefault(fold(transliterate(text, system)), system)
    if any(ch in "đĐђЂ" for ch in text):  # Đ is also typed as a plain D
        for spelling, system in list(out.items()):
            out.setdefault(spelling.replace("dj", "d"), system)
    return tuple(out.items())


_LATIN_TO_SERBIAN = {latin: cyr for cyr, latin in _SERBIAN.items() if cyr not in "ѓќѕ"}
_DIGRAPHS = ("dž", "lj", "nj")


def serbian_latin_to_cyrillic(text: str) -> str:
    """Serbian Latin to Cyrillic (Lj Љ, Nj Њ, Dž Џ read as one letter)."""
    out: list[str] = []
    i = 0
    while i < len(text):
        pair = text[i:i + 2]
        if pair.lower() in _DIGRAPHS:
            cyr = _LATIN_TO_SERBIAN[pair.lower()]
            out.append(cyr.upper() if pair[0].isupper() else cyr)
            i += 2
            continue
        ch = text[i]
        single = _LATIN_TO_SERBIAN.get(ch.lower())
        out.append(ch if single is None else (single.upper() if ch.isupper() else single))
        i += 1
    return "".join(out)
