"""Directory codec: round trip, look-ups, referential checks."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from liaison_app.protocol.directory import directory_from_wire, directory_to_wire
from liaison_app.protocol.errors import UnsupportedVersion, ValidationError
from tests.vectors.samples import A, B, D, E, directory

DIR = directory()


def wire() -> dict[str, Any]:
    return dict(directory_to_wire(DIR))


def field_of(obj: Any) -> str:
    with pytest.raises(ValidationError) as info:
        directory_from_wire(obj)
    return info.value.field


def test_round_trip_and_lookups() -> None:
    assert directory_from_wire(wire()) == DIR
    assert DIR.device(A.keys.device_id) == A.entry()
    assert DIR.device("a" * 32) is None
    rs = DIR.devices_of_agency("RS-BP")
    assert {d.device_id for d in rs} == {B.keys.device_id, D.keys.device_id}
    assert DIR.devices_of_agency("GB-NCA") == (A.entry(),)
    assert E.entry() in DIR.devices_of_agency("GB-NCA", active_only=False)
    assert DIR.officer(A.officer) is not None and DIR.agency("XX-NONE") is None


def test_device_index_follows_the_devices() -> None:
    """The id index is rebuilt with every new value and finds what a scan would."""
    for d in DIR.devices:
        assert DIR.device(d.device_id) is next(x for x in DIR.devices if x == d)
    fewer = dataclasses.replace(DIR, devices=DIR.devices[1:])
    assert fewer.device(DIR.devices[0].device_id) is None
    assert fewer == dataclasses.replace(DIR, devices=DIR.devices[1:]) and hash(fewer)
    twice = dataclasses.replace(DIR, devices=(DIR.devices[0], DIR.devices[0]))
    assert twice.device(DIR.devices[0].device_id) is DIR.devices[0]


def test_strictness() -> None:
    w = wire()
    assert field_of({**w, "extra": 1}) == "directory.extra"
    assert field_of({**w, "version": 0}) == "directory.version"
    assert field_of({**w, "expires_at": w["issued_at"]}) == "directory.expires_at"
    dev = dict(w["devices"][0])
    assert field_of({**w, "devices": [{**dev, "status": "lost"}]}) == "directory.devices[0].status"
    assert field_of({**w, "devices": [{**dev, "sign_key": "AAAA"}]}) \
        == "directory.devices[0].sign_key"
    assert field_of({**w, "devices": [dev, dev]}) == "directory.devices[1]"
    assert field_of({**w, "officers": []}) == "directory.devices[0].officer_id"
    assert field_of({**w, "agencies": []}) == "directory.officers[0].agency_id"
    assert field_of({**w, "agencies": [{"id": "GB-NCA"}]}).startswith("directory.agencies[0]")
    with pytest.raises(UnsupportedVersion):
        directory_from_wire({**w, "v": 2})
