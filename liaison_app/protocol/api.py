"""Hub API payloads (`/v1`): typed forms, wire codecs and strict parsers.

Envelopes inside payloads travel as their wire objects (see protocol.envelope);
the signed directory travels as its signed object, so
`canonical_bytes(obj)` gives back exactly the bytes the authority signed.
Cursors are opaque strings to clients (the reference hub uses decimals).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from liaison_app.domain.parties import validate_officer_id
from liaison_app.protocol.canonical import JsonValue, b64u_decode, b64u_encode, canonical_bytes
from liaison_app.protocol.errors import RejectReason, ValidationError
from liaison_app.protocol.ids import validate_device_id
from liaison_app.protocol.limits import SIGN_KEY_BYTES, SIGNATURE_BYTES
from liaison_app.protocol.request_signature import AuthCode
from liaison_app.protocol.wire import check_keys, expect_list, expect_object, expect_str

__all__ = [
    "MAX_BATCH",
    "MAX_PAGE",
    "AckRequest",
    "AckResponse",
    "BatchResult",
    "EnrolRequest",
    "EnrolResponse",
    "EnvelopeBatch",
    "EnvelopeResult",
    "EnvelopeStatus",
    "ErrorBody",
    "ErrorCode",
    "HubRejectReason",
    "InboxItem",
    "InboxPage",
    "validate_cursor",
]

MAX_BATCH = 100
"""Envelopes per `POST /v1/envelopes`."""
MAX_PAGE = 100
"""Items per inbox page."""
_CURSOR_RE = re.compile(r"^[0-9]{1,19}$")
_TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{22,128}$")


class ErrorCode(StrEnum):
    """Machine-readable error codes in `{"error": {"code", "message"}}` bodies."""

    UNSIGNED = AuthCode.UNSIGNED.value
    MALFORMED_SIGNATURE = AuthCode.MALFORMED.value
    STALE_REQUEST = AuthCode.STALE.value
    BAD_SIGNATURE = AuthCode.BAD_SIGNATURE.value
    DIGEST_MISMATCH = AuthCode.DIGEST_MISMATCH.value
    REPLAYED_REQUEST = "replayed_request"
    UNKNOWN_DEVICE = "unknown_device"
    DEVICE_REVOKED = "device_revoked"
    NOT_YOUR_MAILBOX = "not_your_mailbox"
    INVALID_TOKEN = "invalid_token"  # noqa: S105 (an error code)
    TOKEN_USED = "token_used"  # noqa: S105
    TOKEN_EXPIRED = "token_expired"  # noqa: S105
    DEVICE_EXISTS = "device_exists"
    BAD_REQUEST = "bad_request"
    BAD_CURSOR = "bad_cursor"
    BODY_TOO_LARGE = "body_too_large"
    BATCH_TOO_LARGE = "batch_too_large"
    RATE_LIMITED = "rate_limited"
    NOT_FOUND = "not_found"
    AUDIT_HEAD_BEHIND = "audit_head_behind"
    AUDIT_HEAD_CONFLICT = "audit_head_conflict"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    UNAVAILABLE = "unavailable"
    INTERNAL = "internal_error"
    BLOB_TOO_LARGE = "blob_too_large"
    QUOTA_EXCEEDED = "quota_exceeded"
    BLOB_EXISTS = "blob_exists"
    BLOB_OFFSET_MISMATCH = "blob_offset_mismatch"
    BLOB_INCOMPLETE = "blob_incomplete"
    BLOB_DIGEST_MISMATCH = "blob_digest_mismatch"
    BLOB_COMPLETE = "blob_complete"
    NOT_A_BLOB_RECIPIENT = "not_a_blob_recipient"


class EnvelopeStatus(StrEnum):
    """Per-envelope outcome of a batch."""

    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


class HubRejectReason(StrEnum):
    """Why the hub rejected one envelope: RejectReason codes plus hub-only ones."""

    MALFORMED = RejectReason.MALFORMED.value
    UNSUPPORTED_VERSION = RejectReason.UNSUPPORTED_VERSION.value
    BAD_OUTER_SIGNATURE = RejectReason.BAD_OUTER_SIGNATURE.value
    BINDING_MISMATCH = RejectReason.BINDING_MISMATCH.value
    REPLAYED = RejectReason.REPLAYED.value
    UNKNOWN_SENDER = RejectReason.UNKNOWN_SENDER.value
    """A relayed envelope (§16.4) whose sender is not enrolled at this hub."""
    REVOKED_SENDER = RejectReason.REVOKED_SENDER.value
    """A relayed envelope whose sender's device has been revoked."""
    EXPIRED = RejectReason.EXPIRED.value
    """A relayed envelope sealed longer ago than the hub keeps mail."""
    SENDER_MISMATCH = "sender_mismatch"
    UNKNOWN_RECIPIENT = "unknown_recipient"
    NO_ACTIVE_RECIPIENT = "no_active_recipient"
    TOO_LARGE = "too_large"
    BLOB_MISSING = "blob_missing"
    BLOB_FOREIGN = "blob_foreign"


def validate_cursor(value: object, field: str) -> str:
    """A cursor: 1-19 decimal digits."""
    if not isinstance(value, str) or not _CURSOR_RE.match(value):
        raise ValidationError(field, "must be a cursor (1-19 decimal digits)")
    return value


def _bool(value: object, field: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(field, "must be true or false")
    return value


@dataclass(frozen=True, slots=True)
class EnrolRequest:
    """`POST /v1/devices`: a one-time token and the new device's public keys."""

    token: str
    officer_id: str
    device_id: str
    sign_key: bytes
    box_key: bytes
    box_key_sig: bytes

    def to_wire(self) -> dict[str, JsonValue]:
        """JSON-ready form."""
        return {
            "token": self.token, "officer_id": self.officer_id, "device_id": self.device_id,
            "sign_key": b64u_encode(self.sign_key), "box_key": b64u_encode(self.box_key),
            "box_key_sig": b64u_encode(self.box_key_sig),
        }

    @classmethod
    def from_wire(cls, obj: object) -> EnrolRequest:
        """Strict parse (key/id consistency is checked by the hub with crypto)."""
        o = expect_object(obj, "enrol")
        check_keys(o, "", frozenset(
            {"token", "officer_id", "device_id", "sign_key", "box_key", "box_key_sig"}))
        token = o["token"]
        if not isinstance(token, str) or not _TOKEN_RE.match(token):
            raise ValidationError("token", "must be 22-128 base64url characters")
        return cls(
            token=token,
            officer_id=validate_officer_id(o["officer_id"], "officer_id"),
            device_id=validate_device_id(o["device_id"], "device_id"),
            sign_key=b64u_decode(o["sign_key"], "sign_key", size=SIGN_KEY_BYTES),
            box_key=b64u_decode(o["box_key"], "box_key", size=32),
            box_key_sig=b64u_decode(o["box_key_sig"], "box_key_sig", size=SIGNATURE_BYTES),
        )


@dataclass(frozen=True, slots=True)
class EnrolResponse:
    """The enrolled device id and the re-signed directory that now lists it."""

    device_id: str
    directory: Mapping[str, Any]

    @property
    def directory_bytes(self) -> bytes:
        """The signed directory document exactly as signed (for verify_directory)."""
        return canonical_bytes(self.directory)

    def to_wire(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"device_id": self.device_id, "directory": dict(self.directory)}

    @classmethod
    def from_wire(cls, obj: object) -> EnrolResponse:
        """Strict parse (the directory is verified separately)."""
        o = expect_object(obj, "enrol_response")
        check_keys(o, "", frozenset({"device_id", "directory"}))
        return cls(device_id=validate_device_id(o["device_id"], "device_id"),
                   directory=expect_object(o["directory"], "directory"))


@dataclass(frozen=True, slots=True)
class EnvelopeBatch:
    """`POST /v1/envelopes`: up to MAX_BATCH envelope wire objects."""

    envelopes: tuple[Mapping[str, Any], ...]

    def to_wire(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"envelopes": [dict(e) for e in self.envelopes]}

    @classmethod
    def from_wire(cls, obj: object, *, max_batch: int = MAX_BATCH) -> EnvelopeBatch:
        """Parse the batch shape; each envelope is parsed (and judged) on its own."""
        o = expect_object(obj, "batch")
        check_keys(o, "", frozenset({"envelopes"}))
        items = expect_list(o["envelopes"], "envelopes", max_items=max_batch, min_items=1)
        return cls(envelopes=tuple(expect_object(e, f"envelopes[{i}]")
                                   for i, e in enumerate(items)))


@dataclass(frozen=True, slots=True)
class EnvelopeResult:
    """The outcome for the envelope at `index` of the batch."""

    index: int
    id: str | None
    status: EnvelopeStatus
    reason: HubRejectReason | None = None
    detail: str = ""

    def to_wire(self) -> dict[str, JsonValue]:
        """JSON-ready form (`reason`/`detail` only on rejection)."""
        out: dict[str, JsonValue] = {"index": self.index, "id": self.id,
                                     "status": self.status.value}
        if self.reason is not None:
            out["reason"] = self.reason.value
            out["detail"] = self.detail
        return out

    @classmethod
    def from_wire(cls, obj: object, field: str) -> EnvelopeResult:
        """Strict parse."""
        o = expect_object(obj, field)
        check_keys(o, field, frozenset({"index", "id", "status"}),
                   frozenset({"reason", "detail"}))
        index = o["index"]
        if isinstance(index, bool) or not isinstance(index, int) or index < 0:
            raise ValidationError(f"{field}.index", "must be a non-negative integer")
        env_id = o["id"]
        if env_id is not None and not isinstance(env_id, str):
            raise ValidationError(f"{field}.id", "must be a string or null")
        try:
            status = EnvelopeStatus(o["status"])
            reason = None if o.get("reason") is None else HubRejectReason(o["reason"])
        except ValueError as exc:
            raise ValidationError(field, f"unknown status or reason ({exc})") from exc
        if (status is EnvelopeStatus.REJECTED) != (reason is not None):
            raise ValidationError(f"{field}.reason", "is given exactly when rejected")
        detail = o.get("detail", "")
        if not isinstance(detail, str):
            raise ValidationError(f"{field}.detail", "must be a string")
        return cls(index=index, id=env_id, status=status, reason=reason, detail=detail)


@dataclass(frozen=True, slots=True)
class BatchResult:
    """The response to a batch: one result per envelope, in request order."""

    results: tuple[EnvelopeResult, ...]

    def to_wire(self) -> dict[str, JsonValue]:
        """JSON-ready form."""
        return {"results": [r.to_wire() for r in self.results]}

    @classmethod
    def from_wire(cls, obj: object) -> BatchResult:
        """Strict parse."""
        o = expect_object(obj, "batch_result")
        check_keys(o, "", frozenset({"results"}))
        items = expect_list(o["results"], "results", max_items=MAX_BATCH * 10)
        return cls(results=tuple(EnvelopeResult.from_wire(r, f"results[{i}]")
                                 for i, r in enumerate(items)))


@dataclass(frozen=True, slots=True)
class InboxItem:
    """One mailbox entry: its cursor and the envelope wire object."""

    cursor: str
    envelope: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class InboxPage:
    """`GET /v1/inbox`: items after the given cursor, in order."""

    items: tuple[InboxItem, ...]
    next_cursor: str
    more: bool

    def to_wire(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "items": [{"cursor": i.cursor, "envelope": dict(i.envelope)} for i in self.items],
            "next_cursor": self.next_cursor, "more": self.more,
        }

    @classmethod
    def from_wire(cls, obj: object, *, max_items: int = MAX_PAGE) -> InboxPage:
        """Strict parse (envelopes are parsed by the receiver, one by one)."""
        o = expect_object(obj, "inbox")
        check_keys(o, "", frozenset({"items", "next_cursor", "more"}))
        items: list[InboxItem] = []
        for i, raw in enumerate(expect_list(o["items"], "items", max_items=max_items)):
            f = f"items[{i}]"
            item = expect_object(raw, f)
            check_keys(item, f, frozenset({"cursor", "envelope"}))
            items.append(InboxItem(cursor=validate_cursor(item["cursor"], f"{f}.cursor"),
                                   envelope=expect_object(item["envelope"], f"{f}.envelope")))
        return cls(items=tuple(items),
                   next_cursor=validate_cursor(o["next_cursor"], "next_cursor"),
                   more=_bool(o["more"], "more"))


@dataclass(frozen=True, slots=True)
class AckRequest:
    """`POST /v1/inbox/ack`: everything up to and including `cursor` was stored."""

    cursor: str

    def to_wire(self) -> dict[str, JsonValue]:
        """JSON-ready form."""
        return {"cursor": self.cursor}

    @classmethod
    def from_wire(cls, obj: object) -> AckRequest:
        """Strict parse."""
        o = expect_object(obj, "ack")
        check_keys(o, "", frozenset({"cursor"}))
        return cls(cursor=validate_cursor(o["cursor"], "cursor"))


@dataclass(frozen=True, slots=True)
class AckResponse:
    """How many mailbox entries the ack removed."""

    deleted: int

    def to_wire(self) -> dict[str, JsonValue]:
        """JSON-ready form."""
        return {"deleted": self.deleted}

    @classmethod
    def from_wire(cls, obj: object) -> AckResponse:
        """Strict parse."""
        o = expect_object(obj, "ack_response")
        check_keys(o, "", frozenset({"deleted"}))
        deleted = o["deleted"]
        if isinstance(deleted, bool) or not isinstance(deleted, int) or deleted < 0:
            raise ValidationError("deleted", "must be a non-negative integer")
        return cls(deleted=deleted)


@dataclass(frozen=True, slots=True)
class ErrorBody:
    """`{"error": {"code": ..., "message": ...}}`; unknown codes are kept as text."""

    code: str
    message: str
    extra: Mapping[str, JsonValue] = field(default_factory=dict)

    def to_wire(self) -> dict[str, JsonValue]:
        """JSON-ready form."""
        inner: dict[str, JsonValue] = {"code": self.code, "message": self.message}
        inner.update(self.extra)
        return {"error": inner}

    @classmethod
    def from_wire(cls, obj: object) -> ErrorBody:
        """Parse an error body (lenient about extra members inside `error`)."""
        o = expect_object(obj, "error_body")
        check_keys(o, "", frozenset({"error"}))
        inner = expect_object(o["error"], "error")
        code = expect_str(inner.get("code"), "error.code", max_chars=64)
        message = expect_str(inner.get("message", ""), "error.message", max_chars=2000,
                             min_chars=0)
        extra = {k: v for k, v in inner.items() if k not in ("code", "message")}
        return cls(code=code, message=message, extra=extra)

    @property
    def known_code(self) -> ErrorCode | None:
        """The code as an ErrorCode, or None if this client does not know it."""
        try:
            return ErrorCode(self.code)
        except ValueError:
            return None
