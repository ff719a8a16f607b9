"""Fixtures for sync tests: one real hub process per module, and enrolled peers."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.support.hub_process import HubProcess, init_hub_dir, start_hub
from tests.sync.peers import Peer, enrol_peer

AGENCIES = (("GB-NCA", "National Crime Agency", "GB"),
            ("RS-BP", "Border Police Directorate", "RS"))
LIMITS = {"enrol_burst": 1000, "rate_burst": 5000, "rate_per_second": 2000.0}

_ids = itertools.count()


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubProcess]:
    """A `liaison-hub serve` process on 127.0.0.1 shared by the module."""
    root = init_hub_dir(tmp_path_factory.mktemp("hub") / "hub", agencies=AGENCIES,
                        limits=LIMITS)
    proc = start_hub(root)
    yield proc
    proc.stop()


@pytest.fixture
def make_peer(hub: HubProcess, tmp_path: Path) -> Iterator[Callable[..., Peer]]:
    """Provision an officer of `agency` at the hub and enrol a fresh in-process device."""
    peers: list[Peer] = []

    def make(agency: str = "GB-NCA", *, url: str | None = None) -> Peer:
        n = next(_ids)
        officer = f"{agency.lower()}.officer-{n}"
        prov = hub.provision(agency, officer, f"Officer {n}")
        peer = enrol_peer(prov, tmp_path / f"peer-{n}", url=url)
        peers.append(peer)
        return peer

    yield make
    for p in peers:
        p.close()
