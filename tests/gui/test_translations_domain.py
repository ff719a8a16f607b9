"""Every sentence the Qt-free layers give the officer has a message id the GUI translates.

The domain's and services' refusals (`ValidationError` reasons), the services'
failures (`ServiceError` templates) and the subject captions are English
templates; the GUI lists them for lupdate (gui/models/validation_texts.py, service_texts.py,
caption_texts.py). These tests read the layers' source and fail when a new
sentence is not listed (or is built with an f-string, which no translator can
reach). They also check that a translation never renames a shortcut key
("Ctrl+F" stays "Ctrl+F" in Serbian Cyrillic).
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from liaison_app.domain import captions, forwarding, parties
from liaison_app.gui import theme
from liaison_app.gui.models.caption_texts import (
    CAPTION_TEMPLATES,
    CAPTION_WORDS,
    caption_text,
    matched_text,
)
from liaison_app.gui.models.service_texts import SERVICE_TEXTS
from liaison_app.gui.models.validation_texts import VALIDATION_TEXTS
from liaison_app.services import operations

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "liaison_app"
SERVICE_ERRORS = {"ServiceError", "ProfileMissing", "NotEnrolled", "ForwardRefused",
                  "BundleError"}
#: reasons built at run time that never reach the GUI: wire-only parses and the CLI
COMPUTED_OK = {
    "domain/checks.py": {"exc.template"},  # re-raises an already listed template
    "domain/grading.py": {"parse_grading_cli"},
    "domain/replies_acks_recalls.py": {"__post_init__", "from_wire"},
    "domain/message_content.py": {"content_type"},
    "domain/subject_wire.py": {"dataclass_from_wire"},
    "domain/parties.py": {"rule"},  # the two rule constants, checked below
    "config/policy.py": {"reason"},  # a check's words: listed where literal, below
    "services/actions.py": {"decision.template"},  # the forwarding refusals, checked below
    "services/errors.py": {"__init__"},  # ServiceError passing its template on
    "services/bundles.py": {"__init__"},  # BundleError passing its template on
    "services/bundle_export.py": {"REASON_NEEDED"},  # a constant, listed in SERVICE_TEXTS
    "services/operations.py": {"BROKEN_RULES[rule]"},  # the rule refusals, checked below
}
#: a key combination ("Alt+letter" describes one: its word is translated)
SHORTCUT = re.compile(r"\b(?:Ctrl|Shift|Alt|Meta)\+(?!letter\b|digit\b)[^\s,;)]+")


def _strings(node: ast.expr) -> list[str] | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, other = _strings(node.body), _strings(node.orelse)
        return None if body is None or other is None else body + other
    return None


class _Calls(ast.NodeVisitor):
    """Calls of `names` with the function each sits in (`` at module level)."""

    def __init__(self, names: set[str]) -> None:
        self.names = names
        self.stack: list[str] = [""]
        self.calls: list[tuple[str, ast.Call]] = []

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.stack.append(node.name)
        self.generic_visit(node)
        self.stack.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_Call(self, node: ast.Call) -> None:
        name = getattr(node.func, "id", getattr(node.func, "attr", None))
        super_init = name == "__init__" and ast.unparse(node.func).startswith("super()")
        if name in self.names or (super_init and self.names == SERVICE_ERRORS):
            self.calls.append((self.stack[-1], node))
        self.generic_visit(node)


def _raised(root: Path, names: set[str], position: int) -> tuple[set[str], list[str]]:
    """(literal templates, `file:line in function: expression` of computed ones)."""
    found: set[str] = set()
    computed: list[str] = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(APP).as_posix()
        calls = _Calls(names)
        calls.visit(ast.parse(path.read_text(encoding="utf-8")))
        for where, node in calls.calls:
            if len(node.args) <= position:
                continue
            texts = _strings(node.args[position])
            if texts is not None:
                found.update(texts)
                continue
            expression = ast.unparse(node.args[position])
            allowed = COMPUTED_OK.get(rel, set())
            if where not in allowed and expression not in allowed:
                computed.append(f"{rel}:{node.lineno} in {where}: {expression}")
    return found, computed


def test_every_validation_reason_is_listed_for_translation() -> None:
    listed = set(VALIDATION_TEXTS)
    missing: set[str] = set()
    computed: list[str] = []
    for layer in ("domain", "services", "config"):
        found, built = _raised(APP / layer, {"ValidationError"}, 1)
        missing |= found - listed
        computed += built
    assert not computed, "reasons built with f-strings (give a template and values):\n" + \
        "\n".join(computed)
    assert not missing, "reasons not in gui/models/validation_texts.py:\n" + \
        "\n".join(sorted(missing))
    assert {parties._AGENCY_ID_RULE, parties._OFFICER_ID_RULE} <= listed


def test_every_service_error_is_listed_for_translation() -> None:
    found, computed = _raised(APP / "services", SERVICE_ERRORS, 0)
    assert not computed, "ServiceErrors built at run time:\n" + "\n".join(computed)
    assert {forwarding.REFUSED_H2, forwarding.REFUSED_C} <= set(SERVICE_TEXTS)
    assert set(operations.BROKEN_RULES.values()) <= set(SERVICE_TEXTS)
    missing = found - set(SERVICE_TEXTS)
    assert not missing, "ServiceErrors not in SERVICE_TEXTS:\n" + "\n".join(sorted(missing))


def test_every_caption_template_and_word_is_listed() -> None:
    assert set(captions.TEMPLATES) == set(CAPTION_TEMPLATES)
    assert set(captions.CODED_WORDS) <= set(CAPTION_WORDS)


def test_a_person_caption_reads_in_serbian(qapp: QApplication) -> None:
    from liaison_app.domain.subject_kinds import Person

    person = Person(surname="Petrović", given_names="Marko", date_of_birth="1979-04-12",
                    category="suspect", basis="fact")  # type: ignore[arg-type]
    caption = captions.subject_caption(person)
    assert caption.text() == "Petrović, Marko (b. 1979-04-12)"
    try:
        assert theme.install_translations(qapp, QLocale("sr-Cyrl-RS")) is not None
        shown = caption_text(caption, caption.text())
    finally:
        theme.remove_translations(qapp)
    assert shown.startswith("Petrović, Marko (") and "b. " not in shown, shown


@pytest.mark.parametrize("suffix", ["sr_Latn", "sr_Cyrl", "bg"])
def test_translations_keep_shortcut_keys(suffix: str) -> None:
    root = ET.parse(ROOT / "resources" / "translations" / f"liaison_{suffix}.ts").getroot()
    wrong: list[str] = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        texts = [f.text or "" for f in translation.iter("numerusform")] or \
            [translation.text or ""]
        keys = SHORTCUT.findall(source)
        for text in texts:
            if sorted(k for k in SHORTCUT.findall(text) if k in keys) != sorted(keys):
                wrong.append(f"{source!r} -> {text!r}")
    assert not wrong, "shortcuts renamed in translation:\n" + "\n".join(wrong)


def test_what_a_stored_hit_matched_gives_its_birth_date_in_serbian(qapp: QApplication) -> None:
    """A hit keeps the English label of what it matched; the officer reads "(рођ. …)",
    and a name that looks like a coded word ("Van", "Visa") is left as written."""
    assert matched_text("EXAMPLE, Fictional (b. 1980)") == "EXAMPLE, Fictional (b. 1980)"
    try:
        assert theme.install_translations(qapp, QLocale("sr-Cyrl-RS")) is not None
        held = matched_text("EXAMPLE, Fictional Facilitator (b. 1980-04-12)")
        van = matched_text("Van Der Berg, Visa (b. 1979)")
    finally:
        theme.remove_translations(qapp)
    assert held.startswith("EXAMPLE, Fictional Facilitator (") and held.endswith(" 1980-04-12)")
    assert "b. " not in held and "b. " not in van
    assert van.startswith("Van Der Berg, Visa (")
