"""One person once in search results: subjects gathered by who they are.

A message keeps its own copy of every subject it carries, and a case may hold
the same person as several stored subjects (one per message filed into it), so
a search for a name would list one row per copy. Search gathers them here by an
identity key: for a person the surname, given names and date of birth (folded
for case and diacritics; a date given only as a year matches that year); for
any other kind its label. Each gathered subject keeps the messages that carry it
(`SubjectView.carried_by`), so the officer sees the person once, with a count
and a link to each message. Nothing is merged in the cache: this is a view.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import replace

from liaison_app.protocol.canonical import JsonValue
from liaison_app.services.detail_types import SubjectView


def _fold(text: object) -> str:
    if not isinstance(text, str):
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def identity_key(view: SubjectView, data: JsonValue) -> tuple[str, ...]:
    """Who or what a subject is, for gathering copies (see the module docstring)."""
    if view.kind == "person" and isinstance(data, Mapping):
        surname, given = _fold(data.get("surname")), _fold(data.get("given_names"))
        if surname or given:
            born = data.get("date_of_birth")
            return ("person", surname, given, born[:4] if isinstance(born, str) else "")
    return (view.kind, _fold(view.label))


def gather(found: Iterable[tuple[SubjectView, JsonValue, tuple[str, ...]]]
           ) -> list[SubjectView]:
    """Subjects found, each identity once (the first view found stands for it, stored
    subjects before carried copies), with the union of the messages that carry it."""
    order: list[tuple[str, ...]] = []
    views: dict[tuple[str, ...], SubjectView] = {}
    carriers: dict[tuple[str, ...], dict[str, None]] = {}
    for view, data, messages in found:
        key = identity_key(view, data)
        if key not in views:
            order.append(key)
            views[key] = view
            carriers[key] = {}
        carriers[key].update(dict.fromkeys(messages))
    return [replace(views[key], carried_by=tuple(carriers[key])) for key in order]


def known(found: Iterable[tuple[SubjectView, JsonValue, tuple[str, ...]]]
          ) -> set[tuple[str, ...]]:
    """The identity keys of subjects already found (a carried copy of one joins it)."""
    return {identity_key(view, data) for view, data, _messages in found}
