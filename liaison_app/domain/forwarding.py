"""The forwarding rule: handling codes bind the recipient (LED Art. 9(3)).

A message whose handling forbids onward sharing (Europol H2, or UK C whose
conditions say so) may be forwarded only with the provider's consent. The
decision always carries a plain sentence the officer can read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from liaison_app.domain.grading import GradingScheme, HandlingCode


@dataclass(frozen=True, slots=True)
class ForwardDecision:
    """Whether forwarding is allowed, and why, in words for an officer.

    `reason` is the English sentence; `template` and `params` are the same
    sentence before its values were filled in, so the GUI can translate it
    (`meaning` is itself a domain text the GUI translates).
    """

    allowed: bool
    template: str
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def reason(self) -> str:
        """The decision in English."""
        return self.template.format(**self.params) if self.params else self.template


#: every sentence `may_forward` gives (the GUI lists them for translation)
H2_WHAT = "Handling code H2 says it is not to be passed on without the provider's permission"
C_WHAT = ("Handling code C carries the provider's condition that it is not to be passed on "
          "without their consent")
NO_CODE = "No handling code restricts onward sharing."
CONSENTED_H2 = (H2_WHAT + "; the provider's consent is recorded, so it may be forwarded with "
                "the handling code unchanged.")
CONSENTED_C = (C_WHAT + "; the provider's consent is recorded, so it may be forwarded with the "
               "handling code unchanged.")
REFUSED_H2 = H2_WHAT + ". Ask the provider and record their consent before forwarding."
REFUSED_C = C_WHAT + ". Ask the provider and record their consent before forwarding."
WITH_CONDITIONS = ("Handling code {code} allows forwarding; its conditions travel with the "
                   "message and bind the recipient: {conditions}")
ALLOWED = "Handling code {code} ({meaning}) allows forwarding; the code travels with the message."


def may_forward(
    handling: HandlingCode | None, *, provider_consent: bool = False
) -> ForwardDecision:
    """Decide whether a message with `handling` may be passed on to another agency."""
    if handling is None:
        return ForwardDecision(True, NO_CODE)
    if handling.forbids_onward_sharing:
        europol = handling.scheme is GradingScheme.EUROPOL_4X4
        if provider_consent:
            return ForwardDecision(True, CONSENTED_H2 if europol else CONSENTED_C)
        return ForwardDecision(False, REFUSED_H2 if europol else REFUSED_C)
    if handling.conditions:
        return ForwardDecision(True, WITH_CONDITIONS, {"code": handling.code,
                                                       "conditions": handling.conditions})
    return ForwardDecision(True, ALLOWED, {"code": handling.code, "meaning": handling.meaning()})
