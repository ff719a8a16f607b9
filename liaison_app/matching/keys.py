"""Blocking keys: the few strings under which a record is indexed and looked up.

Scoring every list entry and cached subject for every query would take
seconds; instead both sides are indexed under keys, and only records that
share a key with the query are scored. Keys are built so that every match
the scorer can find shares one:

- `id:KIND:KEY` for each identifier (`identifiers.IDENTIFIER_KINDS`);
- for a name of two or more words, for each pair of words (in any order):
  `np:` both sound keys (transliteration variants, order swaps), `ns:` both
  skeletons (vowel slips, transposed vowels), and `nh:` one word's sound key
  with the first three letters of the other's (a typo in one word);
- a short form of a given name is also keyed as each full name it stands for
  (Saša as Aleksandar);
- for a one-word name, `n1:` its sound key; a query also looks each of its
  words up under `n1:`, so a one-word alias is found.

Initials are not keyed (they would match half the list).
"""

from __future__ import annotations

from itertools import combinations

from liaison_app.matching.given_names import full_forms
from liaison_app.matching.names import SURNAME, NameForm, Token
from liaison_app.matching.records import Record

__all__ = ["KEYS_VERSION", "index_keys", "query_keys"]

KEYS_VERSION = 1
"""Bump when the keys change: the cache's key tables must then be rebuilt."""
MAX_WORDS = 6


def _words(form: NameForm) -> list[Token]:
    return [t for t in form.tokens if not t.is_initial][:MAX_WORDS]


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
            out.add(f"nh:{ka}|{kb[:3]}")
            out.add(f"nh:{kb}|{ka[:3]}")
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


def _keys(record: Record, *, query: bool) -> set[str]:
    out: set[str] = {f"id:{i.kind}:{i.key}" for i in record.identifiers}
    for form in record.names:
        _name_keys(form, out, query=query)
    return out


def index_keys(record: Record) -> set[str]:
    """The keys a list entry or cached subject is stored under."""
    return _keys(record, query=False)


def query_keys(record: Record) -> set[str]:
    """The keys a query looks up."""
    return _keys(record, query=True)
