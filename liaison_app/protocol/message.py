"""The inner message: the signed plaintext only the recipients can read.

Every key is always present on the wire (`null` where a value is absent);
unknown keys are refused. See docs/protocol.md for the field table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from liaison_app.domain.checks import (
    SHORT_MAX,
    check_text,
    each_item,
    parse_enum,
    recall,
    remember,
    reprefixed,
)
from liaison_app.domain.financial import check_subject_references, needs_financial_version
from liaison_app.domain.grading import Grading, HandlingCode, check_same_scheme
from liaison_app.domain.message_content import (
    Content,
    content_from_wire,
    content_to_wire,
    content_type,
)
from liaison_app.domain.messages import MessageType, Priority
from liaison_app.domain.subjects import Subject, subject_to_wire, subjects_from_wire
from liaison_app.domain.timefmt import check_time, format_time, parse_time
from liaison_app.protocol.attachment import (
    AttachmentRef,
    attachments_from_wire,
    attachments_to_wire,
    check_attachment_list,
)
from liaison_app.protocol.errors import UnsupportedVersion, ValidationError
from liaison_app.protocol.ids import (
    validate_agency_id,
    validate_device_id,
    validate_message_id,
    validate_officer_id,
)
from liaison_app.protocol.limits import (
    INNER_VERSION_2,
    INNER_VERSION_3,
    INNER_VERSIONS,
    MAX_BODY_CHARS,
    MAX_RECIPIENT_AGENCIES,
    MAX_RECIPIENT_DEVICES,
    MAX_SUBJECTS,
    PROTOCOL_VERSION,
)
from liaison_app.protocol.wire import check_keys, expect_list, expect_object

__all__ = ["InnerMessage", "Recipients", "SenderRef", "inner_from_wire", "inner_to_wire",
           "inner_version"]

_FIELDS = frozenset({
    "v", "id", "type", "sender", "recipients", "case_ref", "priority", "handling",
    "grading", "subjects", "body", "content", "in_reply_to", "created_at", "expires_at",
    "lang",
})
_OPTIONAL_FIELDS = frozenset({"attachments"})
"""Present only when not empty (a message without attachments has no such key)."""
_SENDER_FIELDS = frozenset({"officer", "agency", "device"})
_RECIPIENT_FIELDS = frozenset({"agencies", "devices"})
_LANG_RE = re.compile(r"[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?", re.ASCII)


def validate_lang(text: object, field: str) -> str:
    """A BCP 47 tag of the form language[-Script][-REGION]: `en`, `sr-Latn`, `sr-Cyrl`, `bg`."""
    if not isinstance(text, str) or not _LANG_RE.fullmatch(text):
        raise ValidationError(field, "must be a BCP 47 tag like en, sr-Latn, sr-Cyrl or bg")
    return text


@dataclass(frozen=True, slots=True)
class SenderRef:
    """Who sent it: officer, their agency and the sending device."""

    officer: str
    agency: str
    device: str

    def __post_init__(self) -> None:
        validate_officer_id(self.officer, "officer")
        validate_agency_id(self.agency, "agency")
        validate_device_id(self.device, "device")
        if self.officer.split(".", 1)[0].upper() != self.agency:  # officer_agency_id
            raise ValidationError("agency", "is not the officer's agency")


def _sorted_unique(values: object, field: str, limit: int, minimum: int = 1
                   ) -> tuple[str, ...]:
    if not isinstance(values, tuple):
        raise ValidationError(field, "must be a tuple")
    if not minimum <= len(values) <= limit:
        raise ValidationError(field, f"must hold {minimum} to {limit} entries")
    if list(values) != sorted(set(values)):
        raise ValidationError(field, "must be sorted, without repeats")
    return values


@dataclass(frozen=True, slots=True)
class Recipients:
    """Addressed agencies and the exact devices that get a wrapped key (both sorted).

    `devices` is empty only in a message not sealed yet (composed offline, sealed at
    push for the agencies' devices then); the wire and `seal` demand at least one.
    """

    agencies: tuple[str, ...]
    devices: tuple[str, ...]

    def __post_init__(self) -> None:
        each_item(self.agencies if isinstance(self.agencies, tuple) else (), "agencies",
                  validate_agency_id)
        each_item(self.devices if isinstance(self.devices, tuple) else (), "devices",
                  validate_device_id)
        _sorted_unique(self.agencies, "agencies", MAX_RECIPIENT_AGENCIES)
        _sorted_unique(self.devices, "devices", MAX_RECIPIENT_DEVICES, minimum=0)

    @classmethod
    def of(cls, agencies: list[str] | tuple[str, ...],
           devices: list[str] | tuple[str, ...]) -> Recipients:
        """Build from unsorted input (sorts and removes repeats)."""
        return cls(tuple(sorted(set(agencies))), tuple(sorted(set(devices))))


def inner_version(subjects: tuple[Subject, ...],
                  attachments: tuple[AttachmentRef, ...] = (),
                  msg_type: MessageType | None = None) -> int:
    """The lowest inner message version that can carry `subjects` and `attachments`: 2
    with a financial subject or an attachment, else 1, so a message an older receiver can
    read stays readable (and one it cannot is refused as `unsupported_version`); 3 for
    joint-operation updates (type `operation`, which carry neither)."""
    if msg_type is MessageType.OPERATION:
        return INNER_VERSION_3
    if attachments or needs_financial_version(subjects):
        return INNER_VERSION_2
    return PROTOCOL_VERSION


def _check_inner_version(obj: Any, field: str) -> int:
    """`v` first: 1, 2 or 3; another integer is an unsupported version, not malformed."""
    f = f"{field}.v" if field else "v"
    if "v" not in obj:
        raise ValidationError(f, "is missing")
    v = obj["v"]
    if not isinstance(v, int) or isinstance(v, bool):
        raise ValidationError(f, "must be an integer")
    if v not in INNER_VERSIONS:
        raise UnsupportedVersion(f, v)
    return v


@dataclass(frozen=True, slots=True)
class InnerMessage:
    """A message as its sender signed it. Validated on construction.

    `v` follows from the subjects (`inner_version`): whatever is passed, a built
    message says 2 when it carries a financial subject and 1 otherwise.
    """

    id: str
    type: MessageType
    sender: SenderRef
    recipients: Recipients
    case_ref: str | None
    priority: Priority
    handling: HandlingCode | None
    grading: Grading | None
    subjects: tuple[Subject, ...]
    body: str
    content: Content
    in_reply_to: str | None
    created_at: datetime
    expires_at: datetime | None
    lang: str
    attachments: tuple[AttachmentRef, ...] = ()
    v: int = PROTOCOL_VERSION

    def __post_init__(self) -> None:
        if self.v not in INNER_VERSIONS:
            raise ValidationError("v", "must be 1, 2 or 3")
        validate_message_id(self.id, "id")
        object.__setattr__(self, "type", parse_enum(MessageType, self.type, "type"))
        object.__setattr__(self, "priority", parse_enum(Priority, self.priority, "priority"))
        if not isinstance(self.sender, SenderRef):
            raise ValidationError("sender", "must be a SenderRef")
        if not isinstance(self.recipients, Recipients):
            raise ValidationError("recipients", "must be a Recipients")
        if self.handling is not None and not isinstance(self.handling, HandlingCode):
            raise ValidationError("handling", "must be a HandlingCode")
        if self.grading is not None and not isinstance(self.grading, Grading):
            raise ValidationError("grading", "must be a Grading")
        if not isinstance(self.subjects, tuple) or len(self.subjects) > MAX_SUBJECTS:
            raise ValidationError("subjects", f"must be a tuple of at most {MAX_SUBJECTS}")
        for i, subject in enumerate(self.subjects):
            if not isinstance(subject, Subject):
                raise ValidationError(f"subjects[{i}]", "must be a subject")
        object.__setattr__(self, "v", inner_version(self.subjects, self.attachments, self.type))
        check_time(self.created_at, "created_at")  # parse_time gives only such times
        if self.expires_at is not None:
            check_time(self.expires_at, "expires_at")
        self._check_values()

    def _check_values(self) -> None:
        """The checks `inner_from_wire` does not make while parsing the parts (it runs
        only these on the object it builds; `__post_init__` runs them after the rest)."""
        expected = inner_version(self.subjects, self.attachments, self.type)
        if self.v != expected:
            raise ValidationError(
                "v", f"must be {expected}: 3 exactly for an operation update, else 2 exactly "
                "when a financial subject or an attachment is carried")
        if self.type is MessageType.OPERATION:
            self._check_operation_carrier()
        check_subject_references(self.subjects)
        if self.case_ref is not None:
            check_text(self.case_ref, "case_ref", max_len=SHORT_MAX)
        if self.grading is not None and self.handling is not None:
            check_same_scheme(self.grading, self.handling, "handling")
        check_text(self.body, "body", max_len=MAX_BODY_CHARS, required=False, multiline=True)
        if content_type(self.content) is not self.type:
            raise ValidationError("content", f"is not {self.type.value} content")
        self._check_refs_and_times()
        validate_lang(self.lang, "lang")
        if self.attachments:
            check_attachment_list(self.attachments, "attachments")

    def _check_operation_carrier(self) -> None:
        """An `operation` message carries its updates in `content` and nothing beside them
        (subjects, handling and text travel inside each update's body, §31)."""
        for name, empty in (("subjects", ()), ("attachments", ()), ("case_ref", None),
                            ("handling", None), ("grading", None), ("in_reply_to", None),
                            ("body", ""), ("expires_at", None)):
            if getattr(self, name) != empty:
                raise ValidationError(name, "must be empty in an operation message")

    def _check_refs_and_times(self) -> None:
        if self.in_reply_to is not None:
            validate_message_id(self.in_reply_to, "in_reply_to")
            if self.in_reply_to == self.id:
                raise ValidationError("in_reply_to", "must not be the message's own id")
        elif self.type is MessageType.REPLY:
            raise ValidationError("in_reply_to", "a reply must name the message it answers")
        if self.expires_at is not None and self.expires_at <= self.created_at:
            raise ValidationError("expires_at", "must be after created_at")


def inner_to_wire(m: InnerMessage) -> dict[str, Any]:
    """The JSON-ready object the sender signs. (Enum members give `_value_`, their value
    as a plain attribute, here and in the other `to_wire`s: `.value` is a slower property.)"""
    wire: dict[str, Any] = {
        "v": m.v,
        "id": m.id,
        "type": m.type._value_,
        "sender": {"officer": m.sender.officer, "agency": m.sender.agency,
                   "device": m.sender.device},
        "recipients": {"agencies": list(m.recipients.agencies),
                       "devices": list(m.recipients.devices)},
        "case_ref": m.case_ref,
        "priority": m.priority._value_,
        "handling": None if m.handling is None else m.handling.to_wire(),
        "grading": None if m.grading is None else m.grading.to_wire(),
        "subjects": [subject_to_wire(s) for s in m.subjects],
        "body": m.body,
        "content": content_to_wire(m.content),
        "in_reply_to": m.in_reply_to,
        "created_at": format_time(m.created_at),
        "expires_at": None if m.expires_at is None else format_time(m.expires_at),
        "lang": m.lang,
    }
    if m.attachments:
        wire["attachments"] = attachments_to_wire(m.attachments)
    return wire


_SENDERS: dict[tuple[str, str, str], SenderRef] = {}
_RECIPIENTS: dict[tuple[tuple[str, ...], tuple[str, ...]], Recipients] = {}
"""Senders and recipient lists already parsed, by their exact wire text (`remember`)."""


def _sender_from_wire(obj: Any, field: str) -> SenderRef:
    o = expect_object(obj, field)
    check_keys(o, field, _SENDER_FIELDS)
    key = (o["officer"], o["agency"], o["device"])
    hit = recall(_SENDERS, key)
    if hit is not None:
        return hit
    try:
        return remember(_SENDERS, key, SenderRef(*key))
    except ValidationError as exc:
        raise reprefixed(field, exc) from None


def _str_list(obj: Any, field: str, limit: int) -> tuple[str, ...]:
    """The array as a tuple; `Recipients` checks each item (a non-string is named
    `field[i]`: "must be a string" there too)."""
    return tuple(expect_list(obj, field, max_items=limit, min_items=1))


def _recipients_from_wire(obj: Any, field: str) -> Recipients:
    o = expect_object(obj, field)
    check_keys(o, field, _RECIPIENT_FIELDS)
    if type(o["agencies"]) is list and type(o["devices"]) is list:
        hit = recall(_RECIPIENTS, (tuple(o["agencies"]), tuple(o["devices"])))
        if hit is not None:
            return hit
    agencies = _str_list(o["agencies"], f"{field}.agencies", MAX_RECIPIENT_AGENCIES)
    devices = _str_list(o["devices"], f"{field}.devices", MAX_RECIPIENT_DEVICES)
    try:
        return remember(_RECIPIENTS, (agencies, devices), Recipients(agencies, devices))
    except ValidationError as exc:
        raise reprefixed(field, exc) from None


def inner_from_wire(obj: Any, field: str = "message") -> InnerMessage:
    """Strictly build an InnerMessage from a parsed JSON object; errors name the field."""
    o = expect_object(obj, field)
    version = _check_inner_version(o, field)
    check_keys(o, field, _FIELDS, _OPTIONAL_FIELDS)
    p = f"{field}."
    msg_type = parse_enum(MessageType, o["type"], p + "type")
    subjects_raw = expect_list(o["subjects"], p + "subjects", max_items=MAX_SUBJECTS)
    case_ref = o["case_ref"]
    if case_ref is not None and not isinstance(case_ref, str):
        raise ValidationError(p + "case_ref", "must be a string or null")
    expires = o["expires_at"]
    try:
        return _parsed_inner(
            id=validate_message_id(o["id"], "id"),
            type=msg_type,
            sender=_sender_from_wire(o["sender"], "sender"),
            recipients=_recipients_from_wire(o["recipients"], "recipients"),
            case_ref=case_ref,
            priority=parse_enum(Priority, o["priority"], "priority"),
            handling=None if o["handling"] is None
            else HandlingCode.from_wire(o["handling"], "handling"),
            grading=None if o["grading"] is None
            else Grading.from_wire(o["grading"], "grading"),
            subjects=subjects_from_wire(subjects_raw, "subjects"),
            body=o["body"],
            content=content_from_wire(msg_type, o["content"], "content"),
            in_reply_to=None if o["in_reply_to"] is None
            else validate_message_id(o["in_reply_to"], "in_reply_to"),
            created_at=parse_time(o["created_at"], "created_at"),
            expires_at=None if expires is None else parse_time(expires, "expires_at"),
            lang=o["lang"],
            attachments=attachments_from_wire(o["attachments"], "attachments")
            if "attachments" in o else (),
            v=version,
        )
    except ValidationError as exc:
        raise reprefixed(field, exc) from None


_INNER_SLOTS = tuple((name, getattr(InnerMessage, name).__set__)
                     for name in InnerMessage.__dataclass_fields__)
"""Each init field and its slot's setter (which bypasses the frozen `__setattr__`)."""


def _parsed_inner(**parts: Any) -> InnerMessage:
    """An InnerMessage from parts `inner_from_wire` has already checked.

    The wire parser has made the first half of `__post_init__`'s checks on each
    part (v by _check_inner_version, id, type and priority parsed, times by parse_time,
    sender, recipients, handling, grading and each subject built by their own
    validating constructors, at most MAX_SUBJECTS of them); this runs the remaining
    half (`_check_values`) once instead of all of them again.
    """
    m: InnerMessage = object.__new__(InnerMessage)
    for name, put in _INNER_SLOTS:
        put(m, parts[name])
    m._check_values()
    return m
