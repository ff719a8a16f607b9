"""Names of people and organisations: parsing into tokens, and scoring two names.

A name is split into tokens (apostrophes dropped, any other non-letter a
break); each token keeps every folded Latin spelling of it (one per
transliteration system for Cyrillic) and their sound keys. Two names are
compared token by token, whatever their order: each pair of tokens gets a
similarity (exact, Cyrillic→Latin exact, a transliteration variant by
sound key, a short form of a given name, an initial, or Jaro-Winkler on the
folded spellings) and the best pairs are taken greedily. The name score is
the similarity of the paired tokens weighted by their length, against the
weight of all tokens, unpaired ones counting half (a middle name missing on
one side costs less than a wrong surname). See docs/matching.md.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import JaroWinkler

from liaison_app.matching.given_names import same_given_name
from liaison_app.matching.phonetic import skeleton, sound_key
from liaison_app.matching.scripts import SERBIAN, SYSTEM_NAMES, latin_spellings, script_of

__all__ = [
    "FUZZY_MIN", "NameForm", "NameScore", "Token", "compare_names", "looks_like_organisation",
    "parse_name",
]

SURNAME = "surname"
GIVEN = "given name"
NAME = "name"
MAX_TOKENS = 10
FUZZY_MIN = 0.90
"""Jaro-Winkler below this pairs nothing: the tokens count as unmatched."""
UNMATCHED_WEIGHT = 0.5
SOUND_SCORE = 0.96
SHORT_FORM_SCORE = 0.93
INITIAL_SCORE = 0.90

_APOSTROPHES = re.compile(r"['’`ʼ‘]")
_BREAK = re.compile(r"[\W_]+")
PERSON_NOISE = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "haji", "hajji"})
ORGANISATION_NOISE = frozenset({
    "doo", "d", "o", "ltd", "llc", "limited", "inc", "co", "corp", "company", "ood", "eood",
    "ad", "ead", "jsc", "ojsc", "pjsc", "ooo", "zao", "oao", "gmbh", "ag", "sa", "srl", "sro",
    "plc", "shpk", "sh", "p", "k", "dooel", "the", "of", "and",
})

LEGAL_FORMS = frozenset({
    "doo", "dooel", "ltd", "llc", "limited", "inc", "corp", "corporation", "company", "ood",
    "eood", "ead", "jsc", "ojsc", "pjsc", "ooo", "zao", "oao", "gmbh", "srl", "sro", "plc",
    "shpk", "sarl", "kft", "zrt", "spa",
})
"""Words that say a name is a company's (ORGANISATION_NOISE without the small words)."""
SHORT_LEGAL_FORMS = frozenset({"ad", "ag", "sa", "bv", "nv", "as", "ab", "oy"})
"""Two-letter legal forms, read as such only as a name's last word."""
_DOTTED_DOO = re.compile(r"\bd\.\s?o\.\s?o\b|\bд\.\s?о\.\s?о\b")


def looks_like_organisation(text: str) -> bool:
    """True when a name given without its kind (an account holder, a transfer's sender)
    carries a legal form: `Balkan Trans DOO`, `ООД Експрес`, `Acme Ltd`, `d.o.o.`."""
    if _DOTTED_DOO.search(text.casefold()):
        return True
    words = [latin_spellings(w)[0][0] for w in _BREAK.split(_APOSTROPHES.sub("", text)) if w]
    return bool(words) and (any(w in LEGAL_FORMS for w in words)
                            or (len(words) > 1 and words[-1] in SHORT_LEGAL_FORMS))


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a name, with its folded spellings and their sound keys."""

    text: str
    role: str
    spellings: tuple[tuple[str, str], ...]
    keys: tuple[str, ...]
    skeletons: tuple[str, ...]

    @property
    def folded(self) -> str:
        """The first folded spelling (the Serbian one for Cyrillic)."""
        return self.spellings[0][0]

    @property
    def weight(self) -> float:
        """Longer tokens say more; an initial says little."""
        return float(min(len(self.folded), 10) + 2)

    @property
    def is_initial(self) -> bool:
        return len(self.folded) == 1


@dataclass(frozen=True, slots=True)
class NameForm:
    """A name as written (`text`) and its tokens; `alias` for a name other than the main one."""

    text: str
    tokens: tuple[Token, ...]
    alias: bool = False


@dataclass(frozen=True, slots=True)
class NameScore:
    """How alike two names are (0..1) and why, in words."""

    score: float
    reasons: tuple[str, ...]


@lru_cache(maxsize=65536)
def make_token(text: str, role: str) -> Token:
    """A token for one word (`role`: surname, given name or name)."""
    spellings = latin_spellings(text)
    keys = tuple(dict.fromkeys(sound_key(s) for s, _ in spellings))
    skels = tuple(dict.fromkeys(skeleton(s) for s, _ in spellings))
    return Token(text, role, spellings, keys, skels)


def _words(text: str, noise: frozenset[str]) -> list[str]:
    words = [w for w in _BREAK.split(_APOSTROPHES.sub("", text)) if w]
    kept = [w for w in words if latin_spellings(w)[0][0] not in noise]
    return kept or words


def parse_name(text: str = "", *, surname: str = "", given: str = "", alias: bool = False,
               organisation: bool = False) -> NameForm | None:
    """Tokens of a name. Parts given separately keep their roles; "SURNAME, Given" too.

    Returns None when nothing is left to compare.
    """
    noise = ORGANISATION_NOISE if organisation else PERSON_NOISE
    parts: list[tuple[str, str]] = []
    if surname or given:
        parts = [(w, SURNAME) for w in _words(surname, noise)]
        parts += [(w, GIVEN) for w in _words(given, noise)]
        shown = ", ".join(p for p in (surname, given) if p)
    elif not organisation and text.count(",") == 1:
        before, _, after = text.partition(",")
        parts = [(w, SURNAME) for w in _words(before, noise)]
        parts += [(w, GIVEN) for w in _words(after, noise)]
        shown = text
    else:
        parts = [(w, NAME) for w in _words(text, noise)]
        shown = text
    tokens = tuple(make_token(w, role) for w, role in parts[:MAX_TOKENS])
    return NameForm(shown.strip() or text, tokens, alias) if tokens else None


def _exact_how(q: Token, e: Token, system: str) -> str:
    q_script, e_script = script_of(q.text), script_of(e.text)
    if q_script != e_script and "cyrillic" in (q_script, e_script):
        return ("Cyrillic→Latin exact" if system in ("", SERBIAN)
                else f"Cyrillic→Latin ({SYSTEM_NAMES[system]}) exact")
    if q.text.casefold() == e.text.casefold():
        return "exact"
    return "exact ignoring diacritics" if q_script == "latin" else "exact"


@lru_cache(maxsize=262144)
def token_similarity(q: Token, e: Token) -> tuple[float, str]:
    """Similarity of two tokens (0..1) and how it was found (remembered: names recur)."""
    for qf, qs in q.spellings:
        for ef, es in e.spellings:
            if qf == ef:
                return 1.0, _exact_how(q, e, qs or es)
    if q.is_initial or e.is_initial:
        if q.folded[0] == e.folded[0]:
            return INITIAL_SCORE, "initial"
        return 0.0, ""
    if set(q.keys) & set(e.keys):
        crossing = script_of(q.text) != script_of(e.text)
        return SOUND_SCORE, ("Cyrillic→Latin transliteration variant" if crossing
                             else "spelling variant")
    if GIVEN in (q.role, e.role) or NAME in (q.role, e.role):
        for qk in q.keys:
            for ek in e.keys:
                if same_given_name(qk, ek):
                    return SHORT_FORM_SCORE, "short form or variant of one name"
    best = max(max(JaroWinkler.normalized_similarity(qf, ef)
                   for qf, _ in q.spellings for ef, _ in e.spellings),
               max(JaroWinkler.normalized_similarity(qk, ek)
                   for qk in q.keys for ek in e.keys))
    return best, f"fuzzy {best:.2f}"


def _role(q: Token, e: Token) -> str:
    return e.role if e.role != NAME else q.role


def _pairs(q: NameForm, e: NameForm) -> list[tuple[int, int, float, str]]:
    cells = []
    for i, qt in enumerate(q.tokens):
        for j, et in enumerate(e.tokens):
            score, how = token_similarity(qt, et)
            if score >= FUZZY_MIN:
                cells.append((score, -i, -j, how))
    cells.sort(reverse=True)
    used_q: set[int] = set()
    used_e: set[int] = set()
    pairs = []
    for score, ni, nj, how in cells:
        i, j = -ni, -nj
        if i in used_q or j in used_e:
            continue
        used_q.add(i)
        used_e.add(j)
        pairs.append((i, j, score, how))
    return pairs


def joined_forms(form: NameForm) -> list[NameForm]:
    """`form` with each short word (3 letters or fewer) glued to its neighbour: "Al Hassan"
    is also "Alhassan", "Ali Reza" also "Alireza" (names written as one word or two)."""
    out = []
    tokens = form.tokens
    for i in range(len(tokens) - 1):
        a, b = tokens[i], tokens[i + 1]
        if min(len(a.folded), len(b.folded)) <= 3 and not (a.is_initial or b.is_initial):
            glued = make_token(a.text + b.text, b.role if a.role == NAME else a.role)
            out.append(NameForm(form.text, (*tokens[:i], glued, *tokens[i + 2:]), form.alias))
    return out


def compare_forms(q: NameForm, e: NameForm) -> NameScore:
    """Score two name forms (and their glued variants; the best counts)."""
    best = _compare_forms(q, e)
    if best.score < 1.0:
        for qq in [q, *joined_forms(q)]:
            for ee in [e, *joined_forms(e)]:
                if qq is q and ee is e:
                    continue
                found = _compare_forms(qq, ee)
                if found.score > best.score:
                    best = NameScore(found.score, (*found.reasons, "words joined"))
    return best


def _compare_forms(q: NameForm, e: NameForm) -> NameScore:
    pairs = _pairs(q, e)
    paired_q = {i for i, _, _, _ in pairs}
    paired_e = {j for _, j, _, _ in pairs}
    num = den = 0.0
    reasons: list[str] = []
    swapped = False
    for i, j, score, how in sorted(pairs):
        qt, et = q.tokens[i], e.tokens[j]
        weight = (qt.weight + et.weight) / 2
        num += score * weight
        den += weight
        reasons.append(f"{_role(qt, et)} {how}")
        if {qt.role, et.role} == {SURNAME, GIVEN}:
            swapped = True
    unmatched = [t.weight for k, t in enumerate(q.tokens) if k not in paired_q]
    unmatched += [t.weight for k, t in enumerate(e.tokens) if k not in paired_e]
    den += UNMATCHED_WEIGHT * sum(unmatched)
    reasons = _counted(reasons)
    if swapped:
        reasons.append("surname and given name swapped")
    if unmatched:
        reasons.append(f"{len(unmatched)} name part{'s' if len(unmatched) > 1 else ''} "
                       "without a match")
    return NameScore(num / den if den else 0.0, tuple(reasons))


def _counted(reasons: list[str]) -> list[str]:
    """Equal reasons said once, with how many parts they cover ("name exact (2 parts)").

    A company's name has no surname or given name, so "Demo Tours" against "Demo Tours"
    would otherwise read "name exact", "name exact"."""
    return [reason if n == 1 else f"{reason} ({n} parts)"
            for reason, n in Counter(reasons).items()]


def compare_names(queries: tuple[NameForm, ...], entries: tuple[NameForm, ...]) -> NameScore:
    """The best score over every pair of forms (names and aliases), with its reasons."""
    best = NameScore(0.0, ())
    for q in queries:
        for e in entries:
            found = compare_forms(q, e)
            if e.alias and found.score > 0:
                found = NameScore(found.score, (f"alias «{e.text}»", *found.reasons))
            if found.score > best.score:
                best = found
    return best
