"""Sample values shared by the store tests (importable: tests/store is on sys.path)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from liaison_app.store.messages import NewMessage

NOW = datetime(2026, 11, 23, 3, 45, tzinfo=UTC)


def new_message(message_id: str, **overrides: Any) -> NewMessage:
    """A plausible message with every required field filled."""
    fields: dict[str, Any] = {
        "message_id": message_id,
        "type": "request",
        "sender_officer": "gb-nca-0001",
        "sender_agency": "gb-nca",
        "sender_device": "dev-aaaa",
        "recipients": [{"agency": "rs-mup", "devices": ["dev-bbbb"]}],
        "priority": "routine",
        "handling": {"scheme": "uk", "code": "P"},
        "grading": {"scheme": "uk3x5x2", "source": "1", "intelligence": "A"},
        "created_at": NOW,
        "body": "Please confirm the travel history of the subject.",
        "subjects": [],
    }
    fields.update(overrides)
    return NewMessage(**fields)
