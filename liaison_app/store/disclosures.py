"""What a disclosure entry in the audit log says, and the reason remembered per case.

Every disclosure (compose, reply, forward, recall, a recall passed on) is
audited with the same details: the receiving authorities with their names and
countries as the directory listed them at that moment, the legal basis and the
officer's justification, the message kind, and the categories of data subjects
and of data sent (`domain.disclosure`). The transfer record (`store.transfers`)
is read back from these entries, so it is as tamper-evident as the audit chain.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from liaison_app.domain.disclosure import (
    SUBJECT_CATEGORY_ORDER,
    DataCategory,
    DisclosureReason,
    LegalBasis,
    data_categories,
    subject_categories,
)
from liaison_app.domain.errors import ValidationError
from liaison_app.store import directory_cache
from liaison_app.store.columns import Conn, require_transaction, time_text


def recipients_record(conn: Conn, agencies: Sequence[str],
                      devices: Sequence[str] = ()) -> list[dict[str, str]]:
    """Each receiving agency with its name and country (as the directory lists them now),
    then each single device addressed with its agency."""
    out: list[dict[str, str]] = []
    for agency_id in agencies:
        entry = directory_cache.agency(conn, agency_id)
        out.append({"agency": agency_id, "name": entry.name if entry else "",
                    "country": entry.country if entry else ""})
    for device_id in devices:
        device = directory_cache.device(conn, device_id)
        officer = directory_cache.officer(conn, device.officer_id) if device else None
        out.append({"device": device_id, "agency": officer.agency_id if officer else ""})
    return out


def disclosure_details(conn: Conn, *, msg_type: str, agencies: Sequence[str],
                       devices: Sequence[str] = (), reason: DisclosureReason | None,
                       subjects: Iterable[Mapping[str, object]], has_text: bool,
                       files: int) -> dict[str, Any]:
    """The details of a `disclose` or `forward` audit entry."""
    carried = list(subjects)
    details: dict[str, Any] = {
        "recipients": recipients_record(conn, agencies, devices), "type": msg_type,
        "data_categories": data_categories(carried, has_text=has_text, files=files),
        "subject_categories": subject_categories(carried),
    }
    if reason is not None:
        details.update(reason.to_record())
    return details


def remember_for_case(conn: Conn, case_ref: str, reason: DisclosureReason, *,
                      now: datetime) -> None:
    """Offer this basis and justification again for the next disclosure in the case."""
    require_transaction(conn)
    conn.execute(
        """INSERT INTO case_disclosure_basis (case_ref, basis, justification, updated_at)
           VALUES (?, ?, ?, ?)
           ON CONFLICT (case_ref) DO UPDATE SET basis = excluded.basis,
               justification = excluded.justification, updated_at = excluded.updated_at""",
        (case_ref, reason.basis.value, reason.justification, time_text(now, "now")))


def remembered_for_case(conn: Conn, case_ref: str | None) -> DisclosureReason | None:
    """The basis and justification last given in this case, if any."""
    if case_ref is None:
        return None
    row = conn.execute(
        "SELECT basis, justification FROM case_disclosure_basis WHERE case_ref = ?",
        (case_ref,)).fetchone()
    if row is None:
        return None
    try:
        return DisclosureReason(LegalBasis(str(row[0])), str(row[1]))
    except (ValueError, ValidationError):
        return None


def recorded_reason(conn: Conn, message_id: str) -> DisclosureReason | None:
    """The basis and justification the disclosure of `message_id` was audited with."""
    row = conn.execute(
        """SELECT json_extract(details, '$.legal_basis'), json_extract(details,
                  '$.justification') FROM audit
           WHERE object_ref = ? AND kind IN ('disclose', 'forward') ORDER BY seq LIMIT 1""",
        (message_id,)).fetchone()
    if row is None or row[0] is None or row[1] is None:
        return None
    try:
        return DisclosureReason(LegalBasis(str(row[0])), str(row[1]))
    except (ValueError, ValidationError):
        return None


def categories_of(conn: Conn, message_ids: Sequence[str]) -> tuple[list[str], list[str]]:
    """The categories of data subjects and of data the disclosures of these messages
    recorded, each once and in their usual order (what a carrier bundle holding them
    carries; a message disclosed without a record, like an acknowledgement, adds none)."""
    subjects: set[str] = set()
    data: set[str] = set()
    for start in range(0, len(message_ids), 500):
        chunk = list(message_ids[start:start + 500])
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
                f"""SELECT json_extract(details, '$.subject_categories'),
                           json_extract(details, '$.data_categories') FROM audit
                     WHERE object_ref IN ({marks})
                       AND kind IN ('alter', 'disclose', 'forward')  -- its index
                       AND kind != 'alter'""", chunk):  # noqa: S608
            subjects.update(_listed(row[0]))
            data.update(_listed(row[1]))
    return ([c for c in SUBJECT_CATEGORY_ORDER if c in subjects],
            [c.value for c in DataCategory if c.value in data])


def _listed(text: object) -> list[str]:
    try:
        value = json.loads(str(text)) if text is not None else []
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []
