"""Plain domain types of Liaison (stdlib only): parties, cases, subjects, grading, messages.

The submodules are the API; the most used names are re-exported here.
"""

from liaison_app.domain.cases import Case, CaseStatus, CrimeArea, ExternalRef, ExternalSystem
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.forwarding import ForwardDecision, may_forward
from liaison_app.domain.grading import Grading, GradingScheme, HandlingCode, parse_grading_cli
from liaison_app.domain.messages import (
    AckContent,
    AlertContent,
    CaseShareContent,
    Content,
    Direction,
    InterpolNotice,
    InterpolNoticeColour,
    MessageStatus,
    MessageType,
    Priority,
    RecallContent,
    ReplyContent,
    RequestContent,
    UrgencyClass,
    content_from_wire,
    content_to_wire,
    due_at,
)
from liaison_app.domain.parties import Agency, Device, DeviceStatus, Officer
from liaison_app.domain.subjects import (
    Basis,
    CommsIdentifier,
    DataSubjectCategory,
    Location,
    Organisation,
    Person,
    Route,
    Subject,
    TravelDocument,
    Vehicle,
    subject_from_wire,
    subject_to_wire,
)
from liaison_app.domain.timefmt import format_time, parse_time

__all__ = [
    "AckContent", "Agency", "AlertContent", "Basis", "Case", "CaseShareContent", "CaseStatus",
    "CommsIdentifier", "Content", "CrimeArea", "DataSubjectCategory", "Device", "DeviceStatus",
    "Direction", "ExternalRef", "ExternalSystem", "ForwardDecision", "Grading",
    "GradingScheme", "HandlingCode", "InterpolNotice", "InterpolNoticeColour", "Location",
    "MessageStatus", "MessageType", "Officer", "Organisation", "Person", "Priority",
    "RecallContent", "ReplyContent", "RequestContent", "Route", "Subject", "TravelDocument",
    "UrgencyClass", "ValidationError", "Vehicle", "content_from_wire", "content_to_wire",
    "due_at", "format_time", "may_forward", "parse_grading_cli", "parse_time",
    "subject_from_wire", "subject_to_wire",
]
