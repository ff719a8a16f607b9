"""Quarantined envelopes as a list, and what each refusal reason means for the officer.

`REASON_HELP` gives, per reason code (`protocol.errors.RejectReason`), what
happened in plain words and what to do. Nothing in quarantine was opened or
stored as a message; the ciphertext is kept for IT.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from liaison_app.gui.context import AppContext
from liaison_app.gui.models.labels import REJECT_REASONS, label, when, when_utc
from liaison_app.gui.models.paged import Column, PagedTableModel
from liaison_app.services import audit_views
from liaison_app.services.session import Session
from liaison_app.services.view_types import QuarantineSummary

translate = QCoreApplication.translate

#: reason code -> (what happened, what to do); English, translated in "Quarantine"
REASON_HELP: Mapping[str, tuple[str, str]] = {
    "malformed": (
        str(QT_TRANSLATE_NOOP("Quarantine", "The envelope was damaged or not in Liaison's "
                              "format, so it could not be read.")),
        str(QT_TRANSLATE_NOOP("Quarantine", "Ask the sender to send it again. If many "
                              "arrive like this, tell IT.")),
    ),
    "unsupported_version": (
        str(QT_TRANSLATE_NOOP("Quarantine", "It was sent by a newer version of Liaison than "
                              "this one.")),
        str(QT_TRANSLATE_NOOP("Quarantine", "Ask IT to update Liaison on this computer; the "
                              "sender can then send it again.")),
    ),
    "bad_outer_signature": (
        str(QT_TRANSLATE_NOOP("Quarantine", "The sending device's signature on the envelope "
                              "does not match: it may have been altered on the way.")),
        str(QT_TRANSLATE_NOOP("Quarantine", "Do not act on it. Tell IT, and ask the sender "
                              "by another channel whether they sent something.")),
    ),
    "bad_inner_signature": (
        str(QT_TRANSLATE_NOOP("Quarantine", "The officer's signature on the message does "
                              "not match: it may have been altered.")),
        str(QT_TRANSLATE_NOOP("Quarantine", "Do not act on it. Tell IT, and ask the sender "
                              "by another channel whether they sent something.")),
    ),
    "binding_mismatch": (
        str(QT_TRANSLATE_NOOP("Quarantine", "The envelope and the message inside it name "
                              "different senders or recipients.")),
        str(QT_TRANSLATE_NOOP("Quarantine", "Do not act on it. Tell IT.")),
    ),
    "not_a_recipient": (
        str(QT_TRANSLATE_NOOP("Quarantine", "It was not addressed to this device, so it "
                              "cannot be opened here.")),
        str(QT_TRANSLATE_NOOP("Quarantine", "Nothing to do unless it keeps happening; then "
                              "tell IT (the directory may be out of date).")),
    ),
    "unknown_sender": (
        str(QT_TRANSLATE_NOOP("Quarantine", "The sending device is not in your directory, "
                              "so its signature cannot be checked.")),
        str(QT_TRANSLATE_NOOP("Quarantine", "Sync to refresh the directory. If it stays "
                              "here, tell IT.")),
    ),
    "revoked_sender": (
        str(QT_TRANSLATE_NOOP("Quarantine", "The sending device was revoked (for example a "
                              "lost laptop), so its messages are not accepted.")),
        str(QT_TRANSLATE_NOOP("Quarantine", "Do not act on it. If you expected something "
                              "from that officer, contact them by another channel.")),
    ),
    "expired": (
        str(QT_TRANSLATE_NOOP("Quarantine", "It arrived after its expiry time.")),
        str(QT_TRANSLATE_NOOP("Quarantine", "Ask the sender to send it again if it is still "
                              "needed.")),
    ),
    "replayed": (
        str(QT_TRANSLATE_NOOP("Quarantine", "The same envelope arrived again after it had "
                              "been received: a copy, not a new message.")),
        str(QT_TRANSLATE_NOOP("Quarantine", "Nothing to do: the original was received. If "
                              "many arrive like this, tell IT.")),
    ),
}


def reason_help(reason: str) -> tuple[str, str]:
    """(what happened, what to do) for a reason code, translated."""
    what, todo = REASON_HELP.get(reason, (
        str(QT_TRANSLATE_NOOP("Quarantine", "Liaison refused this envelope.")),
        str(QT_TRANSLATE_NOOP("Quarantine", "Tell IT.")),
    ))
    return translate("Quarantine", what), translate("Quarantine", todo)


class QuarantineTableModel(PagedTableModel[QuarantineSummary]):
    """Refused envelopes with the reason (newest first)."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.load()

    def make_columns(self) -> list[Column[QuarantineSummary]]:
        return [
            Column(translate("ListModels", "Received"), lambda q: when(q.received_at),
                   tooltip=lambda q: when_utc(q.received_at)),
            Column(translate("ListModels", "Reason"), lambda q: label(REJECT_REASONS, q.reason),
                   tooltip=lambda q: " ".join(reason_help(q.reason))),
            Column(translate("ListModels", "Envelope"), lambda q: q.envelope_id or ""),
            Column(translate("ListModels", "Size"),
                   lambda q: translate("ListModels", "%1 bytes").replace("%1", str(q.size))),
        ]

    def count_rows(self, session: Session) -> int:
        return audit_views.quarantine_count(session)

    def fetch_rows(self, session: Session, offset: int, limit: int,
                   after: object | None) -> list[QuarantineSummary]:
        return audit_views.quarantine_page(session, offset=offset, limit=limit)

    def key_of(self, item: QuarantineSummary) -> str:
        return str(item.quarantine_id)
