"""Intelligence grading and handling codes: UK 3x5x2 and Europol 4x4.

The scheme is stored with the codes and never converted: a UK "2B" is not a
Europol "B2", and no code here pretends otherwise. The meaning tables are the
wording officers see (docs: shared/DOMAIN.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from liaison_app.domain.checks import (
    TEXT_MAX,
    check_bool,
    check_text,
    parse_enum,
    recall,
    remember,
    reprefixed,
    wire_object,
)
from liaison_app.domain.errors import ValidationError

CONDITIONS_MAX = TEXT_MAX

# Wire key sets of the from_wire parsers below (built once).
_GRADING_KEYS = frozenset({"scheme", "source", "information"})
_HANDLING_KEYS = frozenset({"scheme", "code", "conditions", "no_onward_sharing"})
_GRADINGS: dict[tuple[str, str, str], Grading] = {}
_HANDLINGS: dict[tuple[str, str, bool], HandlingCode] = {}
"""Gradings and handling codes (those without conditions text) already parsed, by their
exact wire values (`remember`)."""


class GradingScheme(StrEnum):
    """Which grading system the codes belong to."""

    UK_3X5X2 = "uk-3x5x2"
    EUROPOL_4X4 = "europol-4x4"


SCHEME_TITLES: dict[GradingScheme, str] = {
    GradingScheme.UK_3X5X2: "UK 3x5x2",
    GradingScheme.EUROPOL_4X4: "Europol 4x4",
}
SOURCE_TITLES: dict[GradingScheme, str] = {
    GradingScheme.UK_3X5X2: "Source evaluation",
    GradingScheme.EUROPOL_4X4: "Source reliability",
}
INFORMATION_TITLES: dict[GradingScheme, str] = {
    GradingScheme.UK_3X5X2: "Intelligence assessment",
    GradingScheme.EUROPOL_4X4: "Information accuracy",
}

SOURCE_MEANINGS: dict[GradingScheme, dict[str, str]] = {
    GradingScheme.UK_3X5X2: {
        "1": "reliable",
        "2": "untested",
        "3": "not reliable",
    },
    GradingScheme.EUROPOL_4X4: {
        "A": "no doubt about authenticity, trustworthiness and competence, "
             "or reliable in all instances",
        "B": "reliable in most instances",
        "C": "unreliable in most instances",
        "X": "cannot be assessed",
    },
}
INFORMATION_MEANINGS: dict[GradingScheme, dict[str, str]] = {
    GradingScheme.UK_3X5X2: {
        "A": "known directly to the source",
        "B": "known indirectly to the source but corroborated",
        "C": "known indirectly to the source",
        "D": "not known",
        "E": "suspected to be false or malicious",
    },
    GradingScheme.EUROPOL_4X4: {
        "1": "not in doubt",
        "2": "known personally to the source but not to the official passing it on",
        "3": "not known personally to the source but corroborated by information "
             "already recorded",
        "4": "not known personally to the source and cannot be corroborated",
    },
}
HANDLING_MEANINGS: dict[GradingScheme, dict[str, str]] = {
    GradingScheme.UK_3X5X2: {
        "P": "lawful sharing permitted",
        "C": "lawful sharing permitted subject to conditions",
    },
    GradingScheme.EUROPOL_4X4: {
        "H0": "use only to prevent and combat crime",
        "H1": "not to be used as evidence in judicial proceedings without the "
              "provider's permission",
        "H2": "not to be passed on without the provider's permission",
        "H3": "other restrictions",
    },
}

_CONDITIONS_REQUIRED = {GradingScheme.UK_3X5X2: "C", GradingScheme.EUROPOL_4X4: "H3"}


@dataclass(frozen=True, slots=True)
class Grading:
    """Source and information grades, in one scheme."""

    scheme: GradingScheme
    source: str
    information: str

    def __post_init__(self) -> None:
        scheme = parse_enum(GradingScheme, self.scheme, "scheme")
        object.__setattr__(self, "scheme", scheme)
        for name, table in (("source", SOURCE_MEANINGS), ("information", INFORMATION_MEANINGS)):
            value = getattr(self, name)
            if not isinstance(value, str) or value not in table[scheme]:
                choices = ", ".join(table[scheme])
                raise ValidationError(name, "must be one of {choices} in {scheme}", choices=choices,
                                      scheme=SCHEME_TITLES[scheme])

    @property
    def code(self) -> str:
        """The grade as officers write it: `1A` (UK) or `B2` (Europol)."""
        return self.source + self.information

    def source_meaning(self) -> str:
        """What the source grade means."""
        return SOURCE_MEANINGS[self.scheme][self.source]

    def information_meaning(self) -> str:
        """What the information grade means."""
        return INFORMATION_MEANINGS[self.scheme][self.information]

    def meaning(self) -> str:
        """One line for the GUI, e.g. `UK 3x5x2 1A: reliable; known directly to the source`."""
        return (f"{SCHEME_TITLES[self.scheme]} {self.code}: "
                f"{self.source_meaning()}; {self.information_meaning()}")

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"scheme": self.scheme._value_, "source": self.source,
                "information": self.information}

    @classmethod
    def from_wire(cls, obj: object, field: str) -> Grading:
        """Strict parse; errors name `field`."""
        if type(obj) is dict and obj.keys() == _GRADING_KEYS:
            hit = recall(_GRADINGS, (obj["scheme"], obj["source"], obj["information"]))
            if hit is not None:
                return hit
        try:
            d = wire_object(obj, _GRADING_KEYS)
            made = cls(scheme=parse_enum(GradingScheme, d["scheme"], "scheme"),
                       source=d["source"], information=d["information"])
        except ValidationError as exc:
            raise reprefixed(field, exc) from None
        return remember(_GRADINGS, (d["scheme"], d["source"], d["information"]), made)


@dataclass(frozen=True, slots=True)
class HandlingCode:
    """Conditions the provider sets; they travel with the data and bind the recipient.

    UK: P, or C with conditions text (and `no_onward_sharing` when the
    conditions forbid passing it on). Europol: H0-H3, conditions text with H3
    only; `no_onward_sharing` stays False because H2 itself says so (see
    `forbids_onward_sharing`).
    """

    scheme: GradingScheme
    code: str
    conditions: str = ""
    no_onward_sharing: bool = False

    def __post_init__(self) -> None:
        scheme = parse_enum(GradingScheme, self.scheme, "scheme")
        object.__setattr__(self, "scheme", scheme)
        codes = HANDLING_MEANINGS[scheme]
        if not isinstance(self.code, str) or self.code not in codes:
            raise ValidationError(
                "code", "must be one of {choices} in {scheme}", choices=", ".join(codes),
                scheme=SCHEME_TITLES[scheme])
        check_text(self.conditions, "conditions", max_len=CONDITIONS_MAX, required=False,
                   multiline=True)
        check_bool(self.no_onward_sharing, "no_onward_sharing")
        needs = _CONDITIONS_REQUIRED[scheme]
        if self.code == needs and not self.conditions:
            raise ValidationError("conditions", "handling code {code} needs conditions text",
                                  code=needs)
        if self.code != needs and self.conditions:
            raise ValidationError(
                "conditions", "only handling code {code} carries conditions text", code=needs)
        if self.no_onward_sharing and not (scheme is GradingScheme.UK_3X5X2 and self.code == "C"):
            raise ValidationError(
                "no_onward_sharing",
                "may be set only with UK handling code C (Europol H2 already forbids it)",
            )

    @property
    def forbids_onward_sharing(self) -> bool:
        """True for Europol H2 and for UK C whose conditions forbid onward sharing."""
        if self.scheme is GradingScheme.EUROPOL_4X4:
            return self.code == "H2"
        return self.no_onward_sharing

    def meaning(self) -> str:
        """What the code means, as officers see it (conditions not included)."""
        return HANDLING_MEANINGS[self.scheme][self.code]

    def describe(self) -> str:
        """One line for the GUI: code, meaning and any conditions."""
        text = f"{self.code}: {self.meaning()}"
        if self.conditions:
            text += f" — conditions: {self.conditions}"
        if self.no_onward_sharing:
            text += " — not to be passed on without the provider's consent"
        return text

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form (all four keys always present)."""
        return {"scheme": self.scheme._value_, "code": self.code,
                "conditions": self.conditions, "no_onward_sharing": self.no_onward_sharing}

    @classmethod
    def from_wire(cls, obj: object, field: str) -> HandlingCode:
        """Strict parse; errors name `field`."""
        # Only codes without conditions are remembered: conditions are the sender's own
        # text, which no memo keeps (ADR 0008).
        if (type(obj) is dict and obj.keys() == _HANDLING_KEYS and obj["conditions"] == ""
                and type(obj["no_onward_sharing"]) is bool):
            hit = recall(_HANDLINGS, (obj["scheme"], obj["code"], obj["no_onward_sharing"]))
            if hit is not None:
                return hit
        try:
            d = wire_object(obj, _HANDLING_KEYS)
            made = cls(scheme=parse_enum(GradingScheme, d["scheme"], "scheme"), code=d["code"],
                       conditions=d["conditions"], no_onward_sharing=d["no_onward_sharing"])
        except ValidationError as exc:
            raise reprefixed(field, exc) from None
        if made.conditions:
            return made
        return remember(_HANDLINGS, (d["scheme"], d["code"], d["no_onward_sharing"]), made)


def check_same_scheme(grading: Grading, handling: HandlingCode, field: str) -> None:
    """Refuse a grading and handling code from different schemes (no mixing, no converting)."""
    if grading.scheme is not handling.scheme:
        raise ValidationError(
            field, "grading is {grading} but handling is {handling}; one message uses one "
            "scheme", grading=SCHEME_TITLES[grading.scheme],
            handling=SCHEME_TITLES[handling.scheme])


_CLI_SCHEMES = {
    "uk": GradingScheme.UK_3X5X2, "uk-3x5x2": GradingScheme.UK_3X5X2,
    "europol": GradingScheme.EUROPOL_4X4, "europol-4x4": GradingScheme.EUROPOL_4X4,
}
_CLI_HELP = ("use SCHEME:CODES[:CONDITIONS], e.g. uk:1AP, uk:2BC:conditions, "
             "europol:B2H1, europol:A1H3:conditions")


def parse_grading_cli(
    text: str, *, no_onward_sharing: bool = False, field: str = "--grading"
) -> tuple[Grading, HandlingCode]:
    """Parse the CLI value `SCHEME:CODES[:CONDITIONS]` (`uk:1AP`, `europol:A1H3:text`).

    UK codes are source, intelligence, handling (`2BC`); Europol codes are
    source, information, handling (`B2H1`). Conditions text follows a second
    colon and may itself contain colons. `no_onward_sharing` comes from its
    own CLI flag and applies to UK C only.
    """
    parts = text.split(":", 2)
    if len(parts) < 2:
        raise ValidationError(field, f"{text!r} has no scheme; {_CLI_HELP}")
    scheme = _CLI_SCHEMES.get(parts[0])
    if scheme is None:
        raise ValidationError(field, f"unknown scheme {parts[0]!r} (uk or europol); {_CLI_HELP}")
    codes = parts[1]
    conditions = parts[2] if len(parts) == 3 else ""
    if len(parts) == 3 and not conditions:
        raise ValidationError(field, "the conditions after the second ':' are empty")
    if len(codes) < 3:
        raise ValidationError(field, f"codes {codes!r} are incomplete; {_CLI_HELP}")
    source, information, handling = codes[0], codes[1], codes[2:]
    try:
        grading = Grading(scheme=scheme, source=source, information=information)
        code = HandlingCode(scheme=scheme, code=handling, conditions=conditions,
                            no_onward_sharing=no_onward_sharing)
    except ValidationError as exc:
        raise reprefixed(field, exc) from None
    return grading, code
