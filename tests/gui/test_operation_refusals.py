"""An officer's own joint-operation update that the operation's rules refuse is explained
in the officer's language: one translated message per refusal reason, and for a rule
refusal (`not_allowed`, `not_shareable`) one per rule the record names, never the
record's English sentence put into a translated one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from liaison_app.domain.forwarding import REFUSED_H2
from liaison_app.domain.operation_breaches import BREACHES, breach, breach_of
from liaison_app.gui import theme
from liaison_app.gui.models.service_texts import SERVICE_TEXTS
from liaison_app.gui.problem_texts import plain_words
from liaison_app.services import operations
from liaison_app.services.errors import ServiceError
from tests.services.workspace import make_workspace

REASONS = ("not_a_participant", "not_allowed", "not_shareable", "out_of_sequence",
           "follows_refused", "something_new")


@pytest.mark.parametrize("reason", REASONS)
def test_each_refusal_reason_has_its_own_listed_template(reason: str) -> None:
    error = operations.refusal(reason, "a sentence no rule of this version gives")
    assert error.template in SERVICE_TEXTS
    assert "{words}" not in error.template and "{detail}" not in error.template


@pytest.mark.parametrize("rule", sorted(BREACHES))
def test_each_broken_rule_reads_in_its_own_words(rule: str) -> None:
    """Every sentence `judge` can give is recognised, and turned into a listed template
    that carries only its agencies; the English sentence is not quoted."""
    values = {"agency": "BG-BP", "lead": "RS-BP", "kind": "conclude", "standing": "declined",
              "provider": "RS-BP", "forwarding": REFUSED_H2}
    sentence = breach(rule, **{k: v for k, v in values.items()
                               if "{" + k + "}" in BREACHES[rule]})
    assert breach_of(sentence) is not None and breach_of(sentence)[0] == rule  # type: ignore[index]
    reason = {"not_named": "not_a_participant", "not_member": "not_a_participant",
              "not_passable": "not_shareable"}.get(rule, "not_allowed")
    error = operations.refusal(reason, sentence)
    assert error.template in SERVICE_TEXTS, error.template
    assert f"({sentence})" not in str(error) and "{" not in str(error)  # not quoted
    if rule == "not_passable":
        assert str(error).startswith("This cannot be shared in the operation: RS-BP's item "
                                     "may not be passed to BG-BP"), str(error)
    if rule not in ("not_named", "not_member"):
        assert error.template in operations.BROKEN_RULES.values()


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
        assert english == "This cannot be added to the operation: it has been concluded.", \
            english
        share = operations.refusal("not_shareable", breach(
            "not_passable", provider="RS-BP", agency="BG-BP", forwarding=REFUSED_H2))
        assert theme.install_translations(qapp, QLocale("bg-BG")) is not None
        try:
            text = plain_words(refused.value)
            shared = plain_words(share)
        finally:
            theme.remove_translations(qapp)
        # a share refused: the agencies named, in Bulgarian words, the English not quoted
        assert "RS-BP" in shared and "BG-BP" in shared and "passed" not in shared, shared
        assert "Handling code" not in shared and shared != str(share)
        assert text != english and "cannot be added" not in text
        assert "операцията" in text, text
        assert "concluded" not in text and "(" not in text  # no English quoted in brackets
    finally:
        session.close()
