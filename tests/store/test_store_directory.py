"""The directory cache: whole replacement, rollback refusal, lookups."""

from __future__ import annotations

from datetime import timedelta

import pytest
from store_samples import NOW

from liaison_app.store import directory_cache as directory
from liaison_app.store.database import Database
from liaison_app.store.directory_cache import (
    AgencyEntry,
    DeviceEntry,
    OfficerEntry,
    PartyStatus,
)
from liaison_app.store.errors import DirectoryRollback

ACTIVE, REVOKED = PartyStatus.ACTIVE, PartyStatus.REVOKED


def _replace(db: Database, version: int, revoke: bool = False) -> None:
    with db.transaction() as tx:
        directory.replace(
            tx, version=version, expires_at=NOW + timedelta(days=30), raw=b"signed-%d" % version,
            fetched_at=NOW, issued_at=NOW,
            agencies=[AgencyEntry("gb-nca", "National Crime Agency", "GB"),
                      AgencyEntry("rs-mup", "MUP Srbije", "RS")],
            officers=[OfficerEntry("gb-1", "gb-nca", "A. Smith", ACTIVE),
                      OfficerEntry("rs-1", "rs-mup", "M. Ilić", ACTIVE)],
            devices=[DeviceEntry("d-gb", "gb-1", b"s" * 32, b"b" * 32, ACTIVE, b"g" * 64),
                     DeviceEntry("d-rs1", "rs-1", b"t" * 32, b"c" * 32,
                                 REVOKED if revoke else ACTIVE),
                     DeviceEntry("d-rs2", "rs-1", b"u" * 32, b"d" * 32, ACTIVE)],
        )


def test_replace_and_lookups(db: Database) -> None:
    assert directory.meta(db) is None
    _replace(db, 3)
    meta = directory.meta(db)
    assert meta is not None and meta.version == 3 and meta.raw == b"signed-3"
    assert meta.expires_at == NOW + timedelta(days=30)
    assert [a.agency_id for a in directory.agencies(db)] == ["rs-mup", "gb-nca"]
    assert directory.officer(db, "rs-1") == OfficerEntry("rs-1", "rs-mup", "M. Ilić", ACTIVE)
    gb = directory.device(db, "d-gb")
    assert gb is not None and gb.sign_key == b"s" * 32 and gb.box_key_sig == b"g" * 64
    assert directory.device(db, "d-unknown") is None
    assert [d.device_id for d in directory.devices_of_agency(db, "rs-mup")] == ["d-rs1", "d-rs2"]

    _replace(db, 4, revoke=True)
    revoked = directory.device(db, "d-rs1")
    assert revoked is not None and revoked.status == REVOKED
    assert [d.device_id for d in directory.devices_of_officer(db, "rs-1")] == ["d-rs2"]
    assert len(directory.devices_of_officer(db, "rs-1", active_only=False)) == 2
    assert [o.officer_id for o in directory.officers(db, "gb-nca")] == ["gb-1"]


def test_rollback_is_refused_and_nothing_changes(db: Database) -> None:
    _replace(db, 5)
    with pytest.raises(DirectoryRollback):
        _replace(db, 4)
    meta = directory.meta(db)
    assert meta is not None and meta.version == 5
    assert directory.agency(db, "gb-nca") is not None
