"""Match reasons in the officer's language: every phrase the matching layer gives has its
template (`gui.models.match_reason_texts`), and Bulgarian reads Bulgarian."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from liaison_app.gui.models import match_reason_texts as texts
from liaison_app.matching.identifiers import make_identifier
from liaison_app.matching.names import parse_name
from liaison_app.matching.records import Record
from liaison_app.matching.scoring import compare_records


def _person(surname: str, given: str, born: str = "", nationality: str = "", sex: str = "",
            alias: str = "") -> Record:
    names = [parse_name(surname=surname, given=given)]
    if alias:
        names.append(parse_name(alias, alias=True))
    return Record("person", tuple(n for n in names if n is not None),
                  (born,) if born else (), frozenset({nationality} - {""}), sex)


def _thing(kind: str, ident: str, value: str, country: str = "", name: str = "") -> Record:
    found = make_identifier(ident, value, country)
    assert found is not None, (ident, value)
    names = (parse_name(name),) if name else ()
    return Record(kind, tuple(n for n in names if n is not None), identifiers=(found,))


PAIRS = [
    (_person("Jovanović", "Milica", "1979-04-12", "RS", "F"),
     _person("Jovanovic", "Milica", "1979-04-12", "RS", "F")),
    (_person("Јовановић", "Милица", "1979"), _person("Jovanovic", "Milica", "1979")),
    (_person("Jovanović", "M."), _person("Jovanović", "Milica", "1980")),
    (_person("Jovanovich", "Milica", "1979-05"), _person("Jovanović", "Milica", "1979-04")),
    (_person("Petrović", "Aleksandar", "1979-04-12"), _person("Petrovic", "Aca", "1979-04-13")),
    (_person("Milica", "Jovanović", "1979", "RS"), _person("Jovanović", "Milica", "1979", "BG")),
    (_person("Jovanović", "Milica Ana", sex="F"), _person("Jovanović", "Milica", sex="M")),
    (_person("Jovanović", "Milica", "1979"), _person("Jovanović", "Milica", "1981")),
    (_person("Vanderberg", "Jan"), _person("Van Der Berg", "Jan")),
    (_person("Jovanovski", "Milena"), _person("Jovanović", "Milica")),
    (_person("Kovač", "Ivan"), _person("Horvat", "Ana", alias="Kovač Ivan")),
    (_thing("vehicle", "plate", "СА 1234 ВХ", "BG"), _thing("vehicle", "plate", "CA1234BX", "BG")),
    (_thing("vehicle", "plate", "ČA 456-ŠŽ", "RS"), _thing("vehicle", "plate", "CA456SZ", "RS")),
    (_thing("vehicle", "plate", "CA1234BX", "BG"), _thing("vehicle", "plate", "CA1234BX", "RO")),
    (_thing("vehicle", "plate", "CA1234BX"), _thing("vehicle", "plate", "CA1234BX")),
    (_thing("document", "document", "AB1234567", "RS"),
     _thing("document", "document", "AB1234567", "RS")),
    (_thing("document", "document", "AB1O3I567", "RS"),
     _thing("document", "document", "AB10315670"[:9], "RS")),
    (_thing("vehicle", "vin", "1M8GDM9AXKP042788"), _thing("vehicle", "vin", "1M8GDM9AXKP042788")),
    (_thing("vehicle", "vin", "WVWZZZ1JZXW000001"), _thing("vehicle", "vin", "WVWZZZ1JZXW000001")),
    (_thing("phone", "phone", "+381 64 123 4567"), _thing("phone", "phone", "+381641234567")),
    (_thing("phone", "imei", "490154203237518"), _thing("phone", "imei", "490154203237518")),
    (_thing("phone", "imei", "490154203237519"), _thing("phone", "imei", "490154203237519")),
    (_thing("comms", "email", "x@example.org"), _thing("comms", "email", "X@example.org")),
    (_thing("comms", "handle", "@courier77"), _thing("comms", "handle", "courier77")),
    (_thing("person", "phone", "+381641234567", name="Petar Petrović"),
     _thing("person", "phone", "+381641234567", name="Ana Horvat")),
    (_thing("bank_account", "phone", "+381641234567", name="Demo Tours"),
     _thing("bank_account", "phone", "+381641234567", name="Demo Tours")),
]

#: the financial phrases, as `matching.financial` words them (its own tests pin them)
FINANCIAL = [
    "IBAN equal (RS)", "IBAN equal (RS; a national account number read as its IBAN)",
    "account number with its bank code equal (GB)", "crypto address equal (Ethereum)",
    "same address on Ethereum and Polygon (one key pair on every EVM chain)",
    "money-transfer reference equal (Western Union)",
]


def _all_reasons() -> list[str]:
    found = [r for q, c in PAIRS for r in compare_records(q, c).reasons]
    return found + FINANCIAL


def test_every_phrase_the_matching_layer_gives_has_its_template() -> None:
    reasons = _all_reasons()
    assert len(set(reasons)) >= 30  # the scenarios reach the producers
    missing = [r for r in reasons if texts._phrase(r) is None]
    assert not missing


@pytest.fixture
def bulgarian(qapp: Any) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load("liaison_bg", "resources/translations")
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_reasons_read_in_bulgarian(bulgarian: None) -> None:
    assert texts.reason_text("surname exact") == "фамилия: точно"
    assert texts.reason_text("year of birth differs (1979 against 1981)") == \
        "годината на раждане се различава (1979 срещу 1981)"
    plate = texts.reason_text("plate equal (BG); СА1234ВХ = CA1234BX by Cyrillic/Latin "
                              "look-alike letters")
    assert plate.startswith("регистрационният номер съвпада (BG); СА1234ВХ = CA1234BX ")
    assert texts.reason_text("2 name parts without a match") == "2 части от името без съвпадение"
    assert texts.reason_text("name exact (2 parts)") == "име: точно (2 части)"
    english = [r for r in _all_reasons() if texts.reason_text(r) == r]
    assert not english, "a phrase left in English"
    assert texts.reason_text("something new") == "something new"  # shown as it came
