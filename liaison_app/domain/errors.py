"""The one validation error every layer raises for bad input from outside."""

from __future__ import annotations


class ValidationError(ValueError):
    """Input does not meet the rules; `field` is a dotted path to the culprit."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}" if field else reason)
        self.field = field
        self.reason = reason
