"""Device keys: ids, box-key signatures, seeds."""

from __future__ import annotations

import dataclasses

import pytest

from liaison_app.crypto.keys import DeviceKeys, device_id_for, verify_box_key
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.ids import validate_device_id


def test_device_id_is_short_stable_fingerprint() -> None:
    keys = DeviceKeys.from_seeds(b"\x01" * 32, b"\x02" * 32)
    again = DeviceKeys.from_seeds(b"\x01" * 32, b"\x03" * 32)
    assert keys.device_id == again.device_id == device_id_for(keys.sign_key)
    assert validate_device_id(keys.device_id, "id") == keys.device_id
    assert DeviceKeys.generate().device_id != keys.device_id


def test_public_verifies_and_tampering_is_caught() -> None:
    keys = DeviceKeys.generate()
    pub = keys.public()
    pub.verify()
    other = DeviceKeys.generate().public()
    with pytest.raises(ValidationError, match="box_key_sig"):
        dataclasses.replace(pub, box_key=other.box_key).verify()
    with pytest.raises(ValidationError, match="device_id"):
        dataclasses.replace(pub, device_id=other.device_id).verify()
    assert not verify_box_key(pub.sign_key, pub.box_key, b"\x00" * 64)
    assert not verify_box_key(b"short", pub.box_key, pub.box_key_sig)


def test_seeds_round_trip() -> None:
    keys = DeviceKeys.generate()
    again = DeviceKeys.from_seeds(keys.sign_seed, keys.box_secret)
    assert again.public() == keys.public()
    with pytest.raises(ValueError):
        DeviceKeys.from_seeds(b"x", b"y" * 32)
    assert "DeviceKeys(" in repr(keys) and keys.sign_seed.hex() not in repr(keys)
