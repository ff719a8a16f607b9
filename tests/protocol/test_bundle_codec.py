"""The bundle header codec and the body's record parser: strict, and nothing but a
ValidationError ever escapes them, whatever the bytes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from liaison_app.protocol.bundle import Parties, header_from_wire, header_to_wire
from liaison_app.protocol.bundle_records import (
    BlobSink,
    RecordReader,
    blob_record_head,
    envelope_record,
)
from liaison_app.protocol.canonical import parse_canonical
from liaison_app.protocol.errors import UnsupportedVersion, ValidationError

HEADER = json.loads((Path(__file__).resolve().parents[1] / "vectors" /
                     "bundle-v1.json").read_text("utf-8"))["header"]


def _header() -> dict[str, object]:
    obj = parse_canonical(HEADER.encode(), max_bytes=65536)
    assert isinstance(obj, dict)
    return obj


def _reader() -> tuple[RecordReader, list[bytes], dict[str, bytearray]]:
    envelopes: list[bytes] = []
    blobs: dict[str, bytearray] = {}

    def sink(blob_id: str, _size: int) -> BlobSink:
        blobs[blob_id] = bytearray()
        return BlobSink(blobs[blob_id].extend, lambda: None)

    return RecordReader(envelopes.append, sink), envelopes, blobs


def test_header_round_trips_and_refuses_unknown_or_missing_keys() -> None:
    obj = _header()
    assert header_to_wire(header_from_wire(obj)) == obj
    with pytest.raises(ValidationError, match=r"header\.extra"):
        header_from_wire({**obj, "extra": 1})
    without = dict(obj)
    del without["route"]
    with pytest.raises(ValidationError, match=r"header\.route"):
        header_from_wire(without)
    with pytest.raises(UnsupportedVersion):
        header_from_wire({**obj, "v": 2})
    body = dict(obj["body"])  # type: ignore[call-overload]
    with pytest.raises(ValidationError, match="expires_at"):
        header_from_wire({**obj, "expires_at": "2027-01-30T00:00:00Z", "body": body})
    with pytest.raises(ValidationError, match="recipients"):
        header_from_wire({**obj, "recipients": {"agencies": [], "officers": []}})


def test_parties_sort_names_into_agencies_and_officers() -> None:
    parties = Parties.of(["RS-BP", "gb-nca.lo-belgrade", "BG-BP"])
    assert parties.agencies == ("BG-BP", "RS-BP")
    assert parties.officers == ("gb-nca.lo-belgrade",)
    assert parties.includes("rs-bp.anyone", "RS-BP")
    assert not parties.includes("gb-nca.other", "GB-NCA")


def test_records_parse_across_any_chunking() -> None:
    blob = bytes(range(256)) * 40
    stream = (envelope_record(b'{"a":1}') + envelope_record(b'{"b":2}')
              + blob_record_head("019ab0c4-5e28-7000-8000-0000000000a1", len(blob)) + blob
              + b"\x00" + bytes(500))
    for step in (1, 7, 4096, len(stream)):
        reader, envelopes, blobs = _reader()
        for at in range(0, len(stream), step):
            reader.feed(stream[at:at + step])
        reader.finish()
        assert envelopes == [b'{"a":1}', b'{"b":2}']
        assert blobs == {"019ab0c4-5e28-7000-8000-0000000000a1": bytearray(blob)}


@pytest.mark.parametrize("stream", [
    envelope_record(b"{}"),  # no end record
    b"\x00\x01",  # bytes after the end
    b"\x45\x00\x00\x00\x00",  # an empty envelope
    b"\x51",  # an unknown record
    blob_record_head("019ab0c4-5e28-7000-8000-0000000000a1", 1) + b"x"
    + envelope_record(b"{}") + b"\x00",  # an envelope after a blob
])
def test_bad_streams_are_refused(stream: bytes) -> None:
    reader, _, _ = _reader()
    with pytest.raises(ValidationError):
        reader.feed(stream)
        reader.finish()


@given(st.binary(max_size=2000))
def test_arbitrary_bytes_raise_nothing_but_validation_errors(data: bytes) -> None:
    reader, _, _ = _reader()
    try:
        reader.feed(data)
        reader.finish()
    except ValidationError:
        pass
