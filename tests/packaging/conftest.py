"""The full installer test runs only under packaging/test.sh, which builds dist/ first."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("LIAISON_PACKAGING_DIST"):
        return
    skip = pytest.mark.skip(reason="installer test: run packaging/test.sh")
    for item in items:
        if Path(str(item.fspath)).parent == Path(__file__).parent:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def dist() -> Path:
    return Path(os.environ["LIAISON_PACKAGING_DIST"])


@pytest.fixture(scope="session")
def keys() -> Path:
    """The throwaway keys packaging/test.sh made: release.pub, gnupg/."""
    return Path(os.environ["LIAISON_PACKAGING_KEYS"])
