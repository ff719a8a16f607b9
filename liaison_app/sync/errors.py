"""Typed sync failures: each says what happened and what the officer can do.

The engine decides from the class alone: `Unreachable` and `RateLimited` are
retried after a backoff, `ReEnrolRequired` stops syncing until IT re-enrols
the device, `TlsRefused` and `ProtocolViolation` stop this run and are shown,
`Rejected` is the hub refusing one request for a stated reason.
"""

from __future__ import annotations

from enum import StrEnum


class SyncErrorKind(StrEnum):
    """Stable names of the error classes (for status files and the GUI)."""

    UNREACHABLE = "unreachable"
    RATE_LIMITED = "rate_limited"
    RE_ENROL_REQUIRED = "re_enrol_required"
    TLS_REFUSED = "tls_refused"
    REJECTED = "rejected"
    PROTOCOL_VIOLATION = "protocol_violation"


class SyncError(Exception):
    """A sync step failed; `kind` classifies it, the text is one plain line."""

    kind: SyncErrorKind = SyncErrorKind.UNREACHABLE
    transient: bool = False
    nothing_sent: bool = False
    """True when the request certainly never left (no connection was made)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Unreachable(SyncError):
    """No usable answer: refused, reset, timed out, cut short, or a 5xx."""

    kind = SyncErrorKind.UNREACHABLE
    transient = True

    def __init__(self, message: str, *, nothing_sent: bool = False) -> None:
        super().__init__(message)
        self.nothing_sent = nothing_sent


class RateLimited(SyncError):
    """The hub asked us to slow down for `retry_after` seconds."""

    kind = SyncErrorKind.RATE_LIMITED
    transient = True

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ReEnrolRequired(SyncError):
    """This device is revoked or unknown to the hub: IT must enrol it again."""

    kind = SyncErrorKind.RE_ENROL_REQUIRED


class TlsRefused(SyncError):
    """The hub's TLS identity is not the one the profile trusts (or not https)."""

    kind = SyncErrorKind.TLS_REFUSED
    nothing_sent = True  # refused in the handshake, before any request byte


class Rejected(SyncError):
    """The hub refused a request with a machine-readable `reason` code."""

    kind = SyncErrorKind.REJECTED

    def __init__(self, message: str, reason: str, status: int = 0) -> None:
        super().__init__(message)
        self.reason = reason
        self.status = status


class ProtocolViolation(SyncError):
    """The hub answered something this client cannot accept (malformed or inconsistent)."""

    kind = SyncErrorKind.PROTOCOL_VIOLATION


def classify(exc: BaseException) -> SyncError:
    """Any exception from a sync step as a SyncError (unexpected ones as violations)."""
    if isinstance(exc, SyncError):
        return exc
    return ProtocolViolation(f"unexpected failure: {exc.__class__.__name__}: {exc}")
