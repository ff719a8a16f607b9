"""Sound keys for folded name tokens: one key for the spellings transliteration makes.

`sound_key` rewrites the letter groups that the Serbian, Bulgarian, ICAO and
German/English spellings of one Cyrillic sound produce into one letter (ch, č,
ć, tch, tsch, ts, tz, cz -> c; zh, ž -> z; sh, š, sch -> s; kh -> h; dj, dž,
dzh, gj -> j; w -> v; ph -> f; x -> ks; y, j -> i) and collapses doubled
letters, so Petrović, Petrovich, Petrowitsch and Петрович share "petrovic",
and Jurij, Yuri and Iurii share "iuri". `skeleton` keeps the first letter
and the consonants of the sound key: it absorbs vowel slips and transposed
vowels ("Pterovic" and "Petrovic" share "ptrvc").
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["skeleton", "sound_key"]

_RULES: tuple[tuple[str, str], ...] = (
    ("shch", "s"), ("tsch", "c"), ("dzh", "j"), ("sch", "s"), ("tch", "c"),
    ("ch", "c"), ("cz", "c"), ("ts", "c"), ("tz", "c"), ("zh", "z"), ("sh", "s"),
    ("kh", "h"), ("dj", "j"), ("dz", "j"), ("gj", "j"), ("ph", "f"), ("th", "t"),
    ("ck", "k"), ("q", "k"), ("w", "v"), ("x", "ks"), ("y", "i"), ("j", "i"),
)
_PATTERN = re.compile("|".join(re.escape(a) for a, _ in _RULES))
_REPLACE = dict(_RULES)
_DOUBLE = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiou]")


@lru_cache(maxsize=65536)
def sound_key(folded: str) -> str:
    """The sound key of a folded (lower-case ASCII) token."""
    key = _PATTERN.sub(lambda m: _REPLACE[m.group(0)], folded)
    return _DOUBLE.sub(r"\1", key)


@lru_cache(maxsize=65536)
def skeleton(folded: str) -> str:
    """The first letter and the consonants of the token's sound key."""
    key = sound_key(folded)
    return key[:1] + _DOUBLE.sub(r"\1", _VOWELS.sub("", key[1:])) if key else ""
