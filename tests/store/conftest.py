"""Fixtures for the store tests: a fresh profile, an open database, a device key."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from nacl.signing import SigningKey
from store_samples import new_message

from liaison_app.store.database import Database
from liaison_app.store.messages import NewMessage
from liaison_app.store.profile import ProfileDir


@pytest.fixture
def raw_key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def profile(tmp_path: Path) -> ProfileDir:
    return ProfileDir(tmp_path / "profile").ensure()


@pytest.fixture
def db(profile: ProfileDir, raw_key: bytes) -> Iterator[Database]:
    database = Database.open(profile.database, raw_key)
    yield database
    database.close()


@pytest.fixture
def signing_key() -> SigningKey:
    return SigningKey.generate()


@pytest.fixture
def sign(signing_key: SigningKey) -> Callable[[bytes], bytes]:
    def _sign(data: bytes) -> bytes:
        return bytes(signing_key.sign(data).signature)
    return _sign


@pytest.fixture
def verify_key(signing_key: SigningKey) -> bytes:
    return bytes(signing_key.verify_key)


@pytest.fixture
def make_message() -> Callable[..., NewMessage]:
    return new_message
