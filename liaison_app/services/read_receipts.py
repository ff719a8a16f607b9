"""Opening a received message: it becomes read, and its sender is told (a read acknowledgement).

The first time the officer opens a received request, alert, reply, recall or
case share, the message moves from unread (`delivered`) to `read` and, unless
the policy's `read_receipts` setting is off, a `read` acknowledgement naming it
is queued to the sender officer's devices, in the same transaction. The
sender's sync applies it (sent or delivered → read); acknowledgements are state
there, never rows. A receipt that cannot be addressed (the sender's devices are
gone from the directory, the profile is not enrolled) is left out; the message
is still marked read.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from liaison_app.domain.errors import ValidationError
from liaison_app.domain.messages import AckKind, Priority
from liaison_app.domain.replies_acks_recalls import AckContent
from liaison_app.services import preferences
from liaison_app.services.compose import Draft, queue_message
from liaison_app.services.errors import ServiceError
from liaison_app.services.session import Session
from liaison_app.store import directory_cache, messages
from liaison_app.store.messages import Direction, MessageStatus

log = logging.getLogger(__name__)

RECEIPT_TYPES = frozenset({"request", "alert", "reply", "recall", "case_share"})
"""What gets a read acknowledgement (acknowledgements themselves never do)."""


def receipts_enabled(session: Session) -> bool:
    """The effective `read_receipts` setting (IT's policy, else the officer's choice)."""
    return preferences.effective(session).value("read_receipts") is not False


def mark_read(session: Session, message_id: str, *, now: datetime | None = None,
              send_receipt: bool | None = None) -> bool:
    """Move a received, unopened message to `read` and queue its read acknowledgement.

    True if it moved. `send_receipt` None follows the setting.
    """
    moment = (now or datetime.now(UTC)).replace(microsecond=0)
    wanted = receipts_enabled(session) if send_receipt is None else send_receipt
    with session.db.transaction() as conn:
        row = messages.get(conn, message_id)
        if (row is None or row.direction is not Direction.INCOMING
                or row.status is not MessageStatus.DELIVERED):
            return False
        messages.set_status(conn, message_id, MessageStatus.READ, now=moment)
        if wanted and row.type in RECEIPT_TYPES and session.enrolled:
            devices = tuple(
                d.device_id for d in directory_cache.devices_of_officer(conn, row.sender_officer)
                if d.device_id != session.identity.device_id)
            if devices:
                try:
                    queue_message(session, Draft(
                        content=AckContent.single(AckKind.READ, message_id),
                        to_devices=devices, in_reply_to=message_id, case_ref=row.case_ref,
                        priority=Priority.ROUTINE,
                    ), now=moment)
                except (ValidationError, ServiceError) as exc:  # a savepoint rolled it back
                    log.warning("read acknowledgement for %s not queued: %s", message_id, exc)
    return True
