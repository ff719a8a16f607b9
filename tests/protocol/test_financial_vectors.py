"""Golden vectors of the financial subjects (protocol §20): financial-subjects-v2.json."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import nacl.signing
import pytest

from liaison_app.crypto.envelope import open_envelope, seal
from liaison_app.domain.bank_codes import check_iban
from liaison_app.domain.crypto_addresses import CryptoNetwork, check_crypto_address
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.financial import financial_keys, keys_of_search_text
from liaison_app.domain.money import find_card_number
from liaison_app.domain.subjects import subject_from_wire
from liaison_app.protocol.canonical import b64u_decode, canonical_bytes, parse_canonical
from liaison_app.protocol.domains import INNER_SIG_PREFIX
from liaison_app.protocol.message import inner_from_wire, inner_to_wire
from tests.vectors.samples import T0, A, B, directory

VEC: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parents[1] / "vectors" / "financial-subjects-v2.json")
    .read_text(encoding="utf-8"))


def test_inner_message_v2_bytes_signature_and_keys() -> None:
    inner_bytes = VEC["inner_message"].encode("utf-8")
    parsed = inner_from_wire(parse_canonical(inner_bytes, max_bytes=1 << 20))
    assert parsed.v == 2
    assert canonical_bytes(inner_to_wire(parsed)) == inner_bytes
    signing_input = b64u_decode(VEC["inner_signing_input_b64u"], "input")
    assert signing_input == INNER_SIG_PREFIX + inner_bytes
    sig = b64u_decode(VEC["inner_sig"], "sig")
    assert A.keys.sign(signing_input) == sig
    nacl.signing.VerifyKey(A.keys.public().sign_key).verify(signing_input, sig)
    assert [sorted(financial_keys(s)) for s in parsed.subjects] == VEC["keys"]
    kinds = {s.kind for s in parsed.subjects}
    assert kinds >= {"bank_account", "payment_card", "money_transfer", "crypto_address",
                     "informal_transfer", "cash"}


def test_version_is_the_lowest_that_carries_the_subjects() -> None:
    wire = json.loads(VEC["inner_message"])
    wire["v"] = 1
    with pytest.raises(ValidationError, match="v"):
        inner_from_wire(wire)
    parsed = inner_from_wire(json.loads(VEC["inner_message"]))
    persons_only = dataclasses.replace(parsed, subjects=parsed.subjects[:1])
    assert persons_only.v == 1  # a message an older receiver can read stays v1


def test_the_courier_must_be_a_person_of_the_same_message() -> None:
    wire = json.loads(VEC["inner_message"])
    wire["subjects"][-1]["courier"] = 1  # a bank account, not a person
    with pytest.raises(ValidationError) as caught:
        inner_from_wire(wire)
    assert caught.value.field == "message.subjects[9].courier"
    wire["subjects"][-1]["courier"] = 42
    with pytest.raises(ValidationError, match="courier"):
        inner_from_wire(wire)


def test_a_v2_message_seals_and_opens() -> None:
    parsed = inner_from_wire(json.loads(VEC["inner_message"]))
    env = seal(parsed, A.keys, [B.entry()], sent_at=T0)
    opened = open_envelope(env, B.keys, directory(), seen=lambda _id: False,
                           now=datetime(2026, 11, 23, 4, 0, tzinfo=UTC))
    assert opened == parsed and opened.v == 2


@pytest.mark.parametrize("case", VEC["refused"], ids=lambda c: str(c["what"]))
def test_refused_subjects_name_the_field(case: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as caught:
        subject_from_wire(case["subject"], "subjects[0]")
    assert caught.value.field == f"subjects[0].{case['field']}", caught.value


@pytest.mark.parametrize("case", VEC["address_cases"], ids=lambda c: str(c["address"])[:24])
def test_address_cases(case: dict[str, Any]) -> None:
    network = CryptoNetwork(case["network"])
    if case["valid"]:
        assert check_crypto_address(network, case["address"], "address") == case["address"]
    else:
        with pytest.raises(ValidationError):
            check_crypto_address(network, case["address"], "address")


def test_iban_card_and_search_cases() -> None:
    for case in VEC["iban_cases"]:
        try:
            check_iban(case["iban"], "iban")
            valid = True
        except ValidationError:
            valid = False
        assert valid is case["valid"], case
    for case in VEC["card_number_text_cases"]:
        assert (find_card_number(case["text"]) is not None) is case["is_card_number"], case
    for case in VEC["search_cases"]:
        assert sorted(keys_of_search_text(case["typed"])) == case["keys"], case
