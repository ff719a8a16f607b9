"""Grading schemes, handling codes, their meanings, the CLI flag and the forwarding rule."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from liaison_app.domain.errors import ValidationError
from liaison_app.domain.forwarding import may_forward
from liaison_app.domain.grading import (
    HANDLING_MEANINGS,
    INFORMATION_MEANINGS,
    SOURCE_MEANINGS,
    Grading,
    GradingScheme,
    HandlingCode,
    check_same_scheme,
    parse_grading_cli,
)

UK, EU = GradingScheme.UK_3X5X2, GradingScheme.EUROPOL_4X4

# Copied word for word from shared/DOMAIN.md: what officers must see.
EXPECTED = {
    (UK, "source"): {"1": "reliable", "2": "untested", "3": "not reliable"},
    (UK, "information"): {
        "A": "known directly to the source",
        "B": "known indirectly to the source but corroborated",
        "C": "known indirectly to the source",
        "D": "not known",
        "E": "suspected to be false or malicious",
    },
    (UK, "handling"): {
        "P": "lawful sharing permitted",
        "C": "lawful sharing permitted subject to conditions",
    },
    (EU, "source"): {
        "A": "no doubt about authenticity, trustworthiness and competence, or reliable in all "
             "instances",
        "B": "reliable in most instances",
        "C": "unreliable in most instances",
        "X": "cannot be assessed",
    },
    (EU, "information"): {
        "1": "not in doubt",
        "2": "known personally to the source but not to the official passing it on",
        "3": "not known personally to the source but corroborated by information already "
             "recorded",
        "4": "not known personally to the source and cannot be corroborated",
    },
    (EU, "handling"): {
        "H0": "use only to prevent and combat crime",
        "H1": "not to be used as evidence in judicial proceedings without the provider's "
              "permission",
        "H2": "not to be passed on without the provider's permission",
        "H3": "other restrictions",
    },
}
TABLES = {"source": SOURCE_MEANINGS, "information": INFORMATION_MEANINGS,
          "handling": HANDLING_MEANINGS}


@pytest.mark.parametrize("key", list(EXPECTED))
def test_meaning_tables_match_domain_reference(key: tuple[GradingScheme, str]) -> None:
    scheme, table = key
    assert TABLES[table][scheme] == EXPECTED[key]


def test_meanings_appear_in_domain_md_when_present() -> None:
    path = Path(__file__).resolve().parents[3] / "shared" / "DOMAIN.md"
    if not path.exists():
        pytest.skip("shared/DOMAIN.md is not beside this checkout")
    text = re.sub(r"\s+", " ", path.read_text(encoding="utf-8"))
    for (_, _), table in EXPECTED.items():
        for code, meaning in table.items():
            assert f"{code} {meaning}" in text, (code, meaning)


def test_grading_codes_and_meaning() -> None:
    g = Grading(UK, "2", "B")
    assert g.code == "2B"
    assert g.meaning() == ("UK 3x5x2 2B: untested; known indirectly to the source but "
                           "corroborated")
    e = Grading(EU, "X", "4")
    assert e.code == "X4"
    assert e.source_meaning() == "cannot be assessed"


@pytest.mark.parametrize(("scheme", "source", "information", "field"), [
    (UK, "4", "A", "source"), (UK, "A", "1", "source"), (UK, "1", "F", "information"),
    (UK, "1", "1", "information"), (EU, "D", "1", "source"), (EU, "1", "A", "source"),
    (EU, "A", "5", "information"), (EU, "A", "0", "information"), (EU, "a", "1", "source"),
    ("uk", "1", "A", "scheme"), ("nato", "1", "A", "scheme"), (UK, 1, "A", "source"),
])
def test_grading_refuses(scheme: str, source: object, information: object, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        Grading(scheme, source, information)  # type: ignore[arg-type]
    assert info.value.field == field


def test_grading_never_converts() -> None:
    """A UK grade does not parse as Europol and vice versa."""
    with pytest.raises(ValidationError):
        Grading(EU, "1", "A")
    with pytest.raises(ValidationError):
        Grading.from_wire({"scheme": "uk-3x5x2", "source": "B", "information": "2"}, "g")
    with pytest.raises(ValidationError):
        check_same_scheme(Grading(UK, "1", "A"), HandlingCode(EU, "H0"), "grading")
    check_same_scheme(Grading(UK, "1", "A"), HandlingCode(UK, "P"), "grading")


def test_handling_rules() -> None:
    assert HandlingCode(UK, "P").meaning() == "lawful sharing permitted"
    assert HandlingCode(UK, "C", "No court use").conditions == "No court use"
    assert HandlingCode(UK, "C", "x", no_onward_sharing=True).forbids_onward_sharing
    assert not HandlingCode(UK, "C", "x").forbids_onward_sharing
    assert HandlingCode(EU, "H2").forbids_onward_sharing
    for code in ("H0", "H1"):
        assert not HandlingCode(EU, code).forbids_onward_sharing
    assert HandlingCode(EU, "H3", "Only SELEC members").describe() == \
        "H3: other restrictions — conditions: Only SELEC members"


@pytest.mark.parametrize(("args", "field", "needle"), [
    ((UK, "C"), "conditions", "needs conditions"),
    ((UK, "P", "text"), "conditions", "only handling code C"),
    ((UK, "P", "", True), "no_onward_sharing", "only with UK handling code C"),
    ((UK, "H0"), "code", "P, C"),
    ((EU, "H3"), "conditions", "needs conditions"),
    ((EU, "H1", "text"), "conditions", "only handling code H3"),
    ((EU, "H2", "", True), "no_onward_sharing", "H2 already"),
    ((EU, "H4"), "code", "H0, H1, H2, H3"),
    ((EU, "P"), "code", "H0"),
    ((UK, "C", " "), "conditions", "blank"),
    ((UK, "C", "x" * 4001), "conditions", "limit"),
    ((UK, "C", "x", 1), "no_onward_sharing", "true or false"),
])
def test_handling_refuses(args: tuple[object, ...], field: str, needle: str) -> None:
    with pytest.raises(ValidationError) as info:
        HandlingCode(*args)  # type: ignore[arg-type]
    assert info.value.field == field
    assert needle in info.value.reason


def test_wire_round_trip_and_strictness() -> None:
    for h in (HandlingCode(UK, "C", "a\nb", True), HandlingCode(EU, "H0")):
        wire = h.to_wire()
        assert set(wire) == {"scheme", "code", "conditions", "no_onward_sharing"}
        assert HandlingCode.from_wire(wire, "handling") == h
    g = Grading(EU, "A", "1")
    assert Grading.from_wire(g.to_wire(), "grading") == g
    with pytest.raises(ValidationError) as info:
        HandlingCode.from_wire({"scheme": "europol-4x4", "code": "H0", "conditions": ""},
                               "msg.handling")
    assert info.value.field == "msg.handling.no_onward_sharing"
    with pytest.raises(ValidationError) as info:
        Grading.from_wire({**g.to_wire(), "extra": 1}, "msg.grading")
    assert info.value.field == "msg.grading.extra"
    with pytest.raises(ValidationError) as info:
        HandlingCode.from_wire({"scheme": "uk-3x5x2", "code": "C", "conditions": "",
                                "no_onward_sharing": False}, "h")
    assert info.value.field == "h.conditions"


@pytest.mark.parametrize(("text", "grading", "handling"), [
    ("uk:1AP", Grading(UK, "1", "A"), HandlingCode(UK, "P")),
    ("uk:2BC:conditions text", Grading(UK, "2", "B"), HandlingCode(UK, "C", "conditions text")),
    ("uk-3x5x2:3EC:a: b", Grading(UK, "3", "E"), HandlingCode(UK, "C", "a: b")),
    ("europol:B2H1", Grading(EU, "B", "2"), HandlingCode(EU, "H1")),
    ("europol:A1H3:conditions text", Grading(EU, "A", "1"),
     HandlingCode(EU, "H3", "conditions text")),
    ("europol-4x4:X4H2", Grading(EU, "X", "4"), HandlingCode(EU, "H2")),
])
def test_cli_parses(text: str, grading: Grading, handling: HandlingCode) -> None:
    assert parse_grading_cli(text) == (grading, handling)


def test_cli_no_onward_sharing_flag() -> None:
    _, h = parse_grading_cli("uk:2BC:ask first", no_onward_sharing=True)
    assert h.no_onward_sharing
    with pytest.raises(ValidationError):
        parse_grading_cli("europol:B2H2", no_onward_sharing=True)


@pytest.mark.parametrize(("text", "needle"), [
    ("1AP", "no scheme"), ("nato:1AP", "unknown scheme"), ("UK:1AP", "unknown scheme"),
    ("uk:", "incomplete"), ("uk:1A", "incomplete"), ("uk:1AX", "must be one of P, C"),
    ("uk:4AP", "must be one of 1, 2, 3"), ("uk:2BC", "needs conditions"),
    ("uk:2BC:", "empty"), ("uk:1AP:text", "only handling code C"),
    ("europol:B2", "incomplete"), ("europol:B2H3", "needs conditions"),
    ("europol:1BH1", "must be one of A, B, C, X"), ("europol:b2h1", "must be one of"),
    ("europol:B2H1:text", "only handling code H3"), ("uk:1ap", "must be one of"),
])
def test_cli_refuses(text: str, needle: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_grading_cli(text)
    assert info.value.field.startswith("--grading")
    assert needle in info.value.reason


def test_forwarding_rule() -> None:
    assert may_forward(None).allowed
    h2 = HandlingCode(EU, "H2")
    refused = may_forward(h2)
    assert not refused.allowed
    assert "H2" in refused.reason and "consent" in refused.reason
    assert may_forward(h2, provider_consent=True).allowed
    uk_c = HandlingCode(UK, "C", "Do not pass to third countries", no_onward_sharing=True)
    assert not may_forward(uk_c).allowed
    assert "Handling code C" in may_forward(uk_c).reason
    assert may_forward(uk_c, provider_consent=True).allowed
    conditional = may_forward(HandlingCode(UK, "C", "No court use"))
    assert conditional.allowed and "No court use" in conditional.reason
    for h in (HandlingCode(UK, "P"), HandlingCode(EU, "H0"), HandlingCode(EU, "H1"),
              HandlingCode(EU, "H3", "Inform provider")):
        decision = may_forward(h)
        assert decision.allowed
        assert decision.reason.endswith(".") or "Inform provider" in decision.reason
