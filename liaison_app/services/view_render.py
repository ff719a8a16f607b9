"""Turn stored values into the read models of `view_types` (grading meanings, subjects...).

Stored JSON is trusted but may come from an older or odd sender: anything that
does not parse is shown as it is rather than hidden or guessed at.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Mapping

from liaison_app.domain.bank_codes import iban_print_form
from liaison_app.domain.captions import Caption, Segment, subject_caption
from liaison_app.domain.cases import CRIME_AREA_LABELS
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.grading import (
    INFORMATION_TITLES,
    SCHEME_TITLES,
    SOURCE_TITLES,
    Grading,
    HandlingCode,
)
from liaison_app.domain.message_content import content_from_wire
from liaison_app.domain.messages import (
    ACK_KIND_LABELS,
    ALERT_KIND_LABELS,
    RECALL_ACTION_LABELS,
    REPLY_OUTCOME_LABELS,
    URGENCY_LABELS,
    AlertContent,
    CaseShareContent,
    MessageType,
    RequestContent,
)
from liaison_app.domain.money import amount_text
from liaison_app.domain.replies_acks_recalls import AckContent, RecallContent, ReplyContent
from liaison_app.domain.subjects import (
    CATEGORY_LABELS,
    SUBJECT_VALUE_LABELS,
    DataSubjectCategory,
    holds_personal_data,
    subject_from_wire,
    subject_label,
)
from liaison_app.domain.timefmt import format_time
from liaison_app.protocol.canonical import JsonValue
from liaison_app.services.detail_types import GradeLine, GradingView, HandlingView, SubjectView
from liaison_app.services.view_types import ShownField
from liaison_app.store.search_terms import folded_terms, subject_terms, word_spellings

_HIDDEN_SUBJECT_KEYS = frozenset({"kind", "category", "basis"})
PERSONAL_KINDS = frozenset({"person", "travel_document", "comms", "vehicle", "bank_account",
                            "payment_card", "money_transfer", "crypto_address",
                            "informal_transfer", "cash"})


def grading_view(grading: Grading | None) -> GradingView | None:
    """Each code with its meaning, in the scheme it was given in."""
    if grading is None:
        return None
    scheme = grading.scheme
    return GradingView(
        scheme=scheme.value, scheme_title=SCHEME_TITLES[scheme], code=grading.code,
        source=GradeLine(SOURCE_TITLES[scheme], grading.source, grading.source_meaning()),
        information=GradeLine(INFORMATION_TITLES[scheme], grading.information,
                              grading.information_meaning()),
        summary=grading.meaning(),
    )


def handling_view(handling: HandlingCode | None) -> HandlingView | None:
    """The handling code, its meaning and conditions."""
    if handling is None:
        return None
    return HandlingView(
        scheme=handling.scheme.value, scheme_title=SCHEME_TITLES[handling.scheme],
        code=handling.code, meaning=handling.meaning(), conditions=handling.conditions,
        no_onward_sharing=handling.no_onward_sharing,
        forbids_onward_sharing=handling.forbids_onward_sharing,
        description=handling.describe(),
    )


_TITLES = {"iban": "IBAN", "bic": "BIC / SWIFT"}
"""Field titles that are not the key capitalised (acronyms)."""


def _field_title(key: str) -> str:
    return _TITLES.get(key) or key.replace("_", " ").capitalize()


def _field_value(value: JsonValue) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(_field_value(v) for v in value)
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {_field_value(v)}" for k, v in value.items() if v not in ("", None))
    return "" if value is None else str(value)


def _subject_field(key: str, value: JsonValue, parsed: bool) -> ShownField:
    """A field of a subject that passed validation: a coded value by its label (or yes/no),
    anything else as sent. Fields of a subject that failed it are all shown as sent."""
    title = _field_title(key)
    labels = SUBJECT_VALUE_LABELS.get(key)
    if parsed and labels is not None and isinstance(value, str) and value in labels:
        return ShownField(title, labels[value], coded=True)
    return ShownField(title, _field_value(value), coded=parsed and isinstance(value, bool))


def _money_field(key: str, value: JsonValue, obj: Mapping[str, JsonValue],
                 parsed: bool) -> ShownField:
    """A financial subject's field as people read it: an IBAN in groups of four, an
    amount with its currency (`12,500.00 EUR`; the currency then has no line of its own)."""
    if parsed and key == "iban" and isinstance(value, str):
        return ShownField("IBAN", iban_print_form(value))
    currency = obj.get("currency")
    if parsed and key == "amount" and isinstance(value, str) and isinstance(currency, str):
        return ShownField("Amount", amount_text(value, currency))
    return _subject_field(key, value, parsed)


def courier_label(siblings: JsonValue, index: JsonValue) -> str | None:
    """The label of the person subject a cash subject's `courier` points at, among the
    subjects of the same message; None when it points at nothing readable."""
    if not isinstance(siblings, list) or not isinstance(index, int) or isinstance(index, bool):
        return None
    sibling = siblings[index] if 0 <= index < len(siblings) else None
    if not isinstance(sibling, dict):
        return None
    try:
        return subject_label(subject_from_wire(dict(sibling), "subject"))
    except ValidationError:
        return None


def subject_view(data: JsonValue, *, ref: str, subject_id: str | None = None,
                 message_id: str | None = None, role: str = "",
                 case_ref: str | None = None, label: str | None = None,
                 courier: str | None = None) -> SubjectView:
    """A subject's label, category, personal-data flag and non-empty fields (a cash
    subject's courier by the `courier` label given, when it is known)."""
    obj: Mapping[str, JsonValue] = data if isinstance(data, Mapping) else {}
    kind = str(obj.get("kind", ""))
    category = str(obj.get("category", "other"))
    try:
        subject = subject_from_wire(dict(obj), "subject")
        shown = label or subject_label(subject)
        caption = subject_caption(subject)
        personal = holds_personal_data(subject)
        parsed = True
        # the kind's own field order (surname, given names, date of birth...), not the
        # stored JSON's alphabetical one
        natural = {f.name: i for i, f in enumerate(dataclasses.fields(subject))}
    except ValidationError:
        shown = label or str(obj.get("name") or obj.get("surname") or kind or "?")
        caption = Caption((Segment("{value}", {"value": shown}),))
        personal = kind in PERSONAL_KINDS or kind not in {"organisation", "location", "route"}
        parsed = False
        natural = {}
    try:
        category_label = CATEGORY_LABELS[DataSubjectCategory(category)]
    except ValueError:
        category_label = category
    fields = tuple(ShownField("Courier", courier) if k == "courier" and courier is not None
                   else _money_field(k, v, obj, parsed)
                   for k, v in sorted(obj.items(), key=lambda kv: natural.get(kv[0], 1000))
                   if k not in _HIDDEN_SUBJECT_KEYS and _field_value(v)
                   and not (parsed and k == "currency" and obj.get("amount")))
    return SubjectView(ref=ref, subject_id=subject_id, message_id=message_id, kind=kind,
                       label=shown, category=category, category_label=category_label,
                       basis=str(obj.get("basis", "")), personal=personal, fields=fields,
                       role=role, case_ref=case_ref, caption=caption)


def caption_of(data: JsonValue, label: str) -> Caption:
    """The caption of a stored subject's data (its stored label when the data does not
    parse: shown as it is)."""
    try:
        return subject_caption(subject_from_wire(dict(data), "subject")) \
            if isinstance(data, Mapping) else Caption((Segment("{value}", {"value": label}),))
    except ValidationError:
        return Caption((Segment("{value}", {"value": label}),))


def carried_subject_views(message_id: str, case_ref: str | None,
                          subjects: JsonValue) -> list[SubjectView]:
    """The subjects a message carries, as views (`message:<id>#<n>`)."""
    if not isinstance(subjects, list):
        return []
    return [subject_view(s, ref=f"message:{message_id}#{i}", message_id=message_id,
                         case_ref=case_ref,
                         courier=courier_label(subjects, s.get("courier"))
                         if isinstance(s, Mapping) and s.get("kind") == "cash" else None)
            for i, s in enumerate(subjects)]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(text: str) -> list[str]:
    folded = _fold(text)
    return ["".join(ch for ch in w if ch.isalnum()) for w in folded.split()]


def subject_matches(data: JsonValue, text: str) -> bool:
    """Whether every word of `text` starts a word of the subject's search terms
    (names, aliases, numbers), folding case and diacritics like the FTS index,
    in either script (a Cyrillic word also as its folded Latin spellings)."""
    spaced = text.replace("-", " ").replace("/", " ")
    wanted = [(w, word_spellings("".join(c for c in raw if c.isalnum())))
              for raw, w in zip(spaced.split(), _words(spaced), strict=True) if w]
    if not wanted:
        return False
    terms = subject_terms(data)
    have = [w for w in _words(terms.replace("-", " ").replace("/", " ")) if w]
    have += folded_terms(terms).split()
    return all(any(h.startswith(v) for h in have for v in (w, *spellings))
               for w, spellings in wanted)


def content_fields(msg_type: str, raw: JsonValue) -> tuple[ShownField, ...]:
    """The type-specific content as lines; content that fails validation is shown as sent."""
    try:
        content = content_from_wire(MessageType(msg_type), raw, "content")
    except (ValidationError, ValueError):
        if isinstance(raw, Mapping):
            return tuple(ShownField(_field_title(k), _field_value(v)) for k, v in raw.items()
                         if _field_value(v))
        return ()
    lines: list[ShownField] = []
    if isinstance(content, RequestContent):
        lines += [ShownField("Purpose", content.purpose),
                  ShownField("Information requested", content.information_requested),
                  ShownField("Grounds", content.grounds),
                  ShownField("Urgency", URGENCY_LABELS[content.urgency], coded=True),
                  ShownField("Evidence use sought",
                             "yes" if content.evidence_use_sought else "no", coded=True)]
    elif isinstance(content, AlertContent):
        lines.append(ShownField("Alert kind", ALERT_KIND_LABELS[content.alert_kind], coded=True))
        if content.action_requested:
            lines.append(ShownField("Action requested", content.action_requested))
        if content.valid_until is not None:
            lines.append(ShownField("Valid until", format_time(content.valid_until)))
        if content.interpol_notice is not None:
            notice = content.interpol_notice
            lines.append(ShownField("INTERPOL notice", f"{notice.meaning()} — {notice.reference}"))
    elif isinstance(content, ReplyContent):
        lines.append(ShownField("Outcome", REPLY_OUTCOME_LABELS[content.outcome], coded=True))
        if content.reason:
            lines.append(ShownField("Reason", content.reason))
    elif isinstance(content, AckContent):
        lines += [ShownField("Acknowledgement", ACK_KIND_LABELS[content.ack_kind], coded=True),
                  ShownField("Of message", ", ".join(content.of_messages))]
    elif isinstance(content, RecallContent):
        lines += [ShownField("Action", RECALL_ACTION_LABELS[content.action], coded=True),
                  ShownField("Of message", content.of_message),
                  ShownField("Reason", content.reason)]
    elif isinstance(content, CaseShareContent):
        case = content.case
        lines += [ShownField("Case", case.ref), ShownField("Title", case.title),
                  ShownField("Crime area", CRIME_AREA_LABELS[case.crime_area], coded=True)]
        lines += [ShownField(ref.system.value.upper(), ref.reference)
                  for ref in case.external_refs]
    return tuple(lines)
