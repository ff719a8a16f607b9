"""Subject captions in the officer's language ("(b. 1979-04-12)" → "(рођ. 1979-04-12)").

`domain.captions` builds a subject's label as segments; their English
templates are listed here for lupdate in the "Subject" context, and the coded
words (vehicle kinds, document types and statuses, identifier kinds) in the
"Domain" context. tests/gui/test_translations_domain.py checks both lists
against the domain's.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

from liaison_app.domain.captions import Caption
from liaison_app.gui.models.labels import domain_text
from liaison_app.gui.problem_texts import fill

CAPTION_TEMPLATES: tuple[str, ...] = (
    str(QT_TRANSLATE_NOOP("Subject", "{value}")),
    str(QT_TRANSLATE_NOOP("Subject", "{name} (b. {born})")),
    str(QT_TRANSLATE_NOOP("Subject", "alias {alias}")),
    str(QT_TRANSLATE_NOOP("Subject", "(b. {born})")),
    str(QT_TRANSLATE_NOOP("Subject", "({country})")),
    str(QT_TRANSLATE_NOOP("Subject", "({holder})")),
    str(QT_TRANSLATE_NOOP("Subject", "({service})")),
    str(QT_TRANSLATE_NOOP("Subject", "({location})")),
    str(QT_TRANSLATE_NOOP("Subject", "[border crossing]")),
    str(QT_TRANSLATE_NOOP("Subject", "{name}: {route}")),
    str(QT_TRANSLATE_NOOP("Subject", "{kind}")),
    str(QT_TRANSLATE_NOOP("Subject", "[{status}]")),
    str(QT_TRANSLATE_NOOP("Subject", "(number unknown)")),
    str(QT_TRANSLATE_NOOP("Subject", "IBAN {iban}")),
    str(QT_TRANSLATE_NOOP("Subject", "Account {country} {number}")),
    str(QT_TRANSLATE_NOOP("Subject", "/ {bank_code}")),
    str(QT_TRANSLATE_NOOP("Subject", "Card ending {last_four}")),
    str(QT_TRANSLATE_NOOP("Subject", "Transfer {details}")),
    str(QT_TRANSLATE_NOOP("Subject", "{network} {address}")),
    str(QT_TRANSLATE_NOOP("Subject", "Hawala {who}")),
    str(QT_TRANSLATE_NOOP("Subject", ", {money}")),
    str(QT_TRANSLATE_NOOP("Subject", "Cash {money}")),
)
CAPTION_WORDS: tuple[str, ...] = (
    str(QT_TRANSLATE_NOOP("Domain", "Phone")),
    str(QT_TRANSLATE_NOOP("Domain", "IMEI")),
    str(QT_TRANSLATE_NOOP("Domain", "E-mail")),
    str(QT_TRANSLATE_NOOP("Domain", "Handle")),
    str(QT_TRANSLATE_NOOP("Domain", "Lorry")),
    str(QT_TRANSLATE_NOOP("Domain", "Van")),
    str(QT_TRANSLATE_NOOP("Domain", "Car")),
    str(QT_TRANSLATE_NOOP("Domain", "Bus")),
    str(QT_TRANSLATE_NOOP("Domain", "Boat")),
    str(QT_TRANSLATE_NOOP("Domain", "Other")),
    str(QT_TRANSLATE_NOOP("Domain", "Passport")),
    str(QT_TRANSLATE_NOOP("Domain", "Id card")),
    str(QT_TRANSLATE_NOOP("Domain", "Visa")),
    str(QT_TRANSLATE_NOOP("Domain", "Residence permit")),
    str(QT_TRANSLATE_NOOP("Domain", "false")),
    str(QT_TRANSLATE_NOOP("Domain", "stolen")),
    str(QT_TRANSLATE_NOOP("Domain", "blank")),
)


def caption_text(caption: Caption | None, fallback: str) -> str:
    """A subject's label in the officer's language (`fallback` when there is no caption)."""
    if caption is None:
        return fallback
    parts: list[str] = []
    for segment in caption.segments:
        params = {k: domain_text(v) if k in segment.coded else v
                  for k, v in segment.params.items()}
        text = fill("Subject", segment.template, params)
        if text:
            parts.append(text if not parts or text.startswith(",") else " " + text)
    return "".join(parts).strip()


#: "(b. 1980)", "(b. 1979-04)", "(b. 1979-04-12)" in a stored English label
_BORN = re.compile(r"\(b\. (\d{4}(?:-\d{2}){0,2})\)")


def matched_text(label: str) -> str:
    """What a stored hit matched (the held subject's or list entry's label, kept in
    English with the hit) with its date of birth in the officer's language. Only the
    "(b. …)" segment is translated: a leading coded word ("Van", "Visa") could be a
    name, and a name is shown as it was written."""
    return _BORN.sub(lambda m: fill("Subject", "(b. {born})", {"born": m.group(1)}), label)
