"""Write `pairs.jsonl`, the labelled query/entry set: `python tests/data/matching/make_pairs.py`.

Built from `identities.txt` (fictional people, each written by hand in its own
script, its official Latin spelling and the other Latin spellings met on
documents and in reports) and from hand-picked plates, documents and phone
numbers. The variants are written out here or in the table, never produced
by the matcher's own transliteration, so the set measures the matcher rather
than echoing it. Deterministic (fixed random seed).

Each line: {"id", "category", "label" (true = the same person or thing),
"query": a message subject (wire form), "entry": a watch-list entry (wire form)}.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RNG = random.Random(14)


@dataclass(frozen=True)
class Identity:
    origin: str
    native: str
    latin: str
    variants: tuple[str, ...]
    year: int
    nationality: str
    sex: str

    def parts(self, text: str) -> tuple[str, str]:
        given, _, surname = text.rpartition(" ")
        return given, surname


def load() -> list[Identity]:
    out = []
    for line in (HERE / "identities.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        origin, native, latin, variants, year, nat, sex = (c.strip() for c in line.split("|"))
        out.append(Identity(origin, native, latin, tuple(v for v in variants.split(";") if v),
                            int(year), nat, sex))
    return out


def subject(given: str, surname: str, dob: str = "", nats: tuple[str, ...] = (),
            sex: str = "unknown", aliases: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"kind": "person", "category": "suspect", "basis": "fact", "surname": surname,
            "given_names": given, "aliases": list(aliases), "date_of_birth": dob,
            "place_of_birth": "", "nationalities": list(nats), "sex": sex, "notes": ""}


def entry(names: list[dict[str, Any]], *, kind: str = "person", dobs: tuple[str, ...] = (),
          nats: tuple[str, ...] = (), sex: str = "",
          identifiers: tuple[dict[str, str], ...] = ()) -> dict[str, Any]:
    return {"entry_id": "E", "kind": kind, "names": names, "dates_of_birth": list(dobs),
            "nationalities": list(nats), "sex": sex, "identifiers": list(identifiers),
            "note": "", "listed_on": ""}


def name(text: str, *, surname: str = "", given: str = "", alias: bool = False) -> dict[str, Any]:
    return {"text": text, "surname": surname, "given": given, "alias": alias}


def typo(word: str) -> str:
    """One slip of the hand somewhere after the first two letters."""
    i = RNG.randrange(2, len(word) - 1)
    kind = RNG.choice(("swap", "drop", "double", "vowel"))
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "drop":
        return word[:i] + word[i + 1:]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    vowels = [j for j in range(2, len(word)) if word[j] in "aeiou"]
    j = RNG.choice(vowels) if vowels else i
    return word[:j] + RNG.choice([v for v in "aeiou" if v != word[j]]) + word[j + 1:]


SHORT_FORMS = {"Aleksandar": "Saša", "Vladimir": "Vlada", "Nikola": "Nikola", "Petar": "Pera",
               "Georgi": "Gosho", "Mikhail": "Misha", "Dmitrii": "Dima", "Hristo": "Itso"}


def person_pairs(people: list[Identity]) -> list[tuple[str, bool, dict[str, Any],
                                                       dict[str, Any]]]:
    out = []
    for k, p in enumerate(people):
        given, surname = p.parts(p.latin)
        n_given, n_surname = p.parts(p.native)
        listed = entry([name(f"{n_surname.upper()}, {n_given}")], dobs=(str(p.year),),
                       nats=(p.nationality,), sex=p.sex)
        dob = f"{p.year}-0{RNG.randrange(1, 10)}-1{RNG.randrange(0, 10)}"
        # true matches
        out.append(("cross-script", True, subject(given, surname, str(p.year)), listed))
        out.append(("order-swap", True, subject("", "", aliases=(f"{surname} {given}",)),
                    entry([name(f"{given} {surname}")])))
        out.append(("full-date", True, subject(given, surname, dob, (p.nationality,)), listed))
        for variant in p.variants[:2]:
            v_given, v_surname = p.parts(variant)
            out.append(("transliteration", True, subject(v_given, v_surname), listed))
        token = RNG.choice((0, 1))
        t_given, t_surname = (typo(given), surname) if token == 0 or len(surname) < 4 else (
            given, typo(surname))
        out.append(("typo", True, subject(t_given, t_surname, str(p.year)),
                    entry([name(p.latin)], dobs=(str(p.year),))))
        out.append(("alias", True, subject(given, surname),
                    entry([name("UNKNOWN FACILITATOR ZED"), name(p.native, alias=True)])))
        if given.split()[0] in SHORT_FORMS and SHORT_FORMS[given.split()[0]] != given:
            out.append(("short-form", True, subject(SHORT_FORMS[given.split()[0]], surname),
                        listed))
        # hard non-matches
        other = people[(k + 7) % len(people)]
        o_given, _ = other.parts(other.latin)
        _, o_surname = other.parts(other.latin)
        if o_given[:3] != given[:3]:
            out.append(("same-surname-other-person", False, subject(o_given, surname), listed))
        if o_surname[:3] != surname[:3]:
            out.append(("same-given-other-person", False, subject(given, o_surname), listed))
        far_nat = "TR" if p.nationality != "TR" else "RS"
        out.append(("same-name-other-person", False,
                    subject(given, surname, str(p.year - 23), (far_nat,)), listed))
        out.append(("other-person", False, subject(o_given, o_surname), listed))
        if o_given[:3] != given[:3]:
            out.append(("sibling", False, subject(o_given, surname, str(p.year),
                                                  (p.nationality,)), listed))
        out.append(("similar-name-other-person", False,
                    subject(typo(given), surname, str(p.year + 6), (p.nationality,)), listed))
    return out


def vehicle(plate: str, country: str) -> dict[str, Any]:
    return {"kind": "vehicle", "category": "suspect", "basis": "fact", "vehicle_kind": "lorry",
            "registration": plate, "registration_country": country, "vin": "", "make": "",
            "model": "", "colour": "", "notes": ""}


def ident(kind: str, value: str, country: str = "") -> dict[str, str]:
    return {"kind": kind, "value": value, "country": country}


PLATES = [  # (query plate, query country, listed plate, listed country, same vehicle?)
    ("СА 1234 ВХ", "BG", "CA1234BX", "BG", True), ("CA 1234 BX", "BG", "СА1234ВХ", "BG", True),
    ("BG CA-1234-BX", "BG", "CA1234BX", "BG", True), ("ca1234bx", "BGR", "CA 1234 BX", "BG", True),
    ("Е 7788 КН", "BG", "E7788KH", "BG", True), ("РВ 0042 АМ", "BG", "PB0042AM", "BG", True),
    ("Х 5555 ТТ", "BG", "X5555TT", "BG", True), ("В 1010 ОР", "BG", "B 1010 OP", "BG", True),
    ("NS 123-AB", "RS", "NS123AB", "RS", True), ("SRB NS 123 AB", "RS", "NS-123-AB", "RS", True),
    ("ČA 456-ŠŽ", "RS", "CA456SZ", "RS", True), ("ČA 456-ŠŽ", "RS", "ČA 456 ŠŽ", "RS", True),
    ("SU 020-ĐK", "RS", "SU020DJK", "RS", True), ("BG 777-XY", "RS", "BG777XY", "RS", True),
    ("КГ 512-ЦЕ", "RS", "KG512CE", "RS", True), ("AB12 CDE", "GB", "AB12CDE", "GB", True),
    ("GB AB12 CDE", "GB", "AB12CDE", "GB", True), ("B 123-ABC", "RO", "B123ABC", "RO", True),
    ("CA1234BX", "BG", "CA1243BX", "BG", False), ("CA1234BX", "BG", "CA1234BH", "BG", False),
    ("CA1234BX", "BG", "CB1234BX", "BG", False), ("CA1234BX", "BG", "CA1234BX", "RO", False),
    ("NS 123-AB", "RS", "NS 123-AD", "RS", False), ("NS 123-AB", "RS", "NS 132-AB", "RS", False),
    ("NS 123-AB", "RS", "NI 123-AB", "RS", False), ("E7788KH", "BG", "E7788KX", "BG", False),
    ("PB0042AM", "BG", "PB0024AM", "BG", False), ("AB12CDE", "GB", "AB12CDF", "GB", False),
    ("BG 777-XY", "RS", "BG 777-XY", "BG", False), ("X5555TT", "BG", "X5556TT", "BG", False),
]
DOCUMENTS = [  # (query number, query country, listed number, listed country, same?)
    ("014478326", "RS", "014 478 326", "RS", True), ("ab1234567", "BG", "AB1234567", "BG", True),
    ("AB-123-4567", "BG", "AB1234567", "BG", True), ("P0123456", "AF", "PO123456", "AF", True),
    ("382017764", "BG", "382017764", "", True), ("K 0099 887", "RS", "K0099887", "RS", True),
    ("X12345678", "GB", "x12345678", "GB", True), ("AK1234567", "XK", "AK 1234567", "", True),
    ("009876543", "RS", "009876543", "RS", True), ("P1234567", "BG", "P 1234567", "BG", True),
    ("014478326", "RS", "014478327", "RS", False), ("AB1234567", "BG", "AB1234576", "BG", False),
    ("AB1234567", "BG", "AC1234567", "BG", False), ("P0123456", "AF", "P0123465", "AF", False),
    ("382017764", "BG", "382017764", "RO", False), ("K0099887", "RS", "K0099888", "RS", False),
    ("X12345678", "GB", "X12345679", "GB", False), ("009876543", "RS", "009876534", "RS", False),
]
PHONES = [  # (query, listed, same?)
    ("+381 64 123 4567", "+381641234567", True), ("00381641234567", "+381 64 123-4567", True),
    ("+359 88 123 4567", "+359881234567", True), ("+44 7700 900123", "+447700900123", True),
    ("0044 7700 900123", "+44 7700 900 123", True), ("+381 65 987 6543", "+381659876543", True),
    ("+381 64 123 4567", "+381641234568", False), ("+359 88 123 4567", "+359881234576", False),
    ("+44 7700 900123", "+447700900124", False), ("+381 65 987 6543", "+381 65 987 6534", False),
]


def other_pairs() -> list[tuple[str, bool, dict[str, Any], dict[str, Any]]]:
    out = []
    for q, qc, e, ec, same in PLATES:
        out.append(("plate" if same else "near-plate", same, vehicle(q, qc),
                    entry([], kind="vehicle", identifiers=(ident("plate", e, ec),))))
    for q, qc, e, ec, same in DOCUMENTS:
        query = {"kind": "travel_document", "category": "other", "basis": "fact",
                 "document_type": "passport", "number": q, "issuing_country": qc,
                 "issued_on": None, "expires_on": None, "status": "unknown", "notes": ""}
        out.append(("document" if same else "near-document", same, query,
                    entry([], kind="document", identifiers=(ident("document", e, ec),))))
    for q, e, same in PHONES:
        query = {"kind": "comms", "category": "other", "basis": "fact",
                 "identifier_kind": "phone", "value": q.replace(" ", "").replace("00", "+", 1)
                 if q.startswith("00") else q.replace(" ", ""), "service": "", "notes": ""}
        out.append(("phone" if same else "near-phone", same, query,
                    entry([], kind="phone", identifiers=(ident("phone", e),))))
    return out


def main() -> None:
    pairs = person_pairs(load()) + other_pairs()
    with (HERE / "pairs.jsonl").open("w", encoding="utf-8") as handle:
        for i, (category, label, query, listed) in enumerate(pairs):
            handle.write(json.dumps({"id": i, "category": category, "label": label,
                                     "query": query, "entry": listed},
                                    ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(pairs)} pairs, {sum(p[1] for p in pairs)} true matches")


if __name__ == "__main__":
    main()
