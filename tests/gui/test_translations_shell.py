"""The real shell in Serbian (both scripts) and Bulgarian: navigation, menus, status bar."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from liaison_app.gui import theme
from tests.gui.conftest import WAIT_MS, Profile, unlock

#: suffix -> (locale, navigation labels in order, "Queued: 0", "Online", File menu title)
SHELL = {
    "sr_Latn": ("sr-Latn-RS",
                ["Primljene", "Čeka se odgovor", "Upozorenja", "Predmeti", "Nacrti", "Odlazne",
                 "Provera", "Imenik", "Praćenje", "Operacije", "Karantin", "Revizijski trag",
                 "Prenosi podataka", "Za preispitivanje"],
                "U redu za slanje: 0", "Na mreži", "&Datoteka"),
    "sr_Cyrl": ("sr-Cyrl-RS",
                ["Примљене", "Чека се одговор", "Упозорења", "Предмети", "Нацрти", "Одлазне",
                 "Провера", "Именик", "Праћење", "Операције", "Карантин", "Ревизијски траг",
                 "Преноси података", "За преиспитивање"],
                "У реду за слање: 0", "На мрежи", "&Датотека"),
    "bg": ("bg-BG",
           ["Входящи", "Очаква се отговор", "Сигнали", "Случаи", "Чернови", "Изходящи",
            "Проверка", "Указател", "Мониторинг", "Операции", "Карантина", "Одит",
            "Предавания на данни",
            "За преглед"],
           "В опашката: 0", "На линия", "&Файл"),
}


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Install the parametrised language before the shell is built; English again after."""
    suffix: str = request.param
    assert theme.install_translations(qapp, QLocale(SHELL[suffix][0])) is not None
    yield suffix
    theme.remove_translations(qapp)


@pytest.mark.parametrize("language", list(SHELL), indirect=True)
def test_main_window_speaks_the_language(qtbot: Any, make_shell: Any,
                                         enrolled_profile: Profile, language: str) -> None:
    _, nav, queued, online, file_menu = SHELL[language]
    shell = make_shell(enrolled_profile.path)
    window = unlock(qtbot, shell, enrolled_profile.passphrase)
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == nav
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == file_menu
    qtbot.waitUntil(lambda: window.sync.runs == 1 and not window.sync.running,
                    timeout=WAIT_MS)  # the sync made on opening
    qtbot.waitUntil(lambda: window.status.queued_label.text() == queued, timeout=WAIT_MS)
    assert window.status.online_label.text().endswith(online)
