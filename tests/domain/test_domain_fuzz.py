"""Property tests: hostile JSON-like input to every parser yields a value or ValidationError.

Whatever parses must also serialise back to exactly the input (one wire form
per value), so nothing is dropped, coerced or rewritten on the way in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from liaison_app.domain.cases import ExternalRef, validate_case_ref
from liaison_app.domain.countries import validate_country
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.examples import CONTENTS, SUBJECTS, WIRE_TYPES
from liaison_app.domain.grading import parse_grading_cli
from liaison_app.domain.message_content import content_from_wire, content_to_wire
from liaison_app.domain.messages import InterpolNotice, MessageType, validate_message_id
from liaison_app.domain.parties import validate_agency_id, validate_device_id, validate_officer_id
from liaison_app.domain.subjects import subject_from_wire, subject_to_wire, subjects_from_wire
from liaison_app.domain.timefmt import format_date, format_time, parse_date, parse_time

scalars = (st.none() | st.booleans() | st.integers(min_value=-2**70, max_value=2**70)
           | st.floats(allow_nan=True) | st.text(max_size=30)
           | st.sampled_from(["", "person", "RS", "1984", "2026-11-23T03:45:00Z", "H2", "C"]))
json_like = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner,
                                                                max_size=5),
    max_leaves=20,
)

Parser = Callable[[object, str], Any]
Writer = Callable[[Any], object]


def _content_parser(msg_type: MessageType) -> Parser:
    return lambda obj, field: content_from_wire(msg_type, obj, field)


PARSERS: list[tuple[Parser, Writer, object]] = [
    (subject_from_wire, subject_to_wire, subject_to_wire(s)) for s in SUBJECTS
]
PARSERS += [(_content_parser(t), content_to_wire, content_to_wire(c)) for t, c in CONTENTS]
PARSERS += [(parse, lambda o: o.to_wire(), obj.to_wire())
            for obj, parse in WIRE_TYPES]
PARSERS += [(InterpolNotice.from_wire, lambda o: o.to_wire(),
             {"colour": "blue", "reference": "B-1/2026"}),
            (ExternalRef.from_wire, lambda o: o.to_wire(),
             {"system": "national", "reference": "PNC 26/1234"})]


def mutate(data: st.DataObject, value: object, depth: int = 0) -> object:
    """Change one thing somewhere inside a valid wire object."""
    if isinstance(value, dict) and value and depth < 4:
        key = data.draw(st.sampled_from(sorted(value)))
        action = data.draw(st.sampled_from(["replace", "drop", "add", "descend"]))
        out = dict(value)
        if action == "replace":
            out[key] = data.draw(json_like)
        elif action == "drop":
            del out[key]
        elif action == "add":
            out[data.draw(st.text(max_size=8))] = data.draw(json_like)
        else:
            out[key] = mutate(data, value[key], depth + 1)
        return out
    if isinstance(value, list) and value and depth < 4:
        i = data.draw(st.integers(0, len(value) - 1))
        return [*value[:i], mutate(data, value[i], depth + 1), *value[i + 1:]]
    if isinstance(value, str):
        return data.draw(st.sampled_from([value + "\x00", " " + value, value * 300, value[:-1],
                                          value.lower(), value.upper(), 1, None, [value]]))
    return data.draw(json_like)


def check(parse: Parser, write: Writer, obj: object) -> None:
    try:
        result = parse(obj, "root")
    except ValidationError as exc:
        assert exc.field.startswith("root") or exc.field == "type"
        assert exc.reason
        return
    assert write(result) == obj


@given(st.data(), st.sampled_from(range(len(PARSERS))), json_like)
def test_random_json_into_every_parser(data: st.DataObject, which: int, obj: object) -> None:
    parse, write, _ = PARSERS[which]
    check(parse, write, obj)


@given(st.data(), st.sampled_from(range(len(PARSERS))))
def test_mutated_valid_objects(data: st.DataObject, which: int) -> None:
    parse, write, valid = PARSERS[which]
    check(parse, write, valid)
    check(parse, write, mutate(data, valid))


@given(st.data())
def test_mutated_subject_lists(data: st.DataObject) -> None:
    wire = [subject_to_wire(s) for s in SUBJECTS]
    obj = mutate(data, wire)
    try:
        result = subjects_from_wire(obj, "subjects")
    except ValidationError as exc:
        assert exc.field.startswith("subjects")
        return
    assert [subject_to_wire(s) for s in result] == obj


TEXT_VALIDATORS: list[Callable[[object, str], object]] = [
    parse_time, parse_date, validate_case_ref, validate_country, validate_agency_id,
    validate_officer_id, validate_device_id, validate_message_id,
]


@given(st.sampled_from(TEXT_VALIDATORS), scalars | st.text(max_size=40))
def test_text_validators(validate: Callable[[object, str], object], value: object) -> None:
    try:
        result = validate(value, "f")
    except ValidationError as exc:
        assert exc.field == "f"
        return
    if validate is parse_time:
        assert format_time(result) == value  # type: ignore[arg-type]
    elif validate is parse_date:
        assert format_date(result) == value  # type: ignore[arg-type]
    else:
        assert result == value


@given(st.text(max_size=40) | st.sampled_from(["uk:1AP", "europol:A1H3:x", "uk:2BC:a:b"]),
       st.booleans())
def test_grading_cli(text: str, no_onward: bool) -> None:
    try:
        grading, handling = parse_grading_cli(text, no_onward_sharing=no_onward)
    except ValidationError as exc:
        assert exc.field.startswith("--grading")
        return
    assert grading.scheme is handling.scheme
