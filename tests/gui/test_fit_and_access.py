"""Every page and dialog fits a laptop in every language, and every control has a name.

Two child processes (tests/gui/fit_child.py) open every surface of the client over a
rich profile: one on a 1366x768 screen in English, Serbian (Latin and Cyrillic) and
Bulgarian, one in English on a 1920x1080 screen at 1.5x scale (1280x720 logical
pixels, the common laptop setting). The fit test fails on any button, label, tab,
header, combo box or menu text that is elided or cut off (QFontMetrics against the
widget's contents rect) and on a window larger than the screen; the accessibility
test on any control the keyboard reaches with no accessible name or label buddy.

A surface listed in PENDING would be `xfail` (not strict) with what does not fit;
the list is empty: every surface must pass.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: run name -> (languages, screen width, height, scale)
RUNS: dict[str, tuple[str, int, int, str]] = {
    "1366x768": ("en,sr_Latn,sr_Cyrl,bg", 1366, 768, "1"),
    "1.5x": ("en", 1920, 1080, "1.5"),
}
SURFACES = (
    "wizard-file", "wizard-passphrase", "unlock", "page-inbox", "page-awaiting", "page-cases",
    "page-alerts", "page-drafts", "page-outbox", "page-check", "page-directory",
    "page-quarantine", "page-audit", "page-monitoring", "page-operations", "page-transfers",
    "page-review",
    "detail", "case-view", "search",
    "banner", "settings", "compose-request", "compose-alert", "reply", "acknowledge", "recall",
    "forward", "justification", "review-keep", "review-erase", "review-restrict", "outcome",
    "external-ref", "report", "transfer-export", "problem-box", "about",
    "operation-leave", "operation-conclude", "operation-withdraw", "operation-consent",
    "operation-share",
)
#: surfaces not yet fitting in every language (reported as xfail, not strict); empty now:
#: every page and dialog must fit
PENDING: frozenset[str] = frozenset()


def _run(name: str, tmp: Path) -> dict[str, Any]:
    langs, width, height, scale = RUNS[name]
    config = tmp / f"screen-{name}.json"
    config.write_text(json.dumps({"screens": [{
        "name": name, "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "dpr": 1}]}))
    out = tmp / f"fit-{name}.json"
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "QT_SCALE_FACTOR": scale, "LIAISON_POLICY_FILE": str(tmp / "no-policy.toml")}
    env.pop("LIAISON_LANG", None)
    proc = subprocess.run([sys.executable, "-m", "tests.gui.fit_child", str(out), langs],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr[-4000:]
    results: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return results


@pytest.fixture(scope="module")
def surfaces(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """(run/language) -> surface -> result, from both child processes."""
    tmp = tmp_path_factory.mktemp("fit")
    out: dict[str, dict[str, Any]] = {}
    for name in RUNS:
        for lang, found in _run(name, tmp).items():
            out[f"{lang}@{name}"] = found
    return out


def _problems(surfaces: dict[str, dict[str, Any]], surface: str, key: str) -> list[str]:
    found: list[str] = []
    for run, results in surfaces.items():
        result = results.get(surface)
        if result is None:
            found.append(f"{run}: {surface} was not shown")
            continue
        if result.get("error"):
            found.append(f"{run}: {surface} could not open: {result['error']}")
        if key == "clipped" and not result.get("fits_screen", True):
            found.append(f"{run}: window {result['size']} is larger than the screen "
                         f"{result['screen']}")
        found += [f"{run}: {problem}" for problem in result.get(key, [])]
    return found


def _judge(surface: str, problems: list[str], what: str) -> None:
    if problems and surface in PENDING:
        pytest.xfail(f"{surface} does not fit yet (fit and finish, phase 2); {len(problems)} "
                     f"{what}:\n" + "\n".join(problems[:20]))
    assert not problems, f"{what} on {surface}:\n" + "\n".join(problems)


@pytest.mark.parametrize("surface", SURFACES)
def test_text_fits(surfaces: dict[str, dict[str, Any]], surface: str) -> None:
    _judge(surface, _problems(surfaces, surface, "clipped"), "texts elided or cut off")


@pytest.mark.parametrize("surface", SURFACES)
def test_every_control_has_a_name(surfaces: dict[str, dict[str, Any]], surface: str) -> None:
    _judge(surface, _problems(surfaces, surface, "unnamed"), "controls without a name")


def test_the_checks_catch_what_they_claim(qapp: Any) -> None:
    """A cut button, a cut label and an unnamed line edit are found; fitting ones are not."""
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

    from tests.gui.fit_checks import clipped, unnamed

    root = QWidget()
    root.setObjectName("root")
    layout = QVBoxLayout(root)
    short = QPushButton("Acknowledge receipt of this message", root)
    short.setObjectName("short")
    short.setFixedWidth(60)
    label = QLabel("A long label that cannot fit into forty pixels", root)
    label.setObjectName("narrow")
    label.setFixedWidth(40)
    fine = QPushButton("OK", root)
    named = QLineEdit(root)
    named.setAccessibleName("Named")
    bare = QLineEdit(root)
    bare.setObjectName("bare")
    buddy_label = QLabel("&Surname:", root)
    buddied = QLineEdit(root)
    buddy_label.setBuddy(buddied)
    for w in (short, label, fine, named, bare, buddy_label, buddied):
        layout.addWidget(w)
    root.show()
    qapp.processEvents()
    found = clipped(root)
    assert any("short" in f for f in found) and any("narrow" in f for f in found), found
    assert not any("'OK'" in f for f in found), found
    assert [n for n in unnamed(root)] == ["QLineEdit root/bare"]
    root.close()
