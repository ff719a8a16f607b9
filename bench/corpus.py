"""A deterministic, realistic message corpus and search queries for P1 and P2.

Bodies are 300-600 characters drawn from an operational vocabulary with a
Zipf-like spread (common words often, rare words seldom), with names, places
and registrations mixed in. Each message carries 1-3 subjects (people with
aliases, vehicles, travel documents) in their wire shape, so the store derives
FTS search terms exactly as it does for real traffic.
"""

from __future__ import annotations

import itertools
import random
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from liaison_app.store.messages import NewMessage

SEED = 20261123
T0 = datetime(2026, 1, 1, tzinfo=UTC)


def _words(text: str, sep: str | None = None) -> tuple[str, ...]:
    return tuple(text.split(sep))


_COMMON = _words(
    "the of and to in a for on with at by from that was is were this be as are has have "
    "not it which or an been their they had on his her its we our please request reply "
    "information subject vehicle lorry driver border crossing route passengers migrants "
    "checkpoint officer police agency report seen observed travelling towards direction "
    "confirm identity document passport card stolen false genuine suspected smuggling "
    "facilitator network group members contact phone number handset account payment "
    "cash transfer hotel address flat warehouse port ferry bus van car trailer cargo "
    "night morning evening yesterday today week month hours minutes kilometres north "
    "south east west motorway station airport flight arrival departure booking ticket "
    "urgent routine assessment source reliable intelligence operation case investigation "
    "arrested detained interviewed released charged court prosecutor evidence statement "
    "witness victim trafficking exploitation labour recruitment debt threats violence "
    "checked registered keeper owner insurance company director shares invoices "
    "customs declared undeclared concealed compartment roof floor behind load pallets"
)
_PLACES = _words(
    "Kapitan Andreevo, Svilengrad, Kelebija, Horgoš, Preševo, Subotica, Vidin, Calafat, "
    "Ruse, Giurgiu, Kulata, Promachonas, Edirne, Kapıkule, Belgrade, Sofia, Skopje, "
    "Thessaloniki, Bucharest, Budapest, Vienna, Röszke, Tabanovce, Gevgelija, Niš, Plovdiv"
, sep=", ")
_STEMS = _words(
    "Petr Jovan Nikol Dimitr Stojan Marin Kovač Pavl Mark Ilij Todor Georgi Stefan "
    "Milan Dragan Vasil Zoran Bogdan Radu Popesc Hristo Angel Krast Boris Goran Nenad "
    "Dušan Mihail Aleksandr Velik Mladen Ivan Luk Filip Emil Tomislav Branisl Sav Vuk"
)
_SUFFIXES = ("ović", "ić", "ov", "ova", "ev", "eva", "escu", "ski", "ska", "enko")
_GIVEN = _words(
    "Marko Ivan Nikola Stefan Ana Maria Elena Georgi Dimitar Milan Petar Jelena Ivana "
    "Aleksandar Bogdan Radu Andrei Ioana Mehmet Ahmet Ali Emre Arben Besnik Florin "
    "Vasile Hristo Yana Darko Goran Zoran Dragana Milica Teodora Kiril Boris Lazar"
)
_NICKS = _words(
    "Cigo Bata Švabo Turčin Doktor Kum Profa Mali Veliki Crni Beli Lisac Vuk Zmaj "
    "Šofer Kapetan Ribar Brko Ćora Tata Ujka Gazda Šef Pekar Lala Bugar Grk Rus"
)
_LETTERS = "ABCEHKMOPTXY"
_COUNTRIES = ("RS", "BG", "RO", "MK", "GR", "TR", "HU", "AT", "AL", "XK")


def surnames() -> list[str]:
    """Every synthetic surname (stem x suffix), the population subjects are drawn from."""
    return [stem + suffix for stem in _STEMS for suffix in _SUFFIXES]


def _registration(rng: random.Random) -> str:
    a = "".join(rng.choices(_LETTERS, k=2))
    b = "".join(rng.choices(_LETTERS, k=2))
    return f"{a}-{rng.randrange(1000, 9999)}-{b}" if rng.random() < 0.5 else (
        f"{a} {rng.randrange(100, 999)} {b}")


def _doc_number(rng: random.Random) -> str:
    return "".join(rng.choices(_LETTERS, k=2)) + str(rng.randrange(1_000_000, 9_999_999))


@dataclass
class Corpus:
    """Draws messages; remembers some of the rare values it used, for queries."""

    rng: random.Random
    names: list[str]
    words: list[str]
    word_cum_weights: list[float]
    registrations: list[str]
    aliases: list[str]
    people: list[tuple[str, str]]

    @classmethod
    def create(cls, seed: int = SEED) -> Corpus:
        rng = random.Random(seed)
        names = surnames()
        syllables = [c + v for c in "bdgklmnprstvz" for v in "aeiou"]
        rare = sorted({
            "".join(rng.choices(syllables, k=rng.randrange(2, 5))) for _ in range(8000)
        })
        rng.shuffle(rare)
        words = [*_COMMON, *rare]
        # Zipf-like: rank r gets weight 1/(r+1); common words are at the front.
        weights = [1.0 / (r + 1) ** 0.9 for r in range(len(words))]
        return cls(rng, names, words, list(itertools.accumulate(weights)), [], [], [])

    def _person(self) -> dict[str, Any]:
        rng = self.rng
        # A skewed draw: a few families appear often, most seldom.
        if rng.random() < 0.3:
            pick = min(int(rng.paretovariate(0.6)) - 1, len(self.names) - 1)
        else:
            pick = rng.randrange(len(self.names))
        surname = self.names[pick]
        given = rng.choice(_GIVEN)
        aliases = [f"{rng.choice(_NICKS)} {rng.choice(_NICKS)}"] if rng.random() < 0.4 else []
        if rng.random() < 0.3:
            aliases.append(f"{rng.choice(_GIVEN)} {rng.choice(self.names)}")
        if len(self.people) < 5000:
            self.people.append((given, surname))
        if aliases and len(self.aliases) < 5000:
            self.aliases.append(aliases[0])
        return {
            "kind": "person", "category": rng.choice(("suspect", "contact_associate", "victim")),
            "basis": "fact", "surname": surname, "given_names": given, "aliases": aliases,
            "date_of_birth": f"{rng.randrange(1960, 2005)}-{rng.randrange(1, 13):02d}",
            "place_of_birth": rng.choice(_PLACES), "nationalities": [rng.choice(_COUNTRIES)],
            "sex": rng.choice(("male", "female", "unknown")), "notes": "",
        }

    def _vehicle(self) -> dict[str, Any]:
        rng = self.rng
        registration = _registration(rng)
        if len(self.registrations) < 5000:
            self.registrations.append(registration)
        return {
            "kind": "vehicle", "category": "other", "basis": "fact",
            "vehicle_kind": rng.choice(("lorry", "car", "van", "bus")),
            "registration": registration, "registration_country": rng.choice(_COUNTRIES),
            "vin": "", "make": rng.choice(("Scania", "Volvo", "Iveco", "MAN", "DAF", "Škoda")),
            "model": "", "colour": rng.choice(("white", "blue", "red", "grey")), "notes": "",
        }

    def _document(self) -> dict[str, Any]:
        rng = self.rng
        return {
            "kind": "travel_document", "category": "other", "basis": "fact",
            "document_type": "passport", "number": _doc_number(rng),
            "issuing_country": rng.choice(_COUNTRIES), "issued_on": None, "expires_on": None,
            "status": rng.choice(("genuine", "false", "stolen")), "notes": "",
        }

    def subjects(self) -> list[dict[str, Any]]:
        """1-3 subjects; a person most often."""
        makers = (self._person, self._person, self._vehicle, self._document)
        return [self.rng.choice(makers)() for _ in range(self.rng.randrange(1, 4))]

    def body(self, subjects: list[dict[str, Any]]) -> str:
        """300-600 characters of words, with the subjects' names and numbers mentioned."""
        rng = self.rng
        target = rng.randrange(300, 601)
        mentions = [s.get("surname") or s.get("registration") or s.get("number", "")
                    for s in subjects]
        drawn = rng.choices(self.words, cum_weights=self.word_cum_weights, k=120)
        parts: list[str] = []
        length = 0
        while length < target:
            draw = rng.random()
            if draw < 0.03 and mentions:
                word = str(rng.choice(mentions))
            elif draw < 0.05:
                word = rng.choice(_PLACES)
            elif draw < 0.06:
                word = str(rng.randrange(10, 5000))
            else:
                word = drawn[len(parts) % len(drawn)]
            parts.append(word)
            length += len(word) + 1
        text = " ".join(parts)[:target]
        return text[0].upper() + text[1:] + "."

    def message(self, index: int) -> NewMessage:
        """The `index`-th message (ids and times follow the index)."""
        subjects = self.subjects()
        created = T0 + timedelta(minutes=7 * index)
        return NewMessage(
            message_id=f"019ab0c4-{index >> 16:04x}-7000-8000-{index:012x}",
            type=self.rng.choice(("request", "alert", "reply", "ack")),
            sender_officer="rs-bp.duty-desk", sender_agency="RS-BP",
            sender_device="4sqfzbf7hoa5yk2dkplq7xbyoxm4qjpt",
            recipients={"agencies": ["GB-NCA"], "devices": ["ak3x7mzwq2uyvq5ji2tqfkyeh3wr7c4n"]},
            priority=self.rng.choice(("routine", "urgent")),
            handling={"scheme": "uk_3x5x2", "code": "P", "conditions": ""},
            grading={"scheme": "uk_3x5x2", "source": "2", "information": "B"},
            created_at=created, lang="en", body=self.body(subjects), subjects=subjects,
            content={"purpose": "bench"},
            case_ref=f"NCA/OIC/2026/{index % 997:04d}" if index % 3 == 0 else None,
        )

    def messages(self, n: int) -> list[NewMessage]:
        """`n` messages, deterministic for a given seed."""
        return [self.message(i) for i in range(n)]

    def queries(self, count: int = 200) -> list[tuple[str, str]]:
        """`count` (kind, text) queries of the kinds an officer types; call after messages()."""
        rng = random.Random(SEED + 1)
        makers: list[tuple[str, Any]] = [
            ("surname", lambda: rng.choice(self.people)[1]),
            ("surname-folded", lambda: _fold(rng.choice(self.people)[1]).lower()),
            ("full-name", lambda: " ".join(rng.choice(self.people))),
            ("alias", lambda: rng.choice(self.aliases)),
            ("registration", lambda: rng.choice(self.registrations)),
            ("registration-compact", lambda: _compact(rng.choice(self.registrations))),
            ("prefix", lambda: rng.choice(self.people)[1][: rng.randrange(3, 6)]),
            ("body-words",
             lambda: f"{rng.choice(_COMMON[40:])} {rng.choice(self.words[250:800])}"),
            ("place+word", lambda: f"{rng.choice(_PLACES)} {rng.choice(_COMMON[40:])}"),
        ]
        return [(kind, make()) for kind, make in
                (makers[i % len(makers)] for i in range(count))]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _compact(text: str) -> str:
    return text.replace("-", "").replace(" ", "")


def batches(items: list[NewMessage], size: int) -> Iterator[list[NewMessage]]:
    """Consecutive slices of `size`."""
    for start in range(0, len(items), size):
        yield items[start:start + size]
