"""Fixtures for hub tests: a real `liaison-hub` process on 127.0.0.1 and enrolled devices;
a throw-away PostgreSQL server (session) and a store URL for either backend."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.hub.pg_server import PgServer, PgUnavailable, ci_mode
from tests.support.hub_process import (
    Device,
    HubProcess,
    enrol_device,
    init_hub_dir,
    start_hub,
)

BACKENDS = ("sqlite", "postgresql")

AGENCIES = (("GB-NCA", "National Crime Agency", "GB"), ("RS-BP", "Border Police", "RS"))


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubProcess]:
    """One hub process shared by a test module (tests enrol their own devices)."""
    root = init_hub_dir(tmp_path_factory.mktemp("hub") / "hub", agencies=AGENCIES,
                        limits={"enrol_burst": 1000})
    proc = start_hub(root)
    yield proc
    proc.stop()


@pytest.fixture
def http(hub: HubProcess) -> Iterator[httpx.Client]:
    with hub.client() as client:
        yield client


_counter = iter(range(1_000_000))


@pytest.fixture
def new_device(hub: HubProcess, http: httpx.Client) -> Callable[[str], Device]:
    """Provision a fresh officer of `agency` and enrol a new device for them."""

    def make(agency: str = "GB-NCA") -> Device:
        officer = f"{agency.lower()}.officer-{next(_counter)}"
        return enrol_device(http, hub.provision(agency, officer))

    return make


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A PostgreSQL cluster on 127.0.0.1 for the session; fails on CI if it cannot run."""
    try:
        server = PgServer.start()
    except PgUnavailable as exc:
        if ci_mode():
            pytest.fail(f"PostgreSQL tests cannot run on CI: {exc}", pytrace=False)
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """A fresh empty PostgreSQL database (own role) for one test."""
    return pg_server.new_database()


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest) -> str | None:
    """None (SQLite in the hub directory, the default) or a fresh PostgreSQL database URL."""
    if request.param == "sqlite":
        return None
    return str(request.getfixturevalue("pg_url"))
