"""Short forms of given names used in the region, mapped to their full names.

Keys and values are sound keys (`phonetic.sound_key` of the folded name), so
one line covers every spelling: "Saša", "Sasha" and "Саша" are all "sasa".
A short form may stand for several names ("Saša": Aleksandar, Aleksandra).
The table is small on purpose: only forms an officer meets on documents,
statements and intercepted messages in Serbia, Bulgaria, the Western Balkans
and among Russian and Ukrainian speakers, plus common English ones.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from liaison_app.matching.phonetic import sound_key

__all__ = ["full_forms", "same_given_name"]

_SHORT_FORMS = """
aca: aleksandar
sasa: aleksandar aleksandra aleksandr aleksandar
sanja: aleksandra
saca: aleksandar
aco: aleksandar
aleks: aleksandar aleksandr aleksandra
bane: branislav branko
bata: bratislav
boki: bojan bogdan borislav
bobo: borislav bogdan
boba: borislava slobodan
ceca: svetlana
caca: svetlana
dule: dusan dusko
duca: dusan
djole: djordje
djoka: djordje
gile: gligorije
goca: gordana
gaga: dragana
jeca: jelena
jovo: jovan
kosta: konstantin
laza: lazar
mica: milica milan miroslav
mika: milan miroslav mihajlo mikhail
miki: milan miroslav
mile: milan milorad milos
mita: dimitrije dmitri
ico: hristo
nesa: nenad nebojsa
pera: petar
peca: petar
raca: radmila radoslav
sale: aleksandar
sima: simeon
steva: stevan stefan
toma: tomislav
vlada: vladimir vladislav
zoka: zoran
zika: zivorad zivojin
mitko: dimitar
gosho: georgi
pesho: petar
tosho: todor
kiro: kiril
vanja: ivan
vania: ivan
sasho: aleksandar
ljubo: ljubomir
misha: mikhail
kolya: nikolai
volodya: vladimir
dima: dmitri dmitrii
serezha: sergei sergii
zhenya: evgeni evgenii ievgen
lesha: aleksei oleksii
petya: petr petro
vasya: vasili vasyl
tolya: anatoli anatolii
yura: iuri iurii
slava: viacheslav vladislav iaroslav
bill: william
bob: robert
mike: michael
jim: james
tom: thomas
alex: alexander aleksandar aleksandr
"""


_VARIANTS = """
mohamed muhamad mohamad muhamed mehmed mahomed
omar omer umar
yusuf iusuf yousef yosef jusuf
ibrahim ebrahim ibraim
husein hussein hussain hosein husain
abdulah abdula
ahmad ahmed
aleksandar aleksandr alexander aleksander
evgeni evgenii ievgen yevgeny
mihail mikhail michail
"""
"""Spellings of one name that transliteration keys do not join (vowels differ)."""


def _load() -> Mapping[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for line in _SHORT_FORMS.strip().splitlines():
        short, _, fulls = line.partition(":")
        table.setdefault(sound_key(short.strip()), set()).update(
            sound_key(name) for name in fulls.split())
    for line in _VARIANTS.strip().splitlines():
        keys = {sound_key(name) for name in line.split()}
        for key in keys:
            table.setdefault(key, set()).update(keys - {key})
    return {k: frozenset(v) for k, v in table.items()}


_TABLE = _load()


def full_forms(key: str) -> frozenset[str]:
    """The sound keys of the full names a short form's sound key stands for."""
    return _TABLE.get(key, frozenset())


@lru_cache(maxsize=16384)
def same_given_name(a_key: str, b_key: str) -> str | None:
    """If one sound key is a short form of the other, the full name's key; else None.

    Two different short forms are not matched with each other (Mika and Mile
    may both be a Milan, or not)."""
    if b_key in _TABLE.get(a_key, ()):
        return b_key
    if a_key in _TABLE.get(b_key, ()):
        return a_key
    return None
