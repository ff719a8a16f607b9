"""Suite-wide test settings: Qt offscreen, no stray network, fast hypothesis, no leftover hubs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

from tests.support.hub_process import hubs_started, stop_hubs_started_since
from tests.support.window_sweep import sweep_windows, windows_now

settings.register_profile(
    "default", deadline=None, max_examples=200,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "soak", deadline=None, max_examples=20000,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("LIAISON_HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def _no_hub_outlives_its_test() -> Iterator[None]:
    """A test that fails between starting a hub and stopping it must not leave the
    process running for the rest of the suite (or after it). Module-scoped hub
    fixtures are set up before this fixture, so they fall before the mark."""
    mark = hubs_started()
    yield
    stop_hubs_started_since(mark)


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test() -> Iterator[None]:
    """Windows a test leaves behind are closed and deleted after it
    (tests/support/window_sweep.py says why)."""
    before = windows_now()
    yield
    sweep_windows(before)
