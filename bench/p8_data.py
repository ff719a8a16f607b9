"""P8's synthetic data: watch-list entries, cached subjects and the messages checked.

Names are drawn from pools of Serbian, Bulgarian, Russian and other names,
written in Cyrillic or Latin as such lists and messages are; plates are
Bulgarian (Cyrillic look-alikes or Latin) and Serbian; documents and phones
are random numbers. Deterministic for a given seed. Nothing here is real.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from liaison_app.protocol.watchlist import EntryIdentifier, EntryName, WatchEntry

_GIVEN_TEXT = ("Dragan Miloš Nenad Marko Dušan Ljubomir Željko Aleksandar Goran Nikola Vladimir "
               "Branko Miodrag Zoran Srđan Predrag Bojan Georgi Stefan Hristo Tsvetan Yordan Petar "
               "Radoslav Vasil Krasimir Lyubomir Yulian Boyan Nikolay Dmitrii Sergei Iurii Aleksei "
               "Andrei Evgenii Mikhail Viktor Oleksandr Vasyl Ihor Arben Besnik Driton Ahmad "
               "Karwan "
               "Omar Mehmet Emre Faisal Jelena Snežana Ivana Maria Teodora Natalia Olga Iuliia "
               "Milica Dragana Vesna Biljana Radmila Gordana Svetlana Daniela Elena Tatiana "
               "Milan Dejan Saša Ivan Dragoljub Slobodan Radovan Veljko Mladen Uroš Filip Luka "
               "Stevan Đorđe Nebojša Ratko Rade Momčilo Vukašin Tihomir Časlav Borislav Kiril "
               "Todor Ognyan Plamen Rumen Lachezar Tihomir Zhivko Emil Valentin Anton Pavel Yuri "
               "Roman Oleg Igor Konstantin Ruslan Taras Bohdan Yaroslav Ilir Fatmir Genc Agron "
               "Hamid Karim Yusuf Ibrahim Hassan Mustafa Reza Farid Jamal Tariq Bilal Samir "
               "Ana Marija Jovana Tijana Sanja Maja Nina Petya Desislava Ralitsa Svetla Yana "
               "Irina Ekaterina Anastasia Oksana Halyna Fatima Aisha Leyla Zeynep Elif")
GIVEN = tuple(_GIVEN_TEXT.split())
_SURNAME_TEXT = ("Petrov Jovanov Đorđev Nikol Stankov Ilić Markov Pejić Ćirić Živkov Radovanov "
                 "Tomić Lazić Džakul Njegovan Šarac Čolić Vukov Janjić Mitić Ivanov Dimitrov "
                 "Shterev Zhekov Angelov Yordanov Chakarov Todorov Stoyanov Tsankov Shishkov "
                 "Petkov Gochev Hadzhiev Kuznetsov Shcherbakov Zhukov Khrustalev Solovev "
                 "Vorontsov Chernov Zaitsev Iakovlev Ilin Shevchuk Kovalenk Tkachenk Bondarenk "
                 "Melnyk Krasniqi Gashi Berisha Rahimi Hassan Ahmed Haddad Yilmaz Hosseini "
                 "Celik Qureshi Babić Kostić Pavlović Simić Marinković Filipović Savić "
                 "Milenković Todorović Obradović Bogdanov Georgiev Kolev Iliev Atanasov "
                 "Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov Fedorov Stojanov "
                 "Milošev Radić Đukić Knežev Lukić Vasić Bošković Rakić Grujić Nešić "
                 "Aksentijev Budimir Cvetković Despotov Erdeljan Frajt Gavrilov Hadžić "
                 "Ignjatov Jakšić Kovačev Ljubičić Matić Nedeljkov Orlić Perišić Ristić "
                 "Sekulić Tadić Uzelac Veselinov Zdravkov Žarković Bakalov Vasilev Dragnev "
                 "Enchev Filipov Genchev Hristov Kirilov Lazarov Manolov Naydenov Ognyanov "
                 "Panayotov Raykov Slavov Tonchev Uzunov Valchev Yankov Zlatev Abramov "
                 "Belov Vinogradov Gusev Danilov Egorov Zhdanov Isaev Karpov Makarov "
                 "Nikitin Orlov Pavlov Romanov Sorokin Titov Ulyanov Frolov Kharitonov "
                 "Tsvetkov Chernyshev Sharov Shchukin Yudin Yakovlev Hoxha Shehu Leka "
                 "Mehmeti Osmani Rexhepi Zeka Morina Thaçi Amiri Karimi Mohammadi Nazari "
                 "Rezaei Sadeghi Tehrani Yousefi Zamani Aziz Bakr Darwish Fahmy Ghanem "
                 "Hamdan Issa Jaber Khalil Mansour Nasser Othman Qasim Rashid Saleh")
SURNAME_ROOTS = tuple(_SURNAME_TEXT.split())
ENDINGS = ("", "ić", "ović", "ski", "enko", "ov", "in", "ev", "ek", "aj")
LATIN_TO_CYRILLIC = str.maketrans({
    "a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "đ": "ђ", "e": "е", "ž": "ж", "z": "з",
    "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р",
    "s": "с", "t": "т", "ć": "ћ", "u": "у", "f": "ф", "h": "х", "c": "ц", "č": "ч", "š": "ш",
    "y": "й", "A": "А", "B": "Б", "V": "В", "G": "Г", "D": "Д", "Đ": "Ђ", "E": "Е", "Ž": "Ж",
    "Z": "З", "I": "И", "J": "Ј", "K": "К", "L": "Л", "M": "М", "N": "Н", "O": "О", "P": "П",
    "R": "Р", "S": "С", "T": "Т", "Ć": "Ћ", "U": "У", "F": "Ф", "H": "Х", "C": "Ц", "Č": "Ч",
    "Š": "Ш", "Y": "Й"})
PLATE_LETTERS = "ABEKMHOPCTYX"


def _zipf(n: int, s: float = 0.5) -> list[float]:
    """Cumulative weights 1/rank^s: the first names drawn far more often than the last."""
    total, out = 0.0, []
    for rank in range(1, n + 1):
        total += 1.0 / rank ** s
        out.append(total)
    return out


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    year: int
    nationality: str


class Population:
    """Everything P8 draws from, from one seed."""

    def __init__(self, seed: int = 8) -> None:
        self.rng = random.Random(seed)
        rng = random.Random(seed + 1)
        self.surnames = sorted({root + end for root in SURNAME_ROOTS for end in ENDINGS
                                if not (root.endswith(("ić", "ov", "ev")) and end)})
        rng.shuffle(self.surnames)
        self.given_weights = _zipf(len(GIVEN))
        self.surname_weights = _zipf(len(self.surnames))

    def person(self) -> Person:
        """A person; names drawn with a Zipf-like weight (a few names are very common)."""
        r = self.rng
        given = r.choices(GIVEN, cum_weights=self.given_weights)[0]
        surname = r.choices(self.surnames, cum_weights=self.surname_weights)[0]
        return Person(given, surname, r.randint(1950, 2004),
                      r.choice(("RS", "BG", "RU", "UA", "XK", "AF", "IQ", "TR")))

    def plate(self) -> str:
        r = self.rng
        return (r.choice(PLATE_LETTERS) + r.choice(PLATE_LETTERS) + f"{r.randint(0, 9999):04d}"
                + r.choice(PLATE_LETTERS) + r.choice(PLATE_LETTERS))

    def document(self) -> str:
        return f"{self.rng.choice('ABKPX')}{self.rng.randint(0, 10**8 - 1):08d}"

    def phone(self) -> str:
        return f"+3816{self.rng.randint(0, 9)}{self.rng.randint(0, 9_999_999):07d}"

    def iban(self) -> str:
        """A Serbian IBAN with valid check digits (bank code, account, national check)."""
        from liaison_app.domain.bank_codes import iban_of_national

        iban = iban_of_national("RS", f"{self.rng.randint(0, 10**18 - 1):018d}")
        assert iban is not None
        return iban

    def entry(self, i: int) -> WatchEntry:
        """List entry `i`: mostly people (a third written in Cyrillic), then the rest."""
        kind = i % 20
        eid = f"P8-{i:07d}"
        if kind < 14:
            p = self.person()
            text = f"{p.surname.upper()}, {p.given}"
            if i % 3 == 0:
                text = text.translate(LATIN_TO_CYRILLIC)
            return WatchEntry(eid, "person", (EntryName(text),), (str(p.year),),
                              (p.nationality,))
        if kind < 17:
            return WatchEntry(eid, "vehicle",
                              identifiers=(EntryIdentifier("plate", self.plate(), "BG"),))
        if kind < 19:
            return WatchEntry(eid, "document",
                              identifiers=(EntryIdentifier("document", self.document(), "RS"),))
        if i % 40 == 39:  # one entry in 40: an account the fees were paid into
            return WatchEntry(eid, "organisation", (EntryName(f"Transit {i} DOO"),),
                              identifiers=(EntryIdentifier("iban", self.iban()),))
        return WatchEntry(eid, "phone", identifiers=(EntryIdentifier("phone", self.phone()),))

    def subject(self, i: int) -> dict[str, Any]:
        """A cached subject (wire form): people about half the time, one in ten a bank
        account."""
        kind = i % 4
        base = {"category": "suspect", "basis": "fact", "notes": ""}
        if i % 10 == 9:
            return bank_account_subject(self.iban())
        if kind < 2:
            p = self.person()
            return {**base, "kind": "person", "surname": p.surname, "given_names": p.given,
                    "aliases": [], "date_of_birth": str(p.year), "place_of_birth": "",
                    "nationalities": [p.nationality], "sex": "unknown"}
        if kind == 2:
            return {**base, "kind": "vehicle", "vehicle_kind": "lorry",
                    "registration": self.plate(), "registration_country": "BG", "vin": "",
                    "make": "", "model": "", "colour": ""}
        return {**base, "kind": "travel_document", "document_type": "passport",
                "number": self.document(), "issuing_country": "RS", "issued_on": None,
                "expires_on": None, "status": "unknown"}


def person_subject(given: str, surname: str, year: str = "") -> dict[str, Any]:
    """A message's person subject (wire form)."""
    return {"kind": "person", "category": "suspect", "basis": "fact", "surname": surname,
            "given_names": given, "aliases": [], "date_of_birth": year, "place_of_birth": "",
            "nationalities": [], "sex": "unknown", "notes": ""}


def bank_account_subject(iban: str) -> dict[str, Any]:
    """A bank account subject (wire form), known by its IBAN."""
    return {"kind": "bank_account", "category": "suspect", "basis": "fact", "iban": iban,
            "account_number": "", "bank_code": "", "bic": "", "holder_name": "",
            "bank_name": "", "country": "", "notes": ""}


def message_subjects(pop: Population, listed: list[WatchEntry]) -> list[dict[str, Any]]:
    """Twelve subjects as an alert carries them: some listed (in the other script), most
    not; two bank accounts, one of them listed."""
    r = pop.rng
    out: list[dict[str, Any]] = []
    people = [e for e in listed if e.kind == "person"]
    for _ in range(3):
        e = r.choice(people)
        surname, _, given = e.names[0].text.partition(", ")
        out.append(person_subject(given, surname.title(), e.dates_of_birth[0]))
    for _ in range(3):
        p = pop.person()
        out.append(person_subject(p.given, p.surname, str(p.year)))
    plates = [e for e in listed if e.kind == "vehicle"]
    plate = r.choice(plates).identifiers[0].value if plates else pop.plate()
    for value in (plate, pop.plate()):
        out.append({"kind": "vehicle", "category": "suspect", "basis": "fact",
                    "vehicle_kind": "lorry", "registration": value,
                    "registration_country": "BG", "vin": "", "make": "", "model": "",
                    "colour": "", "notes": ""})
    out.append({"kind": "travel_document", "category": "other", "basis": "fact",
                "document_type": "passport", "number": pop.document(), "issuing_country": "RS",
                "issued_on": None, "expires_on": None, "status": "unknown", "notes": ""})
    out.append({"kind": "comms", "category": "other", "basis": "fact",
                "identifier_kind": "phone", "value": pop.phone(), "service": "", "notes": ""})
    accounts = [e for e in listed if e.identifiers and e.identifiers[0].kind == "iban"]
    for value in (r.choice(accounts).identifiers[0].value if accounts else pop.iban(),
                  pop.iban()):
        out.append(bank_account_subject(value))
    return out
