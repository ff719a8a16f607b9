"""The forwarding rule's sentences and why an agency cannot receive a forward, translated.

The domain (`domain.forwarding`) and the services (`message_brief.ForwardBar`)
are Qt-free; their sentences are listed here for lupdate in the "Forwarding"
context. tests/gui/test_forward_list.py checks the list covers the domain's.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from liaison_app.gui.models.labels import domain_text
from liaison_app.gui.problem_texts import fill
from liaison_app.services.message_brief import ForwardBar

DECISIONS: tuple[str, ...] = (
    str(QT_TRANSLATE_NOOP("Forwarding", "No handling code restricts onward sharing.")),
    str(QT_TRANSLATE_NOOP("Forwarding", "Handling code H2 says it is not to be passed on "
                          "without the provider's permission; the provider's consent is "
                          "recorded, so it may be forwarded with the handling code "
                          "unchanged.")),
    str(QT_TRANSLATE_NOOP("Forwarding", "Handling code C carries the provider's condition "
                          "that it is not to be passed on without their consent; the "
                          "provider's consent is recorded, so it may be forwarded with the "
                          "handling code unchanged.")),
    str(QT_TRANSLATE_NOOP("Forwarding", "Handling code H2 says it is not to be passed on "
                          "without the provider's permission. Ask the provider and record "
                          "their consent before forwarding.")),
    str(QT_TRANSLATE_NOOP("Forwarding", "Handling code C carries the provider's condition "
                          "that it is not to be passed on without their consent. Ask the "
                          "provider and record their consent before forwarding.")),
    str(QT_TRANSLATE_NOOP("Forwarding", "Handling code {code} allows forwarding; its "
                          "conditions travel with the message and bind the recipient: "
                          "{conditions}")),
    str(QT_TRANSLATE_NOOP("Forwarding", "Handling code {code} ({meaning}) allows forwarding; "
                          "the code travels with the message.")),
)

BARS: Mapping[ForwardBar, str] = {
    ForwardBar.HANDLING: str(QT_TRANSLATE_NOOP(
        "Forwarding", "not until the provider's consent is recorded")),
    ForwardBar.NOT_FORWARDABLE: str(QT_TRANSLATE_NOOP(
        "Forwarding", "only requests and alerts are forwarded")),
    ForwardBar.SENDER: str(QT_TRANSLATE_NOOP("Forwarding", "sent this message")),
    ForwardBar.ALREADY_ADDRESSED: str(QT_TRANSLATE_NOOP(
        "Forwarding", "already received this message")),
    ForwardBar.NO_DEVICE: str(QT_TRANSLATE_NOOP(
        "Forwarding", "no enrolled device in your directory yet; sync (F5) to refresh it")),
}


def decision_text(template: str, params: Mapping[str, str]) -> str:
    """A forwarding decision in the officer's language (a handling code's meaning too)."""
    shown = dict(params)
    if "meaning" in shown:
        shown["meaning"] = domain_text(shown["meaning"])
    return fill("Forwarding", template, shown)


def bar_text(bar: ForwardBar) -> str:
    """Why an agency cannot receive this forward, in a few words."""
    return QCoreApplication.translate("Forwarding", BARS[bar])
