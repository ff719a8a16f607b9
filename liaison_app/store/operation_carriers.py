"""Read the updates that received `operation` messages carry into the shared record.

Runs inside the sync after each pull (and again at the next sync if one was cut
short): each carrier is read once (`operation_ingested`), each of its updates applied,
kept waiting for its causal past or refused with a reason (`operation_apply`).
"""

from __future__ import annotations

import logging
from datetime import datetime

from liaison_app.domain.errors import ValidationError
from liaison_app.domain.operation_updates import OperationContent
from liaison_app.store import messages, operations
from liaison_app.store.database import Database
from liaison_app.store.operation_apply import Carrier, apply_item

log = logging.getLogger(__name__)


def read_carriers(db: Database, own_agency: str, now: datetime) -> int:
    """Apply the updates of every unread `operation` message; return how many carriers
    were read. One transaction per carrier, so a fault keeps what was read before it."""
    done = 0
    for message_id in operations.carriers_to_read(db):
        with db.transaction() as conn:
            row = messages.get(conn, message_id)
            if row is None:
                continue
            try:
                content = OperationContent.from_wire(row.content, "content")
            except ValidationError:  # checked at receive; a stored row cannot differ
                log.exception("operation message %s has unreadable content", message_id)
                operations.mark_read(conn, message_id, now)
                continue
            carrier = Carrier(message_id, row.sender_device, row.sender_agency)
            for item in content.items:
                apply_item(conn, item, carrier, own_agency=own_agency, now=now)
            operations.mark_read(conn, message_id, now)
        done += 1
    return done
