"""The Directory page says which partner agency has no active device (its mail waits)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from liaison_app.crypto.directory import sign_directory, verify_directory
from liaison_app.domain.parties import DeviceStatus
from liaison_app.gui.context import AppContext
from liaison_app.gui.models.directory import DirectoryModel
from liaison_app.services.session import Session
from liaison_app.store.directory_apply import store_directory
from tests.services.workspace import Workspace, make_workspace


@pytest.fixture
def env(tmp_path: Path) -> Iterator[tuple[Workspace, Session]]:
    ws = make_workspace(tmp_path / "profile")
    session = ws.open()
    yield ws, session
    session.close()


def _statuses(model: DirectoryModel) -> dict[str, str]:
    return {model.item(r, 1).text(): model.item(r, 2).text() for r in range(model.rowCount())}


def test_an_agency_without_an_active_device_says_so(qtbot: Any, env: Any) -> None:
    ws, session = env
    model = DirectoryModel(AppContext(session))
    assert _statuses(model) == {"GB-NCA": "", "RS-BP": "", "BG-BP": ""}
    # BG-BP's only device is revoked in the next directory version
    now = datetime.now(UTC).replace(microsecond=0)
    devices = tuple(dataclasses.replace(d, status=DeviceStatus.REVOKED)
                    if d.agency_id == "BG-BP" else d for d in ws.directory.devices)
    directory = dataclasses.replace(ws.directory, version=8, issued_at=now,
                                    expires_at=now + timedelta(days=30), devices=devices)
    raw = sign_directory(directory, ws.authority)
    verified = verify_directory(raw, bytes(ws.authority.verify_key), min_version=0, now=now)
    with session.db.transaction() as conn:
        store_directory(conn, verified, raw, now=now)
    model.refresh()
    assert _statuses(model) == {"GB-NCA": "", "RS-BP": "", "BG-BP": "No active device"}
    bg = next(r for r in range(model.rowCount()) if model.item(r, 1).text() == "BG-BP")
    assert "wait in the Outbox" in model.item(bg, 2).toolTip()
