"""Blocking keys: the few strings under which a record is indexed and looked up.

Scoring every list entry and cached subject for every query would take
seconds; instead both sides are indexed under keys, and only records that
share a key with the query are scored. Keys are built so that every match
the scorer can find shares one:

- `id:KIND:KEY` for each identifier (`identifiers.IDENTIFIER_KINDS`);
- for a name of two or more words, for each pair of words (in any order):
  `np:` both sound keys (transliteration variants, order swaps), `ns:` both
  skeletons (vowel slips, transposed vowels), and `nh:` one word's sound key
  with the first two letters of the other's (four when it is longer than six: a
  typo in one word);
- a short form of a given name is also keyed as each full name it stands for
  (Saša as Aleksandar);
- a short word (3 letters or fewer) is also keyed glued to its neighbour
  ("Al Hassan" as "Alhassan");
- for a one-word name, `n1:` its sound key; a query also looks each of its
  words up under `n1:`, so a one-word alias is found.

Each name key is also stored with the record's year of birth (`np:…@1979`,
or `@-` when unknown). A query that gives a year looks up only the year
before, the year, the year after and `@-`: a namesake born two or more years
apart could never score a hit (the year penalty takes it below HIT), and
common names would otherwise bring thousands of candidates.

Initials are not keyed (they would match half the list).
"""

from __future__ import annotations

from itertools import combinations

from liaison_app.matching.given_names import full_forms
from liaison_app.matching.names import SURNAME, NameForm, Token, joined_forms
from liaison_app.matching.records import Record

__all__ = ["KEYS_VERSION", "LOOKUP_ORDER", "index_keys", "query_keys"]

LOOKUP_ORDER = ("id:", "np:", "ns:", "nh:", "n1:")
"""Most telling keys first: a lookup that hits its candidate cap keeps the best ones."""

KEYS_VERSION = 1
"""Bump when the keys change: the cache's key tables must then be rebuilt."""
MAX_WORDS = 6


def _words(form: NameForm) -> list[Token]:
    return [t for t in form.tokens if not t.is_initial][:MAX_WORDS]


def _head(key: str) -> str:
    """The start of a word kept in an `nh:` key: two letters of a short word, four of a
    long one (a common given name with two letters of a surname would find thousands)."""
    return key[:2] if len(key) <= 6 else key[:5]


def _expanded(token: Token) -> tuple[str, ...]:
    """A token's sound keys and, for a short form of a given name, its full names'."""
    if token.role == SURNAME:
        return token.keys
    extra = [full for key in token.keys for full in full_forms(key)]
    return tuple(dict.fromkeys((*token.keys, *extra)))


def _pair_keys(a: Token, b: Token, out: set[str]) -> None:
    for ka in _expanded(a):
        for kb in _expanded(b):
            x, y = sorted((ka, kb))
            out.add(f"np:{x}|{y}")
            out.add(f"nh:{ka}|{_head(kb)}")
            out.add(f"nh:{kb}|{_head(ka)}")
    for sa in a.skeletons:
        for sb in b.skeletons:
            x, y = sorted((sa, sb))
            out.add(f"ns:{x}|{y}")


def _name_keys(form: NameForm, out: set[str], *, query: bool) -> None:
    words = _words(form)
    if len(words) == 1 or query:
        for token in words:
            out.update(f"n1:{k}" for k in token.keys)
    for a, b in combinations(words, 2):
        _pair_keys(a, b, out)


def _years(record: Record) -> set[int]:
    years = set()
    for dob in record.dates_of_birth:
        head = dob[:4]
        if head.isdigit():
            years.add(int(head))
    return years


def _keys(record: Record, *, query: bool) -> set[str]:
    names: set[str] = set()
    for form in record.names:
        _name_keys(form, names, query=query)
        for glued in joined_forms(form):
            _name_keys(glued, names, query=query)
    out: set[str] = {f"id:{i.kind}:{i.key}" for i in record.identifiers}
    years = _years(record)
    dated = [k for k in names if not k.startswith("n1:")]
    if query and years:
        # a namesake born two or more years apart is never a hit (the penalty takes the
        # score below HIT), so a query with a year looks up only the near years and the
        # entries with no date of birth
        near = {str(y + d) for y in years for d in (-1, 0, 1)} | {"-"}
        out.update(f"{k}@{y}" for k in dated for y in near)
        out.update(k for k in names if k.startswith("n1:"))
        return out
    out.update(names)
    if not query:
        marks = {str(y) for y in years} or {"-"}
        out.update(f"{k}@{y}" for k in dated for y in marks)
    return out


def index_keys(record: Record) -> set[str]:
    """The keys a list entry or cached subject is stored under."""
    return _keys(record, query=False)


def query_keys(record: Record) -> set[str]:
    """The keys a query looks up."""
    return _keys(record, query=True)
