"""Why data leaves this agency, and a summary of what leaves: the disclosure record.

DPA 2018 s.62 and LED Art. 25 ask that a disclosure log records its
justification, date and time, who disclosed and to whom; s.75(3) (LED
Art. 37(3)) asks that a transfer to a third country is documented with the
date and time, the receiving authority, the justification and a description of
the personal data transferred. An officer gives the legal basis (one of a short
list) and a justification in their own words; the categories of data subjects
(LED Art. 6) and of data are worked out from what the message carries.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from liaison_app.domain.checks import check_text, parse_enum
from liaison_app.domain.errors import ValidationError

JUSTIFICATION_MIN = 3
JUSTIFICATION_MAX = 1000


class LegalBasis(StrEnum):
    """The legal basis an officer names for a disclosure."""

    LAW_ENFORCEMENT = "law-enforcement"
    DIRECTIVE_2023_977 = "directive-2023-977"
    AGREEMENT = "agreement"
    SAFEGUARDS_ASSESSED = "safeguards-assessed"
    SPECIAL_CIRCUMSTANCES = "special-circumstances"
    OTHER = "other"
    RECALL_DUTY = "recall-duty"
    """Recording a recall only; never offered when composing."""


LEGAL_BASIS_LABELS: dict[LegalBasis, str] = {
    LegalBasis.LAW_ENFORCEMENT:
        "Prevention, investigation, detection or prosecution of crime "
        "(DPA 2018 s.31, LED Art. 1(1))",
    LegalBasis.DIRECTIVE_2023_977:
        "Exchange of information between law-enforcement authorities "
        "(Directive (EU) 2023/977)",
    LegalBasis.AGREEMENT:
        "International agreement (UK–Serbia, UK–Bulgaria, SELEC Convention; "
        "DPA 2018 s.75(1)(a), LED Art. 37(1)(a))",
    LegalBasis.SAFEGUARDS_ASSESSED:
        "Appropriate safeguards assessed by the controller "
        "(DPA 2018 s.75(1)(b), LED Art. 37(1)(b))",
    LegalBasis.SPECIAL_CIRCUMSTANCES:
        "Special circumstances: life, or an immediate and serious threat to public "
        "security (DPA 2018 s.76, LED Art. 38)",
    LegalBasis.OTHER: "Other (say which in the justification)",
    LegalBasis.RECALL_DUTY:
        "Duty to tell recipients that data sent was incorrect or unlawfully sent "
        "(LED Art. 7(3), DPA 2018 s.38)",
}

CHOSEN_BASES: tuple[LegalBasis, ...] = tuple(b for b in LegalBasis
                                             if b is not LegalBasis.RECALL_DUTY)
"""The short list an officer chooses from when sending or forwarding."""


@dataclass(frozen=True, slots=True)
class DisclosureReason:
    """The legal basis and the officer's justification for one disclosure."""

    basis: LegalBasis
    justification: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "basis", parse_enum(LegalBasis, self.basis, "legal_basis"))
        text = check_text(self.justification, "justification", max_len=JUSTIFICATION_MAX,
                          multiline=True).strip()
        if len(text) < JUSTIFICATION_MIN:
            raise ValidationError("justification", "must say why (a few words at least)")
        object.__setattr__(self, "justification", text)

    def to_record(self) -> dict[str, str]:
        """The audit log's keys."""
        return {"legal_basis": self.basis.value, "justification": self.justification}


class DataCategory(StrEnum):
    """What kind of data a disclosure carries (the transfer record's description)."""

    IDENTITY = "identity"
    TRAVEL_DOCUMENTS = "travel_documents"
    VEHICLES = "vehicles"
    COMMUNICATIONS = "communications"
    LOCATIONS = "locations"
    ORGANISATIONS = "organisations"
    FINANCIAL = "financial"
    ASSESSMENTS = "assessments"
    FREE_TEXT = "free_text"
    FILES = "files"


DATA_CATEGORY_LABELS: dict[DataCategory, str] = {
    DataCategory.IDENTITY: "Identity (names, dates of birth, nationality)",
    DataCategory.TRAVEL_DOCUMENTS: "Travel and identity documents",
    DataCategory.VEHICLES: "Vehicles",
    DataCategory.COMMUNICATIONS: "Phones, e-mail and messaging identifiers",
    DataCategory.LOCATIONS: "Places and routes",
    DataCategory.ORGANISATIONS: "Organisations",
    DataCategory.FINANCIAL: "Financial data (accounts, cards, transfers, wallets, cash)",
    DataCategory.ASSESSMENTS: "Personal assessments (not facts, LED Art. 7)",
    DataCategory.FREE_TEXT: "Free text",
    DataCategory.FILES: "Attached files",
}

_BY_KIND: dict[str, DataCategory] = {
    "person": DataCategory.IDENTITY,
    "travel_document": DataCategory.TRAVEL_DOCUMENTS,
    "vehicle": DataCategory.VEHICLES,
    "comms": DataCategory.COMMUNICATIONS,
    "location": DataCategory.LOCATIONS,
    "route": DataCategory.LOCATIONS,
    "organisation": DataCategory.ORGANISATIONS,
    "bank_account": DataCategory.FINANCIAL,
    "payment_card": DataCategory.FINANCIAL,
    "money_transfer": DataCategory.FINANCIAL,
    "crypto_address": DataCategory.FINANCIAL,
    "informal_transfer": DataCategory.FINANCIAL,
    "cash": DataCategory.FINANCIAL,
}


def data_categories(subjects: Iterable[Mapping[str, object]], *, has_text: bool,
                    files: int) -> list[str]:
    """The categories of data in a message: from its subjects (wire form), its text and
    its attachments, in the order of `DataCategory`."""
    found: set[DataCategory] = set()
    for subject in subjects:
        category = _BY_KIND.get(str(subject.get("kind", "")))
        if category is not None:
            found.add(category)
        if subject.get("basis") == "assessment":
            found.add(DataCategory.ASSESSMENTS)
    if has_text:
        found.add(DataCategory.FREE_TEXT)
    if files:
        found.add(DataCategory.FILES)
    return [c.value for c in DataCategory if c in found]


SUBJECT_CATEGORY_ORDER = ("suspect", "convicted", "victim", "witness", "contact_associate",
                          "other")
"""LED Art. 6 categories (`DataSubjectCategory` values) in the order they are listed."""


def subject_categories(subjects: Iterable[Mapping[str, object]]) -> list[str]:
    """The categories of data subjects a message names (LED Art. 6), each once."""
    found = {str(s.get("category", "")) for s in subjects}
    return [c for c in SUBJECT_CATEGORY_ORDER if c in found]
