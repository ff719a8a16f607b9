"""The shipped translations: complete, placeholders intact, .qm in step with .ts, loadable.

The catalogues are resources/translations/liaison_<suffix>.ts (sources, edited in
Qt Linguist) and the compiled .qm beside them; scripts/translations.sh regenerates both.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from liaison_app.gui import theme

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
#: file suffix -> (a locale that must pick it, TS language, numerus forms Qt uses for it)
LANGUAGES = {
    "sr_Latn": ("sr-Latn-RS", "sr_Latn_RS", 3),
    "sr_Cyrl": ("sr-Cyrl-RS", "sr_Cyrl_RS", 3),
    "bg": ("bg-BG", "bg_BG", 2),
}
#: a navigation label and a status-bar text per language (checked against the .qm)
EXPECTED = {
    "sr_Latn": ("Primljene", "U redu za slanje: –"),
    "sr_Cyrl": ("Примљене", "У реду за слање: –"),
    "bg": ("Входящи", "В опашката: –"),
}
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{\w*\}")
TAG = re.compile(r"</?\w+[^>]*>")
ACCELERATOR = re.compile(r"&(?!&)\w")


def _ts(suffix: str) -> Path:
    return FOLDER / f"liaison_{suffix}.ts"


def _messages(suffix: str) -> Iterator[tuple[str, ET.Element, ET.Element]]:
    """(context, message, translation) for each live message (not vanished or obsolete)."""
    root = ET.parse(_ts(suffix)).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") not in ("vanished", "obsolete"):
                yield name, message, translation


def _forms(message: ET.Element, translation: ET.Element) -> list[str]:
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    assert Path(found).exists(), f"{name} not found (it comes with PySide6)"
    return found


@pytest.fixture
def translated(qapp: QApplication) -> Iterator[QApplication]:
    """The application with translations installed by the test; removed afterwards."""
    yield qapp
    theme.remove_translations(qapp)


@pytest.mark.parametrize("suffix", LANGUAGES)
def test_catalogue_is_the_expected_language(suffix: str) -> None:
    root = ET.parse(_ts(suffix)).getroot()
    assert root.get("language") == LANGUAGES[suffix][1]
    assert root.get("sourcelanguage") == "en_GB"
    assert sum(1 for _ in _messages(suffix)) > 800


@pytest.mark.parametrize("suffix", LANGUAGES)
def test_every_message_is_finished(suffix: str) -> None:
    unfinished = [message.findtext("source") for _, message, translation in _messages(suffix)
                  if translation.get("type") == "unfinished"
                  or not all(f.strip() for f in _forms(message, translation))]
    assert unfinished == []


@pytest.mark.parametrize("suffix", LANGUAGES)
def test_plural_messages_have_the_languages_forms(suffix: str) -> None:
    plural = [(m, t) for _, m, t in _messages(suffix) if m.get("numerus") == "yes"]
    assert plural, "no %n message found"
    for message, translation in plural:
        forms = _forms(message, translation)
        assert len(forms) == LANGUAGES[suffix][2], message.findtext("source")
        assert all("%n" in form for form in forms), message.findtext("source")


@pytest.mark.parametrize("suffix", LANGUAGES)
def test_placeholders_tags_and_accelerators_are_kept(suffix: str) -> None:
    wrong = []
    for context, message, translation in _messages(suffix):
        source = message.findtext("source") or ""
        for form in _forms(message, translation):
            if (sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source)))
                    or sorted(TAG.findall(form)) != sorted(TAG.findall(source))
                    or len(ACCELERATOR.findall(form)) != len(ACCELERATOR.findall(source))):
                wrong.append((context, source, form))
    assert wrong == []


@pytest.mark.parametrize("suffix", LANGUAGES)
def test_every_translation_is_marked_as_a_draft_for_review(suffix: str) -> None:
    unmarked = [message.findtext("source") for _, message, _ in _messages(suffix)
                if "DRAFT" not in (message.findtext("translatorcomment") or "")]
    assert unmarked == []


@pytest.mark.parametrize("suffix", LANGUAGES)
def test_qm_matches_its_ts(suffix: str, tmp_path: Path) -> None:
    committed = FOLDER / f"liaison_{suffix}.qm"
    assert committed.is_file(), "run scripts/translations.sh --release"
    fresh = tmp_path / committed.name
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(_ts(suffix)), "-qm", str(fresh)],
                   check=True, capture_output=True)
    assert fresh.read_bytes() == committed.read_bytes(), \
        f"{committed.name} is stale: run scripts/translations.sh --release"


def test_the_catalogues_cover_the_current_sources(tmp_path: Path) -> None:
    """lupdate over today's GUI and reports finds nothing new: every string has a translation."""
    sources = sorted(str(p) for folder in ("gui", "reports")
                     for p in (ROOT / "liaison_app" / folder).rglob("*.py"))
    sources += sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))
    for suffix in LANGUAGES:
        copy = tmp_path / _ts(suffix).name
        copy.write_bytes(_ts(suffix).read_bytes())
        subprocess.run([_tool("pyside6-lupdate"), "-silent", *sources, "-ts", str(copy)],
                       check=True, capture_output=True, cwd=ROOT)
        root = ET.parse(copy).getroot()
        new = [m.findtext("source") for m in root.iter("message")
               if (t := m.find("translation")) is not None and t.get("type") == "unfinished"]
        assert new == [], f"untranslated in {copy.name}: run scripts/translations.sh, translate"


def test_domain_catalogue_covers_the_domain_tables() -> None:
    from liaison_app.domain import (
        cases,
        disclosure,
        follow_up,
        grading,
        messages,
        outcomes,
        subjects,
    )
    from liaison_app.gui.models.domain_texts import DOMAIN_TEXTS
    from liaison_app.services import view_render

    texts: list[str] = []
    for table in (grading.SCHEME_TITLES, grading.SOURCE_TITLES, grading.INFORMATION_TITLES,
                  messages.URGENCY_LABELS, messages.INTERPOL_NOTICE_MEANINGS,
                  messages.ALERT_KIND_LABELS, messages.REPLY_OUTCOME_LABELS,
                  messages.ACK_KIND_LABELS, messages.RECALL_ACTION_LABELS,
                  cases.CRIME_AREA_LABELS, cases.EXTERNAL_SYSTEM_LABELS,
                  subjects.CATEGORY_LABELS, outcomes.OUTCOME_KIND_LABELS,
                  disclosure.LEGAL_BASIS_LABELS, disclosure.DATA_CATEGORY_LABELS,
                  follow_up.FOLLOW_UP_LABELS):
        texts += table.values()
    for nested in (grading.SOURCE_MEANINGS, grading.INFORMATION_MEANINGS,
                   grading.HANDLING_MEANINGS, subjects.SUBJECT_VALUE_LABELS):
        for meanings in nested.values():
            texts += meanings.values()
    keys = {f.name for kind in subjects.SUBJECT_KINDS.values() for f in fields(kind)}
    texts += [view_render._field_title(k) for k in keys - view_render._HIDDEN_SUBJECT_KEYS]
    texts += ["yes", "no"]
    assert sorted(set(texts) - set(DOMAIN_TEXTS)) == []


@pytest.mark.parametrize("suffix", LANGUAGES)
def test_install_translations_loads_the_catalogue(translated: QApplication, suffix: str) -> None:
    locale, language, _ = LANGUAGES[suffix]
    assert theme.install_translations(translated, QLocale(locale)) == language
    nav, status = EXPECTED[suffix]
    assert QCoreApplication.translate("Navigation", "Inbox") == nav
    assert QCoreApplication.translate("StatusBar", "Queued: –") == status
    assert QCoreApplication.translate("Domain", "Europol 4x4") == "Europol 4x4"


def test_plain_serbian_is_cyrillic_and_montenegrin_serbian_latin(
        translated: QApplication) -> None:
    assert theme.install_translations(translated, QLocale("sr")) == "sr_Cyrl_RS"
    assert theme.install_translations(translated, QLocale("sr_ME")) == "sr_Latn_RS"


def test_english_and_unknown_languages_load_nothing(translated: QApplication) -> None:
    theme.install_translations(translated, QLocale("bg"))
    assert theme.install_translations(translated, QLocale("en_GB")) is None
    # the Bulgarian translator was replaced, not stacked
    assert QCoreApplication.translate("Navigation", "Inbox") == "Inbox"
    assert theme.install_translations(translated, QLocale("de_DE")) is None


@pytest.mark.parametrize(("environ", "languages"), [
    ({"LIAISON_LANG": "sr_Latn", "LANG": "bg_BG.UTF-8"}, ["sr-Latn-RS", "sr-Latn", "sr"]),
    ({"LIAISON_LANG": "sr-Cyrl"}, ["sr-Cyrl-RS", "sr-RS", "sr-Cyrl", "sr"]),
    ({"LIAISON_LANG": "bg"}, ["bg-Cyrl-BG", "bg-BG", "bg-Cyrl", "bg"]),
    ({"LANG": "sr_RS.UTF-8@latin"}, ["sr-Latn-RS", "sr-Latn", "sr"]),
    ({"LC_ALL": "sr_RS@latin", "LANG": "bg_BG.UTF-8"}, ["sr-Latn-RS", "sr-Latn", "sr"]),
])
def test_ui_locale_override_and_glibc_latin(environ: dict[str, str],
                                            languages: list[str]) -> None:
    assert theme.ui_locale(environ).uiLanguages() == languages


def test_ui_locale_follows_the_system_without_override() -> None:
    assert theme.ui_locale({"LANG": "bg_BG.UTF-8"}) == QLocale.system()
    assert theme.ui_locale({}) == QLocale.system()
