"""One benchmark's outcome: our figure, the baseline's, their ratio and the target."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BenchResult:
    """A row of the bench table. `ratio` is ours / baseline (lower is better unless noted)."""

    key: str
    title: str
    ours: float
    baseline: float
    unit: str
    ratio: float
    target: str
    met: bool
    note: str = ""

    def row(self) -> str:
        verdict = "ok" if self.met else "MISSED"
        return (
            f"| {self.key} | {self.title} | {self.ours:.4g} {self.unit} | "
            f"{self.baseline:.4g} {self.unit} | {self.ratio:.2f} | {self.target} | {verdict} |"
            + (f" {self.note}" if self.note else "")
        )


HEADER = (
    "| id | benchmark | ours | baseline | ratio | target | verdict |\n"
    "|---|---|---|---|---|---|---|"
)
