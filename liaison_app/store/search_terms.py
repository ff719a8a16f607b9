"""What gets indexed for a subject: names, aliases, registrations, document numbers.

Every text value inside a subject's data is a search term except the coded
fields (kind, category, sex, ...). A value holding digits is also indexed with
its separators removed, so `AB 123-456` is found as `AB123456` too.

`folded_terms` gives the folded, transliterated column that lets a search in
one script find text written in the other (schema 6): every word that is not
plain ASCII, in each folded Latin spelling (`matching.scripts`), and with
"dj" also as "d" (Đorđević is typed Djordjevic and Dordevic).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from liaison_app.domain.bank_codes import iban_print_form
from liaison_app.matching.scripts import latin_spellings

_WORD = re.compile(r"\w+", re.UNICODE)


def word_spellings(word: str) -> list[str]:
    """The folded Latin spellings a word is indexed and searched under."""
    out: dict[str, None] = {}
    for spelling, _system in latin_spellings(word):
        out.setdefault(spelling, None)
        if "dj" in spelling:
            out.setdefault(spelling.replace("dj", "d"), None)
    return list(out)


def folded_terms(*texts: str) -> str:
    """Space-separated folded spellings of the non-ASCII words of `texts`."""
    seen: dict[str, None] = {}
    for text in texts:
        if text.isascii():
            continue
        for word in _WORD.findall(text):
            if not word.isascii():
                for spelling in word_spellings(word):
                    seen.setdefault(spelling, None)
    return " ".join(seen)


CODED_KEYS = frozenset({
    "basis", "category", "colour_code", "id", "kind", "lang", "network", "role", "scheme",
    "sex", "status", "type", "v",
})
_SEPARATORS = re.compile(r"[\s\-./_]+")


def _strings(value: Any, key: str = "") -> Iterator[str]:
    if key in CODED_KEYS:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for child_key, child in value.items():
            yield from _strings(child, str(child_key))
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, key)


def _extra_terms(data: Any) -> list[str]:
    """An IBAN also in groups of four, as people write it (`GB82 WEST 1234 ...`)."""
    if isinstance(data, dict) and data.get("kind") == "bank_account":
        iban = data.get("iban")
        if isinstance(iban, str) and iban:
            return [iban_print_form(iban)]
    return []


def subject_terms(data: Any) -> str:
    """Newline-separated search terms for one subject's data."""
    seen: dict[str, None] = {}
    for text in [*_strings(data), *_extra_terms(data)]:
        text = text.strip()
        if not text:
            continue
        seen.setdefault(text, None)
        if any(ch.isdigit() for ch in text):
            compact = _SEPARATORS.sub("", text)
            if compact and compact != text:
                seen.setdefault(compact, None)
    return "\n".join(seen)


def message_terms(subjects: Any) -> str:
    """Search terms for all subjects a message carries."""
    if not isinstance(subjects, list):
        subjects = [subjects] if subjects else []
    parts = [subject_terms(subject) for subject in subjects]
    return "\n".join(part for part in parts if part)
