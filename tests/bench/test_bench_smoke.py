"""Each bench runs end to end at a tiny size and yields well-formed rows (no timing asserts)."""

from __future__ import annotations

import math

import pytest

from bench import (
    p1_store_insert,
    p2_search,
    p3_seal_open,
    p4_floor,
    p4_sync,
    p7_attachments,
    p8_crosscheck,
    p8_sync,
    p12_bundles,
)
from bench.corpus import Corpus
from bench.result import BenchResult


def _well_formed(rows: list[BenchResult], key: str) -> None:
    assert rows
    for row in rows:
        assert row.key == key
        assert row.title and row.unit and row.target
        for value in (row.ours, row.baseline, row.ratio):
            assert math.isfinite(value) and value > 0
        assert isinstance(row.met, bool)
        assert row.row().startswith(f"| {key} |")


def test_corpus_is_deterministic_and_realistic() -> None:
    one, two = Corpus.create().messages(50), Corpus.create().messages(50)
    assert one == two
    assert all(300 <= len(m.body) <= 602 for m in one)
    assert all(1 <= len(m.subjects) <= 3 for m in one)
    corpus = Corpus.create()
    corpus.messages(200)
    assert len(corpus.queries(30)) == 30


@pytest.mark.slow
def test_p1_and_p2_at_a_tiny_size() -> None:
    rows = p1_store_insert.run(False, n=300, diag_n=200, diagnose=False)
    _well_formed(rows, "P1")
    assert p1_store_insert.BUILT[300].cipher.exists()
    rows = p2_search.run(False, n=300, queries=12, rounds=1, diagnose=False)
    _well_formed(rows, "P2")


def test_p1_measure_counts_both_sides() -> None:
    got = p1_store_insert.measure_isolated(120, batch=50, memory_security=False)
    assert got["counts"] == [120, 120]
    assert got["memory_security"] == "0"


def test_p3_tiny() -> None:
    rows = p3_seal_open.run(False, rounds=2, per_round=2, diagnose=False)
    _well_formed(rows, "P3")
    assert p3_seal_open.stages(iterations=1)


def test_p5_same_forms_baseline_paints_without_liaison(tmp_path: object) -> None:
    """The baseline child loads the three forms, paints and reports; it imports no Liaison
    module (checked in the child's own interpreter)."""
    import json
    import os
    import subprocess
    import sys

    from bench.workspace import ROOT

    code = ("import runpy, sys, json\n"
            "sys.argv = ['gui_child', 'forms']\n"
            "try:\n"
            "    runpy.run_module('bench.gui_child', run_name='__main__')\n"
            "except SystemExit:\n"
            "    pass\n"
            "print(json.dumps(sorted(m for m in sys.modules if m.startswith('liaison_app'))))\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120, check=True).stdout.splitlines()
    ready = json.loads(out[0])
    assert ready["ready_s"] > 0 and ready["rss_mb"] > 0
    assert json.loads(out[-1]) == []


@pytest.mark.slow
def test_p7_at_a_tiny_size() -> None:
    rows = [p7_attachments.crypto_result(size=2 << 20, rounds=1),
            *p7_attachments.transfer_results(size=3 << 20, rounds=1)]
    _well_formed(rows, "P7")
    assert len(rows) == 3


@pytest.mark.slow
def test_p8_tiny() -> None:
    rows = p8_crosscheck.run(False, entries=400, subjects=400, messages=6, rounds=1,
                             import_entries=100, sync=False)
    _well_formed(rows, "P8")
    quality = [r for r in rows if r.title.startswith("quality")]
    assert quality and all(r.met for r in quality)  # the labelled set meets its target
    rows = p8_sync.run(False, n=20, entries=200)
    _well_formed(rows, "P8")


def test_p10_and_p11_tiny() -> None:
    from bench import p10_monitoring, p11_case_report

    rows = p10_monitoring.run(False, n=600, rounds=1)
    assert len(rows) == len(p10_monitoring.QUESTIONS)
    _well_formed(rows, "P10")
    _well_formed(p11_case_report.run(False, messages=6, rounds=1), "P11")


def test_p9_tiny() -> None:
    from bench import p9_hub_nodes

    pytest.importorskip("psycopg")
    rows = p9_hub_nodes.run(False, reps=1, per_sender=1)
    _well_formed(rows, "P9")


def test_p4_floor_plan_keeps_the_totals() -> None:
    counts = {"crypto_sign": 2027, "crypto_box_seal": 1000, "crypto_sign_open": 1}
    steps = p4_floor.plan(counts, [100] * 9 + [100], 1000)
    for fn, total in counts.items():
        assert sum(step[fn] for step in steps) == total
    assert all(step["crypto_box_seal"] == 100 for step in steps)


@pytest.mark.slow
def test_p4_tiny_floor_makes_our_libsodium_calls() -> None:
    rows = p4_sync.run(False, n=200, reps=1)
    _well_formed(rows, "P4")
    assert "CALLS DIFFER" not in rows[0].note
    assert "A sign_open" in rows[0].note and "hub sign_open" in rows[0].note
    assert "replayed 200 of 200 envelopes" in rows[0].note  # all of A's traffic


def test_p12_at_a_tiny_size() -> None:
    rows = p12_bundles.run(False, size=1 << 20, rounds=1)
    _well_formed(rows, "P12")
