"""An officer's own joint-operation update that the operation's rules refuse is explained
in the officer's language: one translated message per refusal reason, never English
words put into a translated sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from liaison_app.gui import theme
from liaison_app.gui.models.validation_texts import SERVICE_TEXTS
from liaison_app.gui.problem_texts import plain_words
from liaison_app.services import operations
from liaison_app.services.errors import ServiceError
from tests.services.workspace import make_workspace

REASONS = ("not_a_participant", "not_allowed", "not_shareable", "out_of_sequence",
           "follows_refused", "something_new")


@pytest.mark.parametrize("reason", REASONS)
def test_each_refusal_reason_has_its_own_listed_template(reason: str) -> None:
    error = operations.refusal(reason, "the operation had been concluded")
    assert error.template in SERVICE_TEXTS
    assert "{words}" not in error.template


def test_a_refused_update_reads_in_bulgarian(tmp_path: Path, qapp: QApplication) -> None:
    session = make_workspace(tmp_path / "profile").open()
    try:
        op = operations.propose(session, operations.Proposal(
            ref="OP-KALOTINA-26", title="Kalotina vans", partners=("RS-BP",),
            objectives=("Identify the drivers",)))
        operations.conclude(session, op, "Closed after the arrests")
        with pytest.raises(ServiceError) as refused:
            operations.decide(session, op, "Controlled delivery at Kalotina")
        english = plain_words(refused.value)
        assert english.startswith("This cannot be added to the operation: its rules do not "
                                  "allow it"), english
        assert theme.install_translations(qapp, QLocale("bg-BG")) is not None
        try:
            text = plain_words(refused.value)
        finally:
            theme.remove_translations(qapp)
        assert text != english and "cannot be added" not in text
        assert "операцията" in text, text
        assert "the operation had been concluded" in text  # the record's own words, quoted
    finally:
        session.close()
