"""Words for the codes the reports show, through Qt's translator.

Message types, statuses and priorities use the GUI's "Labels" context (the
same English, so the same translations); domain labels and meanings the
"Domain" context the GUI uses; the rest is the reports' own "Report" context.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from liaison_app.domain.messages import REPLY_OUTCOME_LABELS, ReplyOutcome
from liaison_app.domain.outcomes import OUTCOME_KIND_LABELS, OutcomeKind
from liaison_app.reports.code_labels import CASE_STATUSES as CASE_STATUSES
from liaison_app.reports.code_labels import PRIORITIES as PRIORITIES
from liaison_app.reports.code_labels import STATUSES as STATUSES
from liaison_app.reports.code_labels import SUBJECT_KINDS as SUBJECT_KINDS
from liaison_app.reports.code_labels import TYPES as TYPES

translate = QCoreApplication.translate
"""Qt's translator, called with the context and the text literally at each call (so lupdate
finds them): `translate("Report", "...")`."""


def domain(text: str) -> str:
    """A domain table's label or meaning, translated like the GUI shows it."""
    return QCoreApplication.translate("Domain", text) if text else text


def label(table: dict[str, str], code: str) -> str:
    """The translated label of `code` in a "Labels" table (the code itself if unknown)."""
    text = table.get(code)
    return QCoreApplication.translate("Labels", text) if text else code




def reply_outcome(code: str) -> str:
    """A reply outcome in words."""
    try:
        return domain(REPLY_OUTCOME_LABELS[ReplyOutcome(code)])
    except ValueError:
        return code


def outcome_kind(code: str) -> str:
    """An outcome kind in words (domain.outcomes)."""
    try:
        return domain(OUTCOME_KIND_LABELS[OutcomeKind(code)])
    except ValueError:
        return code


def when(moment: datetime | None) -> str:
    """`2026-02-03 10:12 UTC` (reports state UTC: their readers sit in several zones)."""
    return "—" if moment is None else moment.strftime("%Y-%m-%d %H:%M UTC")


def day(value: date | None) -> str:
    """`2026-02-03`."""
    return "—" if value is None else value.isoformat()


def duration(seconds: float | None) -> str:
    """`45 min`, `6 h 30 min`, `3 d 4 h` (rounded to the minute)."""
    if seconds is None:
        return "—"
    minutes = round(seconds / 60)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    if days:
        return translate("Report", "%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))
    if hours:
        return translate("Report", "%1 h %2 min").replace("%1", str(hours)).replace("%2", str(mins))
    return translate("Report", "%1 min").replace("%1", str(mins))


def share(part: int, whole: int) -> str:
    """`75 % (3 of 4)`, or `—` when there is nothing to divide."""
    if whole == 0:
        return "—"
    return (
        translate("Report", "%1 % (%2 of %3)")
        .replace("%1", f"{round(100 * part / whole)}")
        .replace("%2", str(part))
        .replace("%3", str(whole))
    )




def shown_field(label_text: str, value: str, coded: bool) -> tuple[str, str]:
    """A content or subject line: its label, and its value (coded values translated, the
    sender's own text as sent)."""
    return domain(label_text), domain(value) if coded else value
