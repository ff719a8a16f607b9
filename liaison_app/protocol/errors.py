"""Typed errors for everything that crosses a boundary.

A `ValidationError` names the failing field (a dotted path) and why, so a
partner agency's developer or an officer can act on it. A `Rejection` is the
typed reason an envelope is refused; it is what the quarantine records.
"""

from __future__ import annotations

from enum import StrEnum

from liaison_app.domain.errors import ValidationError

__all__ = ["RejectReason", "Rejection", "UnsupportedVersion", "ValidationError"]


class RejectReason(StrEnum):
    """Why an envelope was refused. The values are stable wire/database codes."""

    MALFORMED = "malformed"
    UNSUPPORTED_VERSION = "unsupported_version"
    BAD_OUTER_SIGNATURE = "bad_outer_signature"
    BAD_INNER_SIGNATURE = "bad_inner_signature"
    BINDING_MISMATCH = "binding_mismatch"
    NOT_A_RECIPIENT = "not_a_recipient"
    UNKNOWN_SENDER = "unknown_sender"
    REVOKED_SENDER = "revoked_sender"
    EXPIRED = "expired"
    REPLAYED = "replayed"


class Rejection(Exception):
    """An envelope was refused for `reason`; `detail` says more (never plaintext content)."""

    def __init__(self, reason: RejectReason, detail: str = "") -> None:
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)
        self.reason = reason
        self.detail = detail


class UnsupportedVersion(ValidationError):
    """A document carries a `v` this code does not speak (maps to UNSUPPORTED_VERSION)."""

    def __init__(self, field: str, version: object) -> None:
        super().__init__(field, f"version {version!r} is not supported")
        self.version = version
