"""Why a name, plate or account matched, in the officer's language.

The matching layer is Qt-free and says why two records match in English phrases
("surname exact", "year of birth differs (1979 against 1981)", "plate equal (RS);
…"), and those phrases are kept as they are with a stored hit. `reason_text`
translates one at display time: a fixed phrase through the translator, and a
phrase with values through its template (`{a}` …), translated before the values
are filled in. Parts that are phrases themselves (a name part's role and how it
matched, the reason a country remark qualifies) are translated in turn. A phrase
no template describes is shown as it came (tests/gui/test_match_reasons.py checks
that every phrase the matching layer gives has its template).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "MatchReasons"

FIXED: tuple[str, ...] = (
    # a name part's role (names.SURNAME, GIVEN, NAME)
    str(QT_TRANSLATE_NOOP("MatchReasons", "surname")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "given name")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "name")),
    # how a name part matched (names.token_similarity)
    str(QT_TRANSLATE_NOOP("MatchReasons", "exact")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "exact ignoring diacritics")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "Cyrillic→Latin exact")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "initial")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "Cyrillic→Latin transliteration variant")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "spelling variant")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "short form or variant of one name")),
    # names as a whole, dates, nationality, sex (names, scoring)
    str(QT_TRANSLATE_NOOP("MatchReasons", "surname and given name swapped")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "words joined")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "day of birth differs")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "date of birth equal")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "year of birth equal")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "sex differs")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "the names differ")),
    # identifiers (identifiers, financial)
    str(QT_TRANSLATE_NOOP("MatchReasons", "plate equal")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "plate equal ignoring the marks on Č Ć Đ Š Ž")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "document number equal")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "document number equal reading O as 0 and I as 1")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "VIN equal (check digit valid)")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "VIN equal (check digit not used)")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "IMEI equal (Luhn check digit valid)")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "IMEI equal (same handset number; a check digit is "
                                          "missing or wrong)")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "e-mail address equal")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "messaging handle equal")),
)

# phrases with values: `{role}`, `{how}` and `{base}` are phrases translated in turn
TEMPLATES: tuple[str, ...] = (
    str(QT_TRANSLATE_NOOP("MatchReasons", "{role} {how}")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "Cyrillic→Latin ({system}) exact")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "fuzzy {score}")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "alias «{alias}»")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "year of birth differs ({a} against {b})")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "month of birth differs ({a} against {b})")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "nationality {a} equal")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "nationality differs ({a} against {b})")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "{base}; {a} = {b} by Cyrillic/Latin look-alike "
                                          "letters")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "{base}; {a} = {b} Cyrillic written in Latin")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "{base}, but {a} against {b}")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "{base} (country not given on both)")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "{base} ({country})")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "IBAN equal ({country})")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "IBAN equal ({country}; a national account number "
                                          "read as its IBAN)")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "account number with its bank code equal "
                                          "({country})")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "crypto address equal ({network})")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "same address on {a} and {b} (one key pair on every "
                                          "EVM chain)")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "money-transfer reference equal ({provider})")),
    str(QT_TRANSLATE_NOOP("MatchReasons", "phone number equal ({number})")),
)

# the parts of a template that are phrases of their own
_PHRASES = frozenset({"role", "how", "base"})
# what a part may be, where "any text" would split a phrase in the wrong place
_PART = {"role": "surname|given name|name"}
_UNMATCHED = re.compile(r"(\d+) name parts? without a match")
_COUNTED = re.compile(r"(.+) \((\d+) parts\)")
_FIXED = frozenset(FIXED)


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>{_PART.get(p, '.+?')})"
                    for i, p in enumerate(parts))
    return re.compile(regex)


_PATTERNS = tuple((template, _pattern(template)) for template in TEMPLATES)


def _phrase(text: str) -> str | None:
    """`text` translated, or None when no phrase or template describes it."""
    if text in _FIXED:
        return QCoreApplication.translate(CONTEXT, text)
    unmatched = _UNMATCHED.fullmatch(text)
    if unmatched:
        return QCoreApplication.translate("MatchReasons", "%n name part(s) without a match",
                                          "", int(unmatched.group(1)))
    counted = _COUNTED.fullmatch(text)
    if counted:
        base = _phrase(counted.group(1))
        if base is not None:
            return QCoreApplication.translate("MatchReasons", "{base} (%n parts)", "",
                                              int(counted.group(2))).replace("{base}", base)
    for template, pattern in _PATTERNS:
        found = pattern.fullmatch(text)
        if found is None:
            continue
        values: dict[str, str] = {}
        for name, value in found.groupdict().items():
            shown = _phrase(value) if name in _PHRASES else value
            if shown is None:
                break
            values[name] = shown
        else:
            out = QCoreApplication.translate(CONTEXT, template)
            for name, value in values.items():
                out = out.replace("{" + name + "}", value)
            return out
    return None


def reason_text(reason: str) -> str:
    """A match reason in the language the GUI speaks (as it came if none describes it)."""
    return _phrase(reason) or reason


def reasons_text(reasons: tuple[str, ...] | list[str]) -> list[str]:
    """Each of `reasons` translated (`reason_text`)."""
    return [reason_text(r) for r in reasons]
