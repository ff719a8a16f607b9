"""Documents (MRZ check digits), plates per country, VINs, phones and IMEIs."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison_app.matching.comms import imei_key, normalise_phone
from liaison_app.matching.documents import MrzError, check_digit, document_key, parse_mrz
from liaison_app.matching.identifiers import make_identifier
from liaison_app.matching.records import Record
from liaison_app.matching.scoring import compare_records
from liaison_app.matching.vehicles import normalise_plate, vin_check_digit_ok

TD3 = (Path(__file__).resolve().parents[1] / "data" / "watchlists" / "passport-td3.mrz"
       ).read_text(encoding="ascii")
# ICAO Doc 9303 part 5's specimen identity card (TD1), and part 6's TD2 specimen
TD1 = ("I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\n"
       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
TD2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6"


def test_check_digit_weights_7_3_1() -> None:
    assert check_digit("520727") == 3 and check_digit("D23145890") == 7
    assert check_digit("<<<<") == 0


def test_td3_td2_td1_are_read_and_verified() -> None:
    td3 = parse_mrz(TD3, current_year=2026)
    assert (td3.format, td3.document_number, td3.surname, td3.given_names) == (
        "TD3", "014478326", "PETROVIC", "DRAGAN")
    assert (td3.date_of_birth, td3.sex, td3.nationality, td3.expiry) == (
        "1979-03-12", "male", "SRB", "2031-09-15")
    assert parse_mrz(TD3.replace("\n", " "), current_year=2026) == td3
    assert parse_mrz(TD3.replace("\n", ""), current_year=2026) == td3
    td1 = parse_mrz(TD1, current_year=2026)
    assert (td1.format, td1.document_number, td1.surname, td1.given_names, td1.sex) == (
        "TD1", "D23145890", "ERIKSSON", "ANNA MARIA", "female")
    assert td1.date_of_birth == "1974-08-12" and td1.expiry == "2012-04-15"
    td2 = parse_mrz(TD2, current_year=2026)
    assert (td2.format, td2.document_number, td2.issuing_state) == ("TD2", "D23145890", "UTO")


@pytest.mark.parametrize(("change", "field", "words"), [
    (("0144783267SRB", "0144783268SRB"), "document_number",
     "wrong MRZ check digit for the document number: computed 7, the MRZ says 8"),
    (("7903122M", "7903125M"), "date_of_birth", "the date of birth: computed 2"),
    (("<02\n", "<03\n"), "composite", "the whole zone (composite)"),
])
def test_a_wrong_check_digit_is_reported_as_such(change: tuple[str, str], field: str,
                                                 words: str) -> None:
    with pytest.raises(MrzError) as caught:
        parse_mrz((TD3 + "\n").replace(*change), current_year=2026)
    assert caught.value.field == field and words in str(caught.value)


def test_not_an_mrz() -> None:
    with pytest.raises(MrzError, match="2 lines of 44"):
        parse_mrz("P<SRB\nshort", current_year=2026)
    with pytest.raises(MrzError, match="only A-Z"):
        parse_mrz(TD3.replace("P<SRB", "P<SRБ"), current_year=2026)


def test_document_numbers() -> None:
    assert document_key("ab 123-456/7") == "AB1234567"
    assert document_key("PO1234I") == document_key("P012341")


@pytest.mark.parametrize(("a", "ca", "b", "cb"), [
    ("СА 1234 ВХ", "BG", "CA1234BX", "BG"), ("BG CA 1234 BX", "BG", "ca-1234-bx", "BGR"),
    ("SRB NS 123-AB", "RS", "NS123AB", "RS"), ("НС 123-АБ", "RS", "NS 123 AB", "RS"),
    ("ČA 456-ŠŽ", "RS", "CA456SZ", "RS"),
])
def test_plates_one_key_per_plate(a: str, ca: str, b: str, cb: str) -> None:
    pa, pb = normalise_plate(a, ca), normalise_plate(b, cb)
    assert pa is not None and pb is not None and pa.key == pb.key


def test_plates_that_differ_stay_apart() -> None:
    keys = {normalise_plate(p, "BG").key for p in ("CA1234BX", "CA1243BX", "CA1234BH")}  # type: ignore[union-attr]
    assert len(keys) == 3
    # Belgrade's city code BG is not the country sign of Serbia (SRB): it is kept
    assert normalise_plate("BG 123-AB", "RS").key == "BG123AB"  # type: ignore[union-attr]


def test_plate_scores_say_how() -> None:
    def rec(value: str, country: str) -> Record:
        ident = make_identifier("plate", value, country)
        assert ident is not None
        return Record("vehicle", identifiers=(ident,))

    same = compare_records(rec("СА 1234 ВХ", "BG"), rec("CA1234BX", "BG"))
    assert same.score == 1.0 and "look-alike" in same.reasons[0]
    marks = compare_records(rec("ČA 456-ŠŽ", "RS"), rec("CA456SZ", "RS"))
    assert 0.9 <= marks.score < 1.0 and "Č Ć Đ Š Ž" in marks.reasons[0]
    other = compare_records(rec("CA1234BX", "BG"), rec("CA1234BX", "RO"))
    assert other.score < 0.8 and "BG against RO" in other.reasons[0]


def test_vin_check_digit() -> None:
    assert vin_check_digit_ok("1M8GDM9AXKP042788")
    assert not vin_check_digit_ok("1M8GDM9A1KP042788")
    assert not vin_check_digit_ok("WVWZZZ1JZXW000001")  # European VINs need not use it


def test_phones_and_imeis() -> None:
    assert normalise_phone("+381 64 123 4567") == "+381641234567"
    assert normalise_phone("00381641234567") == "+381641234567"
    assert normalise_phone("064 123 4567", "RS") == "+381641234567"
    assert normalise_phone("12", "RS") is None
    assert imei_key("49-015420-323751-8") == ("49015420323751", True)
    assert imei_key("490154203237519") == ("49015420323751", False)
    assert imei_key("4901542032375101") == ("49015420323751", False)  # IMEISV
