"""Joint-operation updates: the signed headers that order a shared record, and the content
of the `operation` message that carries them.

Every change to a joint operation (proposed, agreed, declined, a task, a decision, an
outcome, a shared message...) is one *update*: a header signed by its author's device
and a body the header commits to by digest (`operation_control_bodies`,
`operation_content_bodies`; their union `Body` and its strict parse are here). The
header holds what every copy needs to put the update in the same place and to judge it
the same way: the author, the updates it follows (`deps`, the heads the author's copy
held), a Lamport `clock`, the author device's own sequence number `seq`, and `about`
(the task a task state changes). The shared order and the rules are in
`operation_state` (ADR 0026).

`OperationContent` is the content of an inner message of type `operation`: one
operation and 1 to MAX_ITEMS items, each a signed header with its body (or null).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeAlias

from liaison_app.domain.checks import parse_enum, reprefixed, wire_object
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.operation_bodies import check_update_id
from liaison_app.domain.operation_content_bodies import (
    DecisionBody,
    OutcomeBody,
    ShareBody,
    TaskBody,
    TaskStateBody,
)
from liaison_app.domain.operation_control_bodies import (
    AcceptBody,
    ConsentBody,
    ProposeBody,
    ReasonBody,
)
from liaison_app.domain.parties import (
    officer_agency_id,
    validate_agency_id,
    validate_device_id,
    validate_officer_id,
)
from liaison_app.domain.timefmt import check_time, format_time, parse_time

MAX_ITEMS = 200
"""Updates one `operation` message carries ."""
MAX_DEPS = 64
MAX_SEQ = 2**31
HEADER_VERSION = 1
_B64_64 = re.compile(r"[A-Za-z0-9_-]{85}[AQgw]", re.ASCII)
"""64 bytes as canonical unpadded base64url (86 characters)."""
_B64_32 = re.compile(r"[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]", re.ASCII)
"""32 bytes as canonical unpadded base64url (43 characters)."""

_HEADER_KEYS = frozenset({"v", "id", "operation", "kind", "author", "seq", "clock", "deps",
                          "about", "created_at", "body_sha256"})
_AUTHOR_KEYS = frozenset({"officer", "agency", "device"})
_ITEM_KEYS = frozenset({"update", "sig", "body"})
_CONTENT_KEYS = frozenset({"operation", "items"})


class UpdateKind(StrEnum):
    """What an update does."""

    PROPOSE = "propose"
    ACCEPT = "accept"
    DECLINE = "decline"
    LEAVE = "leave"
    CONCLUDE = "conclude"
    CONSENT = "consent"
    SHARE = "share"
    DECISION = "decision"
    TASK = "task"
    TASK_STATE = "task_state"
    OUTCOME = "outcome"


CONTROL_KINDS = frozenset({UpdateKind.PROPOSE, UpdateKind.ACCEPT, UpdateKind.DECLINE,
                           UpdateKind.LEAVE, UpdateKind.CONCLUDE,
                           UpdateKind.CONSENT})
"""Who takes part and on what terms: never withheld (every copy needs them to judge the rest)."""
CONTENT_KINDS = frozenset({UpdateKind.SHARE, UpdateKind.DECISION, UpdateKind.TASK,
                           UpdateKind.TASK_STATE, UpdateKind.OUTCOME})
"""The work itself: bodies follow the handling rules and may be withheld from a copy."""

Body: TypeAlias = (ProposeBody | AcceptBody | ReasonBody | ConsentBody
                   | ShareBody | DecisionBody | TaskBody | TaskStateBody | OutcomeBody)

BODY_KEYS: dict[type[Any], frozenset[str]] = {
    ProposeBody: frozenset({"ref", "title", "crime_area", "participants", "handling",
                            "objectives", "summary", "salt"}),
    AcceptBody: frozenset({"officers", "salt"}),
    ReasonBody: frozenset({"reason", "salt"}),
    ConsentBody: frozenset({"agency", "salt"}),
    ShareBody: frozenset({"title", "text", "subjects", "handling", "grading", "source",
                          "salt"}),
    DecisionBody: frozenset({"text", "decided_on", "salt"}),
    TaskBody: frozenset({"title", "details", "assignee", "due_on", "salt"}),
    TaskStateBody: frozenset({"done", "note", "salt"}),
    OutcomeBody: frozenset({"kind", "occurred_on", "count", "amount", "note", "salt"}),
}
"""Each body class and its exact wire keys."""


def body_from_wire(cls: type[Body], obj: object, field: str) -> Body:
    """Strictly parse a body of class `cls`; errors name `field`."""
    try:
        d = wire_object(obj, BODY_KEYS[cls])
        return cls.from_wire(d)
    except ValidationError as exc:
        raise reprefixed(field, exc) from None


BODY_CLASSES: dict[UpdateKind, type[Any]] = {
    UpdateKind.PROPOSE: ProposeBody, UpdateKind.ACCEPT: AcceptBody,
    UpdateKind.DECLINE: ReasonBody,
    UpdateKind.LEAVE: ReasonBody, UpdateKind.CONCLUDE: ReasonBody,
    UpdateKind.CONSENT: ConsentBody, UpdateKind.SHARE: ShareBody,
    UpdateKind.DECISION: DecisionBody, UpdateKind.TASK: TaskBody,
    UpdateKind.TASK_STATE: TaskStateBody, UpdateKind.OUTCOME: OutcomeBody,
}
"""Update kind -> the class of its body."""


def check_sig_text(value: object, field: str) -> str:
    """64 bytes (a signature) as canonical unpadded base64url."""
    if not isinstance(value, str) or not _B64_64.fullmatch(value):
        raise ValidationError(field, "must be a 64-byte signature as unpadded base64url")
    return value


def check_digest_text(value: object, field: str) -> str:
    """32 bytes (a SHA-256 digest) as canonical unpadded base64url."""
    if not isinstance(value, str) or not _B64_32.fullmatch(value):
        raise ValidationError(field, "must be a 32-byte digest as unpadded base64url")
    return value


@dataclass(frozen=True, slots=True)
class Author:
    """Who signed an update: officer, agency and device."""

    officer: str
    agency: str
    device: str

    def __post_init__(self) -> None:
        validate_officer_id(self.officer, "officer")
        validate_agency_id(self.agency, "agency")
        validate_device_id(self.device, "device")
        if officer_agency_id(self.officer) != self.agency:
            raise ValidationError("agency", "is not the officer's agency")

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"officer": self.officer, "agency": self.agency, "device": self.device}


@dataclass(frozen=True, slots=True)
class UpdateHeader:
    """The signed part of an update: where it goes in the order, and its body's digest."""

    id: str
    operation: str
    kind: UpdateKind
    author: Author
    seq: int
    clock: int
    deps: tuple[str, ...]
    about: str | None
    created_at: datetime
    body_sha256: str
    v: int = HEADER_VERSION

    def __post_init__(self) -> None:
        if self.v != HEADER_VERSION:
            raise ValidationError("v", "must be {version}", version=str(HEADER_VERSION))
        check_update_id(self.id, "id")
        check_update_id(self.operation, "operation")
        object.__setattr__(self, "kind", parse_enum(UpdateKind, self.kind, "kind"))
        if not isinstance(self.author, Author):
            raise ValidationError("author", "must be an Author")
        for name in ("seq", "clock"):
            value = getattr(self, name)
            if type(value) is not int or not 1 <= value <= MAX_SEQ:
                raise ValidationError(name, "must be a whole number from 1 to {limit}",
                                      limit=str(MAX_SEQ))
        deps = self.deps
        if not isinstance(deps, tuple) or len(deps) > MAX_DEPS:
            raise ValidationError("deps", "must hold at most {limit} update ids",
                                  limit=str(MAX_DEPS))
        for i, dep in enumerate(deps):
            check_update_id(dep, f"deps[{i}]")
        if list(deps) != sorted(set(deps)):
            raise ValidationError("deps", "must be sorted, without repeats")
        if self.id in deps:
            raise ValidationError("deps", "must not name the update itself")
        self._check_shape()
        if self.about is not None:
            check_update_id(self.about, "about")
        object.__setattr__(self, "created_at", check_time(self.created_at, "created_at"))
        check_digest_text(self.body_sha256, "body_sha256")

    def _check_shape(self) -> None:
        """The proposal starts the operation; only a task state names what it is about."""
        if self.kind is UpdateKind.PROPOSE:
            if self.operation != self.id or self.deps or self.seq != 1 or self.clock != 1:
                raise ValidationError("operation", "a proposal is the operation's first "
                                      "update: its own id, no deps, seq 1, clock 1")
        else:
            if self.operation == self.id:
                raise ValidationError("operation", "only a proposal starts an operation")
            if not self.deps:
                raise ValidationError("deps", "must name the updates this one follows")
        if (self.kind is UpdateKind.TASK_STATE) != (self.about is not None):
            raise ValidationError("about", "a task state names its task; nothing else does")

    @property
    def is_content(self) -> bool:
        """True for the kinds whose body may be withheld."""
        return self.kind in CONTENT_KINDS

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form (the author's device signs its canonical bytes)."""
        return {"v": self.v, "id": self.id, "operation": self.operation,
                "kind": self.kind.value, "author": self.author.to_wire(), "seq": self.seq,
                "clock": self.clock, "deps": list(self.deps), "about": self.about,
                "created_at": format_time(self.created_at), "body_sha256": self.body_sha256}

    @classmethod
    def from_wire(cls, obj: object, field: str) -> UpdateHeader:
        """Strict parse; errors name `field`."""
        try:
            d = wire_object(obj, _HEADER_KEYS)
            if d["v"] != HEADER_VERSION or type(d["v"]) is not int:
                raise ValidationError("v", "must be {version}", version=str(HEADER_VERSION))
            a = wire_object(d["author"], _AUTHOR_KEYS)
            try:
                author = Author(a["officer"], a["agency"], a["device"])
            except ValidationError as exc:
                raise reprefixed("author", exc) from None
            deps = d["deps"]
            if not isinstance(deps, list):
                raise ValidationError("deps", "must be an array")
            return cls(id=d["id"], operation=d["operation"], kind=d["kind"], author=author,
                       seq=d["seq"], clock=d["clock"], deps=tuple(deps), about=d["about"],
                       created_at=parse_time(d["created_at"], "created_at"),
                       body_sha256=d["body_sha256"])
        except ValidationError as exc:
            raise reprefixed(field, exc) from None


@dataclass(frozen=True, slots=True)
class OperationItem:
    """One signed update as it travels: header, the author's signature, the body or None
    (withheld from this copy)."""

    header: UpdateHeader
    sig: str
    body: Body | None

    def __post_init__(self) -> None:
        if not isinstance(self.header, UpdateHeader):
            raise ValidationError("update", "must be an UpdateHeader")
        check_sig_text(self.sig, "sig")
        if self.body is None:
            if not self.header.is_content:
                raise ValidationError("body", "a {kind} update always carries its body",
                                      kind=self.header.kind.value)
        elif not isinstance(self.body, BODY_CLASSES[self.header.kind]):
            raise ValidationError("body", "is not the body of a {kind} update",
                                  kind=self.header.kind.value)

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"update": self.header.to_wire(), "sig": self.sig,
                "body": None if self.body is None else self.body.to_wire()}

    @classmethod
    def from_wire(cls, obj: object, field: str) -> OperationItem:
        """Strict parse; errors name `field`."""
        try:
            d = wire_object(obj, _ITEM_KEYS)
            header = UpdateHeader.from_wire(d["update"], "update")
            raw = d["body"]
            body = None if raw is None else body_from_wire(BODY_CLASSES[header.kind], raw,
                                                           "body")
            return cls(header, d["sig"], body)
        except ValidationError as exc:
            raise reprefixed(field, exc) from None


@dataclass(frozen=True, slots=True)
class OperationContent:
    """The content of an `operation` message: updates of one operation, 1 to MAX_ITEMS."""

    operation: str
    items: tuple[OperationItem, ...]

    def __post_init__(self) -> None:
        check_update_id(self.operation, "operation")
        if not isinstance(self.items, tuple) or not 1 <= len(self.items) <= MAX_ITEMS:
            raise ValidationError("items", "must hold 1 to {limit} updates",
                                  limit=str(MAX_ITEMS))
        seen: set[str] = set()
        for i, item in enumerate(self.items):
            if not isinstance(item, OperationItem):
                raise ValidationError(f"items[{i}]", "must be an OperationItem")
            if item.header.operation != self.operation:
                raise ValidationError(f"items[{i}].update.operation",
                                      "is not the message's operation")
            if item.header.id in seen:
                raise ValidationError(f"items[{i}].update.id", "is carried twice")
            seen.add(item.header.id)

    def to_wire(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"operation": self.operation, "items": [i.to_wire() for i in self.items]}

    @classmethod
    def from_wire(cls, obj: object, field: str) -> OperationContent:
        """Strict parse; errors name `field`."""
        try:
            d = wire_object(obj, _CONTENT_KEYS)
            items = d["items"]
            if not isinstance(items, list) or not 1 <= len(items) <= MAX_ITEMS:
                raise ValidationError("items", "must be an array of 1 to {limit} updates",
                                      limit=str(MAX_ITEMS))
            return cls(d["operation"], tuple(OperationItem.from_wire(it, f"items[{i}]")
                                             for i, it in enumerate(items)))
        except ValidationError as exc:
            raise reprefixed(field, exc) from None
