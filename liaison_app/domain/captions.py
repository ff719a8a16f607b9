"""A subject's short label for lists, in parts a translator can word.

`subject_caption(s)` gives the label as segments: each an English template
with `{name}` fields, the values it names, and which of those values are
coded labels from the domain's tables (a vehicle kind, a document status).
`Caption.text()` is the English label (`subject_label`: stored, indexed for
search); the GUI translates each template in the "Subject" context and each
coded value in the "Domain" context, so "Petrović, Marko (b. 1984-02-01)"
reads "(рођ. 1984-02-01)" in Serbian. Values the officer typed are never
translated.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from liaison_app.domain.bank_codes import iban_print_form
from liaison_app.domain.financial import NETWORK_LABELS
from liaison_app.domain.financial_kinds import (
    BankAccount,
    Cash,
    CryptoAddress,
    InformalTransfer,
    MoneyTransfer,
    PaymentCard,
)
from liaison_app.domain.subject_kinds import (
    CommsIdentifier,
    CommsKind,
    DocumentStatus,
    Location,
    Organisation,
    Person,
    Route,
    TravelDocument,
    Vehicle,
)

#: every template `subject_caption` uses (the GUI lists them for translation)
TEMPLATES: tuple[str, ...] = (
    "{value}", "{name} (b. {born})", "alias {alias}", "(b. {born})", "({country})", "({holder})",
    "({service})", "({location})", "[border crossing]", "{name}: {route}", "{kind}",
    "[{status}]", "(number unknown)", "IBAN {iban}", "Account {country} {number}",
    "/ {bank_code}", "Card ending {last_four}", "Transfer {details}", "{network} {address}",
    "Hawala {who}", ", {money}", "Cash {money}",
)
_COMMS = {CommsKind.PHONE: "Phone", CommsKind.IMEI: "IMEI", CommsKind.EMAIL: "E-mail",
          CommsKind.HANDLE: "Handle"}
#: coded words the captions use beyond the domain's value labels (translated as "Domain")
CODED_WORDS: tuple[str, ...] = (*_COMMS.values(), "Lorry", "Van", "Car", "Bus", "Boat",
                                "Other", "Passport", "Id card", "Visa", "Residence permit",
                                "false", "stolen", "blank")


@dataclass(frozen=True, slots=True)
class Segment:
    """One part of a caption: `template` filled with `params`; `coded` names the params
    whose values are labels from the domain's tables."""

    template: str
    params: Mapping[str, str] = field(default_factory=dict)
    coded: frozenset[str] = frozenset()

    def text(self) -> str:
        """The English text."""
        return self.template.format(**self.params) if self.params else self.template


@dataclass(frozen=True, slots=True)
class Caption:
    """A label as segments joined by spaces (`Segment`s that are empty are left out)."""

    segments: tuple[Segment, ...]

    def text(self) -> str:
        """The English label."""
        return _join(s.text() for s in self.segments)


def _join(parts: Iterator[str]) -> str:
    out = ""
    for part in parts:
        if not part:
            continue
        out = part if not out else out + ("" if part.startswith(",") else " ") + part
    return out


def _value(value: str) -> Segment:
    return Segment("{value}", {"value": value})


def _values(*values: str) -> list[Segment]:
    return [_value(v) for v in values if v]


def _coded(value: str) -> Segment:
    return Segment("{kind}", {"kind": value}, frozenset({"kind"}))


def subject_caption(s: object) -> Caption:
    """The caption of any subject (see the module docstring)."""
    return Caption(tuple(_segments(s)))


def _segments(s: object) -> list[Segment]:
    if isinstance(s, Person):
        return _person(s)
    if isinstance(s, Organisation):
        return [_value(s.name), *([Segment("({country})", {"country": s.country})]
                                  if s.country else [])]
    if isinstance(s, Vehicle):
        rest = [s.registration_country, s.registration]
        if not s.registration:
            rest += [s.colour, s.make, s.model]
        return [_coded(s.vehicle_kind.value.capitalize()), *_values(*rest)]
    if isinstance(s, TravelDocument):
        return _document(s)
    if isinstance(s, CommsIdentifier):
        return [_coded(_COMMS[s.identifier_kind]), _value(s.value),
                *([Segment("({service})", {"service": s.service})] if s.service else [])]
    if isinstance(s, Location):
        return [_value(s.name), *([Segment("({country})", {"country": s.country})]
                                  if s.country else []),
                *([Segment("[border crossing]")] if s.is_border_crossing else [])]
    if isinstance(s, Route):
        route = " → ".join(s.waypoints)
        return [Segment("{name}: {route}", {"name": s.name, "route": route})] if s.name \
            else [_value(route)]
    return _financial(s)


def _person(s: Person) -> list[Segment]:
    if s.surname or s.given_names:
        name = ", ".join(p for p in (s.surname, s.given_names) if p)
        first = Segment("{name} (b. {born})", {"name": name, "born": s.date_of_birth}) \
            if s.date_of_birth else _value(name)
        return [first]
    alias = Segment("alias {alias}", {"alias": s.aliases[0]})
    if s.date_of_birth:  # "alias X (b. ...)": the birth part alone, after the alias
        return [alias, Segment("(b. {born})", {"born": s.date_of_birth})]
    return [alias]


def _document(s: TravelDocument) -> list[Segment]:
    doc = s.document_type.value.replace("_", " ").capitalize()
    out = [_coded(doc), *_values(s.issuing_country)]
    out.append(_value(s.number) if s.number else Segment("(number unknown)"))
    if s.status is not DocumentStatus.UNKNOWN and s.status is not DocumentStatus.GENUINE:
        out.append(Segment("[{status}]", {"status": s.status.value}, frozenset({"status"})))
    return out


def _financial(s: object) -> list[Segment]:
    if isinstance(s, BankAccount):
        if s.iban:
            out = [Segment("IBAN {iban}", {"iban": iban_print_form(s.iban)})]
        else:
            out = [Segment("Account {country} {number}",
                           {"country": s.country, "number": s.account_number})]
            if s.bank_code:
                out.append(Segment("/ {bank_code}", {"bank_code": s.bank_code}))
        if s.holder_name:
            out.append(Segment("({holder})", {"holder": s.holder_name}))
        return out
    if isinstance(s, PaymentCard):
        return [Segment("Card ending {last_four}", {"last_four": s.last_four}),
                *([Segment("({holder})", {"holder": s.issuer})] if s.issuer else [])]
    if isinstance(s, MoneyTransfer):
        details = " ".join(p for p in (s.provider, s.reference, _money(s.amount, s.currency))
                           if p)
        return [Segment("Transfer {details}", {"details": details})]
    if isinstance(s, CryptoAddress):
        network = s.network_name or NETWORK_LABELS[s.network]
        return [Segment("{network} {address}", {"network": network, "address": s.address})]
    if isinstance(s, InformalTransfer):
        who = s.broker_name or s.phone or s.location
        money = _money(s.amount, s.currency)
        return [Segment("Hawala {who}", {"who": who}),
                *([Segment(", {money}", {"money": money})] if money else [])]
    if isinstance(s, Cash):
        return [Segment("Cash {money}", {"money": _money(s.amount, s.currency)}),
                *([Segment("({location})", {"location": s.location})] if s.location else [])]
    raise TypeError(f"{type(s).__name__} is not a subject")


def _money(amount: str, currency: str) -> str:
    return " ".join(p for p in (amount, currency) if p)
