"""Translated labels for the codes the read models carry (type, status, priority...).

The English texts are marked with QT_TRANSLATE_NOOP so lupdate finds them;
they are translated when looked up.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from liaison_app.reports.code_labels import CASE_STATUSES as CASE_STATUSES
from liaison_app.reports.code_labels import PRIORITIES as PRIORITIES
from liaison_app.reports.code_labels import STATUSES as STATUSES
from liaison_app.reports.code_labels import SUBJECT_KINDS as SUBJECT_KINDS
from liaison_app.reports.code_labels import TYPES as TYPES
from liaison_app.services.view_types import ShownField

CONTEXT = "Labels"

DELIVERY_STATES = {
    "unread": str(QT_TRANSLATE_NOOP("Labels", "Unread")),
    "queued": str(QT_TRANSLATE_NOOP("Labels", "Queued")),
    "waiting": str(QT_TRANSLATE_NOOP("Labels", "Waiting")),
    "handed_to_carrier": str(QT_TRANSLATE_NOOP("Labels", "Handed to carrier")),
    "sent": str(QT_TRANSLATE_NOOP("Labels", "Sent")),
    "delivered": str(QT_TRANSLATE_NOOP("Labels", "Delivered")),
    "read": str(QT_TRANSLATE_NOOP("Labels", "Read")),
    "replied": str(QT_TRANSLATE_NOOP("Labels", "Replied")),
    "failed": str(QT_TRANSLATE_NOOP("Labels", "Failed")),
}
"""A message's state as lists show it (`services.view_render.delivery_state`)."""
FOLLOW_UPS = {
    "awaiting": str(QT_TRANSLATE_NOOP("Labels", "Awaiting reply")),
    "clarification": str(QT_TRANSLATE_NOOP("Labels", "Clarification requested")),
    "provided": str(QT_TRANSLATE_NOOP("Labels", "Provided")),
    "partial": str(QT_TRANSLATE_NOOP("Labels", "Partly answered")),
    "refused": str(QT_TRANSLATE_NOOP("Labels", "Refused")),
    "withdrawn": str(QT_TRANSLATE_NOOP("Labels", "Withdrawn")),
}
"""A request's follow-up state (`domain.follow_up.FollowUp`)."""
DRAFT_KINDS = {
    "request": str(QT_TRANSLATE_NOOP("Labels", "Request")),
    "alert": str(QT_TRANSLATE_NOOP("Labels", "Alert")),
    "reply": str(QT_TRANSLATE_NOOP("Labels", "Reply")),
    "forward": str(QT_TRANSLATE_NOOP("Labels", "Forward")),
    "recall": str(QT_TRANSLATE_NOOP("Labels", "Recall")),
}
RECALL_STATES = {
    "rectified": str(QT_TRANSLATE_NOOP("Labels", "Rectified")),
    "withdrawn": str(QT_TRANSLATE_NOOP("Labels", "Withdrawn")),
}
CRIME_AREAS = {
    "migrant_smuggling": str(QT_TRANSLATE_NOOP("Labels", "Migrant smuggling")),
    "trafficking_in_human_beings": str(QT_TRANSLATE_NOOP("Labels", "Trafficking in human beings")),
    "document_fraud": str(QT_TRANSLATE_NOOP("Labels", "Document fraud")),
    "other": str(QT_TRANSLATE_NOOP("Labels", "Other")),
}
REJECT_REASONS = {
    "malformed": str(QT_TRANSLATE_NOOP("Labels", "Damaged or malformed")),
    "unsupported_version": str(QT_TRANSLATE_NOOP("Labels", "From a newer version of Liaison")),
    "bad_outer_signature": str(QT_TRANSLATE_NOOP("Labels", "Sender signature invalid")),
    "bad_inner_signature": str(QT_TRANSLATE_NOOP("Labels", "Message signature invalid")),
    "binding_mismatch": str(QT_TRANSLATE_NOOP("Labels", "Envelope and message disagree")),
    "not_a_recipient": str(QT_TRANSLATE_NOOP("Labels", "Not addressed to this device")),
    "unknown_sender": str(QT_TRANSLATE_NOOP("Labels", "Sender not in the directory")),
    "revoked_sender": str(QT_TRANSLATE_NOOP("Labels", "Sender's device revoked")),
    "expired": str(QT_TRANSLATE_NOOP("Labels", "Expired")),
    "replayed": str(QT_TRANSLATE_NOOP("Labels", "Received twice (replay)")),
}
AUDIT_KINDS = {
    "unlock": str(QT_TRANSLATE_NOOP("Labels", "Unlock")),
    "lock": str(QT_TRANSLATE_NOOP("Labels", "Lock")),
    "consult": str(QT_TRANSLATE_NOOP("Labels", "Consultation")),
    "combination": str(QT_TRANSLATE_NOOP("Labels", "Data combined")),
    "create": str(QT_TRANSLATE_NOOP("Labels", "Created")),
    "alter": str(QT_TRANSLATE_NOOP("Labels", "Altered")),
    "disclose": str(QT_TRANSLATE_NOOP("Labels", "Disclosed")),
    "receive": str(QT_TRANSLATE_NOOP("Labels", "Received")),
    "forward": str(QT_TRANSLATE_NOOP("Labels", "Forwarded")),
    "export": str(QT_TRANSLATE_NOOP("Labels", "Exported")),
    "erase": str(QT_TRANSLATE_NOOP("Labels", "Erased")),
    "policy_change": str(QT_TRANSLATE_NOOP("Labels", "Policy changed")),
}
DIRECTORY_STATUSES = {
    "active": str(QT_TRANSLATE_NOOP("Labels", "Active")),
    "revoked": str(QT_TRANSLATE_NOOP("Labels", "Revoked")),
}


def tr(text: str) -> str:
    """Translate a label text in the Labels context."""
    return QCoreApplication.translate(CONTEXT, text)


def label(table: dict[str, str], code: str) -> str:
    """The translated label of `code`, or the code itself when unknown."""
    text = table.get(code)
    return tr(text) if text is not None else code


def domain_text(text: str) -> str:
    """A meaning from the domain tables (grading, handling), through the translator."""
    return QCoreApplication.translate("Domain", text)


def subject_field_text(field: ShownField) -> str:
    """`Name: value` for a subject's field; coded values translated, the rest as sent."""
    value = domain_text(field.value) if field.coded else field.value
    return f"{domain_text(field.label)}: {value}"


def when(moment: datetime | None) -> str:
    """Local date and time for lists, "" for None."""
    if moment is None:
        return ""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def list_when(moment: datetime | None, now: datetime | None = None) -> str:
    """A list's time: only the local time for today ("15:59"), the day and time
    otherwise (`when`); the tooltip gives the moment in UTC."""
    if moment is None:
        return ""
    local = moment.astimezone()
    today = (now or datetime.now(UTC)).astimezone().date()
    return local.strftime("%H:%M") if local.date() == today else when(moment)


def short_when(moment: datetime | None) -> str:
    """Local day and time without the year, for compact lines ("12-03 09:40")."""
    if moment is None:
        return ""
    return moment.astimezone().strftime("%m-%d %H:%M")


def when_utc(moment: datetime | None) -> str:
    """The same moment in UTC, for tooltips."""
    if moment is None:
        return ""
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def day(value: date | None) -> str:
    """An ISO date, "" for None."""
    return "" if value is None else value.isoformat()


def english_plural(text: str, n: int) -> str:
    """A `%n …(s)` text with no catalogue loaded (English) in its own plural: "1 day",
    "3 days". Translated texts carry their language's forms and pass unchanged."""
    return text.replace("(s)", "" if n == 1 else "s") if "(s)" in text else text


def span(seconds: float) -> str:
    """A duration as an officer reads it: "3 days", "1 day 4 h", "2 h 10 min", "5 min"."""
    minutes = max(1, int(seconds // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days >= 2:
        return english_plural(QCoreApplication.translate("Countdown", "%n day(s)", "", days),
                              days)
    if days == 1:
        return QCoreApplication.translate("Countdown", "1 day %1 h").replace("%1", str(hours)) \
            if hours else english_plural(
                QCoreApplication.translate("Countdown", "%n day(s)", "", 1), 1)
    if hours:
        return QCoreApplication.translate("Countdown", "%1 h %2 min").replace(
            "%1", str(hours)).replace("%2", str(mins))
    return QCoreApplication.translate("Countdown", "%1 min").replace("%1", str(mins))


def countdown(due: datetime | None, now: datetime | None = None) -> str:
    """"due in 2 h 10 min" or "overdue by 1 day" (Directive (EU) 2023/977 limits)."""
    if due is None:
        return ""
    seconds = (due - (now or datetime.now(UTC))).total_seconds()
    if seconds >= 0:
        return QCoreApplication.translate("Countdown", "due in %1").replace("%1", span(seconds))
    return QCoreApplication.translate("Countdown", "overdue by %1").replace("%1", span(-seconds))
