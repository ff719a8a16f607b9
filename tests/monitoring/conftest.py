from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from liaison_app.services.session import Session
from tests.services.workspace import Workspace, make_workspace


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return make_workspace(tmp_path / "profile-a")


@pytest.fixture
def session(workspace: Workspace) -> Iterator[Session]:
    s = workspace.open()
    yield s
    s.close()
