"""The method paragraphs of `services.monitoring_method`, listed for the translators.

The services layer is Qt-free, so its English paragraphs are marked here with
QT_TRANSLATE_NOOP ("Method" context); the report translates each when drawn.
tests/monitoring/test_monitoring_reports.py checks the list matches METHOD.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

METHOD_TEXTS: tuple[str, ...] = (
    str(QT_TRANSLATE_NOOP(
        "Method",
        "Source. The figures are computed by this officer's Liaison client from its own "
        "encrypted cache alone: the requests, alerts and replies this office sent or received. "
        "Messages erased under the retention rules are no longer counted. Times are UTC.")),
    str(QT_TRANSLATE_NOOP(
        "Method",
        "Period and partner. A message counts in the period when it was exchanged: for a "
        "message received here, when it arrived; for a message sent from here, when the hub "
        "accepted it or a carrier took it on removable media, whichever came first (messages "
        "still queued count nowhere). A message sent to two partner "
        "agencies counts once for each in the per-partner rows, and once in the totals.")),
    str(QT_TRANSLATE_NOOP(
        "Method",
        "Replies by outcome. Each reply counts under the outcome its sender gave it: "
        "provided, partially provided, refused, or clarification requested.")),
    str(QT_TRANSLATE_NOOP(
        "Method",
        "Response time. For a request received here: from its arrival to the moment the hub "
        "accepted this office's first reply. For a request sent from here: from the moment the "
        "hub accepted it (or a carrier took it) to the time the partner signed its first "
        "reply. The first reply of "
        "any outcome ends the count, a request for clarification included.")),
    str(QT_TRANSLATE_NOOP(
        "Method",
        "Limits. Directive (EU) 2023/977 Art. 5: urgent requests for directly available "
        "information, 8 hours; urgent requests for indirectly available information, 3 "
        "calendar days; any other request, 7 calendar days; counted in UTC from receipt.")),
    str(QT_TRANSLATE_NOOP(
        "Method",
        "Share within the limit. Requests answered within their limit, divided by the requests "
        "whose fate is known: those answered plus those unanswered past their limit. Requests "
        "still unanswered and within their limit are shown as pending and left out.")),
    str(QT_TRANSLATE_NOOP(
        "Method",
        "Median and 90th percentile. Of the response times of the answered requests, by linear "
        "interpolation between the closest ranks (the method of spreadsheets' PERCENTILE.INC): "
        "the median of an even number of answers is the mean of the two middle ones.")),
    str(QT_TRANSLATE_NOOP(
        "Method",
        "Overdue now. Requests of the period that have no reply and whose limit passed before "
        "the figures were computed.")),
    str(QT_TRANSLATE_NOOP(
        "Method",
        "Cases and outcomes. Cases recorded here opened or closed in the period; outcomes "
        "recorded on cases (arrests, charges, seizures...) whose date falls in the period. "
        "Amounts seized are added up per currency, never across currencies. With a partner "
        "chosen, only cases that hold a message exchanged with that partner count.")),
    str(QT_TRANSLATE_NOOP(
        "Method",
        "Cash in messages. The cash subjects (cash found or carried) of the messages "
        "exchanged in the period, added up per currency and never across currencies, apart "
        "for the messages received from partners and those sent from here. Cash reported "
        "again in a later message (a reply, a forward) counts again; the seizures recorded "
        "as outcomes are the figures above.")),
    str(QT_TRANSLATE_NOOP(
        "Method",
        "Cross-check hits. Hits found when messages arrived in the period: a subject matched "
        "a watch-list entry, or a person, account or wallet already held here in another "
        "message; strong hits are those the officer was notified of. With a partner chosen, "
        "only messages received from that partner count. Checks run at the booth are "
        "consultations and are not counted.")),
    str(QT_TRANSLATE_NOOP(
        "Method",
        "Personal data. The report holds counts only. Names of subjects appear only in the "
        "annex, and only when the issuing officer asked for it with a justification.")),
)


def method_paragraph(text: str) -> str:
    """A method paragraph in the reader's language."""
    return QCoreApplication.translate("Method", text)
