"""Audit entries as the Audit page shows them: officer by name, the record by kind and id,
the officer's justification in a column of its own, every detail as text.

No Qt here; the GUI translates the kinds and keys it knows.
"""

from __future__ import annotations

import json
import re

from liaison_app.protocol.canonical import JsonValue
from liaison_app.services.view_types import AuditSummary
from liaison_app.store import directory_cache
from liaison_app.store.audit import AuditEntry
from liaison_app.store.columns import Conn

#: detail keys that hold the officer's own reason for an action
JUSTIFICATION_KEYS = ("justification", "reason")
#: kinds whose `reason` detail is the officer's justification (a lock's reason is not)
JUSTIFIED_KINDS = frozenset({"consult", "erase", "alter", "forward", "export"})
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_PREFIXED = ("message", "case", "subject", "setting", "draft", "bundle", "attachment",
             "operation", "monitoring")


def object_of(ref: str) -> tuple[str, str]:
    """(kind, id) of an audit object reference: `message:ID`, a bare message id, `case:REF`,
    `subject:ID`, `setting:KEY`, `draft:ID`, `bundle:ID`, `attachment:ID`, `operation:ID`,
    `monitoring:PERIOD`, `profile`, `enrolment`, `check` (the booth check)."""
    kind, sep, rest = ref.partition(":")
    if sep and kind in _PREFIXED:
        return kind, rest.split("#", 1)[0] if kind == "message" else rest
    if _UUID.match(ref):
        return "message", ref
    if ref in ("profile", "enrolment", "check"):
        return ref, ""
    return "other", ref


def _text(value: JsonValue) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def justification_of(kind: str, details: JsonValue) -> str:
    """The reason the officer gave for this action, "" when there is none."""
    if not isinstance(details, dict):
        return ""
    for key in JUSTIFICATION_KEYS:
        value = details.get(key)
        if isinstance(value, str) and value and (key == "justification" or
                                                 kind in JUSTIFIED_KINDS):
            return value
    return ""


def audit_summary(conn: Conn, entry: AuditEntry, names: dict[str, str]) -> AuditSummary:
    """One entry as listed; `names` caches officer names from the directory."""
    kind = entry.kind.value
    if entry.actor not in names:
        officer = directory_cache.officer(conn, entry.actor)
        names[entry.actor] = "" if officer is None else officer.name
    object_kind, object_id = object_of(entry.object_ref)
    details = entry.details
    fields = tuple((str(k), _text(v)) for k, v in sorted(details.items())) \
        if isinstance(details, dict) else ()
    return AuditSummary(entry.seq, entry.at, kind, entry.actor, entry.object_ref,
                        json.dumps(details, ensure_ascii=False, sort_keys=True),
                        officer_name=names[entry.actor], object_kind=object_kind,
                        object_id=object_id, justification=justification_of(kind, details),
                        fields=fields)
