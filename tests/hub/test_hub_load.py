"""The short version of scripts/load.sh: devices long-polling and senders pushing
against `serve --workers 2` on PostgreSQL; no 5xx, everything delivered exactly once."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hub.pg_server import PgServer
from tests.support.hub_load import run_load


@pytest.mark.slow
def test_short_load_delivers_everything_exactly_once(tmp_path: Path,
                                                     pg_server: PgServer) -> None:
    report = run_load(devices=20, senders=4, seconds=4, workers=2, period=0.5, batch=3,
                      work=tmp_path, pg_server=pg_server)
    summary = report.summary()
    print(f"\nshort load: {summary}")
    assert report.sent >= 4 * 6 * 3, summary
    assert report.ok, summary
    assert len(report.delivery_ms) == report.sent
