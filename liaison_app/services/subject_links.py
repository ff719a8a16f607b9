"""Following the money: records that share an account, wallet, transfer or phone.

Every financial subject is filed with its normalised keys (`store.subject_keys`);
here a subject shown in a message, a case or a search result gets the other
records with the same key ("seen in case ..."), and typed text that is an IBAN
or a crypto address (any spacing, any case its network allows) finds the
subjects that hold it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from liaison_app.domain.errors import ValidationError
from liaison_app.domain.financial import financial_keys, keys_of_search_text
from liaison_app.domain.subjects import subject_from_wire
from liaison_app.protocol.canonical import JsonValue
from liaison_app.services.detail_types import SeenIn, SubjectView
from liaison_app.services.view_render import courier_label
from liaison_app.store import cases, messages, subject_keys
from liaison_app.store.columns import Conn

SEEN_IN_LIMIT = 20


def keys_of_data(data: JsonValue) -> set[str]:
    """The keys of a subject as stored or carried (none if it does not parse)."""
    if not isinstance(data, dict) or data.get("kind") in (None, "person", "organisation"):
        return set()
    try:
        return financial_keys(subject_from_wire(dict(data), "subject"))
    except ValidationError:
        return set()


def seen_in(conn: Conn, keys: set[str], *, exclude_subjects: Sequence[str] = (),
            exclude_message: str | None = None) -> tuple[SeenIn, ...]:
    """The other records holding any of `keys`, oldest first."""
    if not keys:
        return ()
    return tuple(SeenIn(subject_id=r.subject_id, label=r.label, key=r.key,
                        message_id=r.message_id, case_ref=r.case_ref,
                        sender_agency=r.sender_agency, direction=r.direction,
                        at=r.created_at)
                 for r in subject_keys.records_sharing(
                     conn, keys, exclude_subjects=exclude_subjects,
                     exclude_message=exclude_message, limit=SEEN_IN_LIMIT))


def with_seen_in(conn: Conn, view: SubjectView, data: JsonValue) -> SubjectView:
    """`view` with the other records of its account or wallet (unchanged if it has no key).

    A stored subject leaves itself out; a subject carried by a message leaves out
    the records that message filed.
    """
    keys = keys_of_data(data)
    if not keys:
        return view
    excluded = [view.subject_id] if view.subject_id else []
    found = seen_in(conn, keys, exclude_subjects=excluded, exclude_message=view.message_id)
    return dataclasses.replace(view, seen_in=found) if found else view


def subject_ids_for_text(conn: Conn, text: str, *, limit: int = 200) -> list[str]:
    """Stored subjects holding the IBAN or crypto address `text` spells, newest first."""
    keys = keys_of_search_text(text)
    return subject_keys.subject_ids_with(conn, keys, limit=limit) if keys else []


def stored_courier_label(conn: Conn, subject_id: str, data: JsonValue) -> str | None:
    """For a stored cash subject: the courier's label, read from the message that
    carried it (its `courier` is a position among that message's subjects)."""
    if not isinstance(data, dict) or data.get("kind") != "cash" or data.get("courier") is None:
        return None
    for message_id in cases.subject_message_ids(conn, subject_id):
        row = messages.get(conn, message_id)
        if row is not None:
            return courier_label(row.subjects, data.get("courier"))
    return None
