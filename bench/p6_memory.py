"""P6: resident memory of the client with 100k messages listed, vs a bare window.

The same processes as P5 (`bench.gui_child`): ours reads VmRSS once the main
window has painted the Inbox over the 100k-message cache (the model counts
all rows and reads pages on demand); the baseline is a bare PySide6
QMainWindow. Median of RUNS runs each. Target: ours <= bare + 80 MB.
"""

from __future__ import annotations

import statistics

from bench.p5_startup import measure
from bench.result import BenchResult

RUNS = 5
BUDGET_MB = 80.0


def run(large: bool) -> list[BenchResult]:
    found = measure(RUNS)
    ours, bare = found["liaison"], found["bare"]
    o = statistics.median(r["rss_mb"] for r in ours)
    b = statistics.median(r["rss_mb"] for r in bare)
    return [BenchResult("P6", "resident memory, 100k messages listed", o, b, "MB", o / b,
                        f"<= bare + {BUDGET_MB:.0f} MB", o <= b + BUDGET_MB,
                        f"+{o - b:.0f} MB over the bare window; median of {RUNS}")]


if __name__ == "__main__":
    for r in run(False):
        print(r.row())
