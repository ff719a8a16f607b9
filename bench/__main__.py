"""`python -m bench [P1 P2 ... P9] [--large]`: run benchmarks and print a Markdown table."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable

from bench.result import HEADER, BenchResult

# id -> module with `run(large: bool) -> list[BenchResult]`
BENCHES: dict[str, str] = {
    "P1": "bench.p1_store_insert",
    "P2": "bench.p2_search",
    "P3": "bench.p3_seal_open",
    "P4": "bench.p4_sync",
    "P5": "bench.p5_startup",
    "P6": "bench.p6_memory",
    "P7": "bench.p7_attachments",
    "P8": "bench.p8_crosscheck",
    "P9": "bench.p9_hub_nodes",
    "P10": "bench.p10_monitoring",
    "P11": "bench.p11_case_report",
    "P12": "bench.p12_bundles",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench")
    parser.add_argument("ids", nargs="*", help="benchmarks to run (default: all)")
    parser.add_argument("--large", action="store_true", help="also the 1M-row variants")
    args = parser.parse_args(argv)
    wanted = [i.upper() for i in args.ids] or list(BENCHES)
    rows: list[BenchResult] = []
    for key in wanted:
        module = importlib.import_module(BENCHES[key])
        run: Callable[[bool], list[BenchResult]] = module.run
        for result in run(args.large):
            print(result.row(), file=sys.stderr, flush=True)
            rows.append(result)
    print(HEADER)
    for result in rows:
        print(result.row())
    return 0 if all(r.met for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
