"""Fixtures for the GUI tests: real hub processes, real SQLCipher profiles, the real shell.

Qt runs offscreen (tests/conftest.py). Nothing here sleeps: waits are
qtbot.waitUntil / waitSignal with timeouts. Profiles are made with the fast
test KDF (INSECURE_TEST_KDF) so Argon2id does not dominate the run time.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from liaison_app.crypto.passphrase import INSECURE_TEST_KDF
from tests.support.hub_process import HubProcess, init_hub_dir, start_hub

AGENCIES = (("GB-NCA", "National Crime Agency", "GB"),
            ("RS-BP", "Border Police Directorate", "RS"),
            ("BG-BP", "Border Police", "BG"))
LIMITS = {"enrol_burst": 1000, "rate_burst": 100000, "rate_per_second": 100000.0}
PASSPHRASE = "a long demo passphrase for tests"
WAIT_MS = 30_000

_ids = itertools.count()


@dataclass
class Profile:
    """An enrolled (or prepared) GUI profile on disk, locked."""

    path: Path
    passphrase: str
    officer_id: str
    agency_id: str


@pytest.fixture(scope="module")
def gui_hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubProcess]:
    """A real `liaison-hub serve` on 127.0.0.1 for the module."""
    root = init_hub_dir(tmp_path_factory.mktemp("gui-hub") / "hub", agencies=AGENCIES,
                        limits=LIMITS)
    proc = start_hub(root)
    yield proc
    proc.stop()


def provision(hub: HubProcess, agency: str = "GB-NCA") -> tuple[Path, str]:
    """A provisioning file for a new officer of `agency` (what IT hands out)."""
    n = next(_ids)
    officer = f"{agency.lower()}.gui-officer-{n}"
    return hub.provision(agency, officer, f"GUI Officer {n}"), officer


def enrol_profile(hub: HubProcess, where: Path, agency: str = "GB-NCA") -> Profile:
    """prepare_profile + complete_enrolment against the real hub, then lock."""
    from liaison_app.services.enrolment import complete_enrolment, prepare_profile
    from liaison_app.sync.hub_client import HubClient

    prov_path, officer = provision(hub, agency)
    session = prepare_profile(where, prov_path.read_bytes(), PASSPHRASE, kdf=INSECURE_TEST_KDF)
    try:
        p = session.provisioning
        with HubClient(p.hub_url, p.ca_cert_pem.encode("ascii"), session.keys.device_id,
                       session.keys.signing_key) as client:
            complete_enrolment(session, client)
    finally:
        session.close(reason="test")
    return Profile(where, PASSPHRASE, officer, agency)


@pytest.fixture
def enrolled_profile(gui_hub: HubProcess, tmp_path: Path) -> Profile:
    """Officer of GB-NCA, enrolled at `gui_hub`."""
    return enrol_profile(gui_hub, tmp_path / "profile")


@pytest.fixture
def make_shell(qtbot: Any) -> Iterator[Callable[..., Any]]:
    """Build the real Shell for a profile dir; everything is shut down after the test."""
    from liaison_app.gui.app import Shell

    shells: list[Any] = []

    def make(path: Path, **kw: Any) -> Any:
        kw.setdefault("kdf", INSECURE_TEST_KDF)
        kw.setdefault("use_tray", False)
        kw.setdefault("sync_interval_ms", 3_600_000)
        shell = Shell(path, **kw)
        shells.append(shell)
        shell.start()
        return shell

    yield make
    for shell in shells:
        window = shell.main_window
        shell.quit_session()
        if window is not None:
            qtbot.waitUntil(window.sync.is_finished, timeout=WAIT_MS)
        if shell.window is not None:
            shell.window.close()


def unlock(qtbot: Any, shell: Any, passphrase: str = PASSPHRASE) -> Any:
    """Type the passphrase into the real unlock screen; return the main window."""
    from liaison_app.gui.unlock import UnlockScreen

    screen = shell.window
    assert isinstance(screen, UnlockScreen)
    screen.passphrase.setText(passphrase)
    qtbot.mouseClick(screen.button, _left())
    qtbot.waitUntil(lambda: shell.main_window is not None, timeout=WAIT_MS)
    return shell.main_window


def _left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
