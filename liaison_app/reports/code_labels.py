"""The code -> label tables the GUI and the reports share (message types, statuses,
priorities, case statuses, subject kinds), in Qt's "Labels" context.

One table per code set, so a report and the window call a thing by the same
word; the texts are marked with QT_TRANSLATE_NOOP and translated when looked up
(`gui.models.labels.label`, `reports.texts.label`). QtCore only, as the rest of
`reports/`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TYPES = {
    "request": str(QT_TRANSLATE_NOOP("Labels", "Request")),
    "alert": str(QT_TRANSLATE_NOOP("Labels", "Alert")),
    "reply": str(QT_TRANSLATE_NOOP("Labels", "Reply")),
    "ack": str(QT_TRANSLATE_NOOP("Labels", "Acknowledgement")),
    "case_share": str(QT_TRANSLATE_NOOP("Labels", "Case share")),
    "recall": str(QT_TRANSLATE_NOOP("Labels", "Recall")),
    "operation": str(QT_TRANSLATE_NOOP("Labels", "Joint operation update")),
}
STATUSES = {
    "draft": str(QT_TRANSLATE_NOOP("Labels", "Draft")),
    "queued": str(QT_TRANSLATE_NOOP("Labels", "Queued")),
    "handed_to_carrier": str(QT_TRANSLATE_NOOP("Labels", "Handed to carrier")),
    "sent": str(QT_TRANSLATE_NOOP("Labels", "Sent")),
    "delivered": str(QT_TRANSLATE_NOOP("Labels", "Delivered")),
    "read": str(QT_TRANSLATE_NOOP("Labels", "Read")),
    "replied": str(QT_TRANSLATE_NOOP("Labels", "Replied")),
    "failed": str(QT_TRANSLATE_NOOP("Labels", "Failed")),
}
PRIORITIES = {
    "routine": str(QT_TRANSLATE_NOOP("Labels", "Routine")),
    "priority": str(QT_TRANSLATE_NOOP("Labels", "Priority")),
    "urgent": str(QT_TRANSLATE_NOOP("Labels", "Urgent")),
    "immediate": str(QT_TRANSLATE_NOOP("Labels", "Immediate")),
}
CASE_STATUSES = {
    "open": str(QT_TRANSLATE_NOOP("Labels", "Open")),
    "dormant": str(QT_TRANSLATE_NOOP("Labels", "Dormant")),
    "closed": str(QT_TRANSLATE_NOOP("Labels", "Closed")),
}
SUBJECT_KINDS = {
    "person": str(QT_TRANSLATE_NOOP("Labels", "Person")),
    "organisation": str(QT_TRANSLATE_NOOP("Labels", "Organisation")),
    "vehicle": str(QT_TRANSLATE_NOOP("Labels", "Vehicle")),
    "travel_document": str(QT_TRANSLATE_NOOP("Labels", "Travel document")),
    "comms": str(QT_TRANSLATE_NOOP("Labels", "Phone or identifier")),
    "location": str(QT_TRANSLATE_NOOP("Labels", "Location")),
    "route": str(QT_TRANSLATE_NOOP("Labels", "Route")),
    "bank_account": str(QT_TRANSLATE_NOOP("Labels", "Bank account")),
    "payment_card": str(QT_TRANSLATE_NOOP("Labels", "Payment card")),
    "money_transfer": str(QT_TRANSLATE_NOOP("Labels", "Money transfer")),
    "crypto_address": str(QT_TRANSLATE_NOOP("Labels", "Crypto-asset address")),
    "informal_transfer": str(QT_TRANSLATE_NOOP("Labels", "Hawala or informal transfer")),
    "cash": str(QT_TRANSLATE_NOOP("Labels", "Cash")),
}
