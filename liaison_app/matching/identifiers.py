"""Identifier kinds: how each kind of number is normalised, keyed and compared.

Every identifier that can be matched exactly (a plate, a VIN, a document
number, a phone number, an IMEI, an e-mail address, a handle) is one
`IdentifierKind` in `IDENTIFIER_KINDS`: `normalise(value, country)` gives the
key both sides are indexed under (or None for a value that cannot be one),
and `compare(query, candidate)` gives the evidence when the keys are equal.
A new kind (an IBAN, a crypto wallet) registers itself with
`register_identifier_kind` and is then indexed, looked up and scored like
the others, with no change elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from liaison_app.matching.comms import (
    imei_key,
    normalise_email,
    normalise_handle,
    normalise_phone,
)
from liaison_app.matching.documents import document_key, normalise_document_number
from liaison_app.matching.vehicles import normalise_plate, normalise_vin, vin_check_digit_ok

__all__ = [
    "IDENTIFIER_KINDS", "Evidence", "Identifier", "IdentifierKind", "identifier_kind",
    "make_identifier", "register_financial_kinds",
    "register_identifier_kind",
]


@dataclass(frozen=True, slots=True)
class Identifier:
    """One identifier of a record: its kind, the value as written, its country, its key."""

    kind: str
    value: str
    country: str
    key: str
    exact: str
    """The value as compared exactly (before the key's looser reading)."""
    note: str = ""
    """Something the normaliser noticed (a failed check digit), shown with a hit."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """How strongly one pair of values says "the same" (0..1), in words."""

    score: float
    reason: str


Normaliser = Callable[[str, str], "Identifier | None"]
Comparer = Callable[[Identifier, Identifier], Evidence]


@dataclass(frozen=True, slots=True)
class IdentifierKind:
    """One kind of identifier: its name on the wire, its label, normaliser and comparer."""

    name: str
    label: str
    normalise: Normaliser
    compare: Comparer


IDENTIFIER_KINDS: dict[str, IdentifierKind] = {}


def register_identifier_kind(kind: IdentifierKind) -> None:
    """Add (or replace) an identifier kind."""
    IDENTIFIER_KINDS[kind.name] = kind


_financial_registered = False


def register_financial_kinds() -> None:
    """Import `matching.financial` once: its kinds and readers register on import."""
    global _financial_registered
    if not _financial_registered:
        import liaison_app.matching.financial  # noqa: F401  (registers itself)

        _financial_registered = True


def identifier_kind(kind: str) -> IdentifierKind | None:
    """The registered kind called `kind` (the financial ones included), or None."""
    if not _financial_registered:
        register_financial_kinds()
    return IDENTIFIER_KINDS.get(kind)


def make_identifier(kind: str, value: str, country: str = "") -> Identifier | None:
    """Normalise `value` as `kind`; None for an unknown kind or an unusable value."""
    spec = identifier_kind(kind)
    if spec is None or not value.strip():
        return None
    return spec.normalise(value, country.strip().upper())


def _country_evidence(score: float, reason: str, q: Identifier, c: Identifier,
                      *, other_country: float) -> Evidence:
    if q.country and c.country and q.country != c.country:
        return Evidence(score * other_country,
                        f"{reason}, but {q.country} against {c.country}")
    if q.country and c.country:
        return Evidence(score, f"{reason} ({c.country})")
    return Evidence(score * 0.95, f"{reason} (country not given on both)")


# -- plates --------------------------------------------------------------------------


def _plate(value: str, country: str) -> Identifier | None:
    plate = normalise_plate(value, country)
    if plate is None:
        return None
    return Identifier("plate", value, plate.country, plate.key, plate.exact, plate.cyrillic)


def _compare_plates(q: Identifier, c: Identifier) -> Evidence:
    if q.exact == c.exact:
        score, reason = 1.0, "plate equal"
    else:
        score, reason = 0.95, "plate equal ignoring the marks on Č Ć Đ Š Ž"
    found = _country_evidence(score, reason, q, c, other_country=0.6)
    how = {q.note, c.note} - {""}
    if how:
        words = ("by Cyrillic/Latin look-alike letters" if how == {"look-alike"}
                 else "Cyrillic written in Latin")
        return Evidence(found.score, f"{found.reason}; {q.value} = {c.value} {words}")
    return found


# -- VIN ------------------------------------------------------------------------------


def _vin(value: str, _country: str) -> Identifier | None:
    vin = normalise_vin(value)
    if len(vin) < 11:
        return None
    note = "" if vin_check_digit_ok(vin) else "no valid North American check digit"
    return Identifier("vin", value, "", vin, vin, note)


def _compare_vins(_q: Identifier, c: Identifier) -> Evidence:
    checked = "check digit valid" if not c.note else "check digit not used"
    return Evidence(1.0, f"VIN equal ({checked})")


# -- documents ------------------------------------------------------------------------


def _document(value: str, country: str) -> Identifier | None:
    exact = normalise_document_number(value)
    if len(exact) < 4:
        return None
    return Identifier("document", value, country, document_key(value), exact)


def _compare_documents(q: Identifier, c: Identifier) -> Evidence:
    if q.exact == c.exact:
        score, reason = 1.0, "document number equal"
    else:
        score, reason = 0.9, "document number equal reading O as 0 and I as 1"
    return _country_evidence(score, reason, q, c, other_country=0.6)


# -- comms ----------------------------------------------------------------------------


def _phone(value: str, country: str) -> Identifier | None:
    number = normalise_phone(value, country)
    return None if number is None else Identifier("phone", value, "", number, number)


def _compare_phones(_q: Identifier, c: Identifier) -> Evidence:
    return Evidence(1.0, f"phone number equal ({c.key})")


def _imei(value: str, _country: str) -> Identifier | None:
    found = imei_key(value)
    if found is None:
        return None
    key, luhn = found
    return Identifier("imei", value, "", key, key, "" if luhn else "Luhn check not passed")


def _compare_imeis(q: Identifier, c: Identifier) -> Evidence:
    valid = not q.note and not c.note
    return Evidence(1.0 if valid else 0.95,
                    "IMEI equal (" + ("Luhn check digit valid" if valid
                                      else "same handset number; a check digit is missing "
                                           "or wrong") + ")")


def _simple(kind: str, fn: Callable[[str], str]) -> Normaliser:
    def normalise(value: str, _country: str) -> Identifier | None:
        key = fn(value)
        return Identifier(kind, value, "", key, key) if key else None
    return normalise


for _kind in (
    IdentifierKind("plate", "plate", _plate, _compare_plates),
    IdentifierKind("vin", "VIN", _vin, _compare_vins),
    IdentifierKind("document", "document number", _document, _compare_documents),
    IdentifierKind("phone", "phone number", _phone, _compare_phones),
    IdentifierKind("imei", "IMEI", _imei, _compare_imeis),
    IdentifierKind("email", "e-mail address", _simple("email", normalise_email),
                   lambda _q, c: Evidence(1.0, "e-mail address equal")),
    IdentifierKind("handle", "handle", _simple("handle", normalise_handle),
                   lambda _q, c: Evidence(0.9, "messaging handle equal")),
):
    register_identifier_kind(_kind)
