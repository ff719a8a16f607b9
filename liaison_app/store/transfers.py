"""The transfer record: every disclosure, read back from the audit chain.

Each `disclose` or `forward` entry (`store.disclosures`) is one transfer: when
it was decided, who sent it, to which authorities in which countries, on what
legal basis and justification, what kind of message and which categories of
data subjects and data. When it left comes from the push's own entry (`alter`,
outcome `sent`: the hub took it), or from the entry of the carrier bundle it
was written into (outcome `handed_to_carrier`; a bundle's own disclosure, kind
`bundle`, from `written`), whichever came first. Technical and read
acknowledgements carry no personal data and are left out (so is a bundle that
carries only acknowledgements: its entry says type `ack`). Reading the audit
chain rather than a table of its own keeps the record exactly as tamper-evident
as the chain.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from liaison_app.store.columns import Conn, from_time_text, opt_from_time_text, time_text

MAX_TRANSFERS = 100_000


@dataclass(frozen=True, slots=True)
class Recipient:
    """A receiving authority as the directory listed it when the data left."""

    agency: str
    name: str
    country: str


@dataclass(frozen=True, slots=True)
class TransferRecord:
    """One disclosure."""

    audit_seq: int
    at: datetime
    sent_at: datetime | None
    officer: str
    message_id: str
    kind: str
    """The audit kind: `disclose` (composed: request, alert, reply, recall; or a carrier
    bundle, `message_type` `bundle`) or `forward`."""
    message_type: str
    recipients: tuple[Recipient, ...]
    legal_basis: str | None
    justification: str | None
    reason_source: str | None
    subject_categories: tuple[str, ...]
    data_categories: tuple[str, ...]


_SQL = """
SELECT a.seq, a.at, a.kind, a.actor, a.object_ref, a.details,
       (SELECT min(s.at) FROM audit s
         WHERE s.object_ref = a.object_ref AND s.kind = 'alter'
           AND json_extract(s.details, '$.outcome') IN ('sent', 'handed_to_carrier',
                                                        'written')) AS sent_at
  FROM audit a
 WHERE a.kind IN ('disclose', 'forward') AND a.at >= ? AND a.at < ?
   AND coalesce(json_extract(a.details, '$.type'), '') != 'ack'
 ORDER BY a.seq
 LIMIT ?
"""


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _recipients(value: Any) -> tuple[Recipient, ...]:
    out: list[Recipient] = []
    for item in value if isinstance(value, list) else []:
        if isinstance(item, dict) and "agency" in item and "device" not in item:
            out.append(Recipient(str(item["agency"]), str(item.get("name", "")),
                                 str(item.get("country", ""))))
    return tuple(out)


def _opt(details: dict[str, Any], key: str) -> str | None:
    value = details.get(key)
    return None if value is None else str(value)


def transfers(conn: Conn, start: datetime, end: datetime, *,
              limit: int = MAX_TRANSFERS) -> list[TransferRecord]:
    """Disclosures recorded from `start` (inclusive) to `end` (exclusive), oldest first."""
    out: list[TransferRecord] = []
    rows = conn.execute(_SQL, (time_text(start, "from"), time_text(end, "to"), int(limit)))
    for row in rows:
        try:
            details = json.loads(row["details"])
        except ValueError:
            details = {}
        if not isinstance(details, dict):
            details = {}
        out.append(TransferRecord(
            audit_seq=int(row["seq"]), at=from_time_text(row["at"]),
            sent_at=opt_from_time_text(row["sent_at"]), officer=str(row["actor"]),
            message_id=str(row["object_ref"]), kind=str(row["kind"]),
            message_type=str(details.get("type", "")),
            recipients=_recipients(details.get("recipients")),
            legal_basis=_opt(details, "legal_basis"),
            justification=_opt(details, "justification"),
            reason_source=_opt(details, "reason_source"),
            subject_categories=_strings(details.get("subject_categories")),
            data_categories=_strings(details.get("data_categories"))))
    return out
