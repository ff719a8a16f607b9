"""Message content codecs, due dates (Directive 2023/977 Art. 5), cases and parties."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from liaison_app.domain.cases import Case, CaseStatus, CrimeArea, ExternalRef, validate_case_ref
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.examples import (
    AGENCY,
    CASE,
    CONTENTS,
    DEVICE,
    MSG_ID,
    OFFICER,
    WIRE_TYPES,
)
from liaison_app.domain.message_content import content_from_wire, content_to_wire, content_type
from liaison_app.domain.messages import (
    AckKind,
    AlertContent,
    InterpolNotice,
    MessageType,
    RequestContent,
    UrgencyClass,
    due_at,
    validate_message_id,
)
from liaison_app.domain.parties import (
    Agency,
    Device,
    Officer,
    officer_agency_id,
    validate_agency_id,
    validate_officer_id,
)
from liaison_app.domain.replies_acks_recalls import (
    MAX_ACKED_MESSAGES,
    AckContent,
    RecallContent,
    ReplyContent,
)


@pytest.mark.parametrize(("msg_type", "content"), CONTENTS, ids=lambda x: str(x)[:30])
def test_content_round_trip(msg_type: MessageType, content: Any) -> None:
    wire = content_to_wire(content)
    assert content_type(content) is msg_type
    assert content_from_wire(msg_type, wire, "body") == content


@pytest.mark.parametrize(("obj", "parse"), WIRE_TYPES, ids=lambda x: type(x).__name__)
def test_typed_round_trip(obj: Any, parse: Any) -> None:
    wire = obj.to_wire()
    assert parse(wire, "x") == obj
    with pytest.raises(ValidationError) as info:
        parse({**wire, "unknown": 1}, "x")
    assert info.value.field == "x.unknown"
    for key in wire:
        with pytest.raises(ValidationError) as info:
            parse({k: v for k, v in wire.items() if k != key}, "x")
        assert info.value.field == f"x.{key}"


def test_content_wrong_type_and_fields() -> None:
    request = content_to_wire(CONTENTS[0][1])
    with pytest.raises(ValidationError) as info:
        content_from_wire(MessageType.ALERT, request, "body")
    assert info.value.field.startswith("body.")
    with pytest.raises(ValidationError) as info:
        content_from_wire("letter", request, "body")  # type: ignore[arg-type]
    assert info.value.field == "type"
    alert = content_to_wire(CONTENTS[1][1])
    for key, value, field in [
        ("valid_until", "2026-12-01T00:00:00+01:00", "body.valid_until"),
        ("valid_until", 1764547200, "body.valid_until"),
        ("interpol_notice", {"colour": "pink", "reference": "A-1"}, "body.interpol_notice.colour"),
        ("interpol_notice", {"colour": "red"}, "body.interpol_notice.reference"),
        ("alert_kind", "bolo", "body.alert_kind"),
    ]:
        with pytest.raises(ValidationError) as info:
            content_from_wire(MessageType.ALERT, {**alert, key: value}, "body")
        assert info.value.field == field
    share = content_to_wire(CONTENTS[-1][1])
    bad_case = {**share["case"], "external_refs": [{"system": "fbi", "reference": "1"}]}  # type: ignore[dict-item]
    with pytest.raises(ValidationError) as info:
        content_from_wire(MessageType.CASE_SHARE, {"case": bad_case}, "body")
    assert info.value.field == "body.case.external_refs[0].system"


def test_content_rules() -> None:
    for outcome in ("refused", "clarification"):
        with pytest.raises(ValidationError) as info:
            ReplyContent(outcome)  # type: ignore[arg-type]
        assert info.value.field == "reason"
    assert ReplyContent("partial").reason == ""  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info:
        RecallContent("withdraw", MSG_ID, "")  # type: ignore[arg-type]
    assert info.value.field == "reason"
    for bad_id in (MSG_ID.upper(), "01890a5d-ac96-474b-bcce-b302099a8057", "not-an-id", ""):
        with pytest.raises(ValidationError):
            AckContent("read", (bad_id,))  # type: ignore[arg-type]
    assert validate_message_id(MSG_ID, "id") == MSG_ID
    with pytest.raises(ValidationError) as info:
        RequestContent("", "x", "y", UrgencyClass.STANDARD, False)
    assert info.value.field == "purpose"
    with pytest.raises(ValidationError) as info:
        RequestContent("p", "x", "y", UrgencyClass.STANDARD, "no")  # type: ignore[arg-type]
    assert info.value.field == "evidence_use_sought"
    with pytest.raises(ValidationError) as info:
        AlertContent("warning", valid_until=datetime(2026, 1, 1))  # type: ignore[arg-type]
    assert info.value.field == "valid_until"
    with pytest.raises(ValidationError):
        InterpolNotice("red", "A-1234\n")  # type: ignore[arg-type]
    assert InterpolNotice("red", "A-1/2").meaning().startswith("Red: locate and arrest")  # type: ignore[arg-type]


RECEIVED = datetime(2026, 11, 23, 3, 45, 17, tzinfo=UTC)


@pytest.mark.parametrize(("urgency", "expected"), [
    (UrgencyClass.URGENT_DIRECT, datetime(2026, 11, 23, 11, 45, 17, tzinfo=UTC)),
    (UrgencyClass.URGENT_INDIRECT, datetime(2026, 11, 26, 3, 45, 17, tzinfo=UTC)),
    (UrgencyClass.STANDARD, datetime(2026, 11, 30, 3, 45, 17, tzinfo=UTC)),
])
def test_due_dates(urgency: UrgencyClass, expected: datetime) -> None:
    due = due_at(RECEIVED, urgency)
    assert due == expected
    assert due.tzinfo is UTC


def test_due_dates_across_month_year_and_dst() -> None:
    new_year = datetime(2026, 12, 29, 22, 0, tzinfo=UTC)
    assert due_at(new_year, UrgencyClass.STANDARD) == datetime(2027, 1, 5, 22, 0, tzinfo=UTC)
    eve = datetime(2026, 12, 31, 22, 0, tzinfo=UTC)
    assert due_at(eve, UrgencyClass.URGENT_DIRECT) == datetime(2027, 1, 1, 6, 0, tzinfo=UTC)
    leap = datetime(2028, 2, 27, 12, 0, tzinfo=UTC)
    assert due_at(leap, UrgencyClass.URGENT_INDIRECT) == datetime(2028, 3, 1, 12, 0, tzinfo=UTC)
    # Belgrade moves to summer time on 29 March 2026: calendar days keep the local hour,
    # the eight hours stay eight elapsed hours.
    local = datetime(2026, 3, 27, 10, 0, tzinfo=ZoneInfo("Europe/Belgrade"))
    assert due_at(local, UrgencyClass.URGENT_INDIRECT) == datetime(2026, 3, 30, 8, 0, tzinfo=UTC)
    assert due_at(local, UrgencyClass.STANDARD) == datetime(2026, 4, 3, 8, 0, tzinfo=UTC)
    night = datetime(2026, 3, 29, 0, 30, tzinfo=ZoneInfo("Europe/Belgrade"))
    assert due_at(night, UrgencyClass.URGENT_DIRECT) - night == timedelta(hours=8)
    with pytest.raises(ValidationError):
        due_at(datetime(2026, 1, 1), UrgencyClass.STANDARD)
    with pytest.raises(ValidationError):
        due_at(RECEIVED, "soon")  # type: ignore[arg-type]


def test_case_rules() -> None:
    for ref in ("GB-NCA/2026/0042", "A", "rs.bp_7"):
        assert validate_case_ref(ref, "r") == ref
    bad_refs: tuple[object, ...] = ("", "/x", "x/", "a b", "Ђ1", "x" * 65, "a\n", 5)
    for bad in bad_refs:
        with pytest.raises(ValidationError):
            validate_case_ref(bad, "r")
    base: dict[str, Any] = {
        "ref": "R1", "title": "T", "crime_area": CrimeArea.DOCUMENT_FRAUD,
        "status": CaseStatus.DORMANT, "external_refs": (), "review_on": date(2026, 1, 1),
        "opened_at": datetime(2026, 1, 1, 23, 59, tzinfo=UTC),
    }
    assert Case(**base).status is CaseStatus.DORMANT
    dup = ExternalRef("interpol", "X")  # type: ignore[arg-type]
    for key, value in [
        ("review_on", date(2025, 12, 31)), ("review_on", datetime(2027, 1, 1, tzinfo=UTC)),
        ("opened_at", datetime(2026, 1, 1)), ("external_refs", [dup]),
        ("external_refs", (dup, dup)), ("external_refs", ("siena:1",)),
        ("crime_area", "smuggling"), ("status", "archived"), ("title", ""),
    ]:
        with pytest.raises(ValidationError) as info:
            Case(**{**base, key: value})
        assert info.value.field.startswith(key)
    with pytest.raises(ValidationError) as info:
        Case.from_wire({**CASE.to_wire(), "review_on": "2020-01-01"}, "case")
    assert info.value.field == "case.review_on"


def test_parties() -> None:
    for good in ("GB-NCA", "RS-BP", "EU-EUROPOL", "RS-MUP-BP", "GB-HOIE"):
        assert validate_agency_id(good, "a") == good
    for bad in ("gb-nca", "GBR-NCA", "GB_NCA", "GB-", "GB-NCA-", "GB-NCA\n", "G" * 70, None):
        with pytest.raises(ValidationError):
            validate_agency_id(bad, "a")
    for good in ("gb-nca.lo-belgrade", "rs-bp.j_petrovic", "bg-bp.officer7"):
        assert validate_officer_id(good, "o") == good
    for bad in ("GB-NCA.lo", "gb-nca", "gb-nca.", "gb-nca.lo belgrade", "gb-nca.lo-", "x.y"):
        with pytest.raises(ValidationError):
            validate_officer_id(bad, "o")
    assert officer_agency_id("rs-mup-bp.lo-london") == "RS-MUP-BP"
    with pytest.raises(ValidationError) as info:
        Officer("rs-bp.lo", "GB-NCA", "x")
    assert info.value.field == "agency_id"
    with pytest.raises(ValidationError) as info:
        Device(DEVICE.device_id, "gb-nca.lo", "RS-BP", "active")  # type: ignore[arg-type]
    assert info.value.field == "agency_id"
    for bad_device in ("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "abc", "0" * 32):
        with pytest.raises(ValidationError) as info:
            Device(bad_device, "gb-nca.lo", "GB-NCA", "active")  # type: ignore[arg-type]
        assert info.value.field == "device_id"
    with pytest.raises(ValidationError) as info:
        Device(DEVICE.device_id, "gb-nca.lo", "GB-NCA", "lost")  # type: ignore[arg-type]
    assert info.value.field == "status"
    with pytest.raises(ValidationError) as info:
        Agency("GB-NCA", "NCA", "UK")
    assert info.value.field == "country"
    assert (AGENCY.id, OFFICER.agency_id) == ("GB-NCA", "GB-NCA")


def test_ack_names_a_bounded_list_of_messages() -> None:
    other = MSG_ID.replace("01", "02", 1)
    tech = AckContent(AckKind.TECHNICAL, (MSG_ID, other))
    assert AckContent.from_wire(tech.to_wire(), "content") == tech
    assert tech.to_wire() == {"ack_kind": "technical", "of_messages": [MSG_ID, other]}
    assert AckContent.single(AckKind.READ, MSG_ID).of_messages == (MSG_ID,)
    bad: list[tuple[AckKind, Any]] = [
        (AckKind.TECHNICAL, ()),                     # names nothing
        (AckKind.TECHNICAL, (MSG_ID, MSG_ID)),       # a repeat
        (AckKind.READ, (MSG_ID, other)),             # read/business acks name one message
        (AckKind.BUSINESS, (MSG_ID, other)),
        (AckKind.TECHNICAL, MSG_ID),                 # a bare string, not a tuple
        (AckKind.TECHNICAL, (MSG_ID,) * (MAX_ACKED_MESSAGES + 1)),
    ]
    for kind, ids in bad:
        with pytest.raises(ValidationError) as info:
            AckContent(kind, ids)
        assert info.value.field.startswith("of_messages")
    with pytest.raises(ValidationError):
        AckContent.from_wire({"ack_kind": "technical", "of_message": MSG_ID}, "content")
    with pytest.raises(ValidationError):
        AckContent.from_wire({"ack_kind": "technical", "of_messages": MSG_ID}, "content")
